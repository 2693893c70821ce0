using CivilAffairs.Assistance.Features.Applications;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>Papers are recognised by their content; decision numbers follow the 文号 pattern.</summary>
public class ApplicationRecordRulesTests
{
    [Fact]
    public void Pdf_jpeg_and_png_are_recognised_by_their_first_bytes_and_nothing_else_is()
    {
        Assert.Equal("application/pdf", ApplicationRecords.Sniff("%PDF-1.7\n"u8));
        Assert.Equal("image/jpeg", ApplicationRecords.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.Equal("image/png", ApplicationRecords.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
        Assert.Null(ApplicationRecords.Sniff("MZ\x90"u8));
        Assert.Null(ApplicationRecords.Sniff("%PD"u8));
        Assert.Null(ApplicationRecords.Sniff([0x89, 0x50, 0x4E, 0x47]));
        Assert.Null(ApplicationRecords.Sniff([]));
    }

    [Theory]
    [InlineData("福田区", "福田")]
    [InlineData("大鹏新区", "大鹏")]
    [InlineData("光明区", "光明")]
    [InlineData(null, "440304")]
    public void The_district_short_name_drops_its_suffix(string? name, string expected) =>
        Assert.Equal(expected, DecisionNumbers.ShortName(name, "440304"));

    [Fact]
    public void A_decision_number_has_the_district_the_year_and_five_digits() =>
        Assert.Equal("福田民救〔2019〕00012号", DecisionNumbers.Format("福田", 2019, 12));
}
