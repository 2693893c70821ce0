using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.Deaths;

public sealed record HomeView(Guid Id, string Code, string Name, string DivisionCode, string Address, string Phone, bool IsActive,
    int CasesThisYear, int CrematedThisYear, decimal WaiverThisYear, int ClaimsPending, decimal ClaimedApprovedThisYear);

/// <summary>The funeral homes in my jurisdiction with this year's figures.</summary>
internal sealed class Homes(FuneralDb db, TimeProvider clock)
{
    public Task<List<FuneralHome>> VisibleAsync(CancellationToken ct) => db.Homes.AsNoTracking().OrderBy(h => h.Code).ToListAsync(ct);

    public async Task<List<HomeView>> ListAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var from = new DateOnly(today.Year, 1, 1);
        var homes = await VisibleAsync(ct);
        var cases = await db.Cases.AsNoTracking().Where(c => c.DiedOn >= from)
            .GroupBy(c => c.HomeId)
            .Select(g => new { g.Key, N = g.Count(), Cremated = g.Count(c => c.CrematedOn != null), W = g.Sum(c => c.WaiverAmount) })
            .ToListAsync(ct);
        var claims = await db.Claims.AsNoTracking().Where(c => c.Month >= from && c.Status != ClaimStatus.Returned)
            .Select(c => new { c.HomeId, c.Status, c.Amount }).ToListAsync(ct);
        return homes.Select(h =>
        {
            var c = cases.FirstOrDefault(x => x.Key == h.Id);
            var mine = claims.Where(x => x.HomeId == h.Id).ToList();
            return new HomeView(h.Id, h.Code, h.Name, h.DivisionCode, h.Address, h.Phone, h.IsActive, c?.N ?? 0, c?.Cremated ?? 0, c?.W ?? 0m,
                mine.Count(x => x.Status is ClaimStatus.Prepared or ClaimStatus.Submitted),
                mine.Where(x => x.Status == ClaimStatus.Approved).Sum(x => x.Amount));
        }).ToList();
    }
}
