using System.Data.Common;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Facts;
using CivilAffairs.Reporting.Features.Metrics;
using CivilAffairs.Reporting.Features.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsB;

/// <summary>
/// A span of days a metric covers: a year's flows count the days from <see cref="From"/> to the day
/// before <see cref="Next"/>, its stocks what stands on <see cref="Next"/>. The figures are refreshed
/// through the current month only, so the current year ends with this month.
/// </summary>
internal sealed record ViewsBSpan(Period Period, DateOnly From, DateOnly Next)
{
    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static ViewsBSpan Year(int year)
    {
        var next = year < Today.Year ? new DateOnly(year + 1, 1, 1) : new DateOnly(Today.Year, Today.Month, 1).AddMonths(1);
        return new(Period.Year(year), new DateOnly(year, 1, 1), next);
    }

    /// <summary>The current year up to the end of last month (null in January): for figures whose days this month are not over.</summary>
    public static ViewsBSpan? ThisYearToLastMonth() =>
        Today.Month == 1 ? null : new(new Period(Today.Year * 100 + 1, Today.Year * 100 + Today.Month - 1), new DateOnly(Today.Year, 1, 1),
            new DateOnly(Today.Year, Today.Month, 1));

    public static ViewsBSpan ThisMonth()
    {
        var first = new DateOnly(Today.Year, Today.Month, 1);
        return new(Period.Month(Today.Year, Today.Month), first, first.AddMonths(1));
    }

    public bool Has(DateOnly d) => d >= From && d < Next;

    public bool Has(DateOnly? d) => d is { } x && Has(x);

    /// <summary>A stock row stands at the end of the span: started before <see cref="Next"/>, not ended by then.</summary>
    public bool Stands(DateOnly? start, DateOnly? end) => start is { } s && s < Next && (end is null || end >= Next);
}

/// <summary>Reads and refreshes the monthly figures as the reporting pages do (helpers of the views-b tests).</summary>
internal static class ViewsBKit
{
    public static readonly string[] Modules = ["socialorgs", "charity", "funeral", "marriage"];

    /// <summary>Recomputes the monthly figures as the system (a full run rebuilds every month from the first).</summary>
    public static async Task<RefreshRun> ViewsBRefreshAsync(this AppFixture app, bool full)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var run = await scope.ServiceProvider.GetRequiredService<FactsRefresher>().RefreshAsync(full, CancellationToken.None);
        foreach (var m in Modules)
        {
            Assert.DoesNotContain(m + ".", run.Errors ?? "", StringComparison.Ordinal);
        }
        return run;
    }

    /// <summary>A metric's figure through MetricValues in a scope signed in as a demo account.</summary>
    public static async Task<MetricFigure> ViewsBFigureAsync(this AppFixture app, string user, string key, Period period, string? division = null)
    {
        await using var scope = app.Scope();
        var sp = scope.ServiceProvider;
        var accessor = sp.GetRequiredService<IHttpContextAccessor>();
        var account = await sp.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(user) ?? throw new InvalidOperationException(user);
        var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(account);
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = sp };
        try
        {
            return await sp.GetRequiredService<MetricValues>().FigureAsync(key, period, division, CancellationToken.None);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>The 2018 or this year's value as city.officer sees it for the whole city.</summary>
    public static async Task<decimal> ViewsBCityValueAsync(this AppFixture app, string key, ViewsBSpan span) =>
        (await app.ViewsBFigureAsync("city.officer", key, span.Period)).Value ?? 0m;

    /// <summary>Column names and up to five rows of a reporting view, read straight from the database.</summary>
    public static async Task<(List<string> Columns, int Rows)> ViewsBSampleAsync(this AppFixture app, string view)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        var sqlite = db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal);
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {ViewSql.ViewName(view, sqlite)} LIMIT 5";
            await using var r = await cmd.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToList();
            var rows = 0;
            while (await r.ReadAsync())
            {
                rows++;
            }
            return (columns, rows);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every view and metric the four modules publish.</summary>
    public static (List<CivilAffairs.Contracts.Reporting.ReportingView> Views, List<CivilAffairs.Contracts.Reporting.ReportingMetric> Metrics) ViewsBCatalog(this AppFixture app)
    {
        var catalog = app.Services.GetRequiredService<ReportingCatalog>();
        var sources = catalog.Sources.Where(s => Modules.Contains(s.Module)).ToList();
        return (sources.SelectMany(s => s.Views).ToList(), sources.SelectMany(s => s.Metrics).ToList());
    }

    /// <summary>Asserts a metric equals a hand count, to the cent (SQLite sums money as floating point).</summary>
    public static void ViewsBEqual(decimal expected, decimal actual, string what) =>
        Assert.True(Math.Round(expected, 2) == Math.Round(actual, 2), $"{what}: expected {expected}, the metric says {actual}");
}
