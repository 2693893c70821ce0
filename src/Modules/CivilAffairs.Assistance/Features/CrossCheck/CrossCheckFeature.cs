using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>家庭经济状况核对: import external data, run the matching, read the reports.</summary>
internal static class CrossCheckFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ImportExternalData>();
        services.AddScoped<RunCrossCheck>();
        services.AddScoped<CrossCheckQueries>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/assistance/crosscheck").WithTags("Assistance 社会救助").RequireAuthorization(Permissions.AssistanceRead);
        g.MapGet("/sources", () => ExternalSources.All.Select(s => new SourceView(s.Source.ToString(), s.Name, s.Provider,
                s.Columns.Select(c => new SourceColumnView(c.Field, c.Header, c.Required, c.Help, c.Example)).ToList())))
            .WithSummary("The external sources and the columns of their import files");
        g.MapGet("/templates/{source}", (string source, string? format) =>
            {
                if (!ExternalSources.TryParseSource(source, out var s))
                {
                    throw new NotFoundException("没有这种数据来源");
                }
                return format == "xlsx"
                    ? Results.File(Templates.Xlsx(s), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Templates.FileName(s, "xlsx"))
                    : Results.File(Templates.Csv(s), "text/csv; charset=utf-8", Templates.FileName(s, "csv"));
            })
            .WithSummary("Import template of a source (format=csv, the default, or xlsx)");
        g.MapPost("/imports", async (HttpRequest request, ImportExternalData h, CancellationToken ct) =>
            {
                if (!request.HasFormContentType)
                {
                    throw new FieldValidationException("file", "请以 multipart/form-data 上传文件（字段 source、asOf、file）");
                }
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                DateOnly? asOf = null;
                if (form["asOf"].ToString() is { Length: > 0 } text)
                {
                    asOf = DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d
                        : throw new FieldValidationException("asOf", "数据截止日期格式应为 yyyy-MM-dd");
                }
                await using var stream = file?.OpenReadStream();
                var result = await h.ImportAsync(form["source"], file?.FileName, stream, asOf, ct);
                return TypedResults.Created($"/api/v1/assistance/crosscheck/imports/{result.Batch.Id}", result);
            })
            .RequireAuthorization(Permissions.AssistanceCrossCheck).DisableAntiforgery()
            .WithSummary("Import one external file (multipart: source, asOf, file .csv UTF-8 or .xlsx); bad rows are listed, the same file twice is refused");
        g.MapGet("/imports", (CrossCheckQueries q, CancellationToken ct) => q.BatchesAsync(ct))
            .RequireAuthorization(Permissions.AssistanceCrossCheck).WithSummary("Import history; current marks the batch each source is matched against");
        g.MapGet("/imports/{id:guid}/rejections", (Guid id, CrossCheckQueries q, CancellationToken ct) => q.RejectionsAsync(id, ct))
            .RequireAuthorization(Permissions.AssistanceCrossCheck).WithSummary("Rejected rows of an import (line and reason)");
        g.MapPost("/runs", async (RunCrossCheck h, CancellationToken ct) => TypedResults.Ok(await h.RunAsync(ct)))
            .RequireAuthorization(Permissions.AssistanceCrossCheck)
            .WithSummary("Match every open application and enrolled household in my jurisdiction against the current external data and write reports");
        g.MapGet("/runs", (CrossCheckQueries q, CancellationToken ct) => q.RunsAsync(ct))
            .RequireAuthorization(Permissions.AssistanceCrossCheck).WithSummary("Recent matching runs");
        g.MapGet("/reports", ([AsParameters] ReportQuery p, CrossCheckQueries q, CancellationToken ct) => q.ListAsync(p.ToFilter(), ct))
            .WithSummary("Reports in my jurisdiction, newest first (filters: applicationId, enrolmentId, result=breaks|clean, division, validOnly, page)");
        g.MapGet("/reports/latest", (Guid? applicationId, Guid? enrolmentId, CrossCheckQueries q, CancellationToken ct) => q.LatestAsync(applicationId, enrolmentId, ct))
            .WithSummary("The household's newest report still valid (404 when none)");
        g.MapGet("/reports/{id:guid}", (Guid id, CrossCheckQueries q, CancellationToken ct) => q.GetAsync(id, ct))
            .WithSummary("One report with the items found and the rules they break");
    }

    internal sealed class ReportQuery
    {
        public Guid? ApplicationId { get; set; }

        public Guid? EnrolmentId { get; set; }

        public string? Result { get; set; }

        public string? Division { get; set; }

        public bool? ValidOnly { get; set; }

        public int? Page { get; set; }

        public int? PageSize { get; set; }

        public ReportFilter ToFilter() => new()
        {
            ApplicationId = ApplicationId, EnrolmentId = EnrolmentId, Result = Result, Division = Division, ValidOnly = ValidOnly == true,
            Page = Page ?? 1, PageSize = PageSize ?? 20,
        };
    }
}
