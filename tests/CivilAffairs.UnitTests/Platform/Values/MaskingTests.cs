using CivilAffairs.Platform.Values;

namespace CivilAffairs.UnitTests.Platform.Values;

/// <summary>How personal data appears in lists, logs and the audit trail.</summary>
public class MaskingTests
{
    [Fact]
    public void An_ID_number_keeps_its_address_code_and_last_four()
    {
        Assert.Equal("440304********1234", Masking.IdNumber("440304199001011234"));
    }

    [Fact]
    public void An_ID_number_mask_hides_the_birth_date()
    {
        var masked = Masking.IdNumber("440303199003071233");

        Assert.DoesNotContain("19900307", masked, StringComparison.Ordinal);
        Assert.Equal(18, masked.Length);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("123", "***")]
    [InlineData("1234", "****")]
    public void An_empty_or_very_short_document_number_is_fully_hidden(string? value, string expected)
    {
        Assert.Equal(expected, Masking.IdNumber(value));
    }

    [Theory]
    [InlineData("12345")]     // the validator accepts document numbers of 5 to 20 letters and digits
    [InlineData("123456")]
    [InlineData("1234567")]
    [InlineData("12345678")]  // 台湾居民来往大陆通行证: eight digits
    [InlineData("E12345678")] // 中国护照
    public void A_short_document_number_keeps_at_least_half_of_it_hidden(string number)
    {
        // Masking.IdNumber promises: "at least half of a short document number (passports: 9 characters) stays hidden"
        var masked = Masking.IdNumber(number);

        var hidden = masked.Count(c => c == '*');
        Assert.True(hidden * 2 >= number.Length, $"{number} is shown as {masked}: {hidden} of {number.Length} characters hidden");
    }

    [Theory]
    [InlineData("E12345678")]   // 中国护照: a letter and eight digits
    [InlineData("H123456789")]  // ten characters
    [InlineData("H1234567890")] // 港澳居民来往内地通行证 (new card)
    public void Every_document_number_the_registry_accepts_is_masked_in_lists(string number)
    {
        // persons hold passports and permits in the IdNumber column, and lists show Masking.IdNumber
        var masked = Masking.IdNumber(number);

        Assert.NotEqual(number, masked);
        Assert.Contains('*', masked);
        Assert.Equal(number.Length, masked.Length);
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳修", "欧*修")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("李", "*")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_name_keeps_its_first_character_and_the_last_when_three_or_longer(string? name, string expected)
    {
        Assert.Equal(expected, Masking.Name(name));
    }

    [Fact]
    public void A_mobile_number_keeps_its_first_three_and_last_four_digits()
    {
        Assert.Equal("139****5678", Masking.Phone("13912345678"));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("110", "****")]
    [InlineData("123456", "****")]
    public void A_short_or_empty_phone_is_fully_hidden(string? phone, string expected)
    {
        Assert.Equal(expected, Masking.Phone(phone));
    }

    [Theory]
    [InlineData("8345678")]       // a seven-digit local landline
    [InlineData("83456789")]      // a Shenzhen landline without area code
    [InlineData("13912345678")]
    [InlineData("0755-83456789")]
    public void A_masked_phone_never_shows_the_whole_number(string phone)
    {
        var masked = Masking.Phone(phone);

        Assert.NotEqual(phone, masked);
        Assert.Contains('*', masked);
    }

    [Theory]
    [InlineData("深圳市福田区福田街道福山社区1号", "深圳市福田区***")]
    [InlineData("福田区", "***")]
    [InlineData("", "")]
    public void An_address_keeps_only_its_first_six_characters(string address, string expected)
    {
        Assert.Equal(expected, Masking.Address(address));
    }

    [Fact]
    public void A_secret_is_never_shown_whatever_its_value()
    {
        Assert.Equal("***", Masking.Apply(MaskKind.Secret, "Demo#2018"));
        Assert.Equal("139****5678", Masking.Apply(MaskKind.Phone, "13912345678"));
    }
}
