using CivilAffairs.Contracts.Registry;
using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Features.Events;

public class ShelterRequest
{
    public string? Name { get; set; }

    public string? DivisionCode { get; set; }

    public string? Address { get; set; }

    public int? Capacity { get; set; }
}

public class CheckInRequest
{
    /// <summary>ID number when the person has one; looked up in the registry.</summary>
    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    /// <summary>Sex, apparent age, where from — when there is no ID number.</summary>
    public string? Description { get; set; }
}

internal sealed record ShelterView(Guid Id, string Name, string DivisionCode, string Address, int Capacity);

internal sealed record OpeningView(Guid Id, Guid EventId, Guid ShelterId, string ShelterName, string DivisionCode, string Address, int Capacity, int Occupants,
    int Peak, bool Open, DateTime OpenedAtUtc, DateTime? ClosedAtUtc, bool Full);

internal sealed record OccupantView(Guid Id, string? Name, string? IdNumber, bool InRegistry, string? Description, DateTime CheckedInAtUtc, DateTime? CheckedOutAtUtc);

/// <summary>
/// 避灾场所: registered once, opened per event. Check-in and check-out change the head count by one
/// conditional UPDATE each, so two clerks filling the last bed at once cannot overfill a shelter
/// (and the database's check constraint backs it up).
/// </summary>
internal sealed class Shelters(DisasterDb db, ICurrentUser user, TimeProvider clock, IResidentDirectory residents)
{
    public async Task<List<ShelterView>> ListAsync(CancellationToken ct) =>
        await db.Shelters.AsNoTracking().OrderBy(s => s.DivisionCode).ThenBy(s => s.Name)
            .Select(s => new ShelterView(s.Id, s.Name, s.DivisionCode, s.Address, s.Capacity)).ToListAsync(ct);

    public async Task<ShelterView> CreateAsync(ShelterRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.Require(user, Permissions.DisasterManage, "只有区、市应急/民政部门（disaster.manage）可以登记避灾场所");
        var e = new FieldErrors();
        var s = new Shelter
        {
            Name = Access.Text(e, "name", r.Name, 100, "请填写场所名称"),
            DivisionCode = Access.Division(e, user, "divisionCode", r.DivisionCode, 9, "所在街道或社区"),
            Address = Access.Text(e, "address", r.Address, 200, "请填写地址"),
        };
        if (r.Capacity is not (> 0 and <= 100_000))
        {
            e.Add("capacity", "请填写可容纳人数（正整数）");
        }
        e.ThrowIfAny();
        s.Capacity = r.Capacity!.Value;
        db.Shelters.Add(s);
        await db.SaveChangesAsync(ct);
        return new ShelterView(s.Id, s.Name, s.DivisionCode, s.Address, s.Capacity);
    }

    public async Task<List<OpeningView>> OpeningsAsync(Guid eventId, CancellationToken ct) =>
        await (from o in db.ShelterOpenings.AsNoTracking()
               join s in db.Shelters.AsNoTracking() on o.ShelterId equals s.Id
               where o.EventId == eventId
               orderby o.DivisionCode, s.Name
               select new OpeningView(o.Id, o.EventId, o.ShelterId, s.Name, o.DivisionCode, s.Address, o.Capacity, o.Occupants, o.Peak, o.ClosedAtUtc == null,
                   o.OpenedAtUtc, o.ClosedAtUtc, o.Occupants >= o.Capacity)).ToListAsync(ct);

    public async Task<OpeningView> GetOpeningAsync(Guid openingId, CancellationToken ct) =>
        await (from o in db.ShelterOpenings.AsNoTracking()
               join s in db.Shelters.AsNoTracking() on o.ShelterId equals s.Id
               where o.Id == openingId
               select new OpeningView(o.Id, o.EventId, o.ShelterId, s.Name, o.DivisionCode, s.Address, o.Capacity, o.Occupants, o.Peak, o.ClosedAtUtc == null,
                   o.OpenedAtUtc, o.ClosedAtUtc, o.Occupants >= o.Capacity)).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();

    public async Task<OpeningView> OpenAsync(Guid eventId, Guid shelterId, CancellationToken ct)
    {
        Access.Require(user, Permissions.DisasterManage, "只有区、市应急/民政部门（disaster.manage）可以开放避灾场所");
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException("灾害事件不存在");
        var shelter = await db.Shelters.AsNoTracking().FirstOrDefaultAsync(s => s.Id == shelterId, ct) ?? throw new NotFoundException("避灾场所不存在或不在您的辖区内");
        if (ev.EndDate is not null)
        {
            throw new BusinessRuleException("灾害事件已结束，不能再开放避灾场所");
        }
        if (await db.ShelterOpenings.AnyAsync(o => o.EventId == eventId && o.ShelterId == shelterId, ct))
        {
            throw new BusinessRuleException($"{shelter.Name}已为本次灾害开放");
        }
        var o = new ShelterOpening
        {
            EventId = eventId, ShelterId = shelterId, DivisionCode = shelter.DivisionCode, Capacity = shelter.Capacity,
            OpenedAtUtc = clock.GetUtcNow().UtcDateTime, OpenedBy = user.UserName,
        };
        db.ShelterOpenings.Add(o);
        await db.SaveChangesAsync(ct);
        return await GetOpeningAsync(o.Id, ct);
    }

    public async Task<OpeningView> CloseAsync(Guid openingId, CancellationToken ct)
    {
        Access.Require(user, Permissions.DisasterManage, "只有区、市应急/民政部门（disaster.manage）可以关闭避灾场所");
        var o = await db.ShelterOpenings.FirstOrDefaultAsync(x => x.Id == openingId, ct) ?? throw new NotFoundException();
        if (o.ClosedAtUtc is not null)
        {
            throw new BusinessRuleException("避灾场所已关闭");
        }
        if (o.Occupants > 0)
        {
            throw new BusinessRuleException($"场所内仍有 {o.Occupants} 人，请先办理离开登记再关闭");
        }
        o.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetOpeningAsync(openingId, ct);
    }

    public async Task<List<OccupantView>> OccupantsAsync(Guid openingId, bool current, CancellationToken ct)
    {
        _ = await GetOpeningAsync(openingId, ct);
        var q = db.ShelterOccupants.AsNoTracking().Where(x => x.OpeningId == openingId);
        if (current)
        {
            q = q.Where(x => x.CheckedOutAtUtc == null);
        }
        return (await q.OrderByDescending(x => x.CheckedInAtUtc).ToListAsync(ct))
            .Select(x => new OccupantView(x.Id, Masking.Name(x.Name), Masking.IdNumber(x.IdNumber), x.RegistryPersonId is not null, x.Description,
                x.CheckedInAtUtc, x.CheckedOutAtUtc)).ToList();
    }

    public async Task<OpeningView> CheckInAsync(Guid openingId, CheckInRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.RequireWork(user, "您的角色不能办理入住登记");
        var e = new FieldErrors();
        string? id = null;
        ResidentInfo? resident = null;
        if (!string.IsNullOrWhiteSpace(r.IdNumber))
        {
            if (IdNumber.TryParse(r.IdNumber, ChinaTime.Today(clock), null, out var info, out var error))
            {
                id = info!.Normalized;
                resident = await residents.FindByIdNumberAsync(id, ct);
            }
            else
            {
                e.Add("idNumber", error!);
            }
        }
        else if (string.IsNullOrWhiteSpace(r.Description))
        {
            e.Add("description", "无身份证号码的，请描述其性别、大致年龄和来处");
        }
        var name = string.IsNullOrWhiteSpace(r.Name) ? resident?.Name : r.Name.Trim();
        if (name is { Length: > 64 })
        {
            e.Add("name", "姓名不超过64个字符");
        }
        e.ThrowIfAny();
        var opening = await db.ShelterOpenings.AsNoTracking().FirstOrDefaultAsync(x => x.Id == openingId, ct) ?? throw new NotFoundException();
        if (id is not null && await db.ShelterOccupants.AnyAsync(x => x.OpeningId == openingId && x.IdNumber == id && x.CheckedOutAtUtc == null, ct))
        {
            throw new BusinessRuleException("此人已在本场所登记入住");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.ShelterOpenings
            .Where(x => x.Id == openingId && x.ClosedAtUtc == null && x.Occupants + 1 <= x.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Occupants, x => x.Occupants + 1)
                .SetProperty(x => x.Peak, x => x.Occupants + 1 > x.Peak ? x.Occupants + 1 : x.Peak), ct);
        if (changed == 0)
        {
            var now = await GetOpeningAsync(openingId, ct);
            throw now.Open
                ? new BusinessRuleException($"{now.ShelterName}已满员（容纳 {now.Capacity} 人，现有 {now.Occupants} 人），请安排到其他避灾场所", "/problems/shelter-full")
                : new BusinessRuleException($"{now.ShelterName}已关闭，不能再登记入住");
        }
        db.ShelterOccupants.Add(new ShelterOccupant
        {
            OpeningId = openingId, DivisionCode = opening.DivisionCode, RegistryPersonId = resident?.PersonId, IdNumber = id, Name = name,
            Description = string.IsNullOrWhiteSpace(r.Description) ? null : r.Description.Trim()[..Math.Min(200, r.Description.Trim().Length)],
            CheckedInAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetOpeningAsync(openingId, ct);
    }

    public async Task<OpeningView> CheckOutAsync(Guid openingId, Guid occupantId, CancellationToken ct)
    {
        Access.RequireWork(user, "您的角色不能办理离开登记");
        var o = await db.ShelterOccupants.FirstOrDefaultAsync(x => x.Id == occupantId && x.OpeningId == openingId, ct) ?? throw new NotFoundException();
        if (o.CheckedOutAtUtc is not null)
        {
            throw new BusinessRuleException("此人已离开");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        o.CheckedOutAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.ShelterOpenings.Where(x => x.Id == openingId && x.Occupants >= 1)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Occupants, x => x.Occupants - 1), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetOpeningAsync(openingId, ct);
    }
}
