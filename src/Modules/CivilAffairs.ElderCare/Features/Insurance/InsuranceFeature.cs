using CivilAffairs.Contracts.Events;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>银龄安康: the roster of every 户籍 resident aged 60+, the daily enrolment, death, the insurer's export, claims.</summary>
internal static class InsuranceFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in InsuranceParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<InsurancePolicy>();
        services.AddScoped<InsuranceRoster>();
        services.AddScoped<RosterExport>();
        services.AddScoped<InsuranceClaims>();
        services.AddScoped<IElderServiceSource, InsuranceServiceSource>();
        services.AddScoped<IElderCareFigures, InsuranceFigures>();
        services.AddScoped<IPersonDiedHandler, InsuranceDeathHandler>();
        services.AddHostedService<InsuranceEnrolmentJob>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/eldercare/insurance").WithTags("ElderCare 银龄安康").RequireAuthorization(Permissions.ElderCareRead);
        g.MapGet("/policy", (DateOnly? on, InsurancePolicy p, TimeProvider clock, CancellationToken ct) => p.ReadAsync(on ?? ChinaTime.Today(clock), "4403", ct))
            .WithSummary("The policy in force on a day: insurer, enrolment age, cover per item, total, premium, with each value's legal basis");
        g.MapGet("/accident-types", () => AccidentTypes.All.Select(a => new { code = a.Code, name = a.Name }))
            .WithSummary("The 22 accident types the plan covers");
        g.MapGet("/roster", ([AsParameters] RosterSearch s, InsuranceRoster r, CancellationToken ct) => r.ListAsync(s, ct))
            .WithSummary("The roster in my jurisdiction (filters: division, status Active|Ended, q = ID prefix); masked IDs; counts by district");
        g.MapPost("/roster/enrol", (InsuranceRoster r, CancellationToken ct) => r.EnrolAsync(ct))
            .RequireAuthorization(Permissions.ElderCareManage)
            .WithSummary("Run the enrolment now (the daily job does the same): enrols every 户籍 resident in my jurisdiction who has turned 60 and is not on the roster; returns how many");
        g.MapGet("/roster/export.xlsx", async (DateOnly? on, string? division, string? reason, RosterExport x, CancellationToken ct) =>
            {
                var (bytes, _) = await x.ExportAsync(on, division, reason, ct);
                return TypedResults.File(bytes, RosterExport.ContentType, "yinling-ankang-roster.xlsx");
            })
            .RequireAuthorization(Permissions.ElderCareManage)
            .WithSummary("The roster for the insurer (name, full ID number, sex, birth date, covered from) of everyone covered on a day; reason required; audited");
        g.MapGet("/claims", ([AsParameters] ClaimSearch s, InsuranceClaims c, CancellationToken ct) => c.ListAsync(s, ct))
            .WithSummary("Claims in my jurisdiction (filters: status Reported|Submitted|Paid|Refused, division, year); counts and amount paid");
        g.MapGet("/claims/{id:guid}", (Guid id, InsuranceClaims c, CancellationToken ct) => c.GetAsync(id, ct)).WithSummary("One claim");
        g.MapPost("/claims", async (ClaimRequest r, InsuranceClaims c, CancellationToken ct) =>
            {
                var v = await c.ReportAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/insurance/claims/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.ElderCareWrite)
            .WithSummary("Report a claim (personId on the roster, accidentType 1–22, accidentOn within cover, place, description, item Death|Disability|Medical, claimed); number YLAK-{year}-{seq}");
        g.MapPost("/claims/{id:guid}/submit", (Guid id, InsuranceClaims c, CancellationToken ct) => c.SubmitAsync(id, ct))
            .RequireAuthorization(Permissions.ElderCareWrite).WithSummary("Reported → submitted to the insurer");
        g.MapPost("/claims/{id:guid}/decision", (Guid id, ClaimDecisionRequest r, InsuranceClaims c, CancellationToken ct) => c.DecideAsync(id, r, ct))
            .RequireAuthorization(Permissions.ElderCareApprove)
            .WithSummary("The insurer's decision: paid = true with amount (≤ the item's cover and the person's total for the year) or paid = false with reason");
    }
}
