using System.Globalization;
using CivilAffairs.Platform.Documents;

namespace CivilAffairs.SocialWork.Features.Volunteers;

internal sealed record VolunteerCertificate(string Name, string MaskedIdNumber, string Team, string Organization, DateOnly RegisteredOn,
    IReadOnlyList<ServiceLine> Records, DateOnly IssuedOn);

/// <summary>
/// 志愿服务记录证明 after 志愿服务条例 art. 19: the volunteer's name, masked ID number, team, total
/// hours and the records; issued free of charge. Long histories are summarised by year after the latest 40 records.
/// </summary>
internal static class VolunteerCertificatePdf
{
    public const string Title = "志愿服务记录证明";

    public static byte[] Render(VolunteerCertificate c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var total = c.Records.Sum(r => r.Hours);
        using var pdf = new PdfLayout(Title);
        pdf.Title(Title)
            .KeyValueTable(
            [
                ("姓名", c.Name),
                ("身份证号码", c.MaskedIdNumber),
                ("所在队伍", c.Team),
                ("所属组织", c.Organization),
                ("注册日期", ChineseFormat.Date(c.RegisteredOn)),
                ("服务次数", c.Records.Count.ToString(CultureInfo.InvariantCulture) + " 次"),
                ("累计服务时长", total.ToString("0.0", CultureInfo.InvariantCulture) + " 小时"),
            ]);
        if (c.Records.Count > 0)
        {
            pdf.Heading("服务记录");
            var shown = c.Records.Take(40).Select(r => (ChineseFormat.Date(r.ServedOn), $"{r.Activity}（{r.Hours.ToString("0.0", CultureInfo.InvariantCulture)} 小时，核实人 {r.Verifier}）"));
            pdf.KeyValueTable(shown, header: ("日期", "服务内容"));
            if (c.Records.Count > 40)
            {
                pdf.KeyValueTable(c.Records.Skip(40).GroupBy(r => r.ServedOn.Year).OrderByDescending(g => g.Key)
                    .Select(g => (g.Key.ToString(CultureInfo.InvariantCulture) + "年（更早记录）", $"{g.Count()} 次，{g.Sum(r => r.Hours).ToString("0.0", CultureInfo.InvariantCulture)} 小时")));
            }
        }
        pdf.Paragraph("兹证明上述志愿者的志愿服务信息与本组织在志愿服务信息系统中的记录一致。本证明依据《志愿服务条例》第十九条免费出具。")
            .SignatureBlock(c.Organization, c.IssuedOn);
        return pdf.ToPdf();
    }
}
