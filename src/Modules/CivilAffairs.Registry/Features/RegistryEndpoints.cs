using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Registry.Features.Divisions;
using CivilAffairs.Registry.Features.Households;
using CivilAffairs.Registry.Features.Persons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CivilAffairs.Registry.Features;

/// <summary>/api/v1/divisions, /api/v1/persons, /api/v1/households.</summary>
internal static class RegistryEndpoints
{
    public sealed record RevealRequest(string? Reason);

    public sealed record RevealResponse(string IdNumber);

    public static void Map(IEndpointRouteBuilder app)
    {
        var divisions = app.MapGroup("/api/v1/divisions").WithTags("Divisions 行政区划").RequireAuthorization();
        divisions.MapGet("/", async (string? q, DivisionDirectory d, CancellationToken ct) =>
                TypedResults.Ok(string.IsNullOrWhiteSpace(q) ? await d.ChildrenAsync("44", null, ct) : await d.SearchAsync(q, 50, ct)))
            .WithSummary("Search divisions by name or code prefix (without q: Guangdong's cities)");
        divisions.MapGet("/changes", async (DivisionDirectory d, CancellationToken ct) => TypedResults.Ok(await d.ChangesAsync(ct)))
            .WithSummary("Recorded division changes (creation, transfer, renumbering)");
        divisions.MapGet("/management-areas", async (DivisionDirectory d, CancellationToken ct) => TypedResults.Ok(await d.ManagementAreasAsync(ct)))
            .WithSummary("Management areas over statutory codes (大鹏新区, 深汕特别合作区, 前海)");
        divisions.MapGet("/{code}", async Task<Results<Ok<DivisionView>, NotFound<ProblemDetailsLite>>> (string code, DateOnly? asOf, DivisionDirectory d, CancellationToken ct) =>
                await d.GetAsync(code, asOf, ct) is { } v ? TypedResults.Ok(v) : TypedResults.NotFound(ProblemDetailsLite.NotFound("区划代码不存在（或在该日期不存在）")))
            .WithSummary("One division as in force on asOf (default today)");
        divisions.MapGet("/{code}/children", async (string code, DateOnly? asOf, DivisionDirectory d, CancellationToken ct) =>
                TypedResults.Ok(await d.ChildrenAsync(Platform.Values.DivisionCodes.Normalize(code) ?? code, asOf, ct)))
            .WithSummary("Children of a division as in force on asOf");

        var persons = app.MapGroup("/api/v1/persons").WithTags("Persons 人员").RequireAuthorization(Permissions.RegistryRead);
        persons.MapGet("/", async ([AsParameters] PersonSearch s, PersonQueries q, CancellationToken ct) => TypedResults.Ok(await q.SearchAsync(s, ct)))
            .WithSummary("Search persons by ID number, name or phone; ID numbers are masked");
        persons.MapGet("/export", async (string? q, string? divisionCode, ExportPersonsHandler h, CancellationToken ct) =>
            {
                var (content, _) = await h.HandleAsync(q, divisionCode, ct);
                return TypedResults.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "persons.xlsx");
            })
            .WithSummary("The (filtered) person list as .xlsx, ID numbers masked; the export is audited");
        persons.MapPost("/", async (PersonInput input, SavePersonHandler h, CancellationToken ct) =>
            {
                var p = await h.CreateAsync(input, ct);
                return TypedResults.Created($"/api/v1/persons/{p.Id}", p);
            })
            .RequireAuthorization(Permissions.RegistryWrite).WithSummary("Register a person");
        persons.MapGet("/{id:guid}", async (Guid id, PersonQueries q, CancellationToken ct) =>
                await q.GetAsync(id, ct) ?? throw new NotFoundException())
            .WithSummary("One person (ID number masked)");
        persons.MapPut("/{id:guid}", async (Guid id, PersonInput input, SavePersonHandler h, CancellationToken ct) => TypedResults.Ok(await h.UpdateAsync(id, input, ct)))
            .RequireAuthorization(Permissions.RegistryWrite).WithSummary("Edit a person (send the version you read)");
        persons.MapPost("/{id:guid}/reveal-id", async (Guid id, RevealRequest r, PersonQueries q, CancellationToken ct) =>
                TypedResults.Ok(new RevealResponse(await q.RevealIdAsync(id, r.Reason, ct))))
            .RequireAuthorization(Permissions.RegistryReveal).WithSummary("Show the full ID number for a stated reason (audited)");

        // the page's 导出Excel button posts its search form here (antiforgery-checked), so the
        // filter stays out of the URL like the search itself
        app.MapPost("/registry/persons/export", async (HttpContext ctx, Microsoft.AspNetCore.Antiforgery.IAntiforgery af, ExportPersonsHandler h, CancellationToken ct) =>
            {
                await af.ValidateRequestAsync(ctx);
                var form = await ctx.Request.ReadFormAsync(ct);
                var (content, _) = await h.HandleAsync(form["Search.Q"], form["Search.DivisionCode"], ct);
                return TypedResults.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"人员-{DateTime.UtcNow:yyyyMMdd}.xlsx");
            })
            .RequireAuthorization(Permissions.RegistryRead).ExcludeFromDescription().DisableAntiforgery();

        var households = app.MapGroup("/api/v1/households").WithTags("Households 家庭").RequireAuthorization(Permissions.RegistryRead);
        households.MapGet("/", async (string? q, string? divisionCode, int? page, int? pageSize, HouseholdQueries h, CancellationToken ct) =>
                TypedResults.Ok(await h.SearchAsync(q, divisionCode, page ?? 1, pageSize ?? 20, ct)))
            .WithSummary("List households");
        households.MapPost("/", async (HouseholdInput input, CreateHouseholdHandler h, CancellationToken ct) =>
            {
                var d = await h.HandleAsync(input, ct);
                return TypedResults.Created($"/api/v1/households/{d.Id}", d);
            })
            .RequireAuthorization(Permissions.RegistryWrite).WithSummary("Create a household from registered persons");
        households.MapGet("/{id:guid}", async (Guid id, HouseholdQueries h, CancellationToken ct) => await h.GetAsync(id, ct) ?? throw new NotFoundException())
            .WithSummary("One household with its members");
    }
}

/// <summary>A typed 404 body for endpoints that return it without throwing.</summary>
public sealed record ProblemDetailsLite(string Type, string Title, int Status, string Detail)
{
    public static ProblemDetailsLite NotFound(string detail) => new("https://tools.ietf.org/html/rfc9110#section-15.5.5", "未找到", 404, detail);
}
