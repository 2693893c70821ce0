using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Features.Relief;

/// <summary>
/// 倒房重建补助公示: the community's notice of the households on 公示 for an event — number, head
/// (name masked), damage, proposed amount, the period, and where to raise an objection.
/// </summary>
internal sealed class PublicityPdf(DisasterDb db, Subsidies subsidies, TimeProvider clock)
{
    public const string Title = "倒房重建补助对象公示";

    public async Task<(string FileName, byte[] Content)> RenderAsync(Guid eventId, string? division, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException("灾害事件不存在");
        var list = (await subsidies.ListAsync(new SubsidyQuery(eventId, nameof(SubsidyStatus.Publicity), division), ct)).OrderBy(s => s.DivisionCode).ThenBy(s => s.Number).ToList();
        if (list.Count == 0)
        {
            throw new BusinessRuleException("没有公示中的倒房重建补助申请");
        }
        var from = list.Min(s => s.PublicityFrom)!.Value;
        var until = list.Max(s => s.PublicityUntil)!.Value;
        using var pdf = new PdfLayout(Title);
        pdf.Title(Title)
            .Paragraph($"根据《自然灾害救助条例》第二十条，经本人申请或者村（居）民小组提名、村（居）民委员会民主评议，下列 {list.Count} 户拟列为{ev.Name}倒房重建（损房维修）补助对象，"
                + $"现予公示。公示期自 {ChineseFormat.Date(from)} 至 {ChineseFormat.Date(until)}（{list[0].PublicityDays} 个工作日）。"
                + "如有异议，请在公示期内向社区居委会或街道办事处反映，我们将及时核实。")
            .KeyValueTable(list.Select(s => ($"{s.Number}　{s.HeadName}", $"{s.DamageName}；拟补助 {(s.ProposedAmount is { } a ? ChineseFormat.Yuan(a) : "—")}；区划 {s.DivisionCode}"
                + (s.Nominated ? "；提名" : "；本人申请"))),
                header: ("编号 / 户主", "房屋损坏程度与拟补助金额"), keyColumnShare: 0.32)
            .Paragraph("注：身份证号码及住址等个人信息不予公示。");
        pdf.SignatureBlock("社区居民委员会", ChinaTime.Today(clock));
        return ($"publicity-{ev.Number}.pdf", pdf.ToPdf());
    }
}
