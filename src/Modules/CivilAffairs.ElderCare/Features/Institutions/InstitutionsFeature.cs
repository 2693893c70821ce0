using CivilAffairs.Contracts.Events;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.ElderCare.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>Institutions, beds, admissions, private-institution subsidies, medical-care contracts and bed statistics.</summary>
internal static class InstitutionsFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<Register>();
        services.AddScoped<Beds>();
        services.AddScoped<Admissions>();
        services.AddScoped<Subsidies>();
        services.AddScoped<BedStats>();
        services.AddScoped<IElderServiceSource, InstitutionServiceSource>();
        services.AddScoped<IElderCareFigures, InstitutionFigures>();
        services.AddScoped<IPersonDiedHandler, InstitutionPersonDiedHandler>();
        services.AddScoped<InstitutionsDemoSeeder>();
        services.AddScoped<ISeeder, InstitutionsSeeder>();
        services.AddScoped<ISeeder, ElderCareYearSeeder>();
        foreach (var d in InstitutionParameters.Definitions())
        {
            services.AddSingleton(d);
        }
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        // providers (eldercare.provide) and bureau staff (eldercare.read) share these; each action checks its own permission
        var g = app.MapGroup("/api/v1/eldercare").WithTags("ElderCare 养老服务 · 机构与床位").RequireAuthorization(ElderCarePolicies.ReadOrProvide)
            .AddEndpointFilter(async (ctx, next) => InstitutionAccess.MaySee(ctx.HttpContext.RequestServices.GetRequiredService<ICurrentUser>())
                ? await next(ctx)
                : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权访问", detail: "您的账户未绑定养老服务机构，不能查看养老服务数据"));
        g.MapGet("/institutions", (InstitutionKind? kind, InstitutionOwnership? ownership, InstitutionStatus? status, string? division, string? search,
                Register s, CancellationToken ct) => s.ListAsync(new InstitutionQuery(kind, ownership, status, division, search), ct))
            .WithSummary("The register with beds and occupancy by type (a provider sees only its own institution)");
        g.MapPost("/institutions", async (InstitutionRequest r, Register s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/institutions/{v.Code}", v);
            })
            .WithSummary("Register an institution in my jurisdiction (eldercare.manage); code YL/RZ/JJ/ZC + district + number, credit code checked (GB 32100)");
        g.MapGet("/institutions/{code}", (string code, Register s, CancellationToken ct) => s.GetAsync(code, ct)).WithSummary("One institution with its beds");
        g.MapPut("/institutions/{code}", (string code, InstitutionRequest r, Register s, CancellationToken ct) => s.UpdateAsync(code, r, ct))
            .WithSummary("Edit the register entry (eldercare.manage)");
        g.MapPost("/institutions/{code}/status", (string code, StatusRequest r, Register s, CancellationToken ct) => s.ChangeStatusAsync(code, r, ct))
            .WithSummary("Change the status with a reason (eldercare.manage); closing needs no residents left");
        g.MapGet("/institutions/{code}/status-history", (string code, Register s, CancellationToken ct) => s.StatusHistoryAsync(code, ct))
            .WithSummary("Status changes, newest first");
        g.MapGet("/institutions/{code}/bed-changes", (string code, Beds s, CancellationToken ct) => s.HistoryAsync(code, ct))
            .WithSummary("Dated history of bed capacity changes by type");
        g.MapPost("/institutions/{code}/bed-changes", async (string code, BedChangeRequest r, Beds s, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/eldercare/institutions/{code}/bed-changes", await s.ChangeAsync(code, r, ct)))
            .WithSummary("Beds added or removed on a date with a reason (the institution itself or eldercare.manage)");
        g.MapGet("/institutions/{code}/clinic-contracts", (string code, Beds s, CancellationToken ct) => s.ClinicsAsync(code, ct))
            .WithSummary("医养结合: contracts with clinics and hospitals, active or expired");
        g.MapPost("/institutions/{code}/clinic-contracts", async (string code, ClinicContractRequest r, Beds s, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/eldercare/institutions/{code}/clinic-contracts", await s.AddClinicAsync(code, r, ct)))
            .WithSummary("Record a clinic contract (the institution itself or eldercare.manage)");
        g.MapGet("/institutions/{code}/admissions", (string code, bool? current, Admissions s, CancellationToken ct) => s.ListAsync(code, current ?? true, ct))
            .WithSummary("Residents (current by default; current=false for all stays); ID numbers and names masked");
        g.MapPost("/institutions/{code}/admissions", async (string code, AdmitRequest r, Admissions s, CancellationToken ct) =>
            {
                var a = await s.AdmitAsync(code, r, ct);
                return TypedResults.Created($"/api/v1/eldercare/admissions/{a.Id}", a);
            })
            .WithSummary("Admit a resident (the institution itself, eldercare.provide); 409 when no bed of the type is free or the person stays elsewhere");
        g.MapGet("/admissions/{id:guid}", (Guid id, Admissions s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One stay");
        g.MapPost("/admissions/{id:guid}/discharge", (Guid id, DischargeRequest r, Admissions s, CancellationToken ct) => s.DischargeAsync(id, r, ct))
            .WithSummary("Discharge with date and reason (回家, 转院, 死亡, 其他)");
        g.MapGet("/institution-subsidies", (SubsidyStatus? status, string? institution, Subsidies s, CancellationToken ct) => s.ListAsync(status, institution, ct))
            .WithSummary("民办养老机构资助 applications");
        g.MapPost("/institution-subsidies", async (SubsidyRequest r, Subsidies s, CancellationToken ct) =>
            {
                var v = await s.ApplyAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/institution-subsidies/{v.Id}", v);
            })
            .WithSummary("Apply for the construction subsidy (unclaimed new beds) or a month's operating subsidy (bed-days); 409 when claimed before");
        g.MapGet("/institution-subsidies/{id:guid}", (Guid id, Subsidies s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One application");
        g.MapPost("/institution-subsidies/{id:guid}/approve", (Guid id, DecisionRequest r, Subsidies s, CancellationToken ct) => s.ApproveAsync(id, r, ct))
            .WithSummary("District approval (eldercare.approve at district or city level; not the applicant)");
        g.MapPost("/institution-subsidies/{id:guid}/refuse", (Guid id, DecisionRequest r, Subsidies s, CancellationToken ct) => s.RefuseAsync(id, r, ct))
            .WithSummary("District refusal with a reason; refused new beds may be claimed again");
        g.MapGet("/bed-stats", (int? year, string? division, BedStats s, CancellationToken ct) => s.GetAsync(year, division, ct))
            .WithSummary("Beds by type, occupancy, new beds vs target, nursing share, clinic contracts — city and districts");
        g.MapGet("/bed-stats.xlsx", async (int? year, BedStats s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(year, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("The bed statistics as Excel (audited export)");
    }
}
