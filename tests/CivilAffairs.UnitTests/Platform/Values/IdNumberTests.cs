using CivilAffairs.Platform.Values;

namespace CivilAffairs.UnitTests.Platform.Values;

/// <summary>GB 11643-1999 resident ID numbers (civil-affairs-rules.md §16.1).</summary>
public class IdNumberTests
{
    private static readonly DateOnly Today = new(2024, 6, 15);

    private static (bool Ok, IdNumberInfo? Info, string? Error) Parse(string? input, DateOnly? today = null)
    {
        var ok = IdNumber.TryParse(input, today ?? Today, null, out var info, out var error);
        return (ok, info, error);
    }

    /// <summary>A number whose check character is right, so only the part under test is wrong.</summary>
    private static string WithCheck(string first17) => first17 + IdNumber.ComputeCheck(first17);

    private static bool HasChinese(string? s) => s is not null && s.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [Fact]
    public void The_standards_example_is_valid_and_belongs_to_a_woman_born_on_31_December_1949_in_Beijing_Chaoyang()
    {
        var (ok, info, error) = Parse("11010519491231002X");

        Assert.True(ok, error);
        Assert.Null(error);
        Assert.NotNull(info);
        Assert.Equal("11010519491231002X", info.Normalized);
        Assert.Equal(new DateOnly(1949, 12, 31), info.BirthDate);
        Assert.Equal(Sex.Female, info.Sex);
        Assert.Equal("110105", info.AddressCode);
    }

    [Fact]
    public void A_Shenzhen_number_with_an_odd_sequence_is_valid_and_male()
    {
        var (ok, info, error) = Parse("440303199003071233");

        Assert.True(ok, error);
        Assert.Equal(new DateOnly(1990, 3, 7), info!.BirthDate);
        Assert.Equal(Sex.Male, info.Sex);
        Assert.Equal("440303", info.AddressCode);
    }

    [Fact]
    public void A_lower_case_x_check_character_is_accepted_and_stored_upper_case()
    {
        var (ok, info, error) = Parse("11010519491231002x");

        Assert.True(ok, error);
        Assert.Equal("11010519491231002X", info!.Normalized);
    }

    [Fact]
    public void Surrounding_spaces_from_a_pasted_number_are_ignored()
    {
        var (ok, info, error) = Parse("  440303199003071233 ");

        Assert.True(ok, error);
        Assert.Equal("440303199003071233", info!.Normalized);
    }

    [Fact]
    public void A_wrong_check_digit_is_refused_with_a_message_about_the_check_digit()
    {
        var (ok, info, error) = Parse("440303199003071234");

        Assert.False(ok);
        Assert.Null(info);
        Assert.True(HasChinese(error), error);
        Assert.Contains("校验位", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_thirty_first_of_February_is_refused_as_an_invalid_birth_date()
    {
        var (ok, _, error) = Parse(WithCheck("44030319900231123"));

        Assert.False(ok);
        Assert.True(HasChinese(error), error);
        Assert.Contains("出生日期", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_twenty_ninth_of_February_is_refused_in_a_common_year_and_accepted_in_a_leap_year()
    {
        Assert.False(Parse(WithCheck("44030319900229123")).Ok);
        Assert.True(Parse(WithCheck("44030320000229123")).Ok);
    }

    [Fact]
    public void A_birth_year_before_1880_is_refused()
    {
        var (ok, _, error) = Parse(WithCheck("44030318791231123"));

        Assert.False(ok);
        Assert.True(HasChinese(error), error);
        Assert.Contains("出生日期", error, StringComparison.Ordinal);
        Assert.True(Parse(WithCheck("44030318800101123")).Ok);
    }

    [Fact]
    public void A_birth_date_after_today_is_refused_but_a_baby_born_today_is_accepted()
    {
        var tomorrow = IdNumber.Create("440303", Today.AddDays(1), 123);
        var born = IdNumber.Create("440303", Today, 123);

        var (ok, _, error) = Parse(tomorrow);

        Assert.False(ok);
        Assert.True(HasChinese(error), error);
        Assert.Contains("晚于今天", error, StringComparison.Ordinal);
        Assert.True(Parse(born).Ok);
        // the same number becomes valid once 'today' has come
        Assert.True(Parse(tomorrow, Today.AddDays(1)).Ok);
    }

    [Fact]
    public void A_letter_among_the_first_seventeen_characters_is_refused()
    {
        var (ok, _, error) = Parse("44030319900307A233");

        Assert.False(ok);
        Assert.True(HasChinese(error), error);
        Assert.Contains("前17位", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_character_other_than_a_digit_or_X_is_refused()
    {
        var (ok, _, error) = Parse("44030319900307123Y");

        Assert.False(ok);
        Assert.True(HasChinese(error), error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("4403031990030712")]
    [InlineData("4403031990030712333")]
    [InlineData("44030390030712")]
    public void A_number_of_the_wrong_length_is_refused_with_a_message_about_the_length(string? input)
    {
        var (ok, info, error) = Parse(input);

        Assert.False(ok);
        Assert.Null(info);
        Assert.True(HasChinese(error), error);
        Assert.Contains("18位", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("440303199003071233")]
    [InlineData("11010519491231002X")]
    public void A_fifteen_digit_legacy_number_converts_to_its_eighteen_digit_form(string eighteen)
    {
        // the legacy form lacks the century "19" and the check character
        var fifteen = string.Concat(eighteen.AsSpan(0, 6), eighteen.AsSpan(8, 9));
        Assert.Equal(15, fifteen.Length);

        var (ok, info, error) = Parse(fifteen);

        Assert.True(ok, error);
        Assert.Equal(eighteen, info!.Normalized);
    }

    [Fact]
    public void A_fifteen_digit_number_with_an_impossible_date_is_refused()
    {
        var (ok, _, error) = Parse("440303900231123");

        Assert.False(ok);
        Assert.Contains("出生日期", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("44030319900307123", '3')] // §16.1 worked example 2: S = 240, 240 mod 11 = 9
    [InlineData("11010519491231002", 'X')] // §16.1 worked example 1: S = 167, 167 mod 11 = 2
    public void The_check_character_matches_the_worked_examples_in_the_rules(string first17, char expected)
    {
        Assert.Equal(expected, IdNumber.ComputeCheck(first17));
    }

    [Fact]
    public void The_check_character_is_taken_from_10X98765432_by_the_remainder()
    {
        // 10000000000000000: S = 7 → '5'; 01000000000000000: S = 9 → '3'; 00100000000000000: S = 10 → '2'
        Assert.Equal('5', IdNumber.ComputeCheck("10000000000000000"));
        Assert.Equal('3', IdNumber.ComputeCheck("01000000000000000"));
        Assert.Equal('2', IdNumber.ComputeCheck("00100000000000000"));
        // all zeros: S = 0 → '1'
        Assert.Equal('1', IdNumber.ComputeCheck("00000000000000000"));
    }

    [Theory]
    [InlineData(7, Sex.Male)]
    [InlineData(8, Sex.Female)]
    [InlineData(999, Sex.Male)]
    public void A_number_built_by_Create_parses_back_to_the_same_facts(int sequence, Sex sex)
    {
        var birth = new DateOnly(1985, 6, 15);

        var number = IdNumber.Create("440304", birth, sequence);
        var (ok, info, error) = Parse(number);

        Assert.Equal(18, number.Length);
        Assert.True(ok, error);
        Assert.Equal(number, info!.Normalized);
        Assert.Equal(birth, info.BirthDate);
        Assert.Equal(sex, info.Sex);
        Assert.Equal("440304", info.AddressCode);
    }

    [Fact]
    public void An_unknown_address_code_is_refused_when_a_check_is_given()
    {
        var ok = IdNumber.TryParse("440303199003071233", Today, code => code == "440304", out var info, out var error);

        Assert.False(ok);
        Assert.Null(info);
        Assert.Contains("行政区划代码", error, StringComparison.Ordinal);
        Assert.True(IdNumber.TryParse("440303199003071233", Today, code => code == "440303", out _, out _));
    }

    [Theory]
    [InlineData("2020-03-06", 29)] // the day before the 30th birthday
    [InlineData("2020-03-07", 30)] // the birthday itself
    [InlineData("2020-03-08", 30)]
    [InlineData("1990-03-07", 0)]
    public void Age_goes_up_on_the_birthday_and_not_before(string day, int age)
    {
        Assert.Equal(age, IdNumber.AgeOn(new DateOnly(1990, 3, 7), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    // common year: the anniversary has no 29 February; the month's last day counts
    // (民法典 第二百零三条: 没有对应日的，月末日为期间的最后一日)
    [InlineData("2018-02-27", 17)]
    [InlineData("2018-02-28", 18)]
    [InlineData("2018-03-01", 18)]
    // leap year: the birthday is 29 February itself
    [InlineData("2020-02-28", 19)]
    [InlineData("2020-02-29", 20)]
    public void Someone_born_on_29_February_ages_on_28_February_in_common_years(string day, int age)
    {
        Assert.Equal(age, IdNumber.AgeOn(new DateOnly(2000, 2, 29), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
