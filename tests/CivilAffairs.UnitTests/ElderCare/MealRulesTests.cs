using CivilAffairs.Contracts.Assistance;
using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.UnitTests.ElderCare;

/// <summary>The 长者助餐 group decision table and the per-meal subsidy (rules §6, Futian notice 2023).</summary>
public sealed class MealRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static MealEligibilityFacts F(int age, bool hukou = true, AssistanceStatus a = AssistanceStatus.None, bool entitled = false, bool lost = false,
        bool disabledChild = false) => new(age, hukou, a, entitled, lost, disabledChild);

    [Theory]
    [InlineData(65, true, AssistanceStatus.Dibao, "Priority", "低保对象")]
    [InlineData(61, true, AssistanceStatus.ExtremePoverty, "Priority", "特困供养人员")]
    [InlineData(62, true, AssistanceStatus.LowIncome, "Priority", "低保边缘（低收入）")]
    [InlineData(100, true, AssistanceStatus.None, "Priority", "年满100周岁")]
    [InlineData(99, true, AssistanceStatus.None, "Age70To99", "深圳户籍70–99周岁")]
    [InlineData(70, true, AssistanceStatus.None, "Age70To99", "深圳户籍70–99周岁")]
    [InlineData(69, true, AssistanceStatus.None, "Ordinary", "深圳户籍60–69周岁，无优先保障情形")]
    [InlineData(85, false, AssistanceStatus.None, "Ordinary", "非深圳户籍常住长者（普惠价）")]
    [InlineData(101, false, AssistanceStatus.None, "Ordinary", "非深圳户籍常住长者（普惠价）")]
    [InlineData(75, false, AssistanceStatus.Dibao, "Ordinary", "非深圳户籍常住长者（普惠价）")]
    public void Group_follows_the_decision_table(int age, bool hukou, AssistanceStatus a, string group, string reason)
    {
        var d = MealRules.Decide(F(age, hukou, a));
        Assert.NotNull(d);
        Assert.Equal(group, d.Value.Group.ToString());
        Assert.Equal(reason, d.Value.Reason);
    }

    [Fact]
    public void Profile_statuses_give_priority_and_under_60_is_not_eligible()
    {
        Assert.Equal(MealGroup.Priority, MealRules.Decide(F(66, entitled: true))!.Value.Group);
        Assert.Equal(MealGroup.Priority, MealRules.Decide(F(64, lost: true))!.Value.Group);
        Assert.Equal(MealGroup.Priority, MealRules.Decide(F(60, disabledChild: true))!.Value.Group);
        Assert.Null(MealRules.Decide(F(59, a: AssistanceStatus.Dibao)));
    }

    private static MealRate Rate(decimal priority = 15m, decimal age70 = 5m, bool hukouOnly = true, string district = "440304") =>
        new(district, Day, priority, age70, 1, hukouOnly, true, new HashSet<MealKind> { MealKind.Lunch }, 30, 3m, new DateOnly(2023, 7, 1));

    private static MealFacts M(MealGroup? g, string hukou = "440304", string canteen = "440304", int before = 0, bool working = true, MealKind meal = MealKind.Lunch,
        MealEnrolmentStatus status = MealEnrolmentStatus.Active, DateOnly? stopped = null, int? gap = null) =>
        new(g, status, stopped, hukou, canteen, Day, meal, working, before, gap);

    [Fact]
    public void Subsidy_by_group_and_district_override()
    {
        Assert.Equal(15m, MealRules.Compute(M(MealGroup.Priority), Rate()).Subsidy);
        Assert.Equal(5m, MealRules.Compute(M(MealGroup.Age70To99), Rate()).Subsidy);
        Assert.Equal(0m, MealRules.Compute(M(MealGroup.Ordinary), Rate()).Subsidy);
        // a district that sets higher amounts: the rate resolved for the canteen's district carries them
        var nanshan = Rate(18m, 8m, district: "440305");
        Assert.Equal(18m, MealRules.Compute(M(MealGroup.Priority, "440305", "440305"), nanshan).Subsidy);
        Assert.Equal(8m, MealRules.Compute(M(MealGroup.Age70To99, "440305", "440305"), nanshan).Subsidy);
        Assert.Contains("p=18", nanshan.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_lunch_the_same_day_is_recorded_but_not_subsidised()
    {
        var (amount, flags) = MealRules.Compute(M(MealGroup.Priority, before: 1, gap: 12), Rate());
        Assert.Equal(0m, amount);
        Assert.True(flags.HasFlag(MealFlags.OverDailyLimit));
        Assert.True(flags.HasFlag(MealFlags.NearDuplicate));
        var later = MealRules.Compute(M(MealGroup.Priority, before: 1, gap: 300), Rate()).Flags;
        Assert.False(later.HasFlag(MealFlags.NearDuplicate));
    }

    [Fact]
    public void Hukou_district_rule_applies_only_while_the_switch_is_on()
    {
        var outside = M(MealGroup.Priority, hukou: "440305", canteen: "440304");
        var (amount, flags) = MealRules.Compute(outside, Rate());
        Assert.Equal(0m, amount);
        Assert.True(flags.HasFlag(MealFlags.OutsideHukouDistrict));
        Assert.Equal(15m, MealRules.Compute(outside, Rate(hukouOnly: false)).Subsidy);
    }

    [Fact]
    public void Weekends_breakfast_stopped_cards_and_unenrolled_get_nothing()
    {
        Assert.Equal(0m, MealRules.Compute(M(MealGroup.Priority, working: false), Rate()).Subsidy);
        Assert.Equal(0m, MealRules.Compute(M(MealGroup.Priority, meal: MealKind.Breakfast), Rate()).Subsidy);
        var stopped = MealRules.Compute(M(MealGroup.Priority, status: MealEnrolmentStatus.Stopped, stopped: Day.AddDays(-1)), Rate());
        Assert.Equal(0m, stopped.Subsidy);
        Assert.True(stopped.Flags.HasFlag(MealFlags.CardStopped));
        // stopped from tomorrow: today's meal still counts
        Assert.Equal(15m, MealRules.Compute(M(MealGroup.Priority, status: MealEnrolmentStatus.Stopped, stopped: Day.AddDays(1)), Rate()).Subsidy);
        Assert.True(MealRules.Compute(M(null), Rate()).Flags.HasFlag(MealFlags.NotEnrolled));
    }
}
