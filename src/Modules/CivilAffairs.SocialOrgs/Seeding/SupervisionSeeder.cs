using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// Supervision parameters with their legal bases, the party committee's reported totals (the seed,
/// section 五), and the demo data of inspections, complaints, cases, party building, pilots and
/// centres (SupervisionSeeder.Demo.cs).
/// </summary>
internal sealed partial class SupervisionSeeder(PlatformDb platform, SocialOrgsDb db, Numbers numbers, TimeProvider clock) : ISeeder
{
    private const string PenaltyLaw = "《中华人民共和国行政处罚法》";
    private const string CreditRule = "《社会组织信用信息管理办法》（民政部令第60号，2018-01-24公布）";

    internal static readonly (string Key, string From, string? To, string Value, string Basis, string? Note)[] Rows =
    [
        (SupervisionParameters.DecisionDays, "2018-01-01", "2021-07-14", "90",
            "2021年修订前的行政处罚法未规定立案至决定的期限；参照民政部门行政处罚程序的通行做法按90日掌握（推定），请市民政局确认", "推定"),
        (SupervisionParameters.DecisionDays, "2021-07-15", null, "90",
            PenaltyLaw + "（2021年修订）第六十条：行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定；法律、法规、规章另有规定的，从其规定", null),
        (SupervisionParameters.HearingFine, "2018-01-01", null, "50000",
            PenaltyLaw + "（2021年修订）第六十三条（1996年法第四十二条）：较大数额罚款、没收较大数额违法所得应告知听证权利；对法人或其他组织“较大数额”的广东省标准未核实，按5万元掌握（推定），请确认", "推定"),
        (SupervisionParameters.LargeFine, "2018-01-24", null, "50000",
            CreditRule + "：受到5万元以上罚款处罚的列入严重违法失信名单（据征求意见稿，规则§7标为草案内容，推定），请对照正式文本确认", "推定"),
        (SupervisionParameters.RepeatCount, "2018-01-24", null, "2",
            CreditRule + "：3年内2次以上受到警告或者不满5万元罚款处罚的列入严重违法失信名单（据征求意见稿，推定），请确认", "推定"),
        (SupervisionParameters.RepeatYears, "2018-01-24", null, "3", CreditRule + "：同上，计算期间3年（据征求意见稿，推定），请确认", "推定"),
        (SupervisionParameters.MinInvestigators, "2018-01-01", null, "2",
            PenaltyLaw + "第三十七条（1996年法）/第四十二条（2021年修订）：执法人员不得少于两人，并应当出示执法证件", null),
        (SupervisionParameters.ComplaintReplyDays, "2018-01-01", null, "15",
            "深圳市12345热线工单及来信来访办理时限未见原文；按受理后15个工作日答复掌握（推定，《信访条例》第三十三条为60日上限），请市民政局确认", "推定"),
        (SupervisionParameters.PartyMinMembers, "2018-01-01", null, "3",
            "《中国共产党章程》第三十条：有正式党员三人以上的，都应当成立党的基层组织；中办《关于加强社会组织党的建设工作的意见（试行）》（2015）", null),
    ];

    public int Order => 94;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await platform.Parameters.Where(p => p.Key.StartsWith("socialorgs.supervision.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = Day(r.From), ValidTo = r.To is null ? null : Day(r.To), LegalBasis = r.Basis,
                Note = r.Note, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
        if (!await db.PartyCensus.AnyAsync(ct))
        {
            // the seed (section 五): end of 2018, 1,235 party organizations and 11,988 members, up 335 % and 192 % since the committee was set up in 2015
            db.PartyCensus.AddRange(
                new PartyCensusReport { Year = 2015, PartyOrganizations = 284, Members = 4105, Source = "由2018年数据及“增长335%、192%”推算（2015年市社会组织党委成立时）" },
                new PartyCensusReport { Year = 2018, PartyOrganizations = 1235, Members = 11988, Source = "深圳市民政局2018年工作总结：市社会组织党委管理基层党组织1235个、党员11988名" });
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.Cases.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var orgs = (await db.Organizations.IgnoreQueryFilters().ToListAsync(ct)).ToDictionary(o => o.CreditCode);
        SocialOrganization? Org(int n) => n <= SocialOrgsSeeder.Demo.Count ? orgs.GetValueOrDefault(SocialOrgsSeeder.CodeOf(n)) : null;
        if (Org(1) is null)
        {
            return;
        }
        await SeedCasesAsync(Org, ct);
        await SeedOversightAsync(Org, ct);
        SeedParty(Org);
        await db.SaveChangesAsync(ct);
    }

    private static DateOnly Day(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);
}
