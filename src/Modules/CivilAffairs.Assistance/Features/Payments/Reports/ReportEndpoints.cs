using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivilAffairs.Assistance.Features.Payments.Reports;

internal static class ReportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/assistance/reports").WithTags("Assistance 社会救助").RequireAuthorization(Permissions.AssistanceRead);
        g.MapGet("/", (string? from, string? to, string? programme, AssistanceReports r, CancellationToken ct) => r.BuildAsync(from, to, programme, ct))
            .WithSummary("Recipients and amounts by month, programme and district (released runs only); applications by stage and overdue");
        g.MapGet("/export.xlsx", async (string? from, string? to, string? programme, AssistanceReports r, CancellationToken ct) =>
                TypedResults.File(await r.ExcelAsync(from, to, programme, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"assistance-report-{from}-{to}.xlsx"))
            .WithSummary("The same report as Excel");
    }
}
