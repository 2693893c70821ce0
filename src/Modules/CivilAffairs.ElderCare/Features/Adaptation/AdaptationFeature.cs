using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.ElderCare.Seeding;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.Adaptation;

/// <summary>适老化改造: application → assessment → approval → contractor → completion check → closed.</summary>
internal static class AdaptationFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in AdaptationParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<Adaptations>();
        services.AddScoped<AdaptationExport>();
        services.AddScoped<IElderServiceSource, AdaptationServiceSource>();
        services.AddScoped<IElderCareFigures, AdaptationFigures>();
        services.AddScoped<ISeeder, AdaptationSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/eldercare").WithTags("ElderCare 适老化改造").RequireAuthorization(Permissions.ElderCareRead);
        g.MapGet("/adaptations", ([AsParameters] AdaptationSearch s, Adaptations a, CancellationToken ct) => a.ListAsync(s, ct))
            .WithSummary("Cases in my jurisdiction (filters: status, division, overdue, year, q = case number or ID number); masked; counts by stage; overdue against the deadline");
        g.MapGet("/adaptations/catalogue", () => AdaptationCatalogue.Items).WithSummary("The measures an assessor may propose (code, name, unit)");
        g.MapGet("/adaptations/stats", (int? year, string? division, Adaptations a, TimeProvider clock, CancellationToken ct) =>
                a.StatsAsync(year ?? ChinaTime.Today(clock).Year, division, ct))
            .WithSummary("Applications by status, done in the year, average cost, subsidy paid, by district");
        g.MapGet("/adaptations.xlsx", async (int? year, string? division, AdaptationExport x, TimeProvider clock, CancellationToken ct) =>
            {
                var (bytes, name) = await x.ExcelAsync(year ?? ChinaTime.Today(clock).Year, division, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("The year's cases as Excel (masked) with totals per district; audited export");
        g.MapGet("/adaptations/{id:guid}", (Guid id, Adaptations a, CancellationToken ct) => a.GetAsync(id, ct)).WithSummary("One case with measures, costs, the cap used, contractor, check and photos");
        g.MapPost("/adaptations", async (AdaptationApplyRequest r, Adaptations a, CancellationToken ct) =>
            {
                var v = await a.ApplyAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/adaptations/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.ElderCareWrite)
            .WithSummary("申请 for a registry elder (Shenzhen 户籍, at least the minimum age); priority (特困/低保/低收入/失能/独居) from the facts; one open case per elder");
        g.MapPost("/adaptations/{id:guid}/assessment", (Guid id, AssessmentRequest r, Adaptations a, CancellationToken ct) => a.AssessAsync(id, r, ct))
            .RequireAuthorization(Permissions.ElderCareWrite)
            .WithSummary("上门评估: date, assessor, findings, measures (catalogue code, quantity, unit cost) → cost, subsidy = min(cost, cap), self-paid; the cap parameter used is stored");
        g.MapPost("/adaptations/{id:guid}/approve", (Guid id, Adaptations a, CancellationToken ct) => a.ApproveAsync(id, ct))
            .RequireAuthorization(Permissions.ElderCareApprove).WithSummary("审批 (not by the person who took the application)");
        g.MapPost("/adaptations/{id:guid}/refuse", (Guid id, RefuseRequest r, Adaptations a, CancellationToken ct) => a.RefuseAsync(id, r, ct))
            .RequireAuthorization(Permissions.ElderCareApprove).WithSummary("不予批准 with a reason");
        g.MapPost("/adaptations/{id:guid}/contract", (Guid id, ContractRequest r, Adaptations a, CancellationToken ct) => a.ContractAsync(id, r, ct))
            .RequireAuthorization(Permissions.ElderCareWrite).WithSummary("施工单位: name, unified social credit code, contract date, planned completion (the deadline)");
        g.MapPost("/adaptations/{id:guid}/photos", async (Guid id, HttpContext ctx, IAntiforgery af, Adaptations a, CancellationToken ct) =>
            {
                if (!ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    await af.ValidateRequestAsync(ctx);
                }
                if (!ctx.Request.HasFormContentType)
                {
                    throw new FieldValidationException("file", "请以 multipart/form-data 上传照片");
                }
                var form = await ctx.Request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? throw new FieldValidationException("file", "请选择照片");
                await using var stream = file.OpenReadStream();
                var v = await a.AddPhotoAsync(id, stream, file.Length, ct);
                return TypedResults.Created($"/api/v1/eldercare/adaptations/{id}/photos/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.ElderCareWrite).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Completion photo (multipart: file); JPEG or PNG by content, at most 4 MB");
        g.MapGet("/adaptations/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, Adaptations a, CancellationToken ct) =>
            {
                var (type, content) = await a.PhotoAsync(id, photoId, ct);
                return TypedResults.File(content, type);
            })
            .WithSummary("A completion photo");
        g.MapPost("/adaptations/{id:guid}/check", (Guid id, CheckRequest r, Adaptations a, CancellationToken ct) => a.CheckAsync(id, r, ct))
            .RequireAuthorization(Permissions.ElderCareWrite)
            .WithSummary("验收: date, checker, passed (needs a photo) → closed; failed (with what to fix) → back to the contractor");
    }
}
