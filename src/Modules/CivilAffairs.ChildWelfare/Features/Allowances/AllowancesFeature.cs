using CivilAffairs.ChildWelfare.Features.Stats;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ChildWelfare.Features.Allowances;

/// <summary>基本生活费发放: monthly runs (maker–checker via Platform.Payments), bank file and return file.</summary>
internal static class AllowancesFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<AllowanceQueries>();
        services.AddScoped<IAllowanceFigures>(sp => sp.GetRequiredService<AllowanceQueries>());
        services.AddScoped<AllowanceRuns>();
        services.AddScoped<AllowanceBankFiles>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/childwelfare/allowances").WithTags("ChildWelfare 儿童福利").RequireAuthorization(Permissions.ChildWelfareRead);
        g.MapGet("/runs", (string? month, AllowanceQueries q, CancellationToken ct) => q.ListAsync(month, ct))
            .WithSummary("Allowance runs in my jurisdiction (month=yyyy-MM to filter)");
        g.MapPost("/runs", async (StartAllowanceRunRequest r, AllowanceRuns runs, CancellationToken ct) =>
            {
                var d = await runs.StartAsync(r, ct);
                return TypedResults.Created($"/api/v1/childwelfare/allowances/runs/{d.Run.Id}", d);
            })
            .RequireAuthorization(Permissions.ChildWelfarePayPrepare)
            .WithSummary("Maker computes a month over my jurisdiction: one line per child due (institution or guardian account; no account → exception line); 409 when a run already covers it");
        g.MapGet("/runs/{id:guid}", (Guid id, AllowanceQueries q, CancellationToken ct) => q.DetailAsync(id, ct))
            .WithSummary("A run with totals by category, the frozen parameter versions and the bank returns");
        g.MapGet("/runs/{id:guid}/lines", (Guid id, string? status, int? page, AllowanceQueries q, CancellationToken ct) => q.LinesAsync(id, status, page, ct))
            .WithSummary("Lines of a run, 50 a page, exceptions and failures first (status=Pending|Paid|Failed|Exception); accounts masked");
        g.MapPost("/runs/{id:guid}/release", (Guid id, AllowanceRuns runs, CancellationToken ct) => runs.ReleaseAsync(id, ct))
            .RequireAuthorization(Permissions.ChildWelfarePayRelease).WithSummary("Checker releases a prepared run (not the person who prepared it; 409 otherwise)");
        g.MapPost("/runs/{id:guid}/cancel", (Guid id, CancelRunRequest r, AllowanceRuns runs, CancellationToken ct) => runs.CancelAsync(id, r, ct))
            .WithSummary("Cancel an unreleased run with a reason; its lines are removed");
        g.MapGet("/runs/{id:guid}/bank-file.csv", async (Guid id, AllowanceBankFiles f, CancellationToken ct) =>
            {
                var (bytes, name) = await f.CsvAsync(id, ct);
                return TypedResults.File(bytes, "text/csv; charset=utf-8", name);
            })
            .WithSummary("Bank payment file of a released run (shared layout, CSV UTF-8 with BOM); audited");
        g.MapGet("/runs/{id:guid}/bank-file.xlsx", async (Guid id, AllowanceBankFiles f, CancellationToken ct) =>
            {
                var (bytes, name) = await f.ExcelAsync(id, ct);
                return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
            })
            .WithSummary("Bank payment file of a released run, Excel; audited");
        g.MapPost("/runs/{id:guid}/reconciliations", async (Guid id, string? fileName, HttpRequest request, AllowanceBankFiles f, CancellationToken ct) =>
            {
                return await f.ImportReturnAsync(id, fileName ?? "return.csv", await BankReturnUpload.ReadAsync(request, ct), ct);
            })
            .WithSummary("Import the bank's return file (text/csv: reference, account, amount, 成功/失败, reason); the same file twice changes nothing");
    }
}
