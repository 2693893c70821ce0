using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Reporting.Features.Facts;
using CivilAffairs.Reporting.Features.Metrics;
using CivilAffairs.Reporting.Features.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Reporting.Features.Dashboards;

/// <summary>A metric as the catalogue lists it.</summary>
public sealed record MetricInfo(string Key, string Module, string Title, string EnglishTitle, string Unit, MetricKind Kind,
    string View, string Measure, string? DateColumn, string? EndColumn, string? Filter, string? Numerator, string? Denominator, int Section);

/// <summary>A metric's page: the figure, its months this year and last, the places below, the query.</summary>
public sealed record MetricDetail(MetricFigure Figure, IReadOnlyList<MonthValue> Months, IReadOnlyList<MonthValue> PreviousMonths,
    IReadOnlyList<PlaceValue> Places, string Query);

/// <summary>City, district and module dashboards; a metric's page with its months, places and the rows behind it.</summary>
internal static class DashboardsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<Dashboards>();
        services.AddScoped<MetricRows>();
    }

    public static Period ParsePeriod(string? period, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return Period.Year(Platform.Values.ChinaTime.Today(clock).Year);
        }
        return Period.TryParse(period, out var p) ? p
            : throw new FieldValidationException("period", "统计期格式不正确，应为 2018、2018Q3、2018-03 或 2018-01..2018-06");
    }

    public static async Task<MetricDetail> DetailAsync(MetricValues values, string key, Period period, string? division, CancellationToken ct)
    {
        var figure = await values.FigureAsync(key, period, division, ct);
        var months = await values.MonthlyAsync(key, period, figure.Division, ct);
        var prev = await values.MonthlyAsync(key, period.PreviousYear(), figure.Division, ct);
        var places = await values.BreakdownAsync(key, period, figure.Division, ct);
        return new(figure, months, prev, places, MetricRows.Describe(values.Metric(key), period, figure.Division));
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/reporting").WithTags("Reporting 统计分析").RequireAuthorization(Permissions.ReportingRead);
        g.MapGet("/metrics", (ReportingCatalog c) => c.Metrics.OrderBy(m => m.Section).ThenBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new MetricInfo(m.Key, c.ModuleOf(m), m.Title, m.EnglishTitle, m.Unit, m.Kind, m.View, m.Measure, m.DateColumn,
                    m.EndColumn, m.Filter, m.Numerator, m.Denominator, m.Section)).ToList())
            .WithSummary("The metric catalogue: every figure the modules publish, with its view, measure, filter and summary section");
        g.MapGet("/metrics/{key}", (string key, string? period, string? division, MetricValues v, TimeProvider clock, CancellationToken ct) =>
                DetailAsync(v, key, ParsePeriod(period, clock), division, ct))
            .WithSummary("A figure for a period (2018, 2018Q3, 2018-03, 2018-01..2018-06; default this year) and a division within your jurisdiction (default all of it): value, same period last year, change, months, the places one level down and the SQL over the view");
        g.MapGet("/metrics/{key}/rows", (string key, string? period, string? division, int? page, int? pageSize, MetricRows rows,
                TimeProvider clock, CancellationToken ct) =>
                rows.PageAsync(key, ParsePeriod(period, clock), division, page ?? 1, pageSize ?? 50, ct))
            .WithSummary("Drill-down: the records the figure counts, from its view, same period, filter and place; needs the module's read permission");
        g.MapGet("/dashboard", (string? period, string? division, string? module, Dashboards d, TimeProvider clock, CancellationToken ct) =>
                d.BuildAsync(ParsePeriod(period, clock), division, string.IsNullOrWhiteSpace(module) ? null : module, ct))
            .WithSummary("The dashboard: headline figures with the year before (all modules, or one module's figures), the places below, when the figures were refreshed");
        g.MapPost("/refresh", async (bool? full, FactsRefresher r, CancellationToken ct) => await r.RefreshAsync(full ?? false, ct))
            .RequireAuthorization(Permissions.ReportingManage)
            .WithSummary("Recompute the monthly figures now (reporting.manage): incremental (the last months) or full=true (every month from the first record)");
        g.MapGet("/refresh-runs", async (Data.ReportingDb db, CancellationToken ct) =>
                // version-7 ids sort by time on both databases (SQLite cannot order by DateTimeOffset)
                await db.RefreshRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(20).ToListAsync(ct))
            .RequireAuthorization(Permissions.ReportingManage)
            .WithSummary("The last 20 refreshes: mode, months, metrics, rows, time taken, errors");
    }
}
