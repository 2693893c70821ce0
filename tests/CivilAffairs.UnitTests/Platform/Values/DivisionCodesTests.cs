using CivilAffairs.Platform.Values;

namespace CivilAffairs.UnitTests.Platform.Values;

/// <summary>Division codes in their natural length, so that a jurisdiction is a string prefix (rules §9.1).</summary>
public class DivisionCodesTests
{
    [Theory]
    [InlineData("440304004000", "440304004")] // a street in its 12-digit statistical form
    [InlineData("440304000000", "440304")]
    [InlineData("440300000000", "4403")]
    [InlineData("440300", "4403")]             // 深圳市 in GB/T 2260 form
    [InlineData("440000", "44")]               // 广东省
    [InlineData("440304004022", "440304004022")] // a community stays as it is
    [InlineData("440304004", "440304004")]
    [InlineData("440304", "440304")]
    [InlineData("4403", "4403")]
    [InlineData("44", "44")]
    [InlineData(" 440304 ", "440304")]
    public void Normalize_returns_the_natural_length_code(string input, string expected)
    {
        Assert.Equal(expected, DivisionCodes.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("4403O4")]   // letter O instead of zero
    [InlineData("44030")]    // five digits is no level
    [InlineData("4403040040221")]
    [InlineData("４４０３")] // full-width digits
    public void Normalize_refuses_what_is_not_a_division_code(string? input)
    {
        Assert.Null(DivisionCodes.Normalize(input));
    }

    [Theory]
    [InlineData("440304004022", "440304004")]
    [InlineData("440304004", "440304")]
    [InlineData("440304", "4403")]
    [InlineData("4403", "44")]
    [InlineData("44", null)]
    [InlineData("44030", null)]
    public void ParentOf_walks_one_level_up(string code, string? parent)
    {
        Assert.Equal(parent, DivisionCodes.ParentOf(code));
    }

    [Theory]
    [InlineData("44", 1)]
    [InlineData("4403", 2)]
    [InlineData("440304", 3)]
    [InlineData("440304004", 4)]
    [InlineData("440304004022", 5)]
    [InlineData("44030", 0)]
    public void LevelOf_follows_the_code_length(string code, int level)
    {
        Assert.Equal(level, DivisionCodes.LevelOf(code));
    }

    [Theory]
    [InlineData("440304004022", "4403", true)]
    [InlineData("440304004022", "440304004", true)]
    [InlineData("440304", "440304", true)]      // a jurisdiction includes itself
    [InlineData("440305001", "440304", false)]  // 南山 is not in 福田
    [InlineData("4403", "440304", false)]       // the city is not inside one of its districts
    [InlineData("441521102", "4403", false)]    // 深汕 towns are coded under 汕尾 海丰
    public void IsWithin_is_true_for_the_jurisdictions_subtree_only(string code, string jurisdiction, bool within)
    {
        Assert.Equal(within, DivisionCodes.IsWithin(code, jurisdiction));
    }

    [Theory]
    [InlineData("4403", "440300000000")]
    [InlineData("440304004", "440304004000")]
    [InlineData("440304004022", "440304004022")]
    public void Pad12_gives_the_statistical_form_that_Normalize_reverses(string code, string padded)
    {
        Assert.Equal(padded, DivisionCodes.Pad12(code));
        Assert.Equal(code, DivisionCodes.Normalize(padded));
    }
}
