using System.Globalization;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Charity.Features.Shared;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Seeding;

/// <summary>
/// Demo data of seed section 八: the 2018 扶贫济困日 and 慈善月 campaigns with generated donations
/// (a few hundred, large company gifts among them, adding up to the order of the year's 13.13亿),
/// the 2018 慈展会 with pledges of the order of 130亿 (mostly delivered), a current campaign with
/// recent donations to 安康慈善基金会 and 长者关爱协会, a current-year matching fair with partly
/// delivered pledges, and projects with spending. All donors are fictitious.
/// </summary>
internal sealed partial class CampaignsDemoSeeder(CharityDb db, Numbers numbers, ISocialOrgDirectory directory, TimeProvider clock)
{
    public const string Foundation = "53440300MJL000024A";
    public const string Association = "51440300MJL000016M";

    private static readonly string[] Surnames = ["陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "何", "罗", "邓", "许", "梁", "谢", "钟"];
    private static readonly string[] Given = ["志明", "美玲", "晓东", "丽华", "建国", "嘉欣", "伟强", "淑芬", "子轩", "雨萱", "俊杰", "秀英", "国栋", "海燕", "文博", "慧敏"];
    private static readonly string[] CompanyWords = ["鹏程", "海川", "华信", "前湾", "南粤", "深蓝", "启航", "恒泰", "联创", "博远", "新元", "瑞丰", "金桥", "汇通", "同心", "安达"];
    private static readonly string[] CompanyKinds = ["科技有限公司", "实业有限公司", "投资集团有限公司", "电子有限公司", "置业有限公司", "物流有限公司"];

    private readonly Random _rng = new(2018);
    private DateTime _now;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Campaigns.AnyAsync(ct))
        {
            return;
        }
        var orgs = (await directory.CharitableAsync(ct)).Where(o => o.Active).ToList();
        if (orgs.Count == 0)
        {
            return;
        }
        _now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);

        var reliefDay = AddCampaign("2018年“广东扶贫济困日”深圳活动", CampaignKind.PovertyReliefDay, new(2018, 6, 1), new(2018, 6, 30), CampaignStatus.Closed, 600_000_000m,
            "围绕6月30日“广东扶贫济困日”，动员全市企业、社会组织和市民捐款捐物，支持汕尾、河源等对口帮扶地区及本市困难群体。");
        var month = AddCampaign("2018年深圳慈善月·慈善日", CampaignKind.CharityMonth, new(2018, 9, 1), new(2018, 9, 30), CampaignStatus.Closed, 600_000_000m,
            "9月为“深圳慈善月”，9月5日为“中华慈善日”暨深圳慈善日，开展集中募捐与慈善项目推介。");
        var fair = AddCampaign("第六届中国慈善项目交流展示会（慈展会）", CampaignKind.CharityFair, new(2018, 9, 21), new(2018, 9, 23), CampaignStatus.Closed, null,
            "主题“聚焦精准扶贫，共创美好生活”，对接意向帮扶项目。");
        var currentStart = today.AddDays(-28);
        var current = AddCampaign($"{today.Year}年“岁末暖心”专项募捐", CampaignKind.Special, currentStart, today.AddDays(35), CampaignStatus.Active, 5_000_000m,
            "为本市困难长者、困境儿童筹集冬季慰问资金和物资。");
        var matching = AddCampaign($"{today.Year}年深圳慈善项目对接会", CampaignKind.CharityFair, today.AddMonths(-5), today.AddMonths(-5).AddDays(1), CampaignStatus.Closed,
            null, "企业与慈善组织对接对口帮扶与本市困难群体项目。");
        AddCampaign($"{today.Year + 1}年“广东扶贫济困日”深圳活动", CampaignKind.PovertyReliefDay, new(today.Year + 1, 6, 1), new(today.Year + 1, 6, 30),
            CampaignStatus.Preparing, 600_000_000m, "筹备中：确定募捐方案与参与慈善组织。");

        var projects = AddProjects(orgs, today);
        GenerateDonations(reliefDay, orgs, projects, new(2018, 6, 1), 29, 30);
        GenerateDonations(month, orgs, projects, new(2018, 9, 1), 29, 26);
        GenerateCurrent(current, orgs, projects, currentStart, today);
        await AddReceiptNumbersAsync(ct);
        AddFairPledges(fair, new(2018, 9, 21), 62, 210_000_000m, deliveredShare: 0.93);
        AddFairPledges(matching, today.AddMonths(-5), 14, 6_000_000m, deliveredShare: 0.45);
        AddSpending(projects, today);
        await db.SaveChangesAsync(ct);
    }

    private Campaign AddCampaign(string name, CampaignKind kind, DateOnly from, DateOnly to, CampaignStatus status, decimal? target, string description)
    {
        var c = new Campaign
        {
            Name = name, Kind = kind, StartsOn = from, EndsOn = to, Status = status, TargetAmount = target, Description = description,
            OrganizerName = "深圳市民政局", CreatedBy = "city.officer", CreatedAtUtc = _now,
            PublishedBy = status == CampaignStatus.Preparing ? null : "city.officer", ClosedBy = status == CampaignStatus.Closed ? "city.officer" : null,
        };
        db.Campaigns.Add(c);
        return c;
    }

    private decimal Money(int min, int max, int step) => (decimal)(_rng.Next(min / step, (max / step) + 1) * step);

    private string Person() => Surnames[_rng.Next(Surnames.Length)] + Given[_rng.Next(Given.Length)];

    private (string Name, string Code) Company()
    {
        var n = _rng.Next(1_000_000, 9_999_999);
        var name = "深圳市" + CompanyWords[_rng.Next(CompanyWords.Length)] + CompanyWords[_rng.Next(CompanyWords.Length)] + CompanyKinds[_rng.Next(CompanyKinds.Length)];
        return (name, CreditCode.Create('9', '1', "440300", "7" + n.ToString(CultureInfo.InvariantCulture)));
    }
}
