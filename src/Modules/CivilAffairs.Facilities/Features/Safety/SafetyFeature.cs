using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Institutions;
using CivilAffairs.Facilities.Seeding;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Features.Safety;

/// <summary>Safety-production inspections of institutions: risk list, hidden dangers and their rectification deadlines.</summary>
internal static class SafetyFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<SafetyWork>();
        services.AddScoped<Platform.Seeding.ISeeder, SafetyDemoSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/facilities/safety").WithTags("Facilities 设施与项目 · 安全生产").RequireAuthorization(Permissions.FacilitiesRead);
        g.MapGet("/overview", (SafetyWork s, CancellationToken ct) => s.OverviewAsync(ct))
            .WithSummary("Counts: institutions overdue / due soon / never inspected, open, overdue and major hidden dangers, awaiting verification, inspections this year");
        g.MapGet("/due", (FacilityType? type, bool? dueOnly, SafetyWork s, CancellationToken ct) => s.DueAsync(type, dueOnly == true, ct))
            .WithSummary("Each operating institution's last inspection, the cycle of its type (parameter), next due date and state");
        g.MapGet("/risks", (Guid? facilityId, SafetyRiskLevel? level, SafetyWork s, CancellationToken ct) => s.RisksAsync(facilityId, level, ct))
            .WithSummary("The risk list (风险分级管控): hazard, L, S, level, controls, responsible person masked");
        g.MapPost("/risks", (SafetyRiskRequest r, SafetyWork s, CancellationToken ct) => s.AddRiskAsync(r, ct))
            .WithSummary("Add a risk (facilities.write): graded by the L×S matrix in force, the thresholds used stored");
        g.MapGet("/inspections", (Guid? facilityId, int? year, SafetyWork s, CancellationToken ct) => s.InspectionsAsync(facilityId, year, ct))
            .WithSummary("Inspections (日常/专项/联合（消防）)");
        g.MapPost("/inspections", async (InspectionRequest r, SafetyWork s, CancellationToken ct) =>
            {
                var v = await s.RecordInspectionAsync(r, ct);
                return TypedResults.Created($"/api/v1/facilities/safety/inspections/{v.Id}", v);
            })
            .WithSummary("Record an inspection with its hidden dangers (facilities.write); each danger's deadline = found + the period of its level (parameter)");
        g.MapGet("/hazards", (Guid? facilityId, HazardStatus? status, bool? overdue, bool? open, SafetyWork s, CancellationToken ct) =>
                s.HazardsAsync(facilityId, status, overdue == true, open == true, ct))
            .WithSummary("Hidden dangers with deadline, overdue flag, rectification and verification");
        g.MapGet("/hazards/{id:guid}", (Guid id, SafetyWork s, CancellationToken ct) => s.HazardAsync(id, ct)).WithSummary("One hidden danger");
        g.MapPost("/hazards/{id:guid}/rectify", (Guid id, RectifyRequest r, SafetyWork s, CancellationToken ct) => s.RectifyAsync(id, r, ct))
            .WithSummary("Record the rectification (facilities.write)");
        g.MapPost("/hazards/{id:guid}/verify", (Guid id, SafetyWork s, CancellationToken ct) => s.VerifyAsync(id, ct))
            .WithSummary("Verify and close (验收销号) (facilities.write); 409 for the one who recorded it");
        app.MapGet("/api/v1/facilities/safety.xlsx", async (SafetyWork s, AuditEvents audit, CancellationToken ct) =>
            {
                var bytes = await s.ExcelAsync(ct);
                await audit.RecordAsync(AuditActions.Export, "SafetyInspection", null, null, ct: ct);
                return TypedResults.File(bytes, FacilityRegistry.ExcelType, "safety.xlsx");
            })
            .WithTags("Facilities 设施与项目 · 安全生产").RequireAuthorization(Permissions.FacilitiesRead)
            .WithSummary("Due inspections, hidden dangers, inspections and the risk list as Excel (responsible persons masked; audited export)");
    }
}
