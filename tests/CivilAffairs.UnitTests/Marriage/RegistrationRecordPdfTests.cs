using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Desk;
using CivilAffairs.UnitTests.Platform.Documents;

namespace CivilAffairs.UnitTests.Marriage;

/// <summary>The printed 审查处理表 of a registration, read back with poppler.</summary>
public sealed class RegistrationRecordPdfTests
{
    private static RegistrationRecord Divorce() => new("福田区婚姻登记处", ServiceType.Divorce, "L440304-2026-000007", new DateOnly(2026, 12, 30),
        "福田区婚姻登记处 周登记", "ABCD2345", "窗口预约",
        [new RecordParty("男方", "王大明", "男", "440304199001011234"), new RecordParty("女方", "李小红", "女", "440304********2345")],
        new DateOnly(2026, 11, 28), new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 27), "双方共同到场申请发证");

    [Fact]
    public void A_divorce_record_shows_the_number_the_parties_masked_and_the_cooling_off_dates()
    {
        var pdf = RegistrationRecordPdf.Render(Divorce());
        Poppler.KeepArtifact(pdf, "marriage-divorce-record.pdf");
        var path = Poppler.Save(pdf, "divorce-record");
        try
        {
            var flat = Poppler.FlatText(path);
            Assert.Equal(1, Poppler.Pages(path));
            Assert.Contains("离婚登记审查处理表", flat, StringComparison.Ordinal);
            Assert.Contains("离婚证字号L440304-2026-000007", flat, StringComparison.Ordinal);
            Assert.Contains("王大明", flat, StringComparison.Ordinal);
            // a full number handed in by mistake is masked again on paper
            Assert.Contains("440304********1234", flat, StringComparison.Ordinal);
            Assert.DoesNotContain("440304199001011234", flat, StringComparison.Ordinal);
            Assert.Contains("申请受理日期2026年11月28日", flat, StringComparison.Ordinal);
            Assert.Contains("可申请发证日期2026年12月29日", flat, StringComparison.Ordinal);
            Assert.Contains("申请发证截止日期2027年1月27日", flat, StringComparison.Ordinal);
            Assert.Contains("福田区婚姻登记处周登记", flat, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_marriage_record_has_no_cooling_off_section()
    {
        var record = Divorce() with
        {
            Type = ServiceType.Marriage, CertificateNumber = "J440304-2026-000001", AppliedOn = null, EarliestRegistrationOn = null, LapsesAfter = null,
        };
        var path = Poppler.Save(RegistrationRecordPdf.Render(record), "marriage-record");
        try
        {
            var flat = Poppler.FlatText(path);
            Assert.Contains("结婚登记审查处理表", flat, StringComparison.Ordinal);
            Assert.Contains("结婚证字号J440304-2026-000001", flat, StringComparison.Ordinal);
            Assert.DoesNotContain("冷静期", flat, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
