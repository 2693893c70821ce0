using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>
/// The kinship parameters with their legal basis (shared/domain/kinship.md §A.4–A.5, rules §4.3).
/// 推定 marks values chosen here rather than read from a document; the bureau can change them on
/// the parameters page, effective from a date.
/// </summary>
internal sealed class DnaSeeder(PlatformDb db, TimeProvider clock) : ISeeder
{
    private const string Sfz = "《亲权鉴定技术规范》SF/Z JD0105001-2016（GB/T 37223-2018 同）";

    internal static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (DnaParameters.PaternalMutation, "2016-09-22", "0.002", Sfz + "实务取值：父方STR突变率0.002（司法鉴定PI计算通行值；kinship.md §A.4）"),
        (DnaParameters.MaternalMutation, "2016-09-22", "0.0005", Sfz + "实务取值：母方STR突变率0.0005（kinship.md §A.4）"),
        (DnaParameters.StepAttenuation, "2016-09-22", "10", Sfz + "实务取值：n步突变率按10^(n−1)衰减（逐步突变模型；kinship.md §A.4）"),
        (DnaParameters.FrequencyFloor, "2018-12-28", "0.0001", "GB/T 37223-2018 附录D：群体未收录或罕见等位基因频率取最小值0.0001"),
        (DnaParameters.Support, "2016-09-22", "10000", Sfz + "：累计亲权指数（CPI）≥ 10000 支持存在亲权关系"),
        (DnaParameters.Inconclusive, "2016-09-22", "2000", Sfz + "：2000 < CPI < 10000 时应增加检测基因座或补充另一亲本样本"),
        (DnaParameters.ExclusionLoci, "2016-09-22", "3", Sfz + "：≥ 3个基因座不符合遗传规律可排除亲权关系"),
        (DnaParameters.IdentitySupport, "2016-09-22", "10000000000", "推定值：同一认定要求全部比对基因座一致且似然比大于世界人口数（1e10），请市救助管理站确认"),
        (DnaParameters.MinSharedLoci, "2016-09-22", "4", "推定值：少于4个共有基因座不计算（仅作演示与复核；鉴定结论另需 ≥ 18个STR基因座，见入库最少基因座）"),
        (DnaParameters.ProfileMinLoci, "2009-05-01", "18", "公安部打拐DNA数据库比对要求18个基因座（rules §4.3；双联体亲权鉴定亦需 ≥ 18个STR）"),
        (DnaParameters.SearchThreshold, "2016-09-22", "1000", "推定值：数据库比对候选阈值1000（低于支持阈值10000，以免漏检全同胞；Ge & Budowle 2012 建议按候选名单规模调整），请市救助管理站确认"),
        (DnaParameters.SearchMaxCandidates, "2016-09-22", "10", "推定值：每种关系最多列出10名候选，供人工复核"),
    ];

    public int Order => 61;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("rescue.dna.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture),
                LegalBasis = r.Basis, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => Task.CompletedTask;
}
