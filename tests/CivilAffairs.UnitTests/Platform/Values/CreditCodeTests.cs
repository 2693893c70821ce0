using CivilAffairs.Platform.Values;

namespace CivilAffairs.UnitTests.Platform.Values;

public class CreditCodeTests
{
    [Theory]
    // the widely used sample code: MOD 31 sum 1640 → '3', organisation check '4' (rules §16.2)
    [InlineData("91350100M000100Y43", CreditCodeProblem.None)]
    // 民政-issued codes built by Create: 社会团体, 基金会, 民办非企业单位
    [InlineData("51440300MJL000016M", CreditCodeProblem.None)]
    [InlineData("53440300MJL000024A", CreditCodeProblem.None)]
    [InlineData("52440304MJL0000322", CreditCodeProblem.None)]
    [InlineData("91350100M000100Y44", CreditCodeProblem.Check)]
    [InlineData("51440300MJL000016N", CreditCodeProblem.Check)]
    [InlineData("91350100m000100y43", CreditCodeProblem.LowerCase)]
    [InlineData("91350100M000100I43", CreditCodeProblem.BadCharacter)]
    [InlineData("91350100M000100O43", CreditCodeProblem.BadCharacter)]
    [InlineData("51440300MJL00001SM", CreditCodeProblem.BadCharacter)]
    [InlineData("91350100M00010 Y43", CreditCodeProblem.BadCharacter)]
    // position 17 is the organisation code's own MOD 11 check: '5' is wrong for M000100Y
    [InlineData("91350100M000100Y53", CreditCodeProblem.OrganizationCheck)]
    [InlineData("51440300MJL000017M", CreditCodeProblem.OrganizationCheck)]
    [InlineData("9135010", CreditCodeProblem.WrongLength)]
    [InlineData("91350100M000100Y433", CreditCodeProblem.WrongLength)]
    [InlineData("", CreditCodeProblem.Empty)]
    [InlineData(null, CreditCodeProblem.Empty)]
    public void Codes_are_checked_on_both_check_characters(string? code, CreditCodeProblem expected) =>
        Assert.Equal(expected, CreditCode.Check(code));

    [Fact]
    public void A_code_found_in_real_registers_fails_the_check_and_says_which_position()
    {
        // whitelisted by one public validator although its check characters do not match (rules §16.2)
        var problem = CreditCode.Check("91350203M0001QAY9B");
        Assert.Equal(CreditCodeProblem.Check, problem);
        Assert.Contains("第18位", CreditCode.Message(problem));
    }

    [Fact]
    public void Create_computes_both_check_characters()
    {
        var code = CreditCode.Create('5', '1', "440300", "MJL00001");
        Assert.Equal("51440300MJL000016M", code);
        Assert.True(CreditCode.IsValid(code));
        Assert.Equal('4', CreditCode.OrganizationCheckChar("M000100Y"));
        Assert.Equal('3', CreditCode.CheckChar("91350100M000100Y4"));
    }

    [Fact]
    public void Every_problem_has_a_Chinese_message_and_a_valid_code_none()
    {
        Assert.Null(CreditCode.Message(CreditCodeProblem.None));
        foreach (var p in Enum.GetValues<CreditCodeProblem>().Where(p => p != CreditCodeProblem.None))
        {
            Assert.Contains("统一社会信用代码", CreditCode.Message(p));
        }
    }
}
