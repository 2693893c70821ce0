using System.Text;
using CivilAffairs.Contracts.Events;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.ElderCare.Seeding;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.HomeCare;

/// <summary>居家养老: home-care service subsidies, service orders (form and bulk upload), provider bills and monthly settlement.</summary>
internal static class HomeCareFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in HomeCareParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<HomeCareSubsidies>();
        services.AddScoped<HomeCareOrders>();
        services.AddScoped<HomeCareUploads>();
        services.AddScoped<HomeCareBills>();
        services.AddScoped<IElderServiceSource, HomeCareServiceSource>();
        services.AddScoped<IElderCareFigures, HomeCareFigures>();
        services.AddScoped<IPersonDiedHandler, HomeCarePersonDiedHandler>();
        services.AddScoped<ISeeder, HomeCareSeeder>();
        services.AddScoped<HomeCareDemoSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        // staff and providers share this group; each action checks its own permission
        var g = app.MapGroup("/api/v1/eldercare/homecare").WithTags("ElderCare 养老服务 · 居家养老").RequireAuthorization(ElderCarePolicies.ReadOrProvide);
        g.MapGet("/subsidies", (string? status, string? tier, string? q, HomeCareSubsidies s, CancellationToken ct) => s.ListAsync(new(status, tier, q), ct))
            .WithSummary("Home-care subsidies in my jurisdiction (eldercare.read; filters: status, tier, q = number or full ID number); masked; providers see none");
        g.MapGet("/subsidies/{id:guid}", (Guid id, HomeCareSubsidies s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One subsidy: tier, amount, the facts and parameter values used, history");
        g.MapPost("/subsidies", async (SubsidyApplication r, HomeCareSubsidies s, CancellationToken ct) =>
            {
                var v = await s.ApplyAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/homecare/subsidies/{v.Id}", v);
            })
            .WithSummary("Apply (eldercare.write) for a Shenzhen-户籍 resident aged 60+: the highest single tier is chosen (低保+介护 / 介护 / 三无·低保·优抚); 409 with the reason when none applies or one is live");
        g.MapPost("/subsidies/{id:guid}/approve", (Guid id, HomeCareSubsidies s, CancellationToken ct) => s.ApproveAsync(id, ct))
            .WithSummary("Street approval (eldercare.approve, not the applicant): paid from the next month");
        g.MapPost("/subsidies/{id:guid}/refuse", (Guid id, ReasonRequest r, HomeCareSubsidies s, CancellationToken ct) => s.RefuseAsync(id, r, ct))
            .WithSummary("Refuse with a reason (eldercare.approve)");
        g.MapPost("/subsidies/{id:guid}/stop", (Guid id, ReasonRequest r, HomeCareSubsidies s, CancellationToken ct) => s.StopAsync(id, r, ct))
            .WithSummary("Stop (eldercare.approve) with a reason, e.g. moved out: paid to the end of this month");
        g.MapPost("/subsidies/{id:guid}/recheck", (Guid id, HomeCareSubsidies s, CancellationToken ct) => s.RecheckAsync(id, ct))
            .WithSummary("复核 (eldercare.write): recompute with today's facts; a tier change is recorded; no longer eligible → stopped");
        g.MapGet("/allowance", (string? idNumber, string? month, HomeCareSubsidies s, CancellationToken ct) => s.AllowanceAsync(idNumber, month, ct))
            .WithSummary("For a provider's bill: whether the elder holds a subsidy in the month (yyyy-MM) and the monthly amount; nothing else of the decision");

        g.MapGet("/items", () => HomeCareParameters.Items).WithSummary("The service catalogue (code, name); hourly prices are parameters eldercare.homecare.price.{code}");
        g.MapGet("/orders", (string? month, string? institution, string? idNumber, string? item, HomeCareOrders o, CancellationToken ct) =>
                o.ListAsync(new(month, institution, idNumber, item), ct))
            .WithSummary("Service orders (filters: month yyyy-MM, institution, idNumber, item); a provider sees only its own; masked");
        g.MapPost("/orders", async (OrderRequest r, HomeCareOrders o, CancellationToken ct) =>
            {
                var v = await o.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/homecare/orders/{v.Id}", v);
            })
            .WithSummary("Record an order (eldercare.provide for one's own institution, or eldercare.write): no future date, 15–480 min, no overlap for the worker or the elder; priced by the catalogue");
        g.MapGet("/orders/template.csv", () => TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(HomeCareUploads.Template)).ToArray(),
                "text/csv", "居家养老服务工单模板.csv"))
            .WithSummary("The upload template (UTF-8 CSV with BOM)");
        g.MapPost("/orders/upload", async (HttpContext ctx, IAntiforgery af, HomeCareUploads u, CancellationToken ct) =>
            {
                if (!ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    await af.ValidateRequestAsync(ctx);
                }
                if (!ctx.Request.HasFormContentType)
                {
                    throw new FieldValidationException("file", "请以 multipart/form-data 上传文件");
                }
                var form = await ctx.Request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? throw new FieldValidationException("file", "请选择文件");
                await using var stream = file.OpenReadStream();
                return await u.UploadAsync(form["institutionCode"], file.FileName, stream, ct);
            })
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Bulk upload (.xlsx or UTF-8 .csv; multipart: file, institutionCode for staff): good rows are saved, bad rows reported (row, column, message); rows already saved are skipped");
        g.MapGet("/uploads/{id:guid}", (Guid id, HomeCareUploads u, CancellationToken ct) => u.GetAsync(id, ct)).WithSummary("An upload and its row report");
        g.MapGet("/uploads/{id:guid}/errors.xlsx", async (Guid id, HomeCareUploads u, CancellationToken ct) =>
            {
                var (bytes, name) = await u.ErrorsExcelAsync(id, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("The row report as Excel (行号, 列, 问题)");

        g.MapGet("/bills", (string? month, string? status, HomeCareBills b, CancellationToken ct) => b.ListAsync(month, status, ct))
            .WithSummary("Provider bills (filters: month, status); a provider sees its own; the street those of its providers");
        g.MapGet("/bills/preview", (string? month, string? institutionCode, HomeCareBills b, CancellationToken ct) => b.PreviewAsync(new() { Month = month, InstitutionCode = institutionCode }, ct))
            .WithSummary("What the month's bill would be (lines by elder, capped at the entitlement), not saved");
        g.MapGet("/bills/{id:guid}", (Guid id, HomeCareBills b, CancellationToken ct) => b.GetAsync(id, ct)).WithSummary("One bill with its lines by elder");
        g.MapPost("/bills", async (BillRequest r, HomeCareBills b, CancellationToken ct) =>
            {
                var v = await b.SubmitAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/homecare/bills/{v.Id}", v);
            })
            .WithSummary("The provider submits the bill of an ended month (eldercare.provide); 409 when the month already has a bill (a returned one is resubmitted); its orders are locked");
        g.MapPost("/bills/{id:guid}/approve", (Guid id, HomeCareBills b, CancellationToken ct) => b.ApproveAsync(id, ct))
            .WithSummary("The provider's street approves (eldercare.approve)");
        g.MapPost("/bills/{id:guid}/return", (Guid id, ReasonRequest r, HomeCareBills b, CancellationToken ct) => b.ReturnAsync(id, r, ct))
            .WithSummary("The street returns the bill with a reason (eldercare.approve); the orders are unlocked");
        g.MapPost("/bills/{id:guid}/pay", (Guid id, PaymentRequest r, HomeCareBills b, CancellationToken ct) => b.PayAsync(id, r, ct))
            .WithSummary("Record the payment (eldercare.approve): amount up to the subsidised total, date");
    }
}
