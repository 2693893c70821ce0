using System.Text;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using CivilAffairs.SocialOrgs.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>社会组织名录、成立/变更/注销登记.</summary>
internal static class RegistryFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in RegistryParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<Register>();
        services.AddScoped<Applications>();
        services.AddScoped<RegistryImporter>();
        services.AddScoped<RegistryDemoSeeder>();
        services.AddScoped<ISeeder, RegistrySeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var orgs = app.MapGroup("/api/v1/socialorgs/organizations").WithTags("SocialOrgs 社会组织 · 登记管理").RequireAuthorization(SocialOrgPolicies.ReadOrSelf);
        orgs.MapGet("", ([AsParameters] RegisterQuery q, Register s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("The register in my jurisdiction (q = name or credit code, type, level, authority, status, district, credit, field, industry, charitable, page), counts by type; legal representatives masked. An organization's account sees only itself");
        orgs.MapGet("/export.xlsx", async ([AsParameters] RegisterQuery q, string? reason, Register s, CancellationToken ct) =>
                TypedResults.File(await s.ExportAsync(q, reason, ct), Register.ExcelType, "socialorgs-register.xlsx"))
            .RequireAuthorization(Permissions.SocialOrgsRead)
            .WithSummary("The filtered register as Excel (legal representatives masked); reason required; audited (socialorgs.read)");
        orgs.MapGet("/{id:guid}", (Guid id, Register s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One organization: every registered particular, status, credit status, last inspection, history and applications; 404 outside my reach");
        orgs.MapGet("/{id:guid}/events", (Guid id, Register s, CancellationToken ct) => s.EventsAsync(id, ct))
            .WithSummary("The organization's history, newest first");
        orgs.MapGet("/mine", (Register s, CancellationToken ct) => s.MineAsync(ct))
            .WithSummary("An organization's own record (socialorgs.self)");
        orgs.MapPost("/import", async (HttpRequest request, RegistryImporter s, CancellationToken ct) =>
            {
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                await using var stream = file?.OpenReadStream();
                return TypedResults.Ok(await s.ImportAsync(file?.FileName, stream, ct));
            })
            .DisableAntiforgery()
            .RequireAuthorization(Permissions.SocialOrgsWrite)
            .WithSummary("Import the existing register (.csv UTF-8 or .xlsx; see the template): a code failing the GB 32100 check is kept with a warning; rows with errors come back with row, column and message; keyed by credit code (re-import updates); audited (socialorgs.write)");
        orgs.MapGet("/import/template.csv", () => TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RegistryImporter.Template)).ToArray(),
                "text/csv; charset=utf-8", "socialorgs-import-template.csv"))
            .WithSummary("Import template");
        orgs.MapGet("/imports", (RegistryImporter s, CancellationToken ct) => s.HistoryAsync(ct))
            .RequireAuthorization(Permissions.SocialOrgsRead)
            .WithSummary("Recent imports with their counts");

        var apps = app.MapGroup("/api/v1/socialorgs/applications").WithTags("SocialOrgs 社会组织 · 登记管理").RequireAuthorization(SocialOrgPolicies.ReadOrSelf);
        apps.MapGet("", ([AsParameters] ApplicationQuery q, Applications s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Registration applications (status, kind, q = number/name/code, overdue, page) with working days left and counts by status; an organization sees its own");
        apps.MapGet("/{id:guid}", (Guid id, Applications s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One application with its steps and deadlines");
        apps.MapPost("/establishment", async (EstablishmentRequest r, Applications s, CancellationToken ct) =>
            {
                var d = await s.FileEstablishmentAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/applications/{d.Row.Id}", d);
            })
            .WithSummary("File an establishment on the founders' behalf (socialorgs.write; the authority is the registrar's bureau): founding thresholds are checked against the parameters (400 with field errors)");
        apps.MapPost("/change", async (ChangeRequest r, Applications s, CancellationToken ct) =>
            {
                var d = await s.FileChangeAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/applications/{d.Row.Id}", d);
            })
            .WithSummary("File a change (the organization for itself, or the registrar): fill only what changes; 409 for a name or scope change while rectifying");
        apps.MapPost("/deregistration", async (DeregistrationRequest r, Applications s, CancellationToken ct) =>
            {
                var d = await s.FileDeregistrationAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/applications/{d.Row.Id}", d);
            })
            .WithSummary("File a deregistration (the organization or the registrar); the liquidation report must be confirmed before acceptance");
        apps.MapPost("/{id:guid}/accept", (Guid id, AcceptRequest r, Applications s, CancellationToken ct) => s.AcceptAsync(id, r, ct))
            .WithSummary("受理 (socialorgs.write, the application's authority): the clock starts; promised (working days) and statutory (days) limits are set");
        apps.MapPost("/{id:guid}/return", (Guid id, ReturnRequest r, Applications s, CancellationToken ct) => s.ReturnAsync(id, r, ct))
            .WithSummary("补正: return for more documents with a reason; the clock stops");
        apps.MapPost("/{id:guid}/resume", (Guid id, Applications s, CancellationToken ct) => s.ResumeAsync(id, ct))
            .WithSummary("The documents came: back to where it was; the limits move by the days waited");
        apps.MapPost("/{id:guid}/review", (Guid id, ReviewRequest r, Applications s, CancellationToken ct) => s.ReviewAsync(id, r, ct))
            .WithSummary("审查 (socialorgs.write): opinion; for an establishment the 主体标识码 (8 or 9 characters) — the assembled credit code must pass the check (400) and be free (409)");
        apps.MapPost("/{id:guid}/decide", (Guid id, DecideRequest r, Applications s, CancellationToken ct) => s.DecideAsync(id, r, ct))
            .WithSummary("决定 (socialorgs.approve of the application's authority, never the reviewer — 403): approve applies it to the register; refuse needs a reason");
        apps.MapGet("/{id:guid}/notice.pdf", async (Guid id, Applications s, CancellationToken ct) =>
            {
                var d = await s.GetAsync(id, ct);
                return TypedResults.File(DecisionNoticePdf.Render(d), "application/pdf", $"{d.Row.Number}.pdf");
            })
            .WithSummary("The decision notice (准予成立/变更/注销登记决定书 or 不予登记决定书) as PDF");
    }
}
