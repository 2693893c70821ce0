using CivilAffairs.Contracts.Assistance;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>The facts the group decision reads (taken from ElderFacts; pure so the decision table is unit-tested).</summary>
internal sealed record MealEligibilityFacts(int Age, bool IsShenzhenHukou, AssistanceStatus Assistance, bool Entitled, bool LostOnlyChild, bool OnlyChildDisabled);

/// <summary>The facts of one meal that decide its subsidy.</summary>
/// <param name="MealsBeforeToday">Subsidisable meals this person already had this day (any canteen), before this one.</param>
/// <param name="MinutesSincePrevious">Minutes since the same person's nearest other meal that day (any canteen), null when none.</param>
internal sealed record MealFacts(MealGroup? Group, MealEnrolmentStatus? Status, DateOnly? StoppedOn, string? HukouDistrict, string CanteenDistrict,
    DateOnly Date, MealKind Meal, bool IsWorkingDay, int MealsBeforeToday, int? MinutesSincePrevious);

/// <summary>长者助餐 rules (rules §6, Futian notice 2023).</summary>
internal static class MealRules
{
    /// <summary>The group and the fact that decided it; null when under 60 (not eligible for meal aid at all).</summary>
    public static (MealGroup Group, string Reason)? Decide(MealEligibilityFacts f)
    {
        if (f.Age < 60)
        {
            return null;
        }
        if (f.IsShenzhenHukou)
        {
            if (f.Assistance.HasFlag(AssistanceStatus.ExtremePoverty)) { return (MealGroup.Priority, "特困供养人员"); }
            if (f.Assistance.HasFlag(AssistanceStatus.Dibao)) { return (MealGroup.Priority, "低保对象"); }
            if (f.Assistance.HasFlag(AssistanceStatus.LowIncome)) { return (MealGroup.Priority, "低保边缘（低收入）"); }
            if (f.Entitled) { return (MealGroup.Priority, "三属五老（优抚对象）"); }
            if (f.LostOnlyChild) { return (MealGroup.Priority, "失独家庭"); }
            if (f.OnlyChildDisabled) { return (MealGroup.Priority, "独生子女三级以上残疾"); }
            if (f.Age >= 100) { return (MealGroup.Priority, "年满100周岁"); }
            if (f.Age >= 70) { return (MealGroup.Age70To99, "深圳户籍70–99周岁"); }
            return (MealGroup.Ordinary, "深圳户籍60–69周岁，无优先保障情形");
        }
        return (MealGroup.Ordinary, "非深圳户籍常住长者（普惠价）");
    }

    /// <summary>Subsidy and flags for one meal under the rate in force for the canteen's district that day.</summary>
    public static (decimal Subsidy, MealFlags Flags) Compute(MealFacts m, MealRate rate)
    {
        var flags = MealFlags.None;
        if (m.Group is null)
        {
            flags |= MealFlags.NotEnrolled;
        }
        if (m.Status == MealEnrolmentStatus.Stopped && m.StoppedOn is { } stop && m.Date >= stop)
        {
            flags |= MealFlags.CardStopped;
        }
        var subsidisable = rate.Subsidised.Contains(m.Meal);
        if (!subsidisable)
        {
            flags |= MealFlags.MealNotSubsidised;
        }
        if (!m.IsWorkingDay)
        {
            flags |= MealFlags.NonWorkingDay;
        }
        if (subsidisable && m.Group is not null && m.MealsBeforeToday >= rate.DailyLimit)
        {
            flags |= MealFlags.OverDailyLimit;
        }
        if (m.Group is MealGroup.Priority or MealGroup.Age70To99 && m.HukouDistrict != m.CanteenDistrict)
        {
            flags |= MealFlags.OutsideHukouDistrict;
        }
        if (m.MinutesSincePrevious is { } gap && gap < rate.DuplicateWindowMinutes)
        {
            flags |= MealFlags.NearDuplicate;
        }
        var amount = m.Group switch
        {
            MealGroup.Priority => rate.Priority,
            MealGroup.Age70To99 => rate.Age70,
            _ => 0m,
        };
        var blocked = (flags & (MealFlags.NotEnrolled | MealFlags.CardStopped | MealFlags.MealNotSubsidised | MealFlags.OverDailyLimit)) != 0
            || (rate.WeekdaysOnly && flags.HasFlag(MealFlags.NonWorkingDay))
            || (rate.HukouDistrictOnly && flags.HasFlag(MealFlags.OutsideHukouDistrict));
        return (blocked ? 0m : amount, flags);
    }

    /// <summary>Flags that exclude a meal from the subsidy in any case (the settlement counts them as excluded anomalies).</summary>
    public const MealFlags Anomalies = MealFlags.OverDailyLimit | MealFlags.CardStopped | MealFlags.NearDuplicate;
}
