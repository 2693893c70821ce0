using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>年度工作总结: templates with placeholders, generated from the monthly figures, as HTML, PDF and Excel.</summary>
internal static class SummaryFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<SummaryTemplates>();
        services.AddScoped<SummaryGenerator>();
        services.AddScoped<SummaryDocuments>();
        services.AddScoped<ISeeder, SummarySeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/reporting/summaries").WithTags("Reporting 统计分析 · 年度工作总结").RequireAuthorization(Permissions.ReportingRead);

        g.MapGet("/template", (int? year, string? division, SummaryTemplates s, CancellationToken ct) => s.GetAsync(year, division, ct))
            .WithSummary("The template in force for a year and place (default: last year, my jurisdiction): its own, else the nearest above it, else the built-in one; with the placeholders each section may cite");
        g.MapPut("/template", (SummaryTemplateRequest r, SummaryTemplates s, CancellationToken ct) => s.SaveAsync(r, ct))
            .WithSummary("Save the ten sections for a year and place in my jurisdiction (reporting.write); a malformed placeholder or an unknown metric → 400 with the section's field error, nothing saved");
        g.MapPost("/", async (SummaryGenerateRequest r, SummaryGenerator s, CancellationToken ct) =>
            {
                var d = await s.GenerateAsync(r, ct);
                return TypedResults.Created($"/api/v1/reporting/summaries/{d.Id}", SummaryDocuments.View(d));
            })
            .WithSummary("Generate a year's summary for a place in my jurisdiction (reporting.write): every figure read from the monthly facts; missing ones marked 【缺数据】; 403 outside my jurisdiction");
        g.MapGet("/", (int? year, SummaryDocuments s, CancellationToken ct) => s.ListAsync(year, ct))
            .WithSummary("Generated summaries of my jurisdiction, newest first");
        g.MapGet("/{id:guid}", (Guid id, SummaryDocuments s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One summary: sections (text and markup with ⟦n⟧ for figure n) and figures with metric, value, unit, period, place, SQL and drill-down link");
        g.MapGet("/{id:guid}/pdf", async (Guid id, SummaryDocuments s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.PdfAsync(id, ct);
                return TypedResults.File(bytes, "application/pdf", name);
            })
            .WithSummary("The summary as PDF with the appendix 数据来源 (audited export)");
        g.MapGet("/{id:guid}/xlsx", async (Guid id, SummaryDocuments s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(id, ct);
                return TypedResults.File(bytes, SummaryDocuments.ExcelType, name);
            })
            .WithSummary("The summary as Excel: sheets 正文 and 数据来源 (audited export)");
    }
}
