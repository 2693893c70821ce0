using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Offices;
using CivilAffairs.Marriage.Seeding;
using CivilAffairs.Platform.Calendar;

namespace CivilAffairs.UnitTests.Marriage;

/// <summary>
/// What an office opens on a day: the regular week (周一至周五上下午, 周六上午), the official calendar of
/// 2026 (国庆 1–7 October off, Saturday 28 February and Sunday 20 September make-up working days) and
/// announced special days and closures.
/// </summary>
public sealed class SessionPlanTests
{
    private static readonly Guid Office = Guid.NewGuid();
    private static readonly List<SessionTemplate> Week = MarriageOffices.Templates(Office).ToList();

    private static readonly WorkingDays Calendar2026 = new(
    [
        new CalendarDay { Date = new DateOnly(2026, 2, 28), Kind = CalendarDayKind.Workday, Name = "春节" },
        new CalendarDay { Date = new DateOnly(2026, 9, 20), Kind = CalendarDayKind.Workday, Name = "国庆节" },
        .. Enumerable.Range(1, 7).Select(d => new CalendarDay { Date = new DateOnly(2026, 10, d), Kind = CalendarDayKind.Holiday, Name = "国庆节" }),
    ]);

    private static IReadOnlyList<PlannedSession> Plan(DateOnly date, params SpecialDay[] specials) =>
        SessionGenerator.Plan(date, Week, specials, Calendar2026, Calendar2026.Days.Any(d => d.Date == date && d.Kind == CalendarDayKind.Holiday));

    private static SpecialDay Opening(DateOnly date, SessionPeriod period, int marriage, string name = "5·20 特别场次") => new()
    {
        Date = date, Name = name, Period = period, Start = new TimeOnly(8, 30), End = period == SessionPeriod.Morning ? new TimeOnly(12, 0) : new TimeOnly(18, 0),
        CapacityJson = Capacities.Write(new Dictionary<ServiceType, int> { [ServiceType.Marriage] = marriage }),
    };

    private static SpecialDay Closure(DateOnly date, SessionPeriod? period) => new() { Date = date, Name = "停电检修", IsClosure = true, Period = period };

    [Fact]
    public void An_ordinary_Wednesday_opens_morning_and_afternoon_with_every_service()
    {
        var plan = Plan(new DateOnly(2026, 11, 25));
        Assert.Equal([SessionPeriod.Morning, SessionPeriod.Afternoon], plan.Select(p => p.Period));
        Assert.All(plan, p => Assert.Equal(SessionKind.Weekday, p.Kind));
        Assert.Equal(new TimeOnly(14, 0), plan[1].Start);
        Assert.Equal(40, plan[0].Capacity[ServiceType.Marriage]);
        Assert.Equal(10, plan[0].Capacity[ServiceType.Divorce]);
    }

    [Fact]
    public void An_ordinary_Saturday_opens_the_morning_extended_service_only_and_a_Sunday_nothing()
    {
        var saturday = Assert.Single(Plan(new DateOnly(2026, 11, 28)));
        Assert.Equal(SessionKind.Saturday, saturday.Kind);
        Assert.Equal(SessionPeriod.Morning, saturday.Period);
        Assert.Equal(30, saturday.Capacity[ServiceType.Marriage]);
        Assert.False(saturday.Capacity.ContainsKey(ServiceType.Divorce));
        Assert.Empty(Plan(new DateOnly(2026, 11, 29)));
    }

    [Fact]
    public void A_make_up_working_Saturday_or_Sunday_runs_the_weekday_hours_and_capacity()
    {
        foreach (var day in new[] { new DateOnly(2026, 2, 28), new DateOnly(2026, 9, 20) })
        {
            var plan = Plan(day);
            Assert.Equal(2, plan.Count);
            Assert.All(plan, p => Assert.Equal(SessionKind.Weekday, p.Kind));
            Assert.Equal((new TimeOnly(14, 0), new TimeOnly(17, 30)), (plan[1].Start, plan[1].End));
            Assert.Equal(10, plan[0].Capacity[ServiceType.Divorce]);
        }
    }

    [Fact]
    public void A_public_holiday_is_closed_unless_an_opening_is_announced_and_then_opens_as_a_holiday_session()
    {
        var nationalDay = new DateOnly(2026, 10, 1); // a Thursday: the weekday template does not apply
        Assert.Empty(Plan(nationalDay));
        var opened = Assert.Single(Plan(nationalDay, Opening(nationalDay, SessionPeriod.Morning, 120, "国庆节特别场次")));
        Assert.Equal(SessionKind.Holiday, opened.Kind);
        Assert.Equal("国庆节特别场次", opened.Label);
        Assert.Equal(120, opened.Capacity[ServiceType.Marriage]);
    }

    [Fact]
    public void A_special_day_replaces_the_template_hours_and_capacity_of_the_half_days_it_names()
    {
        var may20 = new DateOnly(2026, 5, 20);
        var plan = Plan(may20, Opening(may20, SessionPeriod.Morning, 100));
        var morning = plan.Single(p => p.Period == SessionPeriod.Morning);
        Assert.Equal(SessionKind.Special, morning.Kind);
        Assert.Equal("5·20 特别场次", morning.Label);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(12, 0)), (morning.Start, morning.End));
        Assert.Equal(new Dictionary<ServiceType, int> { [ServiceType.Marriage] = 100 }, morning.Capacity);
        // the afternoon was not announced: the regular week
        var afternoon = plan.Single(p => p.Period == SessionPeriod.Afternoon);
        Assert.Equal(SessionKind.Weekday, afternoon.Kind);
        Assert.Equal(40, afternoon.Capacity[ServiceType.Marriage]);
    }

    [Fact]
    public void A_Sunday_opening_is_a_special_session()
    {
        var sunday = new DateOnly(2026, 12, 6);
        var plan = Plan(sunday, Opening(sunday, SessionPeriod.Morning, 60), Opening(sunday, SessionPeriod.Afternoon, 50));
        Assert.Equal([60, 50], plan.Select(p => p.Capacity[ServiceType.Marriage]));
        Assert.All(plan, p => Assert.Equal(SessionKind.Special, p.Kind));
    }

    [Fact]
    public void A_half_day_closure_removes_that_half_and_a_whole_day_closure_everything_even_an_opening()
    {
        var day = new DateOnly(2026, 11, 25);
        var half = Assert.Single(Plan(day, Closure(day, SessionPeriod.Afternoon)));
        Assert.Equal(SessionPeriod.Morning, half.Period);
        Assert.Empty(Plan(day, Closure(day, null)));
        Assert.Empty(Plan(day, Opening(day, SessionPeriod.Morning, 100), Closure(day, null)));
        // a closure of the half-day an opening names wins
        Assert.Equal([SessionPeriod.Afternoon], Plan(day, Opening(day, SessionPeriod.Morning, 100), Closure(day, SessionPeriod.Morning)).Select(p => p.Period));
    }
}
