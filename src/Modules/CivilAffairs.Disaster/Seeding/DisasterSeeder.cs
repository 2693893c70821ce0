using System.Globalization;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Seeding;

/// <summary>
/// Disaster-relief parameters with their legal bases. No Shenzhen document giving the subsidy
/// amounts, the 公示 period or the winter cap was found: those values are marked 推定 (inferred)
/// for the bureau to confirm on the parameters page.
/// </summary>
internal sealed class DisasterSeeder(PlatformDb db, DisasterDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Art20 = "《自然灾害救助条例》（2019年修订）第二十条";
    private const string Art21 = "《自然灾害救助条例》（2019年修订）第二十一条";

    internal static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (DisasterParameters.SubsidyCollapsed, "2018-01-01", "40000", Art20 + "（倒房重建）；每户40000元为推定值，未见深圳市标准文件，请市应急管理局确认"),
        (DisasterParameters.SubsidySevere, "2018-01-01", "20000", Art20 + "（严重损坏需重建）；每户20000元为推定值，未见深圳市标准文件，请市应急管理局确认"),
        (DisasterParameters.SubsidyModerate, "2018-01-01", "5000", Art20 + "（一般损坏维修）；每户5000元为推定值，未见深圳市标准文件，请市应急管理局确认"),
        (DisasterParameters.PublicityDays, "2018-01-01", "5", Art20 + "规定在社区公示但未定期限；5个工作日为推定值（参照社会救助对象公示的通行做法），请确认"),
        (DisasterParameters.WinterCap, "2018-01-01", "3000", Art21 + "（冬春救助）；每户上限3000元为推定值，请市应急管理局确认"),
    ];

    public int Order => 71;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("disaster.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = "推定", CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
