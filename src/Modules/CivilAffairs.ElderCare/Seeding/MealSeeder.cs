using System.Globalization;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// 长者助餐 parameters with their legal basis. The amounts (15 / 5 yuan per meal, hukou-district
/// rule, weekday lunch) come from the Futian notice of 2023-07; the 2018 amounts are unknown, so the
/// city-wide values from 2018 repeat them and are marked 推定 for the bureau to confirm.
/// </summary>
internal sealed class MealSeeder(PlatformDb db, MealDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Futian2023 = "福田区民政局《关于开展长者助餐服务的通知》（2023年7月）";
    private const string Inferred2018 = "2018年深圳长者助餐补贴标准未查到原文；按2023年福田区通知的口径推定，请市民政局确认";

    internal static readonly (string Key, string Division, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (MealParameters.PrioritySubsidy, "4403", "2018-01-01", "15", Inferred2018, "推定"),
        (MealParameters.Age70Subsidy, "4403", "2018-01-01", "5", Inferred2018, "推定"),
        (MealParameters.DailyLimit, "4403", "2018-01-01", "1", "助餐补贴按“每人每日一餐（午餐）”执行的通行口径；推定，请确认", "推定"),
        (MealParameters.HukouDistrictOnly, "4403", "2018-01-01", "1", Futian2023 + "：补贴原则上仅限在户籍所在区的助餐点使用（2018年沿用此口径为推定）", "推定"),
        (MealParameters.WeekdaysOnly, "4403", "2018-01-01", "1", Futian2023 + "：工作日午餐（按国家法定节假日安排的官方工作日历判断）", "推定"),
        (MealParameters.SubsidisedMeals, "4403", "2018-01-01", "Lunch", Futian2023 + "：补贴午餐；早餐、晚餐按普惠价", "推定"),
        (MealParameters.DuplicateWindow, "4403", "2018-01-01", "30", "监管口径：同一长者30分钟内两次就餐列为异常（推定，请确认）", "推定"),
        (MealParameters.UnusualDailyFactor, "4403", "2018-01-01", "3", "监管口径：助餐点单日人次超过期间日均3倍列为异常（推定，请确认）", "推定"),
        (MealParameters.PrioritySubsidy, "440304", "2023-07-01", "15", Futian2023 + "：特困、低保、低保边缘、三属五老、失独、独生子女三级以上残疾、100周岁以上深圳户籍长者每餐最高补贴15元", null),
        (MealParameters.Age70Subsidy, "440304", "2023-07-01", "5", Futian2023 + "：深圳户籍70–99周岁长者每餐最高补贴5元", null),
    ];

    public int Order => 84;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("eldercare.meals.")).Select(p => p.Key + "|" + p.DivisionCode).Distinct().ToListAsync(ct);
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
