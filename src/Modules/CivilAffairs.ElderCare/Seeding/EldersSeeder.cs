using System.Globalization;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// Parameters of the assessment and of 银龄安康 with their legal bases (values not found in a Shenzhen
/// document are marked 推定 for the bureau to confirm), and the demo data of both areas.
/// </summary>
internal sealed class EldersSeeder(PlatformDb db, IServiceScopeFactory scopes, TimeProvider clock) : ISeeder
{
    private const string Mz039 = "《老年人能力评估》MZ/T 039-2013 日常生活活动（Barthel指数）分级：100分能力完好，65–95分轻度受损，45–60分中度受损，≤40分重度受损";
    private const string Longgang = "深圳市银龄安康行动（2017年起福彩公益金为全市户籍60周岁以上老人统一投保；2018年起不记名投保，60周岁生日零时起保）；保额见龙岗区公开资料（意外身故5万元、意外伤残5万元、合计15万元）";

    internal static readonly (string Key, string From, string Value, string Basis, bool Inferred)[] Rows =
    [
        (EldersParameters.IndependentMin, "2013-10-24", "100", Mz039, false),
        (EldersParameters.MildMin, "2013-10-24", "65", Mz039, false),
        (EldersParameters.ModerateMin, "2013-10-24", "45", Mz039, false),
        (EldersParameters.ReassessMonths, "2013-10-24", "12", "MZ/T 039-2013 规定状况发生变化时应及时评估；每12个月复评一次为推定值（参照多地老年人能力评估实施办法），请市民政局确认", true),
        (EldersParameters.ReassessMonthsDisabled, "2013-10-24", "6", "中度、重度失能老人每6个月复评一次为推定值（失能状况变化快，服务补贴按等级发放），请市民政局确认", true),
        (InsuranceParameters.Insurer, "2017-01-01", "（待定）承保保险公司", "银龄安康承保公司由市民政局每年招标确定；名称未见公开资料，请每个保险年度填写", true),
        (InsuranceParameters.EnrolAge, "2017-01-01", "60", Longgang, false),
        (InsuranceParameters.CoverDeath, "2017-01-01", "50000", Longgang, false),
        (InsuranceParameters.CoverDisability, "2017-01-01", "50000", Longgang, false),
        (InsuranceParameters.CoverMedical, "2017-01-01", "10000", "意外医疗保险金额每人10000元为推定值（龙岗区合计15万元中其余项目未见明细），请市民政局按当年保单确认", true),
        (InsuranceParameters.CoverTotal, "2017-01-01", "150000", Longgang, false),
        (InsuranceParameters.Premium, "2017-01-01", "30", "保费由福彩公益金支付；每人每年30元为推定值（未见深圳市公开的中标保费），请按当年保险合同确认", true),
    ];

    public int Order => 81;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("eldercare.elders.") || p.Key.StartsWith("eldercare.insurance."))
            .Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = r.Inferred ? "推定" : null, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        // the registry is read through its jurisdiction filter, so the demo acts as the system in its own scope
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Platform.Identity.CurrentUserOverride>().UseSystem("eldercare-demo");
        await ActivatorUtilities.CreateInstance<EldersDemoSeeder>(scope.ServiceProvider).SeedAsync(ct);
    }
}
