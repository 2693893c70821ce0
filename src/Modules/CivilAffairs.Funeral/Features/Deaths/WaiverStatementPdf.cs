using System.Globalization;
using CivilAffairs.Platform.Documents;

namespace CivilAffairs.Funeral.Features.Deaths;

/// <summary>
/// 基本殡葬服务费用减免结算单: what was delivered, the standard of each free item, what is waived
/// and what the family pays. The ID number is masked; the home keeps the full record.
/// </summary>
internal static class WaiverStatementPdf
{
    public const string Title = "基本殡葬服务费用减免结算单";

    public static byte[] Render(CaseView c, DateOnly printedOn)
    {
        ArgumentNullException.ThrowIfNull(c);
        using var pdf = new PdfLayout(Title);
        pdf.Title(Title)
            .KeyValueTable(
            [
                ("殡仪馆", c.HomeName),
                ("火化证明编号", c.CremationCertificateNumber ?? "（尚未火化）"),
                ("逝者", $"{c.Name}　{c.Sex}　{c.Age}岁　身份证号码 {c.IdNumber}"),
                ("户籍", c.HukouName + (c.ShenzhenHukou ? "（深圳户籍）" : "（非深圳户籍）")),
                ("死亡日期 / 地点", $"{ChineseFormat.Date(c.DiedOn)}　{(c.DiedInShenzhen ? "深圳" : "外地")}"),
                ("死亡医学证明编号", c.DeathCertificateNumber),
                ("火化日期", c.CrematedOn is { } on ? ChineseFormat.Date(on) : "—"),
            ]);
        pdf.Heading("服务项目");
        pdf.KeyValueTable(c.Services.Select(s => (s.Name,
            $"{Money(s.Charged)}元（{Qty(s.Quantity)} × {Money(s.UnitPrice)}）" + (s.Standard is { } st ? $"　免费标准 {Money(st)}元　减免 {Money(s.Waived)}元" : "　自选项目，不减免"))));
        pdf.Heading("结算");
        pdf.KeyValueTable(
        [
            ("费用合计", Money(c.Charged) + "元"),
            ("减免金额", Money(c.Waiver) + "元"),
            ("自付金额", Money(c.SelfPay) + "元"),
            ("减免依据", c.WaiverEligible ? c.WaiverReason : "不予减免：" + c.WaiverReason),
            ("适用标准", c.WaiverBasis ?? "—"),
        ]);
        pdf.Paragraph($"减免 {Money(c.Waiver)} 元 / 自付 {Money(c.SelfPay)} 元。减免部分由殡仪馆按月向民政部门申报结算，家属无需垫付。");
        pdf.SignatureBlock(c.HomeName, printedOn, "（业务专用章）");
        return pdf.ToPdf();
    }

    private static string Money(decimal v) => v.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Qty(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
