using CivilAffairs.Registry.Features.Divisions;

namespace CivilAffairs.UnitTests.Registry.Divisions;

/// <summary>ID numbers carry the county code of the day they were issued, so retired codes stay valid (rules §9.1).</summary>
public class DivisionReferenceTests
{
    [Theory]
    [InlineData("440304")] // 福田区
    [InlineData("440311")] // 光明区, created 2018
    [InlineData("110105")] // 北京 朝阳区, from the standard's example
    public void A_current_county_code_is_known(string code)
    {
        Assert.True(DivisionReference.IsKnownAddressCode(code));
    }

    [Fact]
    public void The_retired_Baoan_county_code_440321_is_known_through_its_prefecture()
    {
        Assert.True(DivisionReference.IsKnownAddressCode("440321"));
    }

    [Theory]
    [InlineData("810000")] // Hong Kong residence permit
    [InlineData("820000")] // Macao
    [InlineData("830000")] // Taiwan
    public void Residence_permit_address_codes_are_known(string code)
    {
        Assert.True(DivisionReference.IsKnownAddressCode(code));
    }

    [Theory]
    [InlineData("990101")]
    [InlineData("4403")]
    [InlineData("4403040")]
    [InlineData("")]
    public void A_code_of_no_county_or_prefecture_is_unknown(string code)
    {
        Assert.False(DivisionReference.IsKnownAddressCode(code));
    }

    [Fact]
    public void The_streets_of_Futian_come_from_the_embedded_list()
    {
        var streets = DivisionReference.StreetsOf("440304").ToList();

        Assert.Contains(streets, s => s.Code == "440304004");
        Assert.All(streets, s => Assert.StartsWith("440304", s.Code, StringComparison.Ordinal));
    }
}
