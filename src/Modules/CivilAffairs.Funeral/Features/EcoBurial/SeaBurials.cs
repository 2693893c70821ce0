using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Funeral.Features.EcoBurial;

public sealed class SeaBurialRequest
{
    public DateOnly? Date { get; set; }

    public string? Vessel { get; set; }

    public int? AshesCapacity { get; set; }

    public int? PassengerSeats { get; set; }

    public string? Note { get; set; }
}

public sealed class SeaBurialStatusRequest
{
    /// <summary>Planned, Done or Cancelled.</summary>
    public string? Status { get; set; }
}

internal sealed record SeaBurialView(Guid Id, int Sequence, DateOnly Date, string Vessel, SeaBurialStatus Status, string StatusName,
    int AshesCapacity, int AshesTaken, int PassengerSeats, int SeatsTaken, string? Note);

/// <summary>One passenger line: the ashes of whom, who boards (masked), extra paid seats.</summary>
internal sealed record PassengerRow(Guid ApplicationId, string Number, string DivisionCode, EcoBurialStatus Status, string DeceasedName,
    string ApplicantName, string ApplicantPhone, IReadOnlyList<CompanionView> Companions, int ExtraSeats, decimal ExtraSeatFee);

/// <summary>
/// 海葬活动: the bureau plans voyages (funeral.manage); clerks book places on them through the
/// applications. Voyages are city-wide; the passenger list shows only the applications the caller's
/// jurisdiction may see.
/// </summary>
internal sealed class SeaBurials(FuneralDb db, ICurrentUser user, AuditEvents audit, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<List<SeaBurialView>> ListAsync(int? year, CancellationToken ct)
    {
        var q = db.SeaBurialEvents.AsNoTracking();
        if (year is { } y)
        {
            q = q.Where(e => e.Date >= new DateOnly(y, 1, 1) && e.Date <= new DateOnly(y, 12, 31));
        }
        return (await q.OrderByDescending(e => e.Date).ThenByDescending(e => e.Sequence).ToListAsync(ct)).Select(View).ToList();
    }

    /// <summary>Voyages that can still take an application: not cancelled, with room for the ashes.</summary>
    public async Task<List<SeaBurialView>> BookableAsync(CancellationToken ct)
    {
        var since = ChinaTime.Today(clock).AddDays(-90);
        return (await db.SeaBurialEvents.AsNoTracking()
                .Where(e => e.Status != SeaBurialStatus.Cancelled && e.Date >= since && e.AshesTaken < e.AshesCapacity)
                .OrderBy(e => e.Date).ToListAsync(ct))
            .Select(View).ToList();
    }

    public async Task<SeaBurialView> GetAsync(Guid id, CancellationToken ct) =>
        View(await db.SeaBurialEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException());

    public async Task<SeaBurialView> CreateAsync(SeaBurialRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        RequireManage();
        var e = new FieldErrors();
        if (r.Date is null)
        {
            e.Add("date", "请填写活动日期");
        }
        var vessel = (r.Vessel ?? "").Trim();
        if (vessel.Length is 0 or > 64)
        {
            e.Add("vessel", "请填写船只名称（64字以内）");
        }
        if (r.AshesCapacity is not (>= 1 and <= 2000))
        {
            e.Add("ashesCapacity", "骨灰份数上限应为1至2000");
        }
        if (r.PassengerSeats is not (>= 0 and <= 5000))
        {
            e.Add("passengerSeats", "随船座位数应为0至5000");
        }
        e.ThrowIfAny();
        for (var attempt = 0; ; attempt++)
        {
            var next = (await db.SeaBurialEvents.MaxAsync(x => (int?)x.Sequence, ct) ?? 0) + 1;
            var ev = new SeaBurialEvent
            {
                Sequence = next, Date = r.Date!.Value, Vessel = vessel, AshesCapacity = r.AshesCapacity!.Value, PassengerSeats = r.PassengerSeats!.Value,
                Status = SeaBurialStatus.Planned, Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.SeaBurialEvents.Add(ev);
            try
            {
                await db.SaveChangesAsync(ct);
                return View(ev);
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex) && attempt < 3)
            {
                // two voyages planned at once took the same number: take the next
                db.Entry(ev).State = EntityState.Detached;
            }
        }
    }

    public async Task<SeaBurialView> SetStatusAsync(Guid id, SeaBurialStatusRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        RequireManage();
        if (!Enum.TryParse<SeaBurialStatus>(r.Status, true, out var status) || int.TryParse(r.Status, out _))
        {
            throw new FieldValidationException("status", "状态应为计划、已举行或已取消");
        }
        var ev = await db.SeaBurialEvents.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException();
        if (status == SeaBurialStatus.Done && ev.Date > ChinaTime.Today(clock))
        {
            throw new BusinessRuleException("活动日期未到，不能标记为已举行");
        }
        if (status == SeaBurialStatus.Cancelled && ev.Status == SeaBurialStatus.Done)
        {
            throw new BusinessRuleException("已举行的活动不能取消");
        }
        ev.Status = status;
        await db.SaveChangesAsync(ct);
        return View(ev);
    }

    public async Task<List<PassengerRow>> PassengersAsync(Guid id, CancellationToken ct)
    {
        _ = await GetAsync(id, ct);
        var apps = await db.EcoBurials.AsNoTracking().Include(a => a.Companions)
            .Where(a => a.SeaBurialEventId == id && a.Status != EcoBurialStatus.Rejected)
            .OrderBy(a => a.Number).ToListAsync(ct);
        return apps.Select(a => new PassengerRow(a.Id, a.Number, a.DivisionCode, a.Status, a.DeceasedName, a.ApplicantName, Masking.Phone(a.ApplicantPhone),
            a.Companions.Select(c => new CompanionView(c.Name, Masking.IdNumber(c.IdNumber))).ToList(), a.ExtraSeats, a.ExtraSeatFee)).ToList();
    }

    /// <summary>The boarding list for the vessel (names in full: it is checked at the pier; ID numbers masked). Audited as an export.</summary>
    public async Task<(byte[] Bytes, string FileName)> PassengersExcelAsync(Guid id, CancellationToken ct)
    {
        var ev = await GetAsync(id, ct);
        var rows = new List<Dictionary<string, object?>>();
        var n = 0;
        foreach (var p in await PassengersAsync(id, ct))
        {
            rows.Add(Row(++n, p.Number, "骨灰", p.DeceasedName, "", p.ApplicantName + " " + p.ApplicantPhone, 0m));
            foreach (var c in p.Companions)
            {
                rows.Add(Row(++n, p.Number, "随船家属", c.Name, c.MaskedIdNumber, "", 0m));
            }
            if (p.ExtraSeats > 0)
            {
                rows.Add(Row(null, p.Number, $"超额座位 {p.ExtraSeats} 个", "", "", "", p.ExtraSeatFee));
            }
        }
        if (rows.Count == 0)
        {
            rows.Add(Row(null, "", "（本期暂无乘船名单）", "", "", "", 0m));
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { ["乘船名单"] = rows }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "SeaBurialPassengers", id.ToString(), new { ev.Sequence, count = rows.Count }, ct: ct);
        return (stream.ToArray(), $"sea-burial-{ev.Sequence:D3}-{ev.Date:yyyyMMdd}.xlsx");
    }

    private static Dictionary<string, object?> Row(int? n, string number, string kind, string name, string id, string contact, decimal fee) => new()
    {
        ["序号"] = n, ["申请编号"] = number, ["类别"] = kind, ["姓名"] = name, ["身份证号码"] = id, ["联系人"] = contact, ["超额座位费（元）"] = fee,
    };

    private void RequireManage()
    {
        if (!user.Has(Permissions.FuneralManage))
        {
            throw new ForbiddenException("只有民政部门（funeral.manage）可以安排海葬活动");
        }
    }

    public static SeaBurialView View(SeaBurialEvent e) => new(e.Id, e.Sequence, e.Date, e.Vessel, e.Status, EcoBurialNames.Event(e.Status),
        e.AshesCapacity, e.AshesTaken, e.PassengerSeats, e.SeatsTaken, e.Note);
}
