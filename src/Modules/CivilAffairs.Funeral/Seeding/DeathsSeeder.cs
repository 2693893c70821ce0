using System.Globalization;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Seeding;

/// <summary>Reference data of the Deaths area: the cap parameter with its legal bases, the catalogue items, the three homes.</summary>
internal sealed class DeathsSeeder(PlatformDb platform, FuneralDb db, DeathsDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string InferredRule = "推定值（深圳规定未查得），请市民政局在政策参数页确认";

    public int Order => 40;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var present = await platform.Parameters.Where(p => p.Key == FuneralParameters.FreeServicesCap || p.Key == FuneralParameters.ClaimDueDays)
            .Select(p => p.Key).Distinct().ToListAsync(ct);
        if (!present.Contains(FuneralParameters.FreeServicesCap))
        {
            for (var i = 0; i < DeathsReferenceData.Caps.Length; i++)
            {
                var (from, cap, basis) = DeathsReferenceData.Caps[i];
                DateOnly? to = i + 1 < DeathsReferenceData.Caps.Length ? Day(DeathsReferenceData.Caps[i + 1].From).AddDays(-1) : null;
                platform.Parameters.Add(new Parameter
                {
                    Key = FuneralParameters.FreeServicesCap, DivisionCode = "4403", Value = cap, ValidFrom = Day(from), ValidTo = to, LegalBasis = basis,
                    CreatedBy = "system", CreatedAtUtc = now,
                });
            }
        }
        if (!present.Contains(FuneralParameters.ClaimDueDays))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = FuneralParameters.ClaimDueDays, DivisionCode = "4403", Value = "10", ValidFrom = Day("2012-06-15"), LegalBasis = InferredRule,
                CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
        if (!await db.FreeItems.AnyAsync(ct))
        {
            db.FreeItems.AddRange(DeathsReferenceData.Items.Select(i => new FreeServiceItem
            {
                Code = i.Code, Name = i.Name, Unit = i.Unit, Standard = i.Standard, Order = i.Order, ValidFrom = Day(i.From),
                ValidTo = i.To is null ? null : Day(i.To), Inferred = !i.Sourced, LegalBasis = i.Sourced ? i.Basis : i.Basis + DeathsReferenceData.InferredPrice,
            }));
        }
        if (!await db.Homes.IgnoreQueryFilters().AnyAsync(ct))
        {
            db.Homes.AddRange(DeathsReferenceData.HomesList.Select(h => new FuneralHome
            {
                Code = h.Code, Name = h.Name, DivisionCode = h.District, Address = h.Address, Phone = h.Phone,
            }));
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);

    private static DateOnly Day(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);
}
