using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Platform.Audit;

/// <summary>Audits what is not a row change: logins, full-ID reveals, exports, imports.</summary>
public sealed class AuditEvents(PlatformDb db)
{
    public async Task RecordAsync(string action, string entity, string? entityId, object? details,
        string? actorUserName = null, CancellationToken ct = default)
    {
        var record = new AuditRecord(action, entity, entityId, details is null ? null : AuditTrail.Json(details), actorUserName);
        if (db.Database.CurrentTransaction is not null)
        {
            await db.Scope.Audit.AppendAsync(db, [record], ct);
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Scope.Audit.AppendAsync(db, [record], ct);
        await tx.CommitAsync(ct);
    }
}

public sealed class AuditQuery
{
    public string? UserName { get; set; }

    public string? Action { get; set; }

    public string? Entity { get; set; }

    public string? EntityId { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

public sealed record AuditRow(long Seq, DateTime AtUtc, string UserName, string Role, string Jurisdiction, string Action,
    string Entity, string? EntityId, string? Summary, string? ClientIp, string Hash);

public sealed record AuditPage(int Total, int Page, int PageSize, IReadOnlyList<AuditRow> Items);

/// <summary>Search and verification of the audit log (auditors only).</summary>
public sealed class AuditReader(PlatformDb db)
{
    public async Task<AuditPage> SearchAsync(AuditQuery q, CancellationToken ct = default)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.UserName)) { query = query.Where(a => a.UserName == q.UserName.Trim()); }
        if (!string.IsNullOrWhiteSpace(q.Action)) { query = query.Where(a => a.Action == q.Action.Trim()); }
        if (!string.IsNullOrWhiteSpace(q.Entity)) { query = query.Where(a => a.Entity == q.Entity.Trim()); }
        if (!string.IsNullOrWhiteSpace(q.EntityId)) { query = query.Where(a => a.EntityId == q.EntityId.Trim()); }
        if (q.From is { } from) { var f = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); query = query.Where(a => a.AtUtc >= f); }
        if (q.To is { } to) { var t = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); query = query.Where(a => a.AtUtc < t); }
        var size = Math.Clamp(q.PageSize ?? 50, 1, 500);
        var page = Math.Max(1, q.Page ?? 1);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.Seq).Skip((page - 1) * size).Take(size)
            .Select(a => new AuditRow(a.Seq, a.AtUtc, a.UserName, a.Role, a.Jurisdiction, a.Action, a.Entity, a.EntityId, a.Summary, a.ClientIp, a.Hash))
            .ToListAsync(ct);
        return new AuditPage(total, page, size, items);
    }

    /// <summary>Recomputes every hash in order; reports the first row that does not match.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        const int batch = 5000;
        var prev = AuditChain.Genesis;
        long expected = 1, checkedRows = 0;
        while (true)
        {
            var from = expected;
            var rows = await db.AuditLog.AsNoTracking().Where(a => a.Seq >= from).OrderBy(a => a.Seq).Take(batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                break;
            }
            foreach (var r in rows)
            {
                if (r.Seq != expected)
                {
                    return new AuditVerification(false, checkedRows, expected, $"缺少序号 {expected} 的记录（记录被删除）");
                }
                r.AtUtc = DateTime.SpecifyKind(r.AtUtc, DateTimeKind.Utc);
                if (r.PrevHash != prev)
                {
                    return new AuditVerification(false, checkedRows, r.Seq, $"序号 {r.Seq} 的前序哈希与上一条不符");
                }
                if (AuditChain.ComputeHash(r) != r.Hash)
                {
                    return new AuditVerification(false, checkedRows, r.Seq, $"序号 {r.Seq} 的内容与哈希不符（记录被篡改）");
                }
                prev = r.Hash;
                expected++;
                checkedRows++;
            }
        }
        return new AuditVerification(true, checkedRows, null, $"审计链完整，共校验 {checkedRows} 条记录");
    }
}
