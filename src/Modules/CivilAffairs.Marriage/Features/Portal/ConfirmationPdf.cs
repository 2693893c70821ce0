using System.Globalization;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Marriage.Features.Portal;

/// <summary>
/// 婚姻登记预约确认单: what the couple prints or shows on the phone at the office. Not an official
/// document (no letterhead, no seal): the booking code and the ID cards are what the clerk checks.
/// </summary>
internal static class ConfirmationPdf
{
    public const string Title = "婚姻登记预约确认单";

    public static byte[] Render(BookingDetails d, DateTime printedAt)
    {
        ArgumentNullException.ThrowIfNull(d);
        var v = d.View;
        using var pdf = new PdfLayout(Title + " " + v.Code);
        pdf.Title(Title)
            .Paragraph($"预约码：{v.Code}", indentFirstLine: false, bold: true)
            .KeyValueTable(Rows(d));
        if (v.Status != AppointmentStatus.Confirmed)
        {
            pdf.Paragraph($"本预约{v.StatusName}。" + (v.ReplacedByCode is { } next ? $"已改约，新的预约码为{next}。" : ""), indentFirstLine: false, bold: true);
        }
        pdf.Heading("请携带以下材料");
        var n = 0;
        foreach (var item in d.Documents)
        {
            pdf.Paragraph($"{++n}. {item}", indentFirstLine: false);
        }
        pdf.Paragraph(d.DocumentsBasis + "。", indentFirstLine: false)
            .Heading("办理须知")
            .Paragraph($"请于{PortalFormat.Time(v.Start)}至{PortalFormat.Time(v.End)}之间到登记处凭预约码或身份证签到，结婚、离婚登记须双方本人到场。"
                + "场次开始前可在“我的预约”中取消或改约；未取消又未到场的计为爽约，爽约次数达到规定的，将暂停网上预约。")
            .Paragraph($"咨询电话：{d.Office.Phone}。本确认单由深圳市民政婚姻登记预约系统生成，打印时间："
                + printedAt.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) + "。");
        return pdf.ToPdf();
    }

    private static IEnumerable<(string, string)> Rows(BookingDetails d)
    {
        var v = d.View;
        yield return ("办理事项", v.ServiceName);
        yield return ("婚姻登记处", d.Office.Name);
        yield return ("地址", d.Office.Address);
        yield return ("预约日期", $"{ChineseFormat.Date(v.Date)}（{PortalFormat.WeekdayZh(v.Date)}）");
        yield return ("预约时段", $"{MarriageNames.Of(v.Period)} {PortalFormat.Hours(v.Start, v.End)}" + (v.SessionLabel is { Length: > 0 } l ? $"（{l}）" : ""));
        // masked again on purpose: masking is idempotent, and a full ID number must never reach paper by mistake
        yield return ("甲方", $"{v.PartyAName}  {Masking.IdNumber(v.PartyAIdNumber)}");
        if (v.PartyBName is not null)
        {
            yield return ("乙方", $"{v.PartyBName}  {Masking.IdNumber(v.PartyBIdNumber)}");
        }
        yield return ("预约状态", v.StatusName);
        yield return ("预约时间", ChinaTime.ToLocal(v.CreatedAtUtc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture));
    }
}
