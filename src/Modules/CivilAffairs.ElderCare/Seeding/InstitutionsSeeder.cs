using System.Globalization;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// Parameters of institutions and beds with their legal bases. No Shenzhen document giving the
/// private-institution subsidy amounts was found (rules §6): those values are 推定 (inferred)
/// for the bureau to confirm. The 1,000 new beds a year and the 80 % clinic signing rate come
/// from the 2018 summary, section 四.
/// </summary>
internal sealed class InstitutionsSeeder(PlatformDb db, InstitutionsDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Private = "《养老机构管理办法》（民政部令第66号）；《深圳市民办养老机构资助办法》的具体标准未找到";
    private const string Summary = "深圳市民政局2018年工作总结 四（“全年新增养老床位1000张”“基层医疗机构和社区日间照料中心签约率达到80%”）";

    internal static readonly (string Key, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (InstitutionParameters.ConstructionSelfCare, "2018-01-01", "10000", Private + "；每张自理床位一次性10000元为推定值，请市民政局确认", "推定"),
        (InstitutionParameters.ConstructionNursing, "2018-01-01", "15000", Private + "；护理型床位从高（以供养型、护理型床位为重点，见2018年总结四），每张15000元为推定值，请确认", "推定"),
        (InstitutionParameters.ConstructionMemory, "2018-01-01", "15000", Private + "；失智照护床位按护理型标准，每张15000元为推定值，请确认", "推定"),
        (InstitutionParameters.OperatingSelfCare, "2018-01-01", "200", Private + "；自理床位每床每月200元（按实际入住床日折算）为推定值，请确认", "推定"),
        (InstitutionParameters.OperatingNursing, "2018-01-01", "300", Private + "；护理型床位每床每月300元（按实际入住床日折算）为推定值，请确认", "推定"),
        (InstitutionParameters.OperatingMemory, "2018-01-01", "350", Private + "；失智照护床位每床每月350元（按实际入住床日折算）为推定值，请确认", "推定"),
        (InstitutionParameters.NewBedsPerYear, "2018-01-01", "1000", Summary + "；2018年实际完成数用作年度目标，以后年度请按当年计划修改", null),
        (InstitutionParameters.NursingShare, "2018-01-01", "50", "以供养型、护理型床位为重点（2018年总结四）；护理型床位占比不低于50%为推定目标，请确认", "推定"),
        (InstitutionParameters.NursingShare, "2022-01-01", "55", "《“十四五”国家老龄事业发展和养老服务体系规划》（国发〔2021〕35号）：2025年养老机构护理型床位占比55%；请核对", null),
        (InstitutionParameters.DayCareClinicShare, "2018-01-01", "80", Summary, null),
    ];

    public int Order => 82;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("eldercare.institutions.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = r.Note, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);

    /// <summary>The seeded value in force on a day (demo data computes its amounts with the same numbers).</summary>
    internal static decimal Value(string key, DateOnly on) => decimal.Parse(Rows.Where(r => r.Key == key && DateOnly.Parse(r.From, CultureInfo.InvariantCulture) <= on)
        .OrderByDescending(r => r.From, StringComparer.Ordinal).First().Value, CultureInfo.InvariantCulture);
}
