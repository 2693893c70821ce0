using System.Globalization;
using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.Honours;
using CivilAffairs.Community.Features.Shared;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Seeding;

/// <summary>
/// Integrity parameters with their bases; demo data (IntegritySeeder.Demo.cs): the seed's 2018 figures — 25 leads across
/// 流浪乞讨、殡葬、基层组织建设、社会组织, 940+ patrols, 3 removed committee members — and a few open items dated from today.
/// </summary>
internal sealed partial class IntegritySeeder(PlatformDb platform, CommunityDb db, Numbers numbers, TimeProvider clock, WorkingDayCalendar calendar) : ISeeder
{
    private const string OrganicLaw = "《中华人民共和国城市居民委员会组织法》（1989年12月26日通过，2018年12月29日修正）第十条：居民会议必须有全体十八周岁以上的居民、户的代表或者居民小组选举的代表的过半数出席，才能举行。会议的决定，由出席人的过半数通过；居民会议有权撤换和补选居民委员会成员";

    internal static readonly (string Key, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (IntegrityParameters.LeadVerifyDays, "2018-01-01", "30",
            "《中共中央 国务院关于开展扫黑除恶专项斗争的通知》（2018年1月）及全省线索核查工作要求；核查办结时限未见原文，按受理后30个工作日掌握（推定），请市民政局确认", "推定"),
        (IntegrityParameters.RemovalQuorum, "1990-01-01", "0.5", OrganicLaw + "（出席须超过半数）", null),
        (IntegrityParameters.RemovalMajority, "1990-01-01", "0.5", OrganicLaw + "（赞成须超过出席人数的半数）", null),
    ];

    public int Order => 103;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await platform.Parameters.Where(p => p.Key.StartsWith("community.integrity.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = Day(r.From), LegalBasis = r.Basis, Note = r.Note, CreatedBy = "system",
                CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (!await db.Patrols.IgnoreQueryFilters().AnyAsync(ct))
        {
            SeedPatrols();
            await db.SaveChangesAsync(ct);
        }
        if (!await db.Leads.IgnoreQueryFilters().AnyAsync(ct))
        {
            var leads = await SeedLeadsAsync(ct);
            await db.SaveChangesAsync(ct);
            await SeedRemovalsAsync(leads, ct);
            await db.SaveChangesAsync(ct);
        }
    }

    private static DateOnly Day(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static string Uses(params string[] keys) =>
        GrassText.Json(Rows.Where(r => keys.Contains(r.Key)).Select(r => new GrassParameterUse(r.Key, r.Value, Day(r.From), r.Basis)).ToList());
}
