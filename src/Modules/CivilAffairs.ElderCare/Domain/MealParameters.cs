using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>长者助餐 parameters (prefix eldercare.meals.): amounts per group, limits and switches; a district's value overrides the city's.</summary>
internal static class MealParameters
{
    public const string PrioritySubsidy = "eldercare.meals.subsidy.priority";
    public const string Age70Subsidy = "eldercare.meals.subsidy.age70";
    public const string DailyLimit = "eldercare.meals.daily_limit";
    public const string HukouDistrictOnly = "eldercare.meals.hukou_district_only";
    public const string WeekdaysOnly = "eldercare.meals.weekdays_only";
    public const string SubsidisedMeals = "eldercare.meals.subsidised_meals";
    public const string DuplicateWindow = "eldercare.meals.duplicate_window_minutes";
    public const string UnusualDailyFactor = "eldercare.meals.unusual_daily_factor";

    public static readonly string[] Keys =
        [PrioritySubsidy, Age70Subsidy, DailyLimit, HukouDistrictOnly, WeekdaysOnly, SubsidisedMeals, DuplicateWindow, UnusualDailyFactor];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(PrioritySubsidy, "长者助餐：优先保障对象每餐补贴上限", "元/餐", ParameterType.Decimal, "eldercare"),
        new(Age70Subsidy, "长者助餐：深圳户籍70–99周岁长者每餐补贴上限", "元/餐", ParameterType.Decimal, "eldercare"),
        new(DailyLimit, "长者助餐：每人每日享受补贴的餐次上限", "餐", ParameterType.Integer, "eldercare"),
        new(HukouDistrictOnly, "长者助餐：补贴仅限户籍所在区的助餐点（1=是，0=否）", "开关", ParameterType.Integer, "eldercare"),
        new(WeekdaysOnly, "长者助餐：补贴仅限工作日（1=是，0=否；按官方工作日历）", "开关", ParameterType.Integer, "eldercare"),
        new(SubsidisedMeals, "长者助餐：享受补贴的餐别（Breakfast,Lunch,Dinner 逗号分隔）", "餐别", ParameterType.Text, "eldercare"),
        new(DuplicateWindow, "长者助餐：同一长者两次就餐间隔少于该分钟数视为异常", "分钟", ParameterType.Integer, "eldercare"),
        new(UnusualDailyFactor, "长者助餐：助餐点单日就餐人次超过其当月日均的倍数视为异常", "倍", ParameterType.Decimal, "eldercare"),
    ];
}

/// <summary>The meal-aid rules in force for one canteen district on one day, with a short key recording the values.</summary>
internal sealed record MealRate(string District, DateOnly Date, decimal Priority, decimal Age70, int DailyLimit, bool HukouDistrictOnly, bool WeekdaysOnly,
    IReadOnlySet<MealKind> Subsidised, int DuplicateWindowMinutes, decimal UnusualDailyFactor, DateOnly EffectiveFrom)
{
    /// <summary>Stored on every record: the values used, so a later parameter change never alters a settled month.</summary>
    public string Key { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{District}@{EffectiveFrom:yyyy-MM-dd} p={Priority:0.##} a={Age70:0.##} lim={DailyLimit} hk={(HukouDistrictOnly ? 1 : 0)} wd={(WeekdaysOnly ? 1 : 0)} m={string.Concat(Subsidised.Order().Select(m => m.ToString()[0]))}");

    public static MealRate From(IReadOnlyDictionary<string, Parameter> found, string district, DateOnly date)
    {
        var missing = MealParameters.Keys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"长者助餐参数未设置（{date:yyyy-MM-dd}，{district}）：{string.Join("、", missing)}");
        }
        decimal D(string k) => decimal.Parse(found[k].Value, CultureInfo.InvariantCulture);
        var meals = found[MealParameters.SubsidisedMeals].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Enum.Parse<MealKind>(s, true)).ToHashSet();
        return new MealRate(district, date, D(MealParameters.PrioritySubsidy), D(MealParameters.Age70Subsidy), (int)D(MealParameters.DailyLimit),
            D(MealParameters.HukouDistrictOnly) != 0, D(MealParameters.WeekdaysOnly) != 0, meals, (int)D(MealParameters.DuplicateWindow),
            D(MealParameters.UnusualDailyFactor), found.Values.Max(p => p.ValidFrom));
    }
}
