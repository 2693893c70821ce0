using System.Text;
using CivilAffairs.Contracts.Events;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.ElderCare.Seeding;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.Meals;

/// <summary>长者助餐: enrolment, counter and upload of meals, monthly settlement with the canteens, anomalies.</summary>
internal static class MealsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in MealParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<MealEnrolments>();
        services.AddScoped<MealIngest>();
        services.AddScoped<MealEntry>();
        services.AddScoped<MealSettlements>();
        services.AddScoped<MealQueries>();
        services.AddScoped<IPersonDiedHandler, MealPersonDiedHandler>();
        services.AddScoped<IElderServiceSource, MealServiceSource>();
        services.AddScoped<IElderCareFigures, MealFigures>();
        services.AddScoped<MealDemoSeeder>();
        services.AddScoped<ISeeder, MealSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/eldercare/meals").WithTags("ElderCare 养老服务 · 长者助餐").RequireAuthorization(ElderCarePolicies.ReadOrProvide);

        g.MapGet("/enrolments", ([AsParameters] MealEnrolmentQuery q, MealEnrolments s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Meal-aid enrolments in my jurisdiction (q = card or ID number, group, status), with counts by group; ID numbers and names masked (eldercare.read; providers see none)");
        g.MapPost("/enrolments", async (MealEnrolRequest r, MealEnrolments s, CancellationToken ct) =>
            {
                var e = await s.EnrolAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/meals/enrolments/{e.Enrolment.Id}", e);
            })
            .WithSummary("Register an elder (eldercare.write): the group (Priority / Age70To99 / Ordinary) and its reason follow from the registry, assistance and profile facts; a card number from the district counter");
        g.MapGet("/enrolments/{id:guid}", (Guid id, MealEnrolments s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One enrolment with its history and this month's meals");
        g.MapPost("/enrolments/{id:guid}/recheck", (Guid id, MealEnrolments s, CancellationToken ct) => s.RecheckAsync(id, ct))
            .WithSummary("Re-evaluate one enrolment's group from today's facts; a change is kept in the history (eldercare.write)");
        g.MapPost("/enrolments/recheck", (MealEnrolments s, CancellationToken ct) => s.RecheckAsync(null, ct))
            .WithSummary("Re-evaluate every active enrolment in my jurisdiction; people gone from the registry are stopped (eldercare.write)");
        g.MapPost("/enrolments/{id:guid}/stop", (Guid id, MealStopRequest r, MealEnrolments s, CancellationToken ct) => s.StopAsync(id, r, ct))
            .WithSummary("Stop a card with a reason (eldercare.write); later meals on it are flagged and not subsidised");

        g.MapGet("/canteens", (MealQueries s, CancellationToken ct) => s.CanteensAsync(ct)).WithSummary("Meal canteens I may see (a provider: its own)");
        g.MapPost("/counter", (MealCounterRequest r, MealEntry s, CancellationToken ct) => s.CounterAsync(r, ct))
            .WithSummary("Record one meal at the counter by card or ID number (eldercare.provide, own canteen; or eldercare.write): group, subsidy and flags are decided now and stored; 409 when the same meal is already recorded");
        g.MapPost("/uploads", async (HttpRequest request, MealEntry s, CancellationToken ct) =>
            {
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                await using var stream = file?.OpenReadStream();
                var u = await s.UploadAsync(form["canteen"].FirstOrDefault() ?? request.Query["canteen"].FirstOrDefault(), file?.FileName, stream, file?.Length ?? 0, ct);
                return TypedResults.Ok(u);
            })
            .DisableAntiforgery()
            .WithSummary("Upload a day's meals (.csv UTF-8 or .xlsx; columns 助餐卡号/身份证号码, 就餐日期, 就餐时间, 餐别): accepted rows are stored, refused rows come back with row, column and a Chinese message; re-uploading adds nothing (natural key canteen+date+meal+card)");
        g.MapGet("/uploads", (MealEntry s, CancellationToken ct) => s.UploadsAsync(ct)).WithSummary("Recent uploads with their counts");
        g.MapGet("/uploads/{id:guid}/errors.csv", async (Guid id, MealEntry s, CancellationToken ct) =>
                TypedResults.File(await s.ErrorReportAsync(id, ct), "text/csv; charset=utf-8", $"meal-upload-errors-{id:N}.csv"))
            .WithSummary("The upload's row-level error report (CSV: 行号, 列, 错误说明)");
        g.MapGet("/uploads/template.csv", () => TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MealFile.Template)).ToArray(),
                "text/csv; charset=utf-8", "meal-upload-template.csv"))
            .WithSummary("Upload template");
        g.MapGet("/records", ([AsParameters] MealRecordQuery q, MealQueries s, CancellationToken ct) => s.RecordsAsync(q, ct))
            .WithSummary("Meal records (canteen, from, to, group, flag), newest first, with totals; a provider sees only its own canteen");

        g.MapGet("/settlements", (MealSettlementStatus? status, MealSettlements s, CancellationToken ct) => s.ListAsync(status, ct))
            .WithSummary("Monthly settlements (a provider: its own; the street: its canteens)");
        g.MapGet("/settlements/{id:guid}", (Guid id, MealSettlements s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One settlement");
        g.MapPost("/settlements", async (MealSettlementSubmit r, MealSettlements s, CancellationToken ct) =>
            {
                var v = await s.SubmitAsync(r, ct);
                return TypedResults.Created($"/api/v1/eldercare/meals/settlements/{v.Id}", v);
            })
            .WithSummary("Submit a finished month (eldercare.provide): sums by group from the stored records; the month is locked; 409 when already submitted");
        g.MapPost("/settlements/{id:guid}/approve", (Guid id, MealSettlements s, CancellationToken ct) => s.ApproveAsync(id, ct))
            .WithSummary("The canteen's street approves (eldercare.approve; not the submitter)");
        g.MapPost("/settlements/{id:guid}/return", (Guid id, MealSettlementDecision r, MealSettlements s, CancellationToken ct) => s.ReturnAsync(id, r, ct))
            .WithSummary("Return with a reason (eldercare.approve): the month unlocks and the provider may submit again");
        g.MapPost("/settlements/{id:guid}/paid", (Guid id, MealSettlements s, CancellationToken ct) => s.MarkPaidAsync(id, ct))
            .WithSummary("Record payment of an approved settlement (eldercare.manage)");

        g.MapGet("/anomalies", (DateOnly? from, DateOnly? to, MealQueries s, CancellationToken ct) => s.AnomaliesAsync(from, to, ct))
            .WithSummary("Anomalies: same person within the duplicate window at any canteen, meals beyond the per-day limit, cards used after death/stop, unusual daily counts per canteen");
        g.MapGet("/anomalies.xlsx", async (DateOnly? from, DateOnly? to, MealQueries s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.AnomaliesExcelAsync(from, to, ct);
                return TypedResults.File(bytes, MealQueries.ExcelType, name);
            })
            .WithSummary("The anomaly report as Excel (audited export)");
    }
}
