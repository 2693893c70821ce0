using System.Globalization;
using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Seeding;

/// <summary>
/// Honours parameters with their bases; demo data: the seed's 2018 designations (section 六: 盐田区 实验区, 龙腾 and
/// 嶂背 民主法治示范社区, 益田, 前海, 宝民, 沙头角 优秀社区工作法) and a few plausible others marked 演示.
/// </summary>
internal sealed class HonourSeeder(PlatformDb platform, CommunityDb db, Numbers numbers, TimeProvider clock) : ISeeder
{
    private const string Summary2018 = "据《深圳市民政局2018年工作总结》第六部分；文号待补";

    internal static readonly (string Key, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (HonourParameters.ReviewYears, "2018-01-01", "3",
            "司法部、民政部对“全国民主法治示范村（社区）”实行动态管理、定期复核；复核周期未见原文，按3年掌握（推定），请市民政局确认", "推定"),
        (HonourParameters.ReviewNoticeDays, "2018-01-01", "90", "本系统提示规则：复核日前90日起列为“复核临近”（推定，内部工作安排），请确认", "推定"),
    ];

    public int Order => 102;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await platform.Parameters.Where(p => p.Key.StartsWith("community.honours.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = r.Note, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.Honours.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var seq = 0;
        async Task<CommunityHonour> Add(string title, HonourKind kind, string code, string unit, string body, string awarded, DateOnly? validUntil, DateOnly? review,
            string? doc, string note, HonourStatus status = HonourStatus.Valid)
        {
            var on = DateOnly.Parse(awarded, CultureInfo.InvariantCulture);
            seq++;
            var h = new CommunityHonour
            {
                Number = await numbers.NextAsync("RY", on.Year, ct), Title = title, Kind = kind, DivisionCode = code, UnitName = unit, AwardingBody = body, AwardedOn = on,
                ValidUntil = validUntil, ReviewOn = review, DocumentNumber = doc, Note = note, Status = status, RecordedBy = "system", CreatedAtUtc = now.AddSeconds(seq),
            };
            db.Honours.Add(h);
            return h;
        }
        await Add("首批全国街道服务管理创新实验区", HonourKind.ExperimentZone, "440308", "盐田区", "民政部", "2018-07-20", null, null, null, Summary2018);
        // reviewed in 2021 (demo): the next review one falls due soon, the other later
        await Add("全国民主法治示范社区", HonourKind.Honour, "440306018022", "龙腾社区", "司法部、民政部", "2018-11-30", null, today.AddDays(45), null,
            Summary2018 + "；2021年复核保留（演示）");
        await Add("全国民主法治示范社区", HonourKind.Honour, "440307015020", "嶂背社区", "司法部、民政部", "2018-11-30", null, today.AddDays(400), null,
            Summary2018 + "；2021年复核保留（演示）");
        var methods = new Dictionary<string, CommunityHonour>();
        foreach (var (code, name) in MethodUnits)
        {
            methods[code] = await Add("全国优秀社区工作法", HonourKind.Honour, code, name, "民政部", "2018-12-20", null, null, null, Summary2018 + "（入选全国100个优秀社区工作法）");
        }
        await Add("广东省宜居社区", HonourKind.Honour, "440304004022", "福华社区", "广东省民政厅", "2016-06-15", new DateOnly(2019, 6, 14), null, null, "演示数据");
        await Add("全国社区治理和服务创新实验区", HonourKind.ExperimentZone, "440303", "罗湖区", "民政部", "2015-05-18", new DateOnly(2018, 5, 17), null, null, "演示数据：实验期三年，已结项");
        await Add("社区党群服务中心标准化建设试点", HonourKind.Pilot, "440304004", "福田街道", "深圳市民政局", "2019-03-01", null, today.AddDays(200), null, "演示数据");
        await Add("社区居委会规范化建设试点", HonourKind.Pilot, "440305001", "南头街道", "深圳市民政局", "2019-04-10", null, today.AddDays(300), null, "演示数据");
        var revoked = await Add("深圳市和谐社区", HonourKind.Honour, "440304004027", "福民社区", "深圳市民政局", "2017-01-10", null, null, null, "演示数据",
            HonourStatus.Revoked);
        revoked.RevokedOn = new DateOnly(2018, 10, 15);
        revoked.RevokeReason = "社区居委会成员涉黑涉恶被罢免，按规定撤销称号（演示）";
        await db.SaveChangesAsync(ct);
        SeedMethods(methods, now);
        await db.SaveChangesAsync(ct);
    }

    internal static readonly (string Code, string Name)[] MethodUnits =
        [("440304010002", "益田社区"), ("440305001020", "前海社区"), ("440306017001", "宝民社区"), ("440308003006", "沙头角社区")];

    private void SeedMethods(Dictionary<string, CommunityHonour> honours, DateTime now)
    {
        foreach (var m in HonourMethodTexts.All)
        {
            db.WorkMethods.Add(new WorkMethod
            {
                Title = m.Title, DivisionCode = m.Code, CommunityName = m.Community, Summary = m.Summary, FullText = m.FullText, Tags = m.Tags, Status = m.Status,
                Year = m.Year, HonourId = honours.TryGetValue(m.Code, out var h) && m.Status == MethodStatus.Selected ? h.Id : null, RecordedBy = "system",
                StatusBy = m.Status == MethodStatus.Draft ? null : "system", CreatedAtUtc = now, UpdatedAtUtc = now,
            });
        }
    }
}
