using System.Globalization;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Seeding;

/// <summary>慈善活动 parameters with their legal basis; the demo campaigns, donations, pledges and projects come from <see cref="CampaignsDemoSeeder"/>.</summary>
internal sealed class CampaignsSeeder(PlatformDb db, CampaignsDemoSeeder demo, TimeProvider clock) : ISeeder
{
    internal static readonly (string Key, string Division, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (CampaignParameters.PledgeDueDays, "4403", "2018-01-01", "365",
            "《慈善法》第四十一条（捐赠人应当按照捐赠协议履行捐赠义务）；慈展会意向帮扶未约定到位日期的，按一年内到位跟踪——默认期限为推定，请市民政局确认",
            "推定"),
    ];

    public int Order => 96;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("charity.campaigns.")).Select(p => p.Key + "|" + p.DivisionCode).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key + "|" + r.Division)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = r.Division, Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = r.Note, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
