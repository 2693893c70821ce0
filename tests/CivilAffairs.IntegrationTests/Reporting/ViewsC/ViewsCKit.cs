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

namespace CivilAffairs.IntegrationTests.Reporting.ViewsC;

/// <summary>
/// Helpers of the reporting-view tests of Community, SocialWork, Facilities and Governance (prefixed
/// ViewsC so that they never clash with the other view helpers' tests).
/// </summary>
internal static class ViewsCKit
{
    public static readonly string[] Modules = ["community", "socialwork", "facilities", "governance"];

    public static readonly DateOnly Y2018 = new(2018, 1, 1);

    public static readonly DateOnly Y2019 = new(2019, 1, 1);

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static DateOnly MonthStart => new(Today.Year, Today.Month, 1);

    public static DateOnly NextMonth => MonthStart.AddMonths(1);

    public static Period ThisMonth => Period.Month(Today.Year, Today.Month);

    public static bool In2018(DateOnly? d) => d is { } x && x >= Y2018 && x < Y2019;

    public static bool InThisMonth(DateOnly? d) => d is { } x && x >= MonthStart && x < NextMonth;

    /// <summary>A scope acting as the system, for hand counts on the modules' own tables.</summary>
    public static async Task<T> AsSystemAsync<T>(this AppFixture app, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-c-test");
        return await work(scope.ServiceProvider);
    }

    /// <summary>The incremental refresh a background job would run.</summary>
    public static Task RefreshAsync(this AppFixture app) =>
        app.AsSystemAsync(async sp => await sp.GetRequiredService<FactsRefresher>().RefreshAsync(full: false, CancellationToken.None));

    /// <summary>Reads figures through <see cref="MetricValues"/> as a demo account (its claims, its jurisdiction).</summary>
    public static async Task<T> AsUserAsync<T>(this AppFixture app, string userName, Func<MetricValues, Task<T>> read)
    {
        await using var scope = app.Scope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(user);
        var accessor = sp.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = sp };
        try
        {
            return await read(sp.GetRequiredService<MetricValues>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public static Task<decimal?> FigureAsync(this AppFixture app, string userName, string key, Period period, string? division = null) =>
        app.AsUserAsync(userName, async v => (await v.FigureAsync(key, period, division, CancellationToken.None)).Value);

    /// <summary>The reporting views of this helper's four modules.</summary>
    public static Task<List<string>> ViewNamesAsync(this AppFixture app) =>
        app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<ReportingCatalog>().Views
            .Where(v => Modules.Contains(v.Module)).Select(v => v.Name).OrderBy(n => n, StringComparer.Ordinal).ToList()));

    /// <summary>Metric keys of the four modules.</summary>
    public static Task<List<string>> MetricKeysAsync(this AppFixture app) =>
        app.AsSystemAsync(sp => Task.FromResult(sp.GetRequiredService<ReportingCatalog>().Metrics
            .Where(m => Modules.Contains(m.Key[..m.Key.IndexOf('.', StringComparison.Ordinal)])).Select(m => m.Key).OrderBy(k => k, StringComparer.Ordinal).ToList()));

    /// <summary>SELECT * … LIMIT 5 on a view: its column names and the rows read.</summary>
    public static Task<(List<string> Columns, int Rows)> SampleAsync(this AppFixture app, string view) =>
        app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<ReportingDb>();
            var conn = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using DbCommand cmd = conn.CreateCommand();
                cmd.CommandText = $"SELECT * FROM {ViewSql.ViewName(view, db.IsSqlite)} LIMIT 5";
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
        });

    public static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(part * 100m / whole, 1);
}
