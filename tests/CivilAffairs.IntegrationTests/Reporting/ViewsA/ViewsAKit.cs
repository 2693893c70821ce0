using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Security.Claims;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Facts;
using CivilAffairs.Reporting.Features.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsA;

/// <summary>Reading figures as a demo account, refreshing them, and reading the reporting views directly.</summary>
internal static class ViewsAKit
{
    /// <summary>The modules whose reporting contracts these tests cover.</summary>
    public static readonly string[] Modules = ["assistance", "rescue", "disaster", "childwelfare", "registry", "eldercare"];

    public static readonly DateOnly Jan2019 = new(2019, 1, 1);

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static Period ThisMonth => Period.TryParse(Today.ToString("yyyy-MM", CultureInfo.InvariantCulture), out var p) ? p : throw new InvalidOperationException();

    public static Period Year2018 => Period.TryParse("2018", out var p) ? p : throw new InvalidOperationException();

    public static bool In2018(DateOnly? d) => d is { Year: 2018 };

    public static bool In2018(DateTime? d) => d is { Year: 2018 };

    /// <summary>Runs <paramref name="f"/> in a scope whose current user is the demo account (its real jurisdiction).</summary>
    public static async Task<T> AsAsync<T>(AppFixture app, string user, Func<IServiceProvider, Task<T>> f)
    {
        await using var scope = app.Scope();
        var staff = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(user)
            ?? throw new InvalidOperationException($"no demo account {user}");
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user), new Claim(StaffClaims.Jurisdiction, staff.Jurisdiction), new Claim(Permissions.ClaimType, Permissions.ReportingRead)],
            "ViewsA", ClaimTypes.Name, ClaimTypes.Role);
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var before = accessor.HttpContext;
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = scope.ServiceProvider };
        try
        {
            return await f(scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = before;
        }
    }

    public static Task<decimal?> FigureAsync(AppFixture app, string user, string key, Period period, string? division = null) =>
        AsAsync(app, user, async sp => (await sp.GetRequiredService<MetricValues>().FigureAsync(key, period, division, default)).Value);

    /// <summary>A POST as a demo account that must answer <paramref name="expected"/>; the body of the answer.</summary>
    public static async Task<JsonElement> PostAsync(AppFixture app, string user, string path, object body, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{user} POST {path}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A refresh of the monthly figures; incremental as the background job runs it, or full.</summary>
    public static async Task RefreshAsync(AppFixture app, bool full = false)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("viewsa-test");
        var run = await scope.ServiceProvider.GetRequiredService<FactsRefresher>().RefreshAsync(full, default);
        Assert.True(run.Errors is null, run.Errors);
    }

    /// <summary>A module's DbContext acting as the system (sees every division).</summary>
    public static async Task<T> DbAsync<TDb, T>(AppFixture app, Func<TDb, Task<T>> f) where TDb : DbContext
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("viewsa-test");
        return await f(scope.ServiceProvider.GetRequiredService<TDb>());
    }

    /// <summary>Column names and up to five rows of a reporting view, read directly.</summary>
    public static async Task<(List<string> Columns, int Rows)> ViewSampleAsync(AppFixture app, string view)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("viewsa-test");
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        var name = db.IsSqlite ? $"\"reporting_{view}\"" : $"\"reporting\".\"{view}\"";
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {name} LIMIT 5";
            await using var r = await cmd.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToList();
            var rows = 0;
            while (await r.ReadAsync())
            {
                for (var i = 0; i < r.FieldCount; i++)
                {
                    _ = r.IsDBNull(i) ? null : r.GetValue(i);
                }
                rows++;
            }
            return (columns, rows);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
