using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.FamilySearch;

public sealed record HandleMessageRequest(string? Note);

/// <summary>A reply as staff see it; the phone is shown in full only to those who call back (rescue.write).</summary>
internal sealed record MessageView(Guid Id, Guid NoticeId, Guid CaseId, string CaseNumber, string Name, string Phone, string Relationship, string Message,
    DateTime ReceivedAtUtc, NoticeMessageStatus Status, string? HandledBy, DateTime? HandledAtUtc, string? HandledNote);

internal sealed record MessageList(IReadOnlyList<MessageView> Items, int New, int Handled);

/// <summary>Replies to notices: staff read them, call back and mark them handled.</summary>
internal sealed class Messages(RescueDb db, ICurrentUser me, TimeProvider clock)
{
    public async Task<MessageList> ListAsync(string? status, Guid? noticeId, CancellationToken ct)
    {
        var q = db.NoticeMessages.AsNoTracking();
        if (noticeId is { } nid) { q = q.Where(m => m.NoticeId == nid); }
        var counts = await q.GroupBy(m => m.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        if (Enum.TryParse<NoticeMessageStatus>(status, true, out var s)) { q = q.Where(m => m.Status == s); }
        var rows = await q.OrderBy(m => m.Status).ThenByDescending(m => m.ReceivedAtUtc).Take(300)
            .Join(db.Notices, m => m.NoticeId, n => n.Id, (m, n) => new { m, n.CaseNumber }).ToListAsync(ct);
        var full = me.Has(Permissions.RescueWrite);
        var items = rows.Select(x => new MessageView(x.m.Id, x.m.NoticeId, x.m.CaseId, x.CaseNumber, x.m.Name, full ? x.m.Phone : Masking.Phone(x.m.Phone),
            x.m.Relationship, x.m.Message, x.m.ReceivedAtUtc, x.m.Status, x.m.HandledBy, x.m.HandledAtUtc, x.m.HandledNote)).ToList();
        return new MessageList(items, counts.FirstOrDefault(c => c.Key == NoticeMessageStatus.New)?.N ?? 0,
            counts.FirstOrDefault(c => c.Key == NoticeMessageStatus.Handled)?.N ?? 0);
    }

    public async Task HandleAsync(Guid id, HandleMessageRequest r, CancellationToken ct)
    {
        if (!me.Has(Permissions.RescueWrite))
        {
            throw new ForbiddenException();
        }
        var m = await db.NoticeMessages.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (m.Status == NoticeMessageStatus.Handled)
        {
            throw new BusinessRuleException("该留言已处理。");
        }
        if (r.Note is { Length: > 500 })
        {
            throw new FieldValidationException("note", "处理说明不能超过500个字。");
        }
        m.Status = NoticeMessageStatus.Handled;
        m.HandledBy = me.UserName;
        m.HandledAtUtc = clock.GetUtcNow().UtcDateTime;
        m.HandledNote = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        await db.SaveChangesAsync(ct);
    }
}
