using System.Text.RegularExpressions;
using CivilAffairs.Assistance.Features.Decisions;
using CivilAffairs.UnitTests.Platform.Documents;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>The printed 审批通知书 / 不予批准通知书, read back with poppler as a reader would see it.</summary>
public class DecisionNoticePdfTests
{
    private const string Appeal = "如对本决定不服，可以自收到本通知书之日起六十日内向深圳市福田区人民政府申请行政复议，"
        + "或者自收到本通知书之日起六个月内向深圳市福田区人民法院提起行政诉讼。";

    private const string RefusalReason = "经家庭经济状况核对，你家庭月人均收入 2,150.00 元，不低于本市最低生活保障标准 1,300 元；"
        + "家庭成员名下拥有机动车 1 辆，不符合《深圳市最低生活保障办法》规定的财产条件。";

    internal static DecisionNotice Approved() => new(
        DocumentNumber: "福民低保〔2026〕123号",
        Approved: true,
        ProgrammeName: "最低生活保障",
        ApplicantName: "李秀英",
        MaskedIdNumber: "440304********1234",
        DivisionName: "福田区华富街道莲花一村社区",
        HouseholdSize: 3,
        MonthlyBenefit: 1070.00m,
        EnrolFrom: new DateOnly(2026, 12, 1),
        Reason: null,
        IssuingAuthority: "深圳市福田区民政局",
        DecidedOn: new DateOnly(2026, 11, 28),
        Breakdown: [("差额补助：(1,300 − 946.67) × 3人", 1060.00m), ("分类施保：第3名成员（未成年人）", 10.00m)],
        AppealText: Appeal);

    internal static DecisionNotice Refused(string reason = RefusalReason) => Approved() with
    {
        DocumentNumber = "福民低保〔2026〕124号",
        Approved = false,
        MonthlyBenefit = 0m,
        EnrolFrom = null,
        Reason = reason,
        Breakdown = [],
    };

    [Fact]
    public void The_approval_notice_shows_the_applicant_the_amount_the_start_month_and_the_authority()
    {
        var pdf = DecisionNoticePdf.Render(Approved());
        Poppler.KeepArtifact(pdf, "decision-approved.pdf");

        var (text, flat, pages) = WithTempFile(pdf, path => (Poppler.Text(path), Poppler.FlatText(path), Poppler.Pages(path)));

        Assert.Equal(1, pages); // a usual approval is a one-page form
        Assert.Contains("最低生活保障审批通知书", text, StringComparison.Ordinal);
        Assert.Contains("李秀英", text, StringComparison.Ordinal);
        Assert.Contains("440304********1234", text, StringComparison.Ordinal);
        Assert.Contains("1,070.00 元", text, StringComparison.Ordinal);
        Assert.Contains("1,060.00 元", text, StringComparison.Ordinal);
        Assert.Contains("家庭人口3人", flat, StringComparison.Ordinal);
        // prose may wrap anywhere, so it is compared without whitespace
        Assert.Contains("自2026年12月起享受最低生活保障待遇，每月1,070.00元，按月发放至指定账户", flat, StringComparison.Ordinal);
        Assert.Contains("深圳市福田区民政局", text, StringComparison.Ordinal);
        Assert.Contains("2026年11月28日", text, StringComparison.Ordinal);
        Assert.DoesNotContain("不予批准", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_notice_gives_the_reasons_and_the_appeal_routes()
    {
        var pdf = DecisionNoticePdf.Render(Refused());
        Poppler.KeepArtifact(pdf, "decision-refused.pdf");

        var (text, flat) = WithTempFile(pdf, path => (Poppler.Text(path), Poppler.FlatText(path)));

        Assert.Contains("最低生活保障不予批准通知书", text, StringComparison.Ordinal);
        Assert.Contains("不予批准", text, StringComparison.Ordinal);
        Assert.Contains("李秀英", text, StringComparison.Ordinal);
        Assert.Contains(Poppler.WhitespaceRemoved(RefusalReason), flat, StringComparison.Ordinal);
        Assert.Contains(Poppler.WhitespaceRemoved(Appeal), flat, StringComparison.Ordinal);
        Assert.DoesNotContain("审批通知书", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_font_is_embedded_so_the_notice_prints_the_same_anywhere()
    {
        var fonts = WithTempFile(DecisionNoticePdf.Render(Approved()), Poppler.Fonts);

        var wqy = fonts.Split('\n').Where(l => l.Contains("WenQuanYi", StringComparison.Ordinal)).ToList();
        Assert.True(wqy.Count > 0, "no WenQuanYi font in:\n" + fonts);
        // columns: name type encoding emb sub uni; Identity-H is the 2-byte CID encoding Chinese needs
        Assert.All(wqy, l => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", l));
    }

    [Fact]
    public void A_long_reason_wraps_onto_many_lines_and_a_second_page_without_losing_text()
    {
        var reason = string.Concat(Enumerable.Range(1, 14).Select(i =>
            $"（{i}）经核查，申请人家庭第{i}项情况与申报材料不一致，依据《深圳市最低生活保障办法》相关规定不予认定；"))
            + "以上理由到此为止。";

        var pdf = DecisionNoticePdf.Render(Refused(reason));
        Poppler.KeepArtifact(pdf, "decision-refused-two-pages.pdf");

        var (text, flat, pages) = WithTempFile(pdf, path => (Poppler.Text(path), Poppler.FlatText(path), Poppler.Pages(path)));
        Assert.Equal(2, pages);
        Assert.Contains(Poppler.WhitespaceRemoved(reason), flat, StringComparison.Ordinal);
        Assert.Contains(Poppler.WhitespaceRemoved(Appeal), flat, StringComparison.Ordinal);
        Assert.Contains("第 2 页，共 2 页", text, StringComparison.Ordinal);
        var reasonLines = text.Split('\n').Count(l => Regex.IsMatch(l, "情况|规定|认定|申报"));
        Assert.True(reasonLines >= 10, $"expected the reason on 10+ lines, found {reasonLines}:\n{text}");
    }

    [Fact]
    public void Notices_rendered_on_many_threads_at_once_all_come_out_whole()
    {
        // PDFsharp's font registration is global; requests render concurrently in the web app
        var sizes = new int[8];
        Parallel.For(0, sizes.Length, i => sizes[i] = DecisionNoticePdf.Render(i % 2 == 0 ? Approved() : Refused()).Length);

        Assert.All(sizes, s => Assert.True(s > 10_000, $"{s} bytes"));
    }

    [Fact]
    public void An_approval_without_a_start_month_is_not_printed()
    {
        Assert.Throws<ArgumentException>(() => DecisionNoticePdf.Render(Approved() with { EnrolFrom = null }));
    }

    [Fact]
    public void An_approval_whose_breakdown_does_not_add_up_is_not_printed()
    {
        Assert.Throws<ArgumentException>(() => DecisionNoticePdf.Render(Approved() with { MonthlyBenefit = 1080m }));
    }

    [Fact]
    public void A_refusal_without_reasons_is_not_printed()
    {
        Assert.Throws<ArgumentException>(() => DecisionNoticePdf.Render(Refused(" ")));
    }

    [Fact]
    public void A_full_ID_number_passed_by_mistake_is_masked_on_paper()
    {
        var text = WithTempFile(DecisionNoticePdf.Render(Approved() with { MaskedIdNumber = "440304199001011234" }), Poppler.Text);

        Assert.Contains("440304********1234", text, StringComparison.Ordinal);
        Assert.DoesNotContain("19900101", text, StringComparison.Ordinal);
    }

    private static T WithTempFile<T>(byte[] pdf, Func<string, T> read)
    {
        var path = Poppler.Save(pdf, "notice");
        try
        {
            return read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
