using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Features.Events;

public class HouseholdRequest
{
    public string? HeadIdNumber { get; set; }

    /// <summary>Taken from the registry when empty and the head is registered.</summary>
    public string? HeadName { get; set; }

    public string? DivisionCode { get; set; }

    public string? Address { get; set; }

    public int? Members { get; set; }

    public string? Damage { get; set; }

    public int? Injured { get; set; }

    public int? Dead { get; set; }

    public int? Missing { get; set; }

    public decimal? CropAreaMu { get; set; }

    public decimal? PropertyLoss { get; set; }
}

public class CashReferralRequest
{
    public decimal? Amount { get; set; }

    public string? Reason { get; set; }
}

internal sealed record HouseholdView(Guid Id, Guid EventId, string DivisionCode, string HeadName, string HeadIdNumber, bool InRegistry, string Address,
    int Members, HouseDamage Damage, string DamageName, int Injured, int Dead, int Missing, decimal CropAreaMu, decimal PropertyLoss,
    string? CashReferralRef, decimal? CashRequested, string? CashStatus, decimal? CashApproved);

internal sealed record HouseholdQuery(string? Damage, string? Division, string? Q);

/// <summary>
/// Affected households of an event and their losses, linked to the registry where the head is a
/// resident; emergency cash relief goes to the street's 临时救助 (Assistance) as a referral whose
/// status and approved amount are read back from there.
/// </summary>
internal sealed class Households(DisasterDb db, ICurrentUser user, TimeProvider clock, IResidentDirectory residents, ITemporaryAssistanceReferrals referrals)
{
    public async Task<List<HouseholdView>> ListAsync(Guid eventId, HouseholdQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var query = db.Households.AsNoTracking().Where(h => h.EventId == eventId);
        if (Enum.TryParse<HouseDamage>(q.Damage, true, out var d))
        {
            query = query.Where(h => h.Damage == d);
        }
        if (!string.IsNullOrWhiteSpace(q.Division))
        {
            var div = q.Division.Trim();
            query = query.Where(h => h.DivisionCode.StartsWith(div));
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var s = q.Q.Trim().ToUpperInvariant();
            query = query.Where(h => h.HeadIdNumber == s || h.HeadName == s);
        }
        var list = await query.OrderBy(h => h.DivisionCode).ThenByDescending(h => h.Damage).ThenBy(h => h.CreatedAtUtc).Take(1000).ToListAsync(ct);
        var result = new List<HouseholdView>(list.Count);
        foreach (var h in list)
        {
            result.Add(await ViewAsync(h, ct));
        }
        return result;
    }

    public async Task<HouseholdView> GetAsync(Guid id, CancellationToken ct) =>
        await ViewAsync(await db.Households.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw new NotFoundException(), ct);

    public async Task<HouseholdView> CreateAsync(Guid eventId, HouseholdRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.RequireWork(user, "您的角色不能登记受灾户");
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new NotFoundException("灾害事件不存在");
        var e = new FieldErrors();
        string id = "";
        if (IdNumber.TryParse(r.HeadIdNumber, ChinaTime.Today(clock), null, out var info, out var error))
        {
            id = info!.Normalized;
        }
        else
        {
            e.Add("headIdNumber", error ?? "请填写户主身份证号码");
        }
        var resident = id.Length > 0 ? await residents.FindByIdNumberAsync(id, ct) : null;
        var h = new AffectedHousehold
        {
            EventId = ev.Id, HeadIdNumber = id, RegistryPersonId = resident?.PersonId, RegistryHouseholdId = resident?.HouseholdId,
            HeadName = Access.Text(e, "headName", string.IsNullOrWhiteSpace(r.HeadName) ? resident?.Name : r.HeadName, 64, "请填写户主姓名（户籍库中未找到此人）"),
            DivisionCode = Access.Division(e, user, "divisionCode", string.IsNullOrWhiteSpace(r.DivisionCode) ? resident?.DivisionCode : r.DivisionCode, 9, "所在街道或社区"),
            Address = Access.Text(e, "address", string.IsNullOrWhiteSpace(r.Address) ? resident?.Address : r.Address, 200, "请填写住址"),
            CreatedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var members = r.Members ?? resident?.HouseholdSize;
        if (members is not (>= 1 and <= 30))
        {
            e.Add("members", "请填写家庭人口（1至30人）");
        }
        h.Members = members ?? 1;
        if (!Enum.TryParse<HouseDamage>(r.Damage ?? "None", true, out var damage) || int.TryParse(r.Damage, out _))
        {
            e.Add("damage", "请选择房屋损坏程度");
        }
        h.Damage = damage;
        h.Injured = Count(e, "injured", r.Injured);
        h.Dead = Count(e, "dead", r.Dead);
        h.Missing = Count(e, "missing", r.Missing);
        h.CropAreaMu = Money(e, "cropAreaMu", r.CropAreaMu);
        h.PropertyLoss = Money(e, "propertyLoss", r.PropertyLoss);
        if (h.Injured + h.Dead + h.Missing > h.Members)
        {
            e.Add("injured", "伤亡失踪人数不能超过家庭人口");
        }
        e.ThrowIfAny();
        db.Households.Add(h);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessRuleException("此户主已登记为本次灾害的受灾户");
        }
        return await ViewAsync(h, ct);
    }

    /// <summary>Refers the household to 临时救助 at its street; the reference makes a retry harmless.</summary>
    public async Task<HouseholdView> ReferCashAsync(Guid id, CashReferralRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.RequireWork(user, "您的角色不能转介临时救助");
        var h = await db.Households.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == h.EventId, ct);
        var e = new FieldErrors();
        if (r.Amount is not (> 0))
        {
            e.Add("amount", "请填写建议救助金额");
        }
        var reason = Access.Text(e, "reason", r.Reason, 300, "请填写困难情形");
        e.ThrowIfAny();
        if (h.CashReferralRef is not null)
        {
            throw new BusinessRuleException("此户已转介临时救助");
        }
        var reference = Reference(ev.Number, h.Id);
        var result = await referrals.ReferAsync(new ReferralRequest(reference, h.HeadName, h.HeadIdNumber,
            $"{ev.Name}受灾（{DisasterNames.Damage(h.Damage)}）：{reason}", r.Amount!.Value, h.DivisionCode), ct);
        h.CashReferralRef = reference;
        h.CashCaseId = result.CaseId;
        h.CashRequested = r.Amount;
        h.CashReferredAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await ViewAsync(h, ct);
    }

    public static string Reference(string eventNumber, Guid householdId) => $"DIS-{eventNumber}-{householdId:N}";

    private async Task<HouseholdView> ViewAsync(AffectedHousehold h, CancellationToken ct)
    {
        var cash = h.CashReferralRef is { } reference ? await referrals.FindAsync(reference, ct) : null;
        return new HouseholdView(h.Id, h.EventId, h.DivisionCode, Masking.Name(h.HeadName), Masking.IdNumber(h.HeadIdNumber), h.RegistryPersonId is not null,
            Masking.Address(h.Address), h.Members, h.Damage, DisasterNames.Damage(h.Damage), h.Injured, h.Dead, h.Missing, h.CropAreaMu, h.PropertyLoss,
            h.CashReferralRef, h.CashRequested, cash?.Status, cash?.ApprovedAmount);
    }

    private static int Count(FieldErrors e, string field, int? v)
    {
        if (v is < 0 or > 100)
        {
            e.Add(field, "人数须为0至100");
        }
        return v ?? 0;
    }

    private static decimal Money(FieldErrors e, string field, decimal? v)
    {
        if (v is < 0 or > 100_000_000m)
        {
            e.Add(field, "数值须为非负数");
        }
        return Math.Round(v ?? 0m, 2);
    }
}
