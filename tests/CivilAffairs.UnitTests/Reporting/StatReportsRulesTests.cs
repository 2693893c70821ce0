using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Reporting.Features.Metrics;
using CivilAffairs.Reporting.Features.StatReports;

namespace CivilAffairs.UnitTests.Reporting;

public sealed class StatReportsRulesTests
{
    private static readonly ReportingMetric Persons = new("funeral.free.persons", "funeral_cases", "免除人数", "Persons", "人", MetricKind.Flow, "count(*)", "cremated_on");

    private static ReportingMetric? Find(string key) => key == Persons.Key ? Persons : null;

    private static IReadOnlyDictionary<string, string[]> Check(StatTableRequest r)
    {
        try
        {
            StatRules.Validate(r, Find).ThrowIfAny();
            return new Dictionary<string, string[]>();
        }
        catch (FieldValidationException ex)
        {
            return ex.Errors;
        }
    }

    private static string? For(IReadOnlyDictionary<string, string[]> e, string field) => e.TryGetValue(field, out var m) ? string.Join("；", m) : null;

    private static StatTableRequest Table(StatRowMode mode, List<StatRowDef> rows, List<StatColumnDef> columns) =>
        new("民统9表", "殡葬服务情况", "深民统9表", "深圳市民政局", "深民函〔2018〕1号", new DateOnly(2027, 12, 31), StatPeriodKind.Yearly, 10, mode, rows, columns);

    [Fact]
    public void A_definition_citing_published_metrics_is_valid()
    {
        Assert.Empty(Check(Table(StatRowMode.List, [new("免除人数", "funeral.free.persons")],
            [new("本期", null), new("增减%", null, StatMeasure.Change)])));
        Assert.Empty(Check(Table(StatRowMode.Divisions, [], [new("免除人数", "funeral.free.persons")])));
    }

    [Fact]
    public void An_unknown_metric_is_refused_on_its_field()
    {
        var e = Check(Table(StatRowMode.List, [new("免除人数", "funeral.free.persons"), new("不存在", "funeral.nothing")], [new("本期", null)]));
        Assert.Contains("funeral.nothing", For(e, "rows[1].metric"), StringComparison.Ordinal);
        Assert.Null(For(e, "rows[0].metric"));
        var d = Check(Table(StatRowMode.Divisions, [], [new("免除人数", "funeral.nothin")]));
        Assert.Contains("不存在", For(d, "columns[0].metric"), StringComparison.Ordinal);
    }

    [Fact]
    public void Divisions_tables_take_no_rows_and_list_tables_put_metrics_on_rows_only()
    {
        var e = Check(Table(StatRowMode.Divisions, [new("x", "funeral.free.persons")], [new("免除人数", "funeral.free.persons")]));
        Assert.NotNull(For(e, "rows"));
        var l = Check(Table(StatRowMode.List, [new("免除人数", "funeral.free.persons")], [new("本期", "funeral.free.persons")]));
        Assert.NotNull(For(l, "columns[0].metric"));
        var empty = Check(new StatTableRequest(null, null, null, null, null, null, null, 0, null, null, null));
        foreach (var f in new[] { "code", "title", "formNumber", "authority", "approvalNumber", "periodKind", "dueWorkingDays", "rowMode", "columns" })
        {
            Assert.NotNull(For(empty, f));
        }
    }

    // 2018 National Day: 1–7 October off, Saturday 29 and Sunday 30 September worked (国办发明电〔2017〕12号);
    // 2019 Spring Festival: 4–10 February off, Saturday 2 and Sunday 3 February worked (国办发明电〔2018〕15号)
    private static readonly WorkingDays Calendar = new(
    [
        new CalendarDay { Date = new DateOnly(2018, 9, 29), Kind = CalendarDayKind.Workday, Name = "国庆节" },
        new CalendarDay { Date = new DateOnly(2018, 9, 30), Kind = CalendarDayKind.Workday, Name = "国庆节" },
        .. Enumerable.Range(1, 7).Select(d => new CalendarDay { Date = new DateOnly(2018, 10, d), Kind = CalendarDayKind.Holiday, Name = "国庆节" }),
        new CalendarDay { Date = new DateOnly(2019, 2, 2), Kind = CalendarDayKind.Workday, Name = "春节" },
        new CalendarDay { Date = new DateOnly(2019, 2, 3), Kind = CalendarDayKind.Workday, Name = "春节" },
        .. Enumerable.Range(4, 7).Select(d => new CalendarDay { Date = new DateOnly(2019, 2, d), Kind = CalendarDayKind.Holiday, Name = "春节" }),
    ]);

    [Fact]
    public void The_third_quarter_is_due_after_the_national_day_holiday()
    {
        // ends Sunday 30 September (a make-up working day, but the period's own last day does not count): 8–12 October
        Assert.Equal(new DateOnly(2018, 10, 12), StatRules.DueOn(Calendar, Period.Quarter(2018, 3), 5));
        Assert.Equal(new DateOnly(2018, 10, 8), StatRules.DueOn(Calendar, Period.Month(2018, 9), 1));
    }

    [Fact]
    public void Make_up_weekend_days_count_as_working_days()
    {
        // January 2019 ends on a Thursday: Friday 1, Saturday 2 and Sunday 3 February (make-up days) are the three working days
        Assert.Equal(new DateOnly(2019, 2, 3), StatRules.DueOn(Calendar, Period.Month(2019, 1), 3));
        // the fourth skips the whole holiday week
        Assert.Equal(new DateOnly(2019, 2, 11), StatRules.DueOn(Calendar, Period.Month(2019, 1), 4));
    }

    [Theory]
    [InlineData(StatPeriodKind.Yearly, "2018", true)]
    [InlineData(StatPeriodKind.Yearly, "2018-03", false)]
    [InlineData(StatPeriodKind.Quarterly, "2018Q3", true)]
    [InlineData(StatPeriodKind.Quarterly, "2018", false)]
    [InlineData(StatPeriodKind.Monthly, "2018-03", true)]
    [InlineData(StatPeriodKind.Monthly, "2018-01..2018-03", false)]
    public void A_period_must_be_of_the_tables_kind(StatPeriodKind kind, string period, bool ok) =>
        Assert.Equal(ok, StatRules.TryPeriod(kind, period, out _));

    [Fact]
    public void Ended_periods_are_listed_latest_first()
    {
        var q = StatRules.EndedPeriods(StatPeriodKind.Quarterly, new DateOnly(2019, 2, 15), 3);
        Assert.Equal(["2018Q4", "2018Q3", "2018Q2"], q.Select(p => StatRules.Key(StatPeriodKind.Quarterly, p)));
        var m = StatRules.EndedPeriods(StatPeriodKind.Monthly, new DateOnly(2019, 1, 10), 2);
        Assert.Equal(["2018-12", "2018-11"], m.Select(p => StatRules.Key(StatPeriodKind.Monthly, p)));
    }
}
