using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>区划地名: division change proposals and their evaluation, boundary lines and markers, joint inspections with neighbouring cities, disputes and mediation.</summary>
internal static class BoundariesFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in BoundaryParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<BoundaryAccess>();
        services.AddScoped<DivisionProposals>();
        services.AddScoped<DivisionEvaluations>();
        services.AddScoped<BoundaryLines>();
        services.AddScoped<BoundaryExports>();
        services.AddScoped<BoundaryDisputes>();
        services.AddScoped<ISeeder, BoundariesSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        const string Manage = " (divisions.manage, within the user's jurisdiction)";
        var p = app.MapGroup("/api/v1/registry/division-proposals").WithTags("Registry 区划调整").RequireAuthorization(Permissions.RegistryRead);
        p.MapGet("/", ([AsParameters] ProposalQuery q, DivisionProposals s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Division change proposals touching the user's jurisdiction: stage, kind, q (title, number, division code or name); counts per stage");
        p.MapPost("/", async (ProposalCreateRequest r, DivisionProposals s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/registry/division-proposals/{v.Id}", v);
            })
            .WithSummary("New proposal at stage 调研: kind 设立/撤销/更名/隶属变更/驻地迁移/镇改街/合并, the divisions affected (code; newName, newCode, newParentCode as the kind needs)" + Manage);
        p.MapGet("/{id:guid}", (Guid id, DivisionProposals s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One proposal with its divisions, stage dates, risk assessment and, once implemented, the division changes it wrote");
        p.MapPost("/{id:guid}/risks", (Guid id, ProposalRiskRequest r, DivisionProposals s, CancellationToken ct) => s.AddRiskAsync(id, r, ct))
            .WithSummary("Add a risk (description, level 高/中/低, mitigation) until the proposal is submitted (409 after)" + Manage);
        p.MapPost("/{id:guid}/advance", (Guid id, ProposalAdvanceRequest r, DivisionProposals s, CancellationToken ct) => s.AdvanceAsync(id, r, ct))
            .WithSummary("Move to the next stage only (409 otherwise): 征求意见 needs at least one risk, 批复 the approval document number and date; 实施 applies the change to the division history" + Manage);
        p.MapPost("/{id:guid}/terminate", (Guid id, ProposalTerminateRequest r, DivisionProposals s, CancellationToken ct) => s.TerminateAsync(id, r, ct))
            .WithSummary("Stop a proposal before 实施, with a reason" + Manage);

        var e = app.MapGroup("/api/v1/registry/division-evaluations").WithTags("Registry 区划调整").RequireAuthorization(Permissions.RegistryRead);
        e.MapGet("/", (DivisionEvaluations s, CancellationToken ct) => s.ListAsync(ct))
            .WithSummary("效果评估 of past division changes, with their indicators");
        e.MapGet("/{id:guid}", (Guid id, DivisionEvaluations s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One evaluation");
        e.MapPost("/", async (EvaluationCreateRequest r, DivisionEvaluations s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/registry/division-evaluations/{v.Id}", v);
            })
            .WithSummary("Record an evaluation: change, its date, divisionCodes, indicators (name, before, after, unit), findings, conclusion" + Manage);

        var b = app.MapGroup("/api/v1/registry/boundaries").WithTags("Registry 行政区域界线").RequireAuthorization(Permissions.RegistryRead);
        b.MapGet("/", ([AsParameters] LineQuery q, BoundaryLines s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Boundary lines touching the user's jurisdiction with markers, last joint inspection and next due (last round's end + the cycle parameter); level, q, overdue");
        b.MapPost("/", async (LineCreateRequest r, BoundaryLines s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/registry/boundaries/{v.Id}", v);
            })
            .WithSummary("New line between two divisions (one may be outside Shenzhen, e.g. 4419 东莞市): level 省级/市级/县级, length km, agreement; alongCodes = Shenzhen districts along a city line" + Manage);
        b.MapGet("/{id:guid}", (Guid id, BoundaryLines s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One line: markers with status, joint inspections with findings and repairs, marker damage, 平安边界 activities, next inspection due");
        b.MapPost("/{id:guid}/markers", (Guid id, MarkerRequest r, BoundaryLines s, CancellationToken ct) => s.AddMarkerAsync(id, r, ct))
            .WithSummary("Add a marker (界桩): number, type 单立/双立/三立, latitude/longitude in decimal degrees, installed date" + Manage);
        b.MapPost("/{id:guid}/inspections", (Guid id, InspectionRequest r, BoundaryLines s, CancellationToken ct) => s.AddInspectionAsync(id, r, ct))
            .WithSummary("Record a joint inspection round with the neighbouring government (round, partner, dates, participants, summary)" + Manage);
        b.MapPost("/{id:guid}/inspections/{inspectionId:guid}/findings", (Guid id, Guid inspectionId, FindingRequest r, BoundaryLines s, CancellationToken ct) => s.AddFindingAsync(id, inspectionId, r, ct))
            .WithSummary("A marker's finding in the round (完好/损坏/丢失/移位): updates the marker's status and last inspection" + Manage);
        b.MapPost("/{id:guid}/inspections/{inspectionId:guid}/repairs", (Guid id, Guid inspectionId, RepairRequest r, BoundaryLines s, CancellationToken ct) => s.AddRepairAsync(id, inspectionId, r, ct))
            .WithSummary("A repair of a marker (action, cost in yuan, done date); a done repair puts the marker back to 完好" + Manage);
        b.MapPost("/{id:guid}/damages", (Guid id, DamageRequest r, BoundaryLines s, CancellationToken ct) => s.AddDamageAsync(id, r, ct))
            .WithSummary("Marker damaged or moved by someone: repair cost and proposed fine; a fine above the cap parameter in force on the day found is refused (409)" + Manage);
        b.MapPost("/{id:guid}/activities", (Guid id, ActivityRequest r, BoundaryLines s, CancellationToken ct) => s.AddActivityAsync(id, r, ct))
            .WithSummary("A 平安边界 activity on the line (joint patrol, publicity, joint meeting)" + Manage);
        b.MapGet("/markers.xlsx", async (Guid? lineId, BoundaryExports s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.MarkersAsync(lineId, ct);
                return TypedResults.File(bytes, BoundaryExports.ExcelType, name);
            })
            .WithSummary("Markers as Excel (all lines in the jurisdiction, or one lineId); audited");
        b.MapGet("/inspections.xlsx", async (BoundaryExports s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.InspectionsAsync(ct);
                return TypedResults.File(bytes, BoundaryExports.ExcelType, name);
            })
            .WithSummary("Joint inspections as Excel (findings and repair cost per round); audited");

        var d = app.MapGroup("/api/v1/registry/boundary-disputes").WithTags("Registry 界线纠纷").RequireAuthorization(Permissions.RegistryRead);
        d.MapGet("/", (string? status, BoundaryDisputes s, CancellationToken ct) => s.ListAsync(status, ct))
            .WithSummary("Boundary disputes touching the user's jurisdiction; status 调处中/已调处/提交上级; counts per status");
        d.MapPost("/", async (DisputeCreateRequest r, BoundaryDisputes s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/registry/boundary-disputes/{v.Id}", v);
            })
            .WithSummary("Open a dispute on a line (lineId) or between divisions (divisionCodes): area, parties, opened date, description" + Manage);
        d.MapGet("/{id:guid}", (Guid id, BoundaryDisputes s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One dispute with its mediation records");
        d.MapPost("/{id:guid}/mediations", (Guid id, MediationRequest r, BoundaryDisputes s, CancellationToken ct) => s.AddMediationAsync(id, r, ct))
            .WithSummary("A mediation record (date, mediator, participants, outcome); refused once settled" + Manage);
        d.MapPost("/{id:guid}/status", (Guid id, DisputeStatusRequest r, BoundaryDisputes s, CancellationToken ct) => s.SetStatusAsync(id, r, ct))
            .WithSummary("Set the status: 已调处 needs a mediation record; an agreement needs its content" + Manage);
    }
}
