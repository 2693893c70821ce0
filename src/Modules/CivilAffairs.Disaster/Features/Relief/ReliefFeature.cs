using CivilAffairs.Disaster.Domain;
using CivilAffairs.Disaster.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Disaster.Features.Relief;

/// <summary>倒房重建 subsidies (review → 公示 → street → district) and 冬春救助 lists; the module's parameters and seeders.</summary>
internal static class ReliefFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in DisasterParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<Subsidies>();
        services.AddScoped<PublicityPdf>();
        services.AddScoped<WinterRelief>();
        services.AddScoped<DisasterDemoSeeder>();
        services.AddScoped<ISeeder, DisasterSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/disaster").WithTags("Disaster 自然灾害救助 · 倒房重建与冬春救助").RequireAuthorization(Permissions.DisasterRead);
        g.MapGet("/subsidies", (Guid? eventId, string? status, string? division, Subsidies s, CancellationToken ct) =>
                s.ListAsync(new SubsidyQuery(eventId, status, division), ct))
            .WithSummary("Reconstruction subsidies in my jurisdiction (filters: eventId, status, division); masked");
        g.MapPost("/subsidies", async (SubsidyRequest r, Subsidies s, CancellationToken ct) =>
            {
                var v = await s.SubmitAsync(r, ct);
                return TypedResults.Created($"/api/v1/disaster/subsidies/{v.Id}", v);
            })
            .WithSummary("Application or nomination for a damaged household (disaster.write); one live subsidy per household");
        g.MapGet("/subsidies/{id:guid}", (Guid id, Subsidies s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One subsidy with objections and the amount basis");
        g.MapPost("/subsidies/{id:guid}/community-review", (Guid id, DecisionRequest r, Subsidies s, CancellationToken ct) => s.CommunityReviewAsync(id, r, ct))
            .WithSummary("民主评议 result (disaster.write): passing starts 公示 for the parameterised working days; refusing needs a reason");
        g.MapPost("/subsidies/{id:guid}/objections", (Guid id, ObjectionRequest r, Subsidies s, CancellationToken ct) => s.ObjectAsync(id, r, ct))
            .WithSummary("Record an objection raised during 公示 (disaster.write)");
        g.MapPost("/subsidies/{id:guid}/street-review", (Guid id, DecisionRequest r, Subsidies s, CancellationToken ct) => s.StreetReviewAsync(id, r, ct))
            .WithSummary("街道审核 (disaster.review), only after the 公示 period; refusing needs a reason");
        g.MapPost("/subsidies/{id:guid}/district-decision", (Guid id, DecisionRequest r, Subsidies s, CancellationToken ct) => s.DistrictDecisionAsync(id, r, ct))
            .WithSummary("区审批 (disaster.approve): the amount by damage level is fixed from the parameter in force on the disaster's first day");
        g.MapGet("/events/{id:guid}/publicity.pdf", async (Guid id, string? division, PublicityPdf p, CancellationToken ct) =>
            {
                var (name, bytes) = await p.RenderAsync(id, division, ct);
                return TypedResults.File(bytes, "application/pdf", name);
            })
            .WithSummary("公示 notice of the households on 公示 for the event (optionally of one division)");

        g.MapGet("/winter-lists", (string? season, WinterRelief s, CancellationToken ct) => s.ListAsync(season, ct))
            .WithSummary("冬春救助 lists in my jurisdiction (optionally of a season such as 2018-2019)");
        g.MapPost("/winter-lists", async (WinterListRequest r, WinterRelief s, CancellationToken ct) =>
            {
                var l = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/disaster/winter-lists/{l.Id}", l);
            })
            .WithSummary("A street's list for a season (disaster.write)");
        g.MapGet("/winter-lists/{id:guid}", (Guid id, WinterRelief s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One list with its households");
        g.MapPost("/winter-lists/{id:guid}/entries", (Guid id, WinterEntryRequest r, WinterRelief s, CancellationToken ct) => s.AddEntryAsync(id, r, ct))
            .WithSummary("Add a household (disaster.write; draft or returned lists); amount capped by the season's parameter");
        g.MapPost("/winter-lists/{id:guid}/review", (Guid id, WinterRelief s, CancellationToken ct) => s.ReviewAsync(id, ct))
            .WithSummary("Street review and submission (disaster.review)");
        g.MapPost("/winter-lists/{id:guid}/approve", (Guid id, WinterRelief s, CancellationToken ct) => s.ApproveAsync(id, ct))
            .WithSummary("District approval (disaster.approve)");
        g.MapPost("/winter-lists/{id:guid}/return", (Guid id, ReturnRequest r, WinterRelief s, CancellationToken ct) => s.ReturnAsync(id, r.Reason, ct))
            .WithSummary("District returns the list for correction with a reason (disaster.approve)");
        g.MapGet("/winter-lists.xlsx", async (string season, WinterRelief s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(season, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("The season's lists in my jurisdiction as Excel (households, masked; totals per district); audited export");
    }
}

public sealed class ReturnRequest
{
    public string? Reason { get; set; }
}
