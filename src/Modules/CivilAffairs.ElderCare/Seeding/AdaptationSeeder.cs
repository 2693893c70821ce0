using System.Globalization;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// Home-adaptation parameters with their legal bases (all 推定: the 2018 Shenzhen rule was not
/// found, rules §6), and the demo data of adaptation and the workforce (AdaptationDemoSeeder*).
/// </summary>
internal sealed partial class AdaptationSeeder(PlatformDb platform, ElderCareDb db, IServiceScopeFactory scopes, TimeProvider clock) : ISeeder
{
    private const string Law = "《中华人民共和国老年人权益保障法》第六章“宜居环境”（推动和扶持老年人家庭无障碍设施改造）";

    internal static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (AdaptationParameters.MinAge, "2018-01-01", "60", Law + "；深圳户籍60周岁以上为推定条件，2018年深圳市适老化改造实施办法未见（规则§6缺口），请市民政局确认"),
        (AdaptationParameters.CapPriority, "2018-01-01", "5000", Law + "；特困、低保、低收入、失能、独居老年人家庭每户上限5000元为推定值，请市民政局确认"),
        (AdaptationParameters.CapOther, "2018-01-01", "3000", Law + "；其他户籍老年人家庭每户上限3000元为推定值，请市民政局确认"),
        (AdaptationParameters.AssessmentDays, "2018-01-01", "15", "受理后15日内上门评估为推定期限（参照政务服务承诺时限的通行做法），请确认"),
    ];

    public int Order => 85;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await platform.Parameters.Where(p => p.Key.StartsWith("eldercare.adaptation.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = "推定", CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (!await db.AdaptationCases.IgnoreQueryFilters().AnyAsync(ct))
        {
            await SeedCasesAsync(ct);
        }
        if (!await db.CareWorkers.IgnoreQueryFilters().AnyAsync(ct))
        {
            await SeedWorkforceAsync(ct);
        }
    }
}
