using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Reporting.Features.StatReports;

/// <summary>民政统计报表: table definitions (city), 填报 / 审核 / 上报 / 退回 per division and period, Excel in the official layout.</summary>
internal static class StatReportsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<StatBodyBuilder>();
        services.AddScoped<StatTables>();
        services.AddScoped<StatSubmissions>();
        services.AddScoped<StatExcel>();
        services.AddScoped<ISeeder, StatReportsSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/reporting/tables").WithTags("Reporting 统计分析 · 统计报表").RequireAuthorization(Permissions.ReportingRead);

        g.MapGet("/", (StatTables s, CancellationToken ct) => s.OverviewAsync(ct))
            .WithSummary("The tables and the submissions of my jurisdiction with status and due dates (overdue: past due and not 上报)");
        g.MapPost("/", (StatTableRequest r, StatTables s, CancellationToken ct) => s.SaveAsync(r, ct))
            .WithSummary("Define or redefine a table by code (reporting.manage, city); every metric must be in the catalog (400 with field errors, nothing saved)");
        g.MapGet("/{code}", (string code, StatTables s, CancellationToken ct) => s.DetailAsync(code, ct))
            .WithSummary("A table's definition and its ended periods for my division: due date (working days after the period on the official calendar), status");
        g.MapGet("/{code}/{period}", (string code, string period, string? division, StatSubmissions s, CancellationToken ct) => s.GetAsync(code, period, division, ct))
            .WithSummary("The division's table for the period (default my own; a lower division's for consolidation; another jurisdiction's → 404); live figures when not yet filled");
        g.MapPost("/{code}/{period}/fill", (string code, string period, StatSubmissions s, CancellationToken ct) => s.FillAsync(code, period, ct))
            .WithSummary("填报 my division's table (reporting.write): figures computed from the monthly facts and frozen; again after 退回 (recomputed)");
        g.MapPut("/{code}/{period}/notes", (string code, string period, StatNoteRequest r, StatSubmissions s, CancellationToken ct) => s.NoteAsync(code, period, r, ct))
            .WithSummary("An explanatory note on a cell (row, column) of my draft; the figure itself cannot be typed over");
        g.MapPost("/{code}/{period}/review", (string code, string period, string? division, StatSubmissions s, CancellationToken ct) => s.ReviewAsync(code, period, division, ct))
            .WithSummary("审核 (reporting.manage, not the filler: 409)");
        g.MapPost("/{code}/{period}/submit", (string code, string period, string? division, StatSubmissions s, CancellationToken ct) => s.SubmitAsync(code, period, division, ct))
            .WithSummary("上报 a reviewed table (reporting.manage)");
        g.MapPost("/{code}/{period}/return", (string code, string period, string? division, StatReturnRequest r, StatSubmissions s, CancellationToken ct) =>
                s.ReturnAsync(code, period, division, r, ct))
            .WithSummary("退回 a reviewed or submitted table with a reason (reporting.manage, not the filler): back to draft");
        g.MapGet("/{code}/{period}/excel", async (string code, string period, string? division, StatExcel x, CancellationToken ct) =>
            {
                var (bytes, name) = await x.ExportAsync(code, period, division, ct);
                return TypedResults.File(bytes, StatExcel.ContentType, name);
            })
            .WithSummary("The table as .xlsx in the official layout (title, 表号/制定机关/批准文号/有效期至, 填报单位, 报告期, body, 合计, signatures); audited");
    }
}
