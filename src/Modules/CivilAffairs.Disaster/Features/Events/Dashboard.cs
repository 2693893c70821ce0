using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Features.Events;

internal sealed record DivisionLine(string Division, int Households, int Collapsed, int Severe, int Moderate, int Injured, int Dead, int Missing,
    int ShelteredNow, int ShelteredPeak, decimal CashPaid, decimal SubsidiesApproved);

internal sealed record GoodsLine(string Item, string Unit, int Issued, int Movements);

internal sealed record DashboardView(EventView Event, int ShelteredNow, int ShelteredPeak, int SheltersOpen, int ShelterCapacity, int Households,
    IReadOnlyDictionary<string, int> ByDamage, int Injured, int Dead, int Missing, decimal PropertyLoss, IReadOnlyList<GoodsLine> Goods,
    int CashReferred, int CashApprovedCount, decimal CashPaid, int SubsidiesApprovedCount, decimal SubsidiesApproved, int SubsidiesPending,
    IReadOnlyList<DivisionLine> Divisions);

/// <summary>
/// The event's situation in the user's jurisdiction: people sheltered now and at peak, goods issued,
/// money paid (cash relief approved in 临时救助 + reconstruction subsidies approved), households by
/// damage, per district (or per street for a district user).
/// </summary>
internal sealed class Dashboard(DisasterDb db, Events events, ITemporaryAssistanceReferrals referrals)
{
    public async Task<DashboardView> BuildAsync(Guid eventId, string? jurisdiction, CancellationToken ct)
    {
        var ev = await events.GetAsync(eventId, ct);
        // group one level below the user's jurisdiction: the city sees districts, a district its streets
        var len = (jurisdiction?.Length ?? 4) switch
        {
            <= 4 => 6,
            6 => 9,
            _ => 12,
        };
        string Group(string code) => code.Length >= len ? code[..len] : code;

        var openings = await db.ShelterOpenings.AsNoTracking().Where(o => o.EventId == eventId)
            .Select(o => new { o.DivisionCode, o.Occupants, o.Peak, o.Capacity, Open = o.ClosedAtUtc == null }).ToListAsync(ct);
        var households = await db.Households.AsNoTracking().Where(h => h.EventId == eventId)
            .Select(h => new { h.DivisionCode, h.Damage, h.Injured, h.Dead, h.Missing, h.PropertyLoss, h.CashReferralRef }).ToListAsync(ct);
        var subsidies = await db.Subsidies.AsNoTracking().Where(s => s.EventId == eventId)
            .Select(s => new { s.DivisionCode, s.Status, s.Amount }).ToListAsync(ct);
        var goods = await (from m in db.Movements.AsNoTracking()
                           join s in db.Stock.AsNoTracking() on m.StockItemId equals s.Id
                           where m.EventId == eventId && m.Kind == MovementKind.Issue
                           group m by new { s.Item, s.Unit } into g
                           select new GoodsLine(g.Key.Item, g.Key.Unit, g.Sum(x => x.Quantity), g.Count())).ToListAsync(ct);

        var cash = new List<(string Division, decimal Amount)>();
        foreach (var h in households.Where(h => h.CashReferralRef is not null))
        {
            if (await referrals.FindAsync(h.CashReferralRef!, ct) is { Status: "Approved", ApprovedAmount: { } amount })
            {
                cash.Add((h.DivisionCode, amount));
            }
        }
        var approved = subsidies.Where(s => s.Status == SubsidyStatus.Approved).ToList();
        var divisions = households.Select(h => Group(h.DivisionCode)).Concat(openings.Select(o => Group(o.DivisionCode))).Distinct().Order(StringComparer.Ordinal)
            .Select(d => new DivisionLine(d,
                households.Count(h => Group(h.DivisionCode) == d),
                households.Count(h => Group(h.DivisionCode) == d && h.Damage == HouseDamage.Collapsed),
                households.Count(h => Group(h.DivisionCode) == d && h.Damage == HouseDamage.Severe),
                households.Count(h => Group(h.DivisionCode) == d && h.Damage == HouseDamage.Moderate),
                households.Where(h => Group(h.DivisionCode) == d).Sum(h => h.Injured),
                households.Where(h => Group(h.DivisionCode) == d).Sum(h => h.Dead),
                households.Where(h => Group(h.DivisionCode) == d).Sum(h => h.Missing),
                openings.Where(o => Group(o.DivisionCode) == d).Sum(o => o.Occupants),
                openings.Where(o => Group(o.DivisionCode) == d).Sum(o => o.Peak),
                cash.Where(c => Group(c.Division) == d).Sum(c => c.Amount),
                approved.Where(s => Group(s.DivisionCode) == d).Sum(s => s.Amount ?? 0m))).ToList();
        var byDamage = Enum.GetValues<HouseDamage>().OrderByDescending(x => x)
            .ToDictionary(x => DisasterNames.Damage(x), x => households.Count(h => h.Damage == x));
        return new DashboardView(ev, openings.Sum(o => o.Occupants), openings.Sum(o => o.Peak), openings.Count(o => o.Open), openings.Where(o => o.Open).Sum(o => o.Capacity),
            households.Count, byDamage, households.Sum(h => h.Injured), households.Sum(h => h.Dead), households.Sum(h => h.Missing),
            households.Sum(h => h.PropertyLoss), goods.OrderByDescending(g => g.Issued).ToList(),
            households.Count(h => h.CashReferralRef is not null), cash.Count, cash.Sum(c => c.Amount), approved.Count, approved.Sum(s => s.Amount ?? 0m),
            subsidies.Count(s => s.Status is not (SubsidyStatus.Approved or SubsidyStatus.Refused)), divisions);
    }
}
