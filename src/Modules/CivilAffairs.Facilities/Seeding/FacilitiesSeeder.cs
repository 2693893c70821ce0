using System.Globalization;
using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Institutions;
using CivilAffairs.Facilities.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Seeding;

/// <summary>
/// The module's parameters with their legal basis, and the registry synchronized from every module
/// (reference: what modules load as reference data; demo: again after their demo data, plus social-work
/// stations no module keeps and licence validity / locations of a few institutions).
/// </summary>
internal sealed class FacilitiesSeeder(PlatformDb platform, FacilitySync sync, IServiceScopeFactory scopes, TimeProvider clock) : ISeeder
{
    private const string SafetyLaw = "《中华人民共和国安全生产法》（2021年修正）第四条、第四十一条：生产经营单位应当构建安全风险分级管控和隐患排查治理双重预防机制";
    private const string Guide = "国务院安委会办公室《关于实施遏制重特大事故工作指南构建双重预防机制的意见》（安委办〔2016〕11号）：风险分为重大、较大、一般和低风险，分别用红、橙、黄、蓝四种颜色标示";
    private const string HazardRule = "《安全生产事故隐患排查治理暂行规定》（国家安全生产监督管理总局令第16号）第十五条：一般事故隐患立即组织整改；重大事故隐患制定治理方案，明确时限";
    private const string Inspect = "民政部《关于加强民政服务机构安全管理工作的通知》及《养老机构管理办法》（民政部令第66号）第三十五条：定期开展安全检查";

    internal static readonly (string Key, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (FacilityParameters.LicenceWarningDays, "2018-01-01", "90", "《养老机构管理办法》（民政部令第66号）备案及各类许可有效期管理", "推定：提前90日提示办理延续或换证，请市局确认"),
        (FacilityParameters.RiskMajorMin, "2018-01-01", "20", Guide, "推定：按风险矩阵法 L×S（各1–5分）20–25分为重大风险，请市局安全生产主管处室确认"),
        (FacilityParameters.RiskLargeMin, "2018-01-01", "15", Guide, "推定：15–19分为较大风险"),
        (FacilityParameters.RiskGeneralMin, "2018-01-01", "9", Guide, "推定：9–14分为一般风险，8分及以下为低风险"),
        (FacilityParameters.RectifyGeneralDays, "2018-01-01", "15", HazardRule, "推定：一般隐患自发现之日起15日内整改完毕，请市局确认"),
        (FacilityParameters.RectifyMajorDays, "2018-01-01", "60", HazardRule, "推定：重大隐患治理期限60日（治理方案另有时限的从其规定），请市局确认"),
        (FacilityParameters.DueSoonDays, "2018-01-01", "7", SafetyLaw, "推定：到期前7日提示"),
        .. Enum.GetValues<FacilityType>().Select(t => (FacilityParameters.Cycle(t), "2018-01-01", Cycle(t).ToString(CultureInfo.InvariantCulture), SafetyLaw + "；" + Inspect,
            (string?)$"推定：{FacilityNames.Type(t)}每{Cycle(t)}日至少检查一次，请市局确认")),
    ];

    /// <summary>Residential institutions monthly, the rest quarterly (推定).</summary>
    private static int Cycle(FacilityType t) => t switch
    {
        FacilityType.ElderlyCare or FacilityType.WelfareHome or FacilityType.RescueStation or FacilityType.FuneralHome => 30,
        _ => 90,
    };

    public int Order => 110;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await platform.Parameters.Where(p => p.Key.StartsWith("facilities.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis, Note = r.Note,
                CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
        await sync.RunAsync(ct);
    }

    /// <summary>Social-work stations and party-and-mass service centres (no module keeps them), all fictitious but plausible.</summary>
    private static readonly (string Name, FacilityType Type, string Division, string Address, int Capacity, string Unit)[] Stations =
    [
        ("福田街道社工站", FacilityType.SocialWorkStation, "440304004", "福田区福田街道福华路（推定）", 12, "个"),
        ("福华社区党群服务中心", FacilityType.SocialWorkStation, "440304004022", "福田区福田街道福华社区（推定）", 60, "座"),
        ("南头街道社工站", FacilityType.SocialWorkStation, "440305001", "南山区南头街道（推定）", 10, "个"),
        ("罗湖区东门街道党群服务中心", FacilityType.SocialWorkStation, "440303001", "罗湖区东门街道（推定）", 80, "座"),
        ("宝安区新安街道社工站", FacilityType.SocialWorkStation, "440306001", "宝安区新安街道（推定）", 10, "个"),
    ];

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        await sync.RunAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("facilities-demo");
        var db = scope.ServiceProvider.GetRequiredService<FacilitiesDb>();
        if (await db.Facilities.IgnoreQueryFilters().AnyAsync(f => f.SourceModule == null, ct))
        {
            return;
        }
        var numbers = scope.ServiceProvider.GetRequiredService<Numbers>();
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var s in Stations)
        {
            db.Facilities.Add(new Facility
            {
                Code = await numbers.NextAsync("SS", today.Year, ct), Name = s.Name, Type = s.Type, Ownership = FacilityOwnership.PublicBuiltPrivateRun, DivisionCode = s.Division,
                Address = s.Address, Capacity = s.Capacity, CapacityUnit = s.Unit, Status = FacilityStatus.Operating, CreatedAtUtc = now, UpdatedAtUtc = now,
                Note = "演示数据：社工站/党群服务中心由街道委托社工机构运营（推定）",
            });
        }
        // licences: elderly-care filings get a validity (one about to end, one ended) so that the warning shows
        var elderly = await db.Facilities.IgnoreQueryFilters().Where(f => f.SourceModule == "eldercare" && f.Type == FacilityType.ElderlyCare).OrderBy(f => f.SourceCode).ToListAsync(ct);
        for (var i = 0; i < elderly.Count; i++)
        {
            elderly[i].LicenceValidUntil = i switch { 0 => today.AddDays(30), 1 => today.AddDays(-10), _ => today.AddYears(2).AddDays(i * 17) };
            elderly[i].Latitude = 22.52m + (i % 10) * 0.01m;
            elderly[i].Longitude = 114.02m + (i % 7) * 0.02m;
        }
        await db.SaveChangesAsync(ct);
    }
}
