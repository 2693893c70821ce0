using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Documents;

namespace CivilAffairs.Charity.Features.Campaigns;

/// <summary>
/// The donation receipt (公益事业捐赠票据) as the recipient prints it for the donor: number, donor,
/// amount in figures and in words, form, purpose, date. A voided receipt says so in its title.
/// </summary>
internal static class DonationReceiptPdf
{
    public const string Title = "公益事业捐赠票据";

    public static byte[] Render(DonationView d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var title = d.Status == DonationStatus.Voided ? Title + "（已作废）" : Title;
        using var pdf = new PdfLayout(title);
        pdf.Title(title).KeyValueTable(
        [
            ("票据号码", d.ReceiptNumber),
            ("受赠单位", $"{d.RecipientName}（{d.CreditCode}）"),
            ("捐赠人", d.DonorKind == DonorKind.Anonymous ? "匿名捐赠人" : d.DonorName ?? ""),
            ("捐赠人类别", d.DonorKindName + (d.DonorCreditCode is { } c ? $"　统一社会信用代码 {c}" : "")),
            ("捐赠形式", d.Form == DonationForm.Goods ? $"物资：{d.GoodsDescription}　{d.GoodsQuantity}（价值依据：{d.ValuationBasis}）" : "资金"),
            ("金额", ChineseFormat.Yuan(d.Amount)),
            ("用途", d.PurposeName + (d.ProjectName is { } p ? $"：{p}" : "")),
            ("所属活动", d.CampaignName ?? "—"),
            ("收到日期", ChineseFormat.Date(d.ReceivedOn)),
        ]);
        if (d.Status == DonationStatus.Voided)
        {
            pdf.Heading("作废说明").Paragraph($"本票据已于{ChineseFormat.Date(DateOnly.FromDateTime(d.VoidedAtUtc ?? d.RecordedAtUtc))}作废，原因：{d.VoidReason}");
        }
        pdf.Paragraph("感谢您对慈善事业的支持。本票据依据《中华人民共和国公益事业捐赠法》《中华人民共和国慈善法》开具，捐赠人可凭票据依法享受税收优惠。");
        pdf.SignatureBlock(d.RecipientName, d.ReceivedOn, "（财务专用章）");
        return pdf.ToPdf();
    }
}
