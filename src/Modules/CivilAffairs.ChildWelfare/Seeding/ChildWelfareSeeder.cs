using System.Globalization;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Seeding;

/// <summary>Child-welfare parameters with their legal bases (rules doc §2, §13) and the city's children's welfare institution; 推定 values say so.</summary>
internal sealed class ChildWelfareSeeder(PlatformDb db, ChildWelfareDb cw, ChildWelfareDemoSeeder demo, TimeProvider clock) : ISeeder
{
    public const string InstitutionCode = "SZ-SWC";
    private const string Inferred = "推定值（深圳规定未查得），请市民政局在政策参数页确认";

    internal static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (ChildWelfareParameters.Institutional, "2016-01-01", "1900",
            "深圳市孤儿基本生活费标准（2017年1月调整前：机构养育1,900元/人/月）。起始日期为推定（规则文档§2）"),
        (ChildWelfareParameters.Institutional, "2017-01-01", "2090",
            "深圳市孤儿基本生活费标准调整（自2017年1月起机构养育孤儿1,900元提高至2,090元/人/月）。文号未查得（规则文档§2、§13，二手来源）"),
        (ChildWelfareParameters.Dispersed, "2016-01-01", "1150",
            "深圳市孤儿基本生活费标准（2017年1月调整前：社会散居1,150元/人/月）。起始日期为推定（规则文档§2）"),
        (ChildWelfareParameters.Dispersed, "2017-01-01", "1265",
            "深圳市孤儿基本生活费标准调整（自2017年1月起社会散居孤儿1,150元提高至1,265元/人/月）。文号未查得（规则文档§2、§13，二手来源）"),
        (ChildWelfareParameters.DeFactoRatio, "2020-01-01", "1",
            "《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号，2020年1月1日起施行）：参照当地孤儿保障标准发放基本生活补贴。"
            + "深圳按散居孤儿标准执行为推定，请市民政局确认"),
        (ChildWelfareParameters.UntilAge, "2010-11-16", "18",
            "《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）：孤儿基本生活费保障至18周岁；《中华人民共和国民法典》第十七条（十八周岁以上为成年人）"),
        (ChildWelfareParameters.PlacementLookaheadMonths, "2018-01-01", "6", Inferred + "（成年孤儿安置工作须在孤儿年满18周岁前提前谋划）"),
        (ChildWelfareParameters.VisitIntervalDays, "2018-01-01", "90", Inferred + "（安置后跟踪回访，每季度一次）"),
    ];

    public int Order => 50;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("childwelfare.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var group in Rows.GroupBy(r => r.Key).Where(g => !present.Contains(g.Key)))
        {
            var versions = group.OrderBy(r => r.From, StringComparer.Ordinal).ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                DateOnly? to = i + 1 < versions.Count ? DateOnly.Parse(versions[i + 1].From, CultureInfo.InvariantCulture).AddDays(-1) : null;
                db.Parameters.Add(new Parameter
                {
                    Key = group.Key, DivisionCode = "4403", Value = versions[i].Value, ValidFrom = DateOnly.Parse(versions[i].From, CultureInfo.InvariantCulture),
                    ValidTo = to, LegalBasis = versions[i].Basis, CreatedBy = "system", CreatedAtUtc = now,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        if (!await cw.Institutions.IgnoreQueryFilters().AnyAsync(i => i.Code == InstitutionCode, ct))
        {
            cw.Institutions.Add(new Institution
            {
                Code = InstitutionCode, Name = "深圳市社会福利中心（深圳市儿童福利院）", DivisionCode = "440309",
                Address = "深圳市龙华区观澜街道（推定地址，请核实后在机构信息中更正）", AddressInferred = true,
            });
            await cw.SaveChangesAsync(ct);
        }
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
