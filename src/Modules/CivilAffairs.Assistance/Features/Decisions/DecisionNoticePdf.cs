using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Features.Decisions;

/// <summary>What a 审批通知书 or 不予批准通知书 says; the caller has already decided and masked.</summary>
/// <param name="ProgrammeName">"最低生活保障", "低收入家庭认定", "特困人员救助供养": the title is built from it.</param>
/// <param name="EnrolFrom">Required when approved: the month benefits start ("自2026年12月起享受").</param>
/// <param name="Reason">Required when refused; "\n" separates paragraphs.</param>
/// <param name="Breakdown">Approved only; must add up to <paramref name="MonthlyBenefit"/> (a 合计 row is added).</param>
/// <param name="AppealText">The remedies sentence (行政复议 / 行政诉讼 and their time limits), worded by the caller
/// because the reviewing body and the court differ by district; printed on both kinds when not blank.</param>
internal sealed record DecisionNotice(
    string DocumentNumber,
    bool Approved,
    string ProgrammeName,
    string ApplicantName,
    string MaskedIdNumber,
    string DivisionName,
    int HouseholdSize,
    decimal MonthlyBenefit,
    DateOnly? EnrolFrom,
    string? Reason,
    string IssuingAuthority,
    DateOnly DecidedOn,
    IReadOnlyList<(string Item, decimal Amount)> Breakdown,
    string AppealText);

/// <summary>The printed decision on a social-assistance application (审批通知书 / 不予批准通知书).</summary>
internal static class DecisionNoticePdf
{
    /// <exception cref="ArgumentException">An approval without a start month or with a breakdown that does not
    /// add up, or a refusal without reasons: none of these may be printed as a legal decision.</exception>
    /// <exception cref="Platform.Http.BusinessRuleException">The server has no CJK font.</exception>
    public static byte[] Render(DecisionNotice n)
    {
        ArgumentNullException.ThrowIfNull(n);
        Validate(n);
        var title = n.ProgrammeName + (n.Approved ? "审批通知书" : "不予批准通知书");
        using var pdf = new PdfLayout(title);
        pdf.Letterhead(n.IssuingAuthority, n.DocumentNumber)
            .Title(title)
            .Paragraph(n.ApplicantName + "：", indentFirstLine: false);
        if (n.Approved)
        {
            Approval(pdf, n);
        }
        else
        {
            Refusal(pdf, n);
        }
        if (!string.IsNullOrWhiteSpace(n.AppealText))
        {
            pdf.Paragraph(n.AppealText);
        }
        pdf.SignatureBlock(n.IssuingAuthority, n.DecidedOn);
        return pdf.ToPdf();
    }

    private static void Approval(PdfLayout pdf, DecisionNotice n)
    {
        var from = ChineseFormat.Month(n.EnrolFrom!.Value);
        var amount = ChineseFormat.Yuan(n.MonthlyBenefit);
        pdf.Paragraph($"你（户）申请{n.ProgrammeName}一事，经调查核实、审核确认，符合条件，决定予以批准。现将有关事项通知如下：")
            .KeyValueTable(Applicant(n).Append(("月保障金额", amount)).Append(("享受起始月份", from)));
        if (n.Breakdown.Count > 0)
        {
            pdf.Heading("保障金构成")
                .KeyValueTable(
                    n.Breakdown.Select(b => (b.Item, ChineseFormat.Yuan(b.Amount))).Append(("合计", amount)),
                    header: ("项目", "月金额"),
                    rightAlignValues: true,
                    boldLastRow: true,
                    keyColumnShare: 0.68);
        }
        pdf.Paragraph($"你（户）自{from}起享受{n.ProgrammeName}待遇，每月{amount}，按月发放至指定账户。"
            + "享受期间家庭人口、收入或财产状况发生变化的，请及时向所在街道办事处报告，民政部门将据此调整保障金额或停止保障。");
    }

    private static void Refusal(PdfLayout pdf, DecisionNotice n)
    {
        pdf.Paragraph($"你（户）申请{n.ProgrammeName}一事，经调查核实、审核确认，不符合条件，决定不予批准。")
            .KeyValueTable(Applicant(n))
            .Heading("不予批准的理由")
            .Paragraph(n.Reason!);
    }

    private static IEnumerable<(string, string)> Applicant(DecisionNotice n) =>
    [
        ("申请人", n.ApplicantName),
        // masked again on purpose: masking is idempotent, and a full ID number must never reach paper by mistake
        ("身份证号码", Masking.IdNumber(n.MaskedIdNumber)),
        ("所在地区", n.DivisionName),
        ("家庭人口", $"{n.HouseholdSize} 人"),
    ];

    private static void Validate(DecisionNotice n)
    {
        if (n.Approved && n.EnrolFrom is null)
        {
            throw new ArgumentException("an approval notice needs the month benefits start (EnrolFrom)", nameof(n));
        }
        if (n.Approved && n.Breakdown.Count > 0 && n.Breakdown.Sum(b => b.Amount) != n.MonthlyBenefit)
        {
            throw new ArgumentException("the breakdown does not add up to the monthly benefit", nameof(n));
        }
        if (!n.Approved && string.IsNullOrWhiteSpace(n.Reason))
        {
            throw new ArgumentException("a refusal must state its reasons (Reason)", nameof(n));
        }
    }
}
