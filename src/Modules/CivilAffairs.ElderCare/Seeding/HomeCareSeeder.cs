using System.Globalization;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// Home-care parameters with their legal bases. The subsidy amounts come from an older Shenzhen
/// rule known only from a secondary, undated source: the values are seeded from 2018-01-01 and
/// marked for the bureau to confirm; the service prices and the duration limits are inferred (推定).
/// </summary>
internal sealed class HomeCareSeeder(PlatformDb platform, HomeCareDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Subsidy = "深圳市居家养老服务补贴规定（原文及日期未能取得；据二手资料 https://m.3dmxku.com/daquan/zonghe/7745240.html 整理，"
        + "就高不就低、不重复享受；介护须经市、区医院诊断）";

    private const string Inferred = "推定值：未见深圳市2018年居家养老服务价格或工单时长标准，参照社区居家养老服务的通行做法设定，请市、区民政局确认";

    internal static readonly (string Key, string Value, string Basis, string Note)[] Rows =
    [
        (HomeCareParameters.MinAge, "60", "《中华人民共和国老年人权益保障法》第二条（老年人是指六十周岁以上的公民）；" + Subsidy, "来源为二手资料"),
        (HomeCareParameters.DibaoFullCare, "500", Subsidy + "：低保且生活不能自理（介护）的老年人每月500元", "来源为二手资料且未注明日期，请确认"),
        (HomeCareParameters.FullCare, "300", Subsidy + "：非低保但生活不能自理（介护）的老年人每月300元", "来源为二手资料且未注明日期，请确认"),
        (HomeCareParameters.Priority, "300", Subsidy + "：三无老人、低保老人或重点优抚老人每月300元", "来源为二手资料且未注明日期，请确认"),
        (HomeCareParameters.MinMinutes, "15", Inferred, "推定"),
        (HomeCareParameters.MaxMinutes, "480", Inferred, "推定"),
        (HomeCareParameters.PricePrefix + "meal", "30", Inferred, "推定"),
        (HomeCareParameters.PricePrefix + "clean", "40", Inferred, "推定"),
        (HomeCareParameters.PricePrefix + "bath", "60", Inferred, "推定"),
        (HomeCareParameters.PricePrefix + "escort", "50", Inferred, "推定"),
        (HomeCareParameters.PricePrefix + "rehab", "80", Inferred, "推定"),
        (HomeCareParameters.PricePrefix + "care", "45", Inferred, "推定"),
        (HomeCareParameters.PricePrefix + "comfort", "35", Inferred, "推定"),
        (HomeCareParameters.PricePrefix + "visit", "30", Inferred, "推定"),
    ];

    internal static decimal Price(string item) => decimal.Parse(Rows.First(r => r.Key == HomeCareParameters.PricePrefix + item).Value, CultureInfo.InvariantCulture);

    public int Order => 83;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await platform.Parameters.Where(p => p.Key.StartsWith("eldercare.homecare.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = new DateOnly(2018, 1, 1), LegalBasis = r.Basis, Note = r.Note,
                CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
