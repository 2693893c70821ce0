using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>DNA family search: kinship comparisons, profiles with database search, and the match review queue (DNA and face).</summary>
internal static class DnaFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in DnaParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddSingleton<DnaSearchIndex>();
        services.AddScoped<DnaPolicyReader>();
        services.AddScoped<KinshipComparisons>();
        services.AddScoped<DnaSearch>();
        services.AddScoped<DnaProfiles>();
        services.AddScoped<MatchReview>();
        services.AddScoped<ISeeder, DnaSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/rescue").WithTags("Rescue 救助管理 · DNA寻亲").RequireAuthorization(Permissions.RescueRead);
        g.MapPost("/dna/kinship", (KinshipRequest r, KinshipComparisons s, CancellationToken ct) => s.CompareAsync(r, ct))
            .WithSummary("Kinship index of two profiles (ParentChild with optional mother, FullSiblings, HalfSiblings, Identity): per-locus table, combined index, inconsistent loci, conclusion by SF/Z JD0105001-2016 with the parameters in force today; bad loci or alleles → 400");
        g.MapGet("/dna/profiles", ([AsParameters] DnaProfileQuery q, DnaProfiles s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("DNA profiles in my jurisdiction (side = Case | Report; q = sample ID, case or report number), newest first; donor names masked");
        g.MapPost("/dna/profiles", async (DnaProfileRequest r, DnaProfiles s, CancellationToken ct) =>
            {
                var p = await s.AddAsync(r, ct);
                return TypedResults.Created($"/api/v1/rescue/dna/profiles/{p.Id}", await s.GetAsync(p.Id, ct));
            })
            .RequireAuthorization(Permissions.RescueWrite)
            .WithSummary("Add a profile for a case (person in care) or a missing-person report (relative or reference sample) and search the other side at once; candidates above the threshold go to the review queue");
        g.MapGet("/dna/profiles/{id:guid}", (Guid id, DnaProfiles s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One profile with its genotypes, sample path and the candidates it produced (404 outside my jurisdiction)");
        g.MapGet("/matches", ([AsParameters] MatchQuery q, MatchReview s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Review queue of DNA and face candidates (source = Dna | Face, status = Pending | Confirmed | Rejected), pending first; visible by the case's division");
        g.MapGet("/matches/{id:guid}", (Guid id, MatchReview s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One candidate with, for DNA, each compared pair's per-locus table and the parameters used");
        g.MapPost("/matches/{id:guid}/confirm", async (Guid id, ConfirmMatchRequest r, MatchReview s, CancellationToken ct) =>
            {
                await s.ConfirmAsync(id, r, ct);
                return await s.GetAsync(id, ct);
            })
            .RequireAuthorization(Permissions.RescueMatch)
            .WithSummary("Confirm after family verification (rescue.match): records the reunion (channel Dna or Face) in the same transaction; the case is Returned and the report Found");
        g.MapPost("/matches/{id:guid}/reject", async (Guid id, RejectMatchRequest r, MatchReview s, CancellationToken ct) =>
            {
                await s.RejectAsync(id, r, ct);
                return await s.GetAsync(id, ct);
            })
            .RequireAuthorization(Permissions.RescueMatch)
            .WithSummary("Reject with a reason (rescue.match)");
    }
}
