using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// The core's demo data: a register of fictitious social organizations (names and people are
/// invented; streets are real) with valid credit codes built from the registering authority's
/// division code. The first three are the demo organization accounts (org.assoc, org.foundation,
/// org.npo). Each feature area seeds its own demo data after this (its seeder's Order is above 90).
/// </summary>
internal sealed class SocialOrgsSeeder(SocialOrgsDb db, TimeProvider clock) : ISeeder
{
    internal sealed record DemoOrg(string Name, SocialOrgType Type, string Authority, string DivisionCode, string Field, string? Supervisor,
        decimal Capital, DateOnly Established, bool Industry = false, bool Charitable = false, bool PublicFundraising = false);

    private const string City = "4403";

    internal static readonly IReadOnlyList<DemoOrg> Demo =
    [
        new("深圳市长者关爱协会", SocialOrgType.SocialGroup, City, "440304004", "社会服务", null, 100_000m, new(2012, 6, 18), Charitable: true),
        new("深圳市安康慈善基金会", SocialOrgType.Foundation, City, "440304001", "慈善", null, 8_000_000m, new(2010, 3, 1), Charitable: true, PublicFundraising: true),
        new("福田区阳光社工服务中心", SocialOrgType.ServiceOrg, "440304", "440304004", "社会工作", null, 100_000m, new(2014, 9, 10)),
        new("深圳市电子商会", SocialOrgType.SocialGroup, City, "440304010", "行业协会商会", null, 300_000m, new(2005, 11, 2), Industry: true),
        new("深圳市物流与供应链管理协会", SocialOrgType.SocialGroup, City, "440305003", "行业协会商会", null, 500_000m, new(2003, 8, 16), Industry: true),
        new("深圳市家政服务协会", SocialOrgType.SocialGroup, City, "440303002", "行业协会商会", null, 100_000m, new(2009, 4, 20), Industry: true),
        new("深圳市养老服务业协会", SocialOrgType.SocialGroup, City, "440304006", "行业协会商会", null, 200_000m, new(2013, 12, 26), Industry: true),
        new("深圳市物业管理行业协会", SocialOrgType.SocialGroup, City, "440303005", "行业协会商会", null, 300_000m, new(2000, 7, 11), Industry: true),
        new("深圳市跨境电子商务协会", SocialOrgType.SocialGroup, City, "440306017", "行业协会商会", null, 300_000m, new(2014, 5, 8), Industry: true),
        new("深圳市软件行业协会", SocialOrgType.SocialGroup, City, "440305005", "行业协会商会", null, 500_000m, new(1998, 2, 16), Industry: true),
        new("深圳市青年志愿者协会", SocialOrgType.SocialGroup, City, "440304002", "社会服务", "共青团深圳市委员会", 50_000m, new(1990, 6, 1)),
        new("深圳市老年人体育协会", SocialOrgType.SocialGroup, City, "440303001", "体育", "深圳市文化广电旅游体育局", 50_000m, new(1992, 10, 9)),
        new("深圳市书法家协会", SocialOrgType.SocialGroup, City, "440304003", "文化", "深圳市文学艺术界联合会", 50_000m, new(1986, 3, 28)),
        new("深圳市心理咨询师协会", SocialOrgType.SocialGroup, City, "440305001", "卫生", "深圳市卫生健康委员会", 100_000m, new(2008, 1, 15)),
        new("深圳市社会工作者协会", SocialOrgType.SocialGroup, City, "440304004", "社会工作", null, 100_000m, new(2007, 9, 3)),
        new("深圳市福彩公益基金会", SocialOrgType.Foundation, City, "440304007", "慈善", null, 20_000_000m, new(2011, 11, 11), Charitable: true, PublicFundraising: true),
        new("深圳市关爱儿童基金会", SocialOrgType.Foundation, City, "440305004", "慈善", null, 4_000_000m, new(2013, 6, 1), Charitable: true, PublicFundraising: true),
        new("深圳市科技创新助学基金会", SocialOrgType.Foundation, City, "440305005", "教育", null, 2_000_000m, new(2016, 9, 9), Charitable: true),
        new("深圳市鹏城助残基金会", SocialOrgType.Foundation, City, "440303003", "慈善", null, 2_000_000m, new(2015, 12, 3), Charitable: true),
        new("深圳市绿色河流保护基金会", SocialOrgType.Foundation, City, "440306006", "生态环境", null, 2_000_000m, new(2017, 4, 22)),
        new("深圳市龙华区乐善社会服务中心", SocialOrgType.ServiceOrg, "440309", "440309001", "社会工作", null, 100_000m, new(2017, 3, 18)),
        new("福田区乐龄长者服务中心", SocialOrgType.ServiceOrg, "440304", "440304001", "养老服务", "福田区民政局", 200_000m, new(2015, 2, 2)),
        new("福田区启智特殊儿童康复中心", SocialOrgType.ServiceOrg, "440304", "440304008", "残疾人服务", "福田区残疾人联合会", 300_000m, new(2011, 8, 8)),
        new("福田区沙头社区服务中心", SocialOrgType.ServiceOrg, "440304", "440304009", "社区服务", null, 30_000m, new(2018, 5, 16)),
        new("福田区明德培训学校", SocialOrgType.ServiceOrg, "440304", "440304005", "教育", "福田区教育局", 500_000m, new(2006, 7, 1)),
        new("福田区华强北电子行业商会", SocialOrgType.SocialGroup, "440304", "440304010", "行业协会商会", null, 100_000m, new(2012, 3, 12), Industry: true),
        new("福田区义工联合会", SocialOrgType.SocialGroup, "440304", "440304004", "社会服务", null, 30_000m, new(2004, 12, 5)),
        new("福田区慈善会", SocialOrgType.SocialGroup, "440304", "440304001", "慈善", null, 100_000m, new(2009, 1, 18), Charitable: true, PublicFundraising: true),
        new("南山区蛇口社区基金会", SocialOrgType.Foundation, "440305", "440305006", "社区发展", null, 2_000_000m, new(2014, 10, 10), Charitable: true),
        new("南山区康乐社工服务中心", SocialOrgType.ServiceOrg, "440305", "440305001", "社会工作", null, 100_000m, new(2010, 6, 6)),
        new("南山区桃源居家养老服务中心", SocialOrgType.ServiceOrg, "440305", "440305007", "养老服务", "南山区民政局", 100_000m, new(2016, 11, 1)),
        new("南山区科技企业家协会", SocialOrgType.SocialGroup, "440305", "440305005", "行业协会商会", null, 100_000m, new(2011, 4, 26), Industry: true),
        new("南山区足球协会", SocialOrgType.SocialGroup, "440305", "440305002", "体育", "南山区文化广电旅游体育局", 30_000m, new(2008, 5, 5)),
        new("罗湖区东门商圈商会", SocialOrgType.SocialGroup, "440303", "440303004", "行业协会商会", null, 100_000m, new(2013, 9, 19), Industry: true),
        new("罗湖区彩虹社工服务社", SocialOrgType.ServiceOrg, "440303", "440303001", "社会工作", null, 100_000m, new(2012, 12, 12)),
        new("罗湖区桂园长者饭堂服务中心", SocialOrgType.ServiceOrg, "440303", "440303001", "养老服务", "罗湖区民政局", 50_000m, new(2018, 5, 1)),
        new("宝安区新安社区服务中心", SocialOrgType.ServiceOrg, "440306", "440306017", "社区服务", null, 30_000m, new(2017, 8, 1)),
        new("宝安区制造业协会", SocialOrgType.SocialGroup, "440306", "440306006", "行业协会商会", null, 200_000m, new(2007, 3, 30), Industry: true),
        new("龙岗区布吉社工服务中心", SocialOrgType.ServiceOrg, "440307", "440307014", "社会工作", null, 100_000m, new(2013, 7, 7)),
        new("龙岗区客家文化研究会", SocialOrgType.SocialGroup, "440307", "440307001", "文化", "龙岗区文化广电旅游体育局", 30_000m, new(2010, 10, 1)),
        new("光明区新湖社区发展促进会", SocialOrgType.SocialGroup, "440311", "440311001", "社区服务", null, 30_000m, new(2018, 9, 19)),
    ];

    private static readonly string[] Representatives =
        ["李文华", "陈建国", "黄丽萍", "张志明", "刘晓燕", "王海涛", "杨秀英", "吴国强", "周美玲", "徐振华", "孙丽娟", "马俊杰", "朱海燕", "胡志刚", "郭小红"];

    public int Order => 90;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The credit code of the n-th demo organization (1-based): the demo accounts hold the first three.</summary>
    public static string CodeOf(int n)
    {
        var d = Demo[n - 1];
        var authority6 = d.Authority == City ? "440300" : d.Authority;
        return CreditCode.Create('5', SocialOrgNames.CodeTypeChar(d.Type), authority6, $"MJL{n:00000}");
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        var have = (await db.Organizations.IgnoreQueryFilters().Select(o => o.CreditCode).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        for (var n = 1; n <= Demo.Count; n++)
        {
            var d = Demo[n - 1];
            var code = CodeOf(n);
            if (have.Contains(code))
            {
                continue;
            }
            var org = new SocialOrganization
            {
                CreditCode = code, Name = d.Name, Type = d.Type, Level = d.Authority == City ? RegistrationLevel.City : RegistrationLevel.District,
                AuthorityCode = d.Authority, SupervisingUnit = d.Supervisor, Field = d.Field, IsIndustryAssociation = d.Industry,
                LegalRepresentative = Representatives[n % Representatives.Length], RegisteredCapital = d.Capital,
                Address = $"深圳市{DistrictName(d.DivisionCode)}示例路{10 + n}号", DivisionCode = d.DivisionCode, Phone = $"0755-8{n:0000000}",
                BusinessScope = $"围绕{d.Field}开展服务、交流、培训、咨询等活动", EstablishedOn = d.Established,
                IsCharitable = d.Charitable, CharitableSince = d.Charitable ? new DateOnly(Math.Max(2016, d.Established.Year), 9, 1) : null,
                PublicFundraising = d.PublicFundraising, CreatedAtUtc = now, UpdatedAtUtc = now,
            };
            db.Organizations.Add(org);
            db.OrganizationEvents.Add(new OrganizationEvent
            {
                OrganizationId = org.Id, CreditCode = code, DivisionCode = org.DivisionCode, Kind = OrgEventKind.Established,
                Summary = $"准予成立登记（{SocialOrgNames.Of(d.Type)}，{SocialOrgNames.Of(org.Level)}）", OccurredOn = d.Established,
                RecordedBy = "system", RecordedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private static string DistrictName(string division) => division[..6] switch
    {
        "440303" => "罗湖区",
        "440304" => "福田区",
        "440305" => "南山区",
        "440306" => "宝安区",
        "440307" => "龙岗区",
        "440309" => "龙华区",
        _ => "光明区",
    };
}
