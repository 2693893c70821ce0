using System.Globalization;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Seeding;

/// <summary>
/// Eco-burial parameters with their legal bases (rules doc §12) and the public cemeteries and
/// columbaria named with confidence; 推定 says what is inferred.
/// </summary>
internal sealed class EcoBurialSeeder(PlatformDb db, FuneralDb funeral, EcoBurialDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Scheme = "《深圳市节地生态安葬奖励办法》（深民规〔2018〕1号，2018年10月1日起施行；深民规〔2023〕6号延续）";

    internal static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (EcoBurialParameters.SeaReward, "2018-10-01", "3000", Scheme + "：海葬每份骨灰奖励3000元（深圳户籍、市区民政部门组织）"),
        (EcoBurialParameters.OtherReward, "2018-10-01", "1000", Scheme + "：树葬、花坛葬、草坪葬等每份骨灰奖励1000元（深圳户籍、市区民政部门组织）"),
        (EcoBurialParameters.FreeCompanions, "2018-10-01", "3", "深圳市海葬活动报名须知：每份骨灰随船家属不超过3人（二手资料，rules doc §12）"),
        (EcoBurialParameters.ExtraSeatFee, "2018-10-01", "380", "推定值：超出3人的随船座位约380元/人（二手资料，未见正式文件），请市民政局在政策参数页确认"),
    ];

    private static readonly (string Name, CemeteryKind Kind, string Operator, bool PublicWelfare, string Division, string Address, int Capacity, int Used,
        int EcoCapacity, int EcoUsed, string Note)[] Places =
    [
        ("深圳市殡仪馆骨灰楼", CemeteryKind.Columbarium, "深圳市殡仪馆", true, "440303", "深圳市罗湖区（深圳市殡仪馆内）", 60000, 41800, 0, 0,
            "推定：格位容量与已用数为示意值，待殡仪馆核实；骨灰寄存属基本殡葬服务（10年内免费）"),
        ("大鹏湾华侨墓园", CemeteryKind.Cemetery, "深圳市大鹏湾华侨墓园", false, "440307", "深圳市大鹏新区（推定）", 30000, 21500, 3000, 884,
            "推定：经营性/公益性属性、容量与已用数为示意值；生态安葬区已用数取2023年全市树葬累计884份作示意"),
    ];

    public int Order => 41;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("funeral.eco.")).Select(p => p.Key).Distinct().ToListAsync(ct);
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
        if (!await funeral.Cemeteries.IgnoreQueryFilters().AnyAsync(ct))
        {
            foreach (var p in Places)
            {
                funeral.Cemeteries.Add(new Cemetery
                {
                    Name = p.Name, Kind = p.Kind, Operator = p.Operator, PublicWelfare = p.PublicWelfare, DivisionCode = p.Division, Address = p.Address,
                    Capacity = p.Capacity, Used = p.Used, EcoAreaCapacity = p.EcoCapacity, EcoAreaUsed = p.EcoUsed, Note = p.Note, UpdatedAtUtc = now,
                });
            }
            await funeral.SaveChangesAsync(ct);
        }
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
