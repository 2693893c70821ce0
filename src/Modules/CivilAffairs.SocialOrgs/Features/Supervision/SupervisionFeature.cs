using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using CivilAffairs.SocialOrgs.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>监督执法与党建、行业自律.</summary>
internal static class SupervisionFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in SupervisionParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<Cases>();
        services.AddScoped<Oversight>();
        services.AddScoped<PartyBuilding>();
        services.AddScoped<SupervisionExport>();
        services.AddScoped<Choices>();
        services.AddScoped<ISeeder, SupervisionSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        MapEnforcement(app);
        MapParty(app);
    }

    private static void MapEnforcement(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/socialorgs").WithTags("SocialOrgs 监督执法").RequireAuthorization(SocialOrgPolicies.ReadOrSelf);
        g.MapGet("/cases", ([AsParameters] CaseSearch s, Cases c, CancellationToken ct) => c.ListAsync(s, ct))
            .WithSummary("Enforcement cases in reach (filters: status, year, org, division, illegal, overdue, q); counts; an organization's account sees its own, without notes");
        g.MapGet("/cases/stats", (int? year, string? division, Cases c, TimeProvider clock, CancellationToken ct) =>
                c.StatsAsync(year ?? ChinaTime.Today(clock).Year, division, ct))
            .RequireAuthorization(Permissions.SocialOrgsRead)
            .WithSummary("A year's cases by source, subject kind (registered / illegal), outcome, status and district; the crackdown (banned, dispersed)");
        g.MapGet("/cases.xlsx", async (int? year, string? division, SupervisionExport x, TimeProvider clock, CancellationToken ct) =>
            {
                var (bytes, name) = await x.CasesAsync(year ?? ChinaTime.Today(clock).Year, division, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .RequireAuthorization(Permissions.SocialOrgsRead).WithSummary("A year's cases and statistics as Excel; audited export");
        g.MapGet("/cases/{id:guid}", (Guid id, Cases c, CancellationToken ct) => c.GetAsync(id, ct)).WithSummary("One case with its step timeline, time limit and parameters used");
        g.MapPost("/cases", async (CaseRequest r, Cases c, CancellationToken ct) =>
            {
                var v = await c.ProposeAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/cases/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialOrgsWrite)
            .WithSummary("立案申请 (registrar): a registered organization of my registration authority, or an illegal organization (name, place, division in my jurisdiction); number AJ-yyyy-nnnnnn");
        Step(g, "file", (c, id, r, ct) => c.FileAsync(id, r, ct), Permissions.SocialOrgsApprove, "立案 (approver, not the proposer): the decision time limit starts (parameter)");
        Step(g, "investigation", (c, id, r, ct) => c.InvestigateAsync(id, r, ct), Permissions.SocialOrgsWrite, "调查取证: investigators (at least the minimum, parameter) and findings");
        Step(g, "review", (c, id, r, ct) => c.ReviewAsync(id, r, ct), Permissions.SocialOrgsWrite, "案件审核: opinion");
        Step(g, "notice", (c, id, r, ct) => c.NotifyAsync(id, r, ct), Permissions.SocialOrgsWrite,
            "事先告知: proposed outcome (+ amount / months); the hearing right follows (large fine or confiscation ≥ parameter, suspension, revocation, ban)");
        Step(g, "hearing", (c, id, r, ct) => c.HearAsync(id, r, ct), Permissions.SocialOrgsWrite, "听证 (only where the right applies)");
        Step(g, "decision", (c, id, r, ct) => c.DecideAsync(id, r, ct), Permissions.SocialOrgsApprove,
            "处罚决定 (approver; never the proposer or an investigator): outcome; credit consequences via the credit lists; revocation ends the registration");
        Step(g, "drop", (c, id, r, ct) => c.DropAsync(id, r, ct), Permissions.SocialOrgsApprove, "不予处罚 (NoPenalty) or 撤案 (Withdrawn) with a reason (approver)");
        Step(g, "service", (c, id, r, ct) => c.ServeAsync(id, r, ct), Permissions.SocialOrgsWrite, "送达 of the decision");
        Step(g, "execution", (c, id, r, ct) => c.ExecuteAsync(id, r, ct), Permissions.SocialOrgsWrite, "执行");
        Step(g, "closure", (c, id, r, ct) => c.CloseAsync(id, r, ct), Permissions.SocialOrgsWrite, "结案");

        g.MapGet("/inspections", (Guid? org, int? year, Oversight o, CancellationToken ct) => o.InspectionsAsync(org, year, ct))
            .WithSummary("Inspections in reach; an organization's account sees its own, without the inspectors' notes");
        g.MapPost("/inspections", async (InspectionRequest r, Oversight o, CancellationToken ct) =>
            {
                var v = await o.InspectAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/inspections/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialOrgsWrite).WithSummary("行政检查 (registrar of the registration authority): kind, date, inspectors, findings, result, rectification deadline");
        g.MapPost("/inspections/{id:guid}/rectified", (Guid id, RectifiedRequest r, Oversight o, CancellationToken ct) => o.RectifiedAsync(id, r?.On, ct))
            .RequireAuthorization(Permissions.SocialOrgsWrite).WithSummary("整改完成");
        g.MapGet("/complaints", (Guid? org, int? year, string? status, Oversight o, CancellationToken ct) => o.ComplaintsAsync(org, year, status, ct))
            .RequireAuthorization(Permissions.SocialOrgsRead).WithSummary("Complaints and reports (bureau only; complainant masked); reply deadline in working days, overdue");
        g.MapPost("/complaints", async (ComplaintRequest r, Oversight o, CancellationToken ct) =>
            {
                var v = await o.ReceiveAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/complaints/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialOrgsWrite)
            .WithSummary("投诉举报 received: channel, about a registered organization or an unregistered one (name, place, division), summary, complainant (personal data)");
        g.MapPost("/complaints/{id:guid}/handling", (Guid id, ComplaintHandlingRequest r, Oversight o, CancellationToken ct) => o.HandleAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialOrgsWrite).WithSummary("action = assign (assignedTo) | verify (substantiated, result) | reply");
    }

    private static void MapParty(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/socialorgs/party").WithTags("SocialOrgs 党建与行业自律").RequireAuthorization(Permissions.SocialOrgsRead);
        g.MapGet("/units", (string? division, string? type, Guid? org, bool? flagged, PartyBuilding p, CancellationToken ct) =>
                p.UnitsAsync(division, type, org, flagged, ct))
            .WithSummary("Active organizations with their party standing (form, members, secretary masked); flagged = 应建未建 only");
        g.MapPut("/units/{orgId:guid}", (Guid orgId, PartyUnitRequest r, PartyBuilding p, CancellationToken ct) => p.SetUnitAsync(orgId, r, ct))
            .RequireAuthorization(Permissions.SocialOrgsWrite).WithSummary("Party members and the party organization (form empty = none) of an organization");
        g.MapPost("/units/{orgId:guid}/abnormal", async (Guid orgId, PartyBuilding p, CancellationToken ct) => TypedResults.Ok(new { entry = await p.ListAbnormalAsync(orgId, ct) }))
            .RequireAuthorization(Permissions.SocialOrgsWrite).WithSummary("应建未建 → 活动异常名录 (NoPartyOrganization) through the credit lists");
        g.MapGet("/coverage", (string? division, PartyBuilding p, CancellationToken ct) => p.CoverageAsync(division, ct))
            .WithSummary("Coverage by district and type: active organizations, with a party organization, coverage %, members; the party committee's reported totals");
        g.MapGet("/coverage.xlsx", async (string? division, SupervisionExport x, CancellationToken ct) =>
            {
                var (bytes, name) = await x.CoverageAsync(division, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("Coverage and party organizations as Excel (secretaries masked); audited export");
        g.MapGet("/pilots", (Guid? org, PartyBuilding p, CancellationToken ct) => p.PilotsAsync(org, ct)).WithSummary("Industry-association self-regulation pilots");
        g.MapPost("/pilots", async (PilotRequest r, PartyBuilding p, CancellationToken ct) =>
            {
                var v = await p.AddPilotAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/party/pilots/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialOrgsWrite).WithSummary("A pilot (industry associations only): batch year, start date, measures");
        g.MapPost("/pilots/{id:guid}/evaluation", (Guid id, PilotEvaluationRequest r, PartyBuilding p, CancellationToken ct) => p.EvaluatePilotAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialOrgsWrite).WithSummary("Evaluation: score 0–100 and 优秀/良好/合格/不合格, or end = true");
        g.MapGet("/centres", (PartyBuilding p, CancellationToken ct) => p.CentresAsync(ct)).WithSummary("Party–mass service centres");
        g.MapPost("/centres", async (CentreRequest r, PartyBuilding p, CancellationToken ct) =>
            {
                var v = await p.AddCentreAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/party/centres/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialOrgsWrite).WithSummary("A party–mass service centre: name, division, address, opened on, host, services, visits per year");
    }

    private static void Step(RouteGroupBuilder g, string name, Func<Cases, Guid, CaseStepRequest, CancellationToken, Task<CaseView>> action, string permission,
        string summary) =>
        g.MapPost($"/cases/{{id:guid}}/{name}", (Guid id, CaseStepRequest r, Cases c, CancellationToken ct) => action(c, id, r, ct))
            .RequireAuthorization(permission).WithSummary(summary);
}

public sealed class RectifiedRequest
{
    public DateOnly? On { get; set; }
}
