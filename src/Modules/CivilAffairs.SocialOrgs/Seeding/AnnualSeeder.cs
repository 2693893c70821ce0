using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// 年报年检 parameters with their legal basis (deadlines and foundation ratios are statutory; the
/// rectification period is inferred and marked 推定), then the demo reports.
/// </summary>
internal sealed class AnnualSeeder(PlatformDb db, AnnualDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string SocialGroups = "《社会团体登记管理条例》（国务院令第250号，2016年修订）第二十八条：社会团体应当于每年3月31日前向业务主管单位报送上一年度的工作报告，经业务主管单位初审同意后，于5月31日前报送登记管理机关，接受年度检查";
    private const string ServiceOrgs = "《民办非企业单位登记管理暂行条例》（国务院令第251号）第二十三条：民办非企业单位应当于每年3月31日前向业务主管单位报送上一年度的工作报告，经业务主管单位初审同意后，于5月31日前报送登记管理机关，接受年度检查";
    private const string Foundations = "《基金会管理条例》（国务院令第400号）第三十六条：基金会应当于每年3月31日前向登记管理机关报送上一年度工作报告，接受年度检查";
    private const string Art29 = "《基金会管理条例》（国务院令第400号）第二十九条";
    private const string Charity60 = "《中华人民共和国慈善法》（2016）第六十条";

    internal static readonly (string Key, string Division, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (AnnualParameters.DeadlineSocialGroup, "4403", "1998-10-25", "05-31", SocialGroups, null),
        (AnnualParameters.DeadlineServiceOrg, "4403", "1998-10-25", "05-31", ServiceOrgs, null),
        (AnnualParameters.DeadlineFoundation, "4403", "2004-06-01", "03-31", Foundations, null),
        (AnnualParameters.SupervisorDeadline, "4403", "1998-10-25", "03-31", SocialGroups + "；" + ServiceOrgs, null),
        (AnnualParameters.RectificationDays, "4403", "1998-10-25", "90",
            "各地社会组织年检办法通行口径：责令整改期限一般不超过3个月；深圳具体期限未查到原文，推定90日，请市民政局社会组织管理局确认", "推定"),
        (AnnualParameters.PublicMinRatio, "4403", "2004-06-01", "0.70",
            Art29 + "：公募基金会每年用于从事章程规定的公益事业支出，不得低于上一年总收入的70%；" + Charity60 + "（具有公开募捐资格的基金会，不得低于上一年总收入的70%或者前三年收入平均数额的70%）", null),
        (AnnualParameters.OtherMinRatio, "4403", "2004-06-01", "0.08",
            Art29 + "：非公募基金会每年用于从事章程规定的公益事业支出，不得低于上一年基金余额的8%", null),
        (AnnualParameters.AdminMaxRatio, "4403", "2004-06-01", "0.10",
            Art29 + "：基金会工作人员工资福利和行政办公支出不得超过当年总支出的10%；" + Charity60 + "：管理费用不得超过当年总支出的10%", null),
    ];

    public int Order => 92;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("socialorgs.annual.")).Select(p => p.Key + "|" + p.DivisionCode).Distinct().ToListAsync(ct);
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
