using CivilAffairs.Contracts.Registry;
using CivilAffairs.Registry.Features.Persons;

namespace CivilAffairs.UnitTests.Registry;

/// <summary>How a marriage registration's "20 已婚" becomes the GB/T 2261.2 code the registry keeps.</summary>
public sealed class MaritalStatusRefineTests
{
    [Theory]
    [InlineData(null, MaritalStatus.FirstMarriage)]
    [InlineData(MaritalStatus.Unmarried, MaritalStatus.FirstMarriage)]
    [InlineData(MaritalStatus.Unstated, MaritalStatus.FirstMarriage)]
    [InlineData(MaritalStatus.Divorced, MaritalStatus.Remarried)]
    [InlineData(MaritalStatus.Widowed, MaritalStatus.Remarried)]
    public void A_marriage_is_a_first_marriage_or_a_remarriage_by_what_the_registry_knew(MaritalStatus? before, MaritalStatus expected) =>
        Assert.Equal(expected, MaritalStatusRegistry.Refine(before, MaritalStatus.Married));

    [Fact]
    public void Married_on_record_already_stays_the_plain_married_code() =>
        Assert.Equal(MaritalStatus.Married, MaritalStatusRegistry.Refine(MaritalStatus.FirstMarriage, MaritalStatus.Married));

    [Theory]
    [InlineData(MaritalStatus.Reunited)]
    [InlineData(MaritalStatus.Divorced)]
    [InlineData(MaritalStatus.Widowed)]
    public void A_specific_code_is_kept_as_sent(MaritalStatus sent)
    {
        Assert.Equal(sent, MaritalStatusRegistry.Refine(null, sent));
        Assert.Equal(sent, MaritalStatusRegistry.Refine(MaritalStatus.FirstMarriage, sent));
        Assert.Equal(sent, MaritalStatusRegistry.Refine(MaritalStatus.Divorced, sent));
    }
}
