using CivilAffairs.Assistance.Features.Payments.Reports;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>Registers this feature's services and maps its endpoints.</summary>
internal static class PaymentFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<PaymentRunSettings>();
        services.AddSingleton<PaymentLineWriter>();
        services.AddScoped<PaymentRunEngine>();
        services.AddScoped<PaymentRuns>();
        services.AddScoped<PaymentQueries>();
        services.AddScoped<BankFile>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<AssistanceReports>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/assistance/payments").WithTags("Assistance 社会救助").RequireAuthorization(Permissions.AssistanceRead);
        g.MapGet("/runs", (string? month, PaymentQueries q, CancellationToken ct) => q.ListAsync(month, ct))
            .WithSummary("Payment runs in my jurisdiction (month=yyyy-MM: runs covering that month)");
        g.MapPost("/runs", async (StartRunRequest r, PaymentRuns runs, CancellationToken ct) => TypedResults.Ok(await runs.StartAsync(r, ct)))
            .RequireAuthorization(Permissions.AssistancePayPrepare)
            .WithSummary("Start a run (Regular month, BackPay range, Supplementary for failed lines); a regular month already started is resumed or returned");
        g.MapGet("/runs/{id:guid}", (Guid id, PaymentQueries q, CancellationToken ct) => q.GetAsync(id, ct))
            .WithSummary("A run with its summary by district, frozen parameter versions and reconciliations");
        g.MapGet("/runs/{id:guid}/lines", (Guid id, string? status, string? division, string? q, int? page, int? pageSize, PaymentQueries queries,
                CancellationToken ct) => queries.LinesAsync(id, status, division, q, page, pageSize, ct))
            .WithSummary("Payment lines, paged (status=Pending|Paid|Failed|Exception; division prefix; q = name, reference or full ID number)");
        g.MapPost("/runs/{id:guid}/release", (Guid id, PaymentRuns runs, CancellationToken ct) => runs.ReleaseAsync(id, ct))
            .RequireAuthorization(Permissions.AssistancePayRelease).WithSummary("Checker releases a prepared run (not the person who prepared it)");
        g.MapPost("/runs/{id:guid}/cancel", (Guid id, RunActionRequest r, PaymentRuns runs, CancellationToken ct) => runs.CancelAsync(id, r, ct))
            .WithSummary("Cancel a run before release, with a reason; its lines are removed");
        g.MapGet("/runs/{id:guid}/bank-file.csv", async (Guid id, BankFile f, CancellationToken ct) =>
            {
                var (bytes, name) = await f.CsvAsync(id, ct);
                return TypedResults.File(bytes, "text/csv; charset=utf-8", name);
            })
            .WithSummary("Bank payment file of a released run, CSV (UTF-8 with BOM)");
        g.MapGet("/runs/{id:guid}/bank-file.xlsx", async (Guid id, BankFile f, CancellationToken ct) =>
            {
                var (bytes, name) = await f.ExcelAsync(id, ct);
                return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
            })
            .WithSummary("Bank payment file of a released run, Excel");
        g.MapPost("/runs/{id:guid}/reconciliations", async (Guid id, string? fileName, HttpRequest request, Reconciliation r, CancellationToken ct) =>
            {
                return await r.ImportAsync(id, fileName ?? "return.csv", await BankReturnUpload.ReadAsync(request, ct), ct);
            })
            .WithSummary("Import the bank's return file (text/csv body: reference, account, amount, 成功/失败, reason); the same file twice changes nothing");
        g.MapGet("/lines/{id:guid}/reproduce", (Guid id, PaymentQueries q, CancellationToken ct) => q.ReproduceAsync(id, ct))
            .WithSummary("Recompute a line from its frozen inputs and parameter versions");
        ReportEndpoints.Map(app);
    }
}
