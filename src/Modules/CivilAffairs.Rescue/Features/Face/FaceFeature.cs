using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>人脸比对: face embeddings of people in care and missing persons, exact cosine search, face match candidates.</summary>
internal static class FaceFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in FaceParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddOptions<FaceOptions>().BindConfiguration(FaceOptions.Section);
        services.AddHttpClient<HttpFaceEmbedder>((sp, c) => c.Timeout = TimeSpan.FromSeconds(Math.Clamp(sp.GetRequiredService<IOptions<FaceOptions>>().Value.TimeoutSeconds, 1, 120)));
        services.AddScoped<IFaceEmbedder>(sp => string.Equals(sp.GetRequiredService<IOptions<FaceOptions>>().Value.Provider, "http", StringComparison.OrdinalIgnoreCase)
            ? sp.GetRequiredService<HttpFaceEmbedder>()
            : new NoFaceEmbedder());
        services.AddSingleton<FaceIndex>();
        services.AddScoped<FaceOwners>();
        services.AddScoped<FaceSearch>();
        services.AddScoped<FaceEmbeddings>();
        services.AddScoped<FaceStatus>();
        services.AddScoped<FaceDemoSeeder>();
        services.AddScoped<ISeeder, FaceSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/rescue/face").WithTags("Rescue 救助寻亲 · 人脸比对").RequireAuthorization(Permissions.RescueMatch);
        g.MapGet("/status", (FaceStatus s, CancellationToken ct) => s.GetAsync(ct))
            .WithSummary("Provider (none/http), the dimension and threshold in force, embeddings in the index per model");
        g.MapGet("/embeddings", (string? kind, string? q, int? page, FaceEmbeddings s, CancellationToken ct) => s.ListAsync(kind, q, page, 50, ct))
            .WithSummary("Embeddings in my jurisdiction, newest first (kind = Case/Report, q = case or report number); never the vectors");
        g.MapPost("/embeddings", async (FaceEmbeddingRequest r, FaceEmbeddings s, CancellationToken ct) =>
            {
                var added = await s.AddVectorAsync(r, ct);
                return TypedResults.Created($"/api/v1/rescue/face/embeddings/{added.Embedding.Id}", added);
            })
            .WithSummary("Post a vector for a case (caseId) or report (reportId) with its model; wrong dimension → 400. Searched at once: hits at or above the threshold become Pending face candidates");
        g.MapPost("/embeddings/image", async (HttpRequest req, FaceEmbeddings s, CancellationToken ct) =>
            {
                var form = await req.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                byte[]? bytes = null;
                if (file is not null)
                {
                    using var ms = new MemoryStream();
                    await file.CopyToAsync(ms, ct);
                    bytes = ms.ToArray();
                }
                var added = await s.AddImageAsync(FormGuid(form, "caseId"), FormGuid(form, "reportId"), bytes, file?.ContentType, form["sourceNote"], ct);
                return TypedResults.Created($"/api/v1/rescue/face/embeddings/{added.Embedding.Id}", added);
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload a photo (multipart: file, caseId or reportId): the configured recognition service computes the vector; provider none → 400");
        g.MapDelete("/embeddings/{id:guid}", async (Guid id, FaceEmbeddings s, CancellationToken ct) =>
            {
                await s.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove an embedding (wrong person, poor photo); candidates already raised stay for review");
        g.MapGet("/search", (Guid? caseId, Guid? reportId, int? k, FaceSearch s, CancellationToken ct) => s.SearchAsync(caseId, reportId, k, ct))
            .WithSummary("Ranked candidates of the other kind (a case → reports, a report → cases) in my jurisdiction, exact cosine; audited, records nothing");
        g.MapPost("/search", (FaceSearchRequest r, FaceSearch s, CancellationToken ct) => s.RecordAsync(r.CaseId, r.ReportId, ct))
            .WithSummary("Search again and record the hits at or above the threshold as Pending face candidates (existing ones keep their review)");
        g.MapGet("/thumbnails/{kind}/{id:guid}", async (string kind, Guid id, FaceSearch s, CancellationToken ct) =>
            {
                if (!Enum.TryParse<FaceOwnerKind>(kind, ignoreCase: true, out var k))
                {
                    throw new NotFoundException();
                }
                var (content, type) = await s.ThumbnailAsync(k, id, ct);
                return TypedResults.File(content, type);
            })
            .WithSummary("The photo of a case (primary) or the image a report's embedding came from");
    }

    private static Guid? FormGuid(IFormCollection form, string key)
    {
        var text = form[key].ToString();
        if (text.Length == 0)
        {
            return null;
        }
        return Guid.TryParse(text, out var id) ? id : throw new FieldValidationException(key, "编号格式不正确");
    }
}

internal sealed class FaceSearchRequest
{
    public Guid? CaseId { get; set; }

    public Guid? ReportId { get; set; }
}
