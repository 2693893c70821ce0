using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Institutions;
using CivilAffairs.Facilities.Seeding;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Features.Projects;

/// <summary>The "9+3" capital projects: stages with planned and actual dates, budget, delivery mode, milestones, risks, progress reports, dashboard.</summary>
internal static class ProjectsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<CapitalProjects>();
        services.AddScoped<Platform.Seeding.ISeeder, ProjectsDemoSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/facilities/projects").WithTags("Facilities 设施与项目 · “9+3”项目").RequireAuthorization(Permissions.FacilitiesRead);
        g.MapGet("", (ProjectLevel? level, ProjectStage? stage, string? district, string? q, bool? delayed, CapitalProjects s, CancellationToken ct) =>
                s.ListAsync(level, stage, district, q, delayed == true, ct))
            .WithSummary("Projects in my jurisdiction with current stage, delay in days, investment, spend to date, percent, open risks");
        g.MapGet("/dashboard", (CapitalProjects s, CancellationToken ct) => s.DashboardAsync(ct))
            .WithSummary("All projects by stage: counts, the stage × district matrix, delayed projects");
        g.MapGet("/{id:guid}", (Guid id, CapitalProjects s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One project with stages (planned, actual, delay), milestones, risks and reports; 404 outside my jurisdiction");
        g.MapPost("", async (ProjectRequest r, CapitalProjects s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/facilities/projects/{v.Row.Id}", v);
            })
            .WithSummary("Register a project (facilities.manage; a city project needs the city's jurisdiction) with planned stage dates");
        g.MapPut("/{id:guid}/stages/{stage}", (Guid id, ProjectStage stage, StageRequest r, CapitalProjects s, CancellationToken ct) => s.StageAsync(id, stage, r, ct))
            .WithSummary("Plan a stage or record its completion date (facilities.write); 409 when an earlier stage is not completed or the dates run backwards");
        g.MapPost("/{id:guid}/milestones", (Guid id, MilestoneRequest r, CapitalProjects s, CancellationToken ct) => s.AddMilestoneAsync(id, r, ct))
            .WithSummary("Add a milestone (facilities.write)");
        g.MapPost("/{id:guid}/milestones/{milestoneId:guid}/done", (Guid id, Guid milestoneId, MilestoneRequest r, CapitalProjects s, CancellationToken ct) =>
                s.CompleteMilestoneAsync(id, milestoneId, r, ct))
            .WithSummary("Mark a milestone done (facilities.write)");
        g.MapPost("/{id:guid}/risks", (Guid id, RiskRequest r, CapitalProjects s, CancellationToken ct) => s.AddRiskAsync(id, r, ct))
            .WithSummary("Record a risk: description, level, owner (unit or post), mitigation (facilities.write)");
        g.MapPost("/{id:guid}/risks/{riskId:guid}/status", (Guid id, Guid riskId, RiskRequest r, CapitalProjects s, CancellationToken ct) => s.RiskStatusAsync(id, riskId, r, ct))
            .WithSummary("Change a risk's status (facilities.write)");
        g.MapPost("/{id:guid}/reports", (Guid id, ReportRequest r, CapitalProjects s, CancellationToken ct) => s.ReportAsync(id, r, ct))
            .WithSummary("Submit a monthly progress report (facilities.write): one per month; 409 when percent goes back or spend to date would exceed the investment");
        app.MapGet("/api/v1/facilities/projects.xlsx", async (CapitalProjects s, AuditEvents audit, CancellationToken ct) =>
            {
                var bytes = await s.ExcelAsync(ct);
                await audit.RecordAsync(AuditActions.Export, "CapitalProject", null, null, ct: ct);
                return TypedResults.File(bytes, FacilityRegistry.ExcelType, "projects.xlsx");
            })
            .WithTags("Facilities 设施与项目 · “9+3”项目").RequireAuthorization(Permissions.FacilitiesRead)
            .WithSummary("The projects as Excel (audited export)");
    }
}
