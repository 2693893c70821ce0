using CivilAffairs.Platform.Identity;

namespace CivilAffairs.UnitTests.Platform.Identity;

/// <summary>等保 level 3: at least three of upper case, lower case, digits and symbols.</summary>
public class PasswordPolicyValidatorTests
{
    private static async Task<Microsoft.AspNetCore.Identity.IdentityResult> Validate(string? password) =>
        // the validator looks at the password only
        await new PasswordPolicyValidator().ValidateAsync(null!, new StaffUser { UserName = "futian.clerk" }, password);

    [Theory]
    [InlineData("Demo#2018")]  // the documented demo password: four classes
    [InlineData("Abcdefgh1")]  // upper, lower, digit
    [InlineData("abcdefg1#")]  // lower, digit, symbol
    [InlineData("ABCDEFG1#")]  // upper, digit, symbol
    public async Task A_password_with_three_or_four_character_classes_is_accepted(string password)
    {
        Assert.True((await Validate(password)).Succeeded);
    }

    [Theory]
    [InlineData("abcdefgh")]
    [InlineData("abcdefgh1")]
    [InlineData("ABCD1234")]
    [InlineData("12345678")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_password_with_fewer_than_three_classes_is_refused_with_a_Chinese_message(string? password)
    {
        var result = await Validate(password);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("PasswordClasses", error.Code);
        Assert.Contains("至少三类", error.Description, StringComparison.Ordinal);
    }
}
