using System.Text;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Charity.Features.Shared;
using CivilAffairs.Charity.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Charity.Features.Lottery;

/// <summary>福利彩票销售、公益金筹集与使用、资助项目绩效.</summary>
internal static class LotteryFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in LotteryParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<LotteryAccess>();
        services.AddScoped<LotterySales>();
        services.AddScoped<LotteryImport>();
        services.AddScoped<LotteryBudgets>();
        services.AddScoped<LotteryGrants>();
        services.AddScoped<LotteryStats>();
        services.AddScoped<LotteryDemoSeeder>();
        services.AddScoped<ISeeder, LotterySeeder>();
        services.AddScoped<ISeeder, LotteryYearSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/charity/lottery").WithTags("Charity 慈善与福彩 · 福利彩票与公益金").RequireAuthorization(Permissions.CharityRead);

        g.MapGet("/outlets", (string? district, string? q, LotterySales s, CancellationToken ct) => s.OutletsAsync(district, q, ct))
            .WithSummary("Outlets (投注站) in my jurisdiction; the operator's name and phone masked");
        g.MapPost("/outlets", async (LotteryOutletRequest r, LotterySales s, CancellationToken ct) =>
            {
                var o = await s.CreateOutletAsync(r, ct);
                return TypedResults.Created($"/api/v1/charity/lottery/outlets/{o.Id}", o);
            })
            .WithSummary("Register an outlet in my jurisdiction (charity.write)");
        g.MapPost("/outlets/{id:guid}/close", (Guid id, LotteryOutletCloseRequest r, LotterySales s, CancellationToken ct) => s.CloseOutletAsync(id, r, ct))
            .WithSummary("Close an outlet from a date (charity.write)");

        g.MapPost("/sales", (LotterySaleRequest r, LotterySales s, CancellationToken ct) => s.EnterAsync(r, ct))
            .WithSummary("Enter one outlet's sales of one game in a month (charity.write): replaces the same outlet + month + game; the month's fund is recomputed; 409 when the month is closed");
        g.MapPost("/sales/import", async (HttpRequest request, LotteryImport s, CancellationToken ct) =>
            {
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                await using var stream = file?.OpenReadStream();
                return TypedResults.Ok(await s.ImportAsync(form["month"].FirstOrDefault(), file?.FileName, stream, ct));
            })
            .DisableAntiforgery()
            .WithSummary("Import a month's sales (form: month=yyyy-MM, file=.csv UTF-8 or .xlsx with 投注站编号, 玩法, 销售额（元）): good rows replace outlet + month + game, bad rows come back with row, column and a Chinese message; audited; 409 when the month is closed");
        g.MapGet("/sales/template.csv", () => TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(LotteryImport.Template)).ToArray(),
                "text/csv; charset=utf-8", "lottery-sales-template.csv"))
            .WithSummary("Import template");

        g.MapGet("/months", (int? year, LotterySales s, TimeProvider clock, CancellationToken ct) => s.MonthsAsync(year ?? Platform.Values.ChinaTime.Today(clock).Year, ct))
            .WithSummary("A year's months: the city's sales, fund from sales, unclaimed prizes, fund raised and local fund, status; and my jurisdiction's own sales");
        g.MapGet("/months/{month}", async (string month, LotterySales s, CancellationToken ct) =>
                LotterySales.TryMonth(month, out var m) ? Results.Ok(await s.MonthAsync(m, ct)) : Results.NotFound())
            .WithSummary("One month: the accrual per game with the rate used and its legal basis, sales by district and game");
        g.MapPut("/months/{month}/unclaimed", (string month, LotteryUnclaimedRequest r, LotterySales s, CancellationToken ct) => s.UnclaimedAsync(month, r, ct))
            .WithSummary("Set the month's unclaimed prizes (弃奖, to the fund: 彩票管理条例 art. 31) (charity.write, city); 409 when closed");
        g.MapPost("/months/{month}/close", (string month, LotterySales s, CancellationToken ct) => s.CloseAsync(month, ct))
            .WithSummary("Close a finished month (charity.manage, city): the accrual is final and later rate changes never alter it");

        g.MapGet("/budgets", (LotteryBudgets s, CancellationToken ct) => s.ListAsync(ct)).WithSummary("The fund's yearly budgets");
        g.MapGet("/budgets/{year:int}", (int year, LotteryBudgets s, CancellationToken ct) => s.GetAsync(year, ct))
            .WithSummary("A year's budget: lines by use with granted, pending and remaining amounts, and the limit (fund raised the year before + carry-over)");
        g.MapGet("/budgets/{year:int}/ceiling", (int year, LotteryBudgets s, CancellationToken ct) => s.CeilingAsync(year, ct))
            .WithSummary("The most the year's budget may total: 当年筹集、次年使用");
        g.MapPost("/budgets", (LotteryBudgetRequest r, LotteryBudgets s, CancellationToken ct) => s.SaveAsync(r, ct))
            .WithSummary("Prepare (or re-prepare a draft or returned) year's budget with its lines (charity.write, city)");
        g.MapPost("/budgets/{year:int}/submit", (int year, LotteryBudgets s, CancellationToken ct) => s.SubmitAsync(year, ct))
            .WithSummary("Submit for approval; 409 when above the limit");
        g.MapPost("/budgets/{year:int}/approve", (int year, LotteryBudgets s, CancellationToken ct) => s.ApproveAsync(year, ct))
            .WithSummary("Approve (charity.manage, not the preparer; 409 when above the limit); the fund basis and carry-over used are stored");
        g.MapPost("/budgets/{year:int}/return", (int year, LotteryReturnRequest r, LotteryBudgets s, CancellationToken ct) => s.ReturnAsync(year, r, ct))
            .WithSummary("Return with a reason (charity.manage, not the preparer)");

        g.MapPost("/grants", async (LotteryGrantRequest r, LotteryGrants s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/charity/lottery/grants/{v.Grant.Id}", v);
            })
            .WithSummary("Prepare a grant on an approved budget line (charity.write, city): applicant a charitable social organization (credit code) or a bureau unit; 409 above the line's remaining amount");
        g.MapPost("/grants/{id:guid}/approve", (Guid id, LotteryGrants s, CancellationToken ct) => s.ApproveAsync(id, ct))
            .WithSummary("Approve (charity.manage, not the preparer); 409 when the line has not enough left");
        g.MapPost("/grants/{id:guid}/return", (Guid id, LotteryReturnRequest r, LotteryGrants s, CancellationToken ct) => s.ReturnAsync(id, r, ct))
            .WithSummary("Return with a reason (charity.manage, not the preparer)");
        g.MapPost("/grants/{id:guid}/disbursements", (Guid id, LotteryDisbursementRequest r, LotteryGrants s, CancellationToken ct) => s.DisburseAsync(id, r, ct))
            .WithSummary("Record a payment (拨付) (charity.write); 409 when the total would exceed the grant");
        g.MapPost("/grants/{id:guid}/evaluations", (Guid id, LotteryEvaluationRequest r, LotteryGrants s, CancellationToken ct) => s.EvaluateAsync(id, r, ct))
            .WithSummary("Record a performance evaluation (charity.write): indicators (Output/Effect/Satisfaction) with target, actual, weight; score and grade computed and stored with the thresholds used");

        g.MapGet("/statistics", (int? year, LotteryStats s, TimeProvider clock, CancellationToken ct) => s.GetAsync(year ?? Platform.Values.ChinaTime.Today(clock).Year, ct))
            .WithSummary("Sales by month, district and game; fund raised, used and balance by year; programmes funded");
        g.MapGet("/statistics.xlsx", async (int? year, LotteryStats s, TimeProvider clock, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(year ?? Platform.Values.ChinaTime.Today(clock).Year, ct);
                return TypedResults.File(bytes, LotteryStats.ExcelType, name);
            })
            .WithSummary("The statistics as Excel (audited export)");

        // grants are also the grantee organization's own business: listed and read with charity.self
        var shared = app.MapGroup("/api/v1/charity/lottery").WithTags("Charity 慈善与福彩 · 福利彩票与公益金").RequireAuthorization(CharityPolicies.ReadOrSelf);
        shared.MapGet("/grants", (int? year, LotteryGrantStatus? status, string? q, LotteryGrants s, CancellationToken ct) => s.ListAsync(year, status, q, ct))
            .WithSummary("Grants (year, status, q = number, project or applicant); an organization's account sees its own");
        shared.MapGet("/grants/{id:guid}", (Guid id, LotteryGrants s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One grant with its payments and evaluations");

        app.MapGet("/api/v1/public/charity/lottery", (LotteryStats s, CancellationToken ct) => s.PublicAsync(ct))
            .WithTags("Public 福彩公益金公告").AllowAnonymous()
            .WithSummary("公益金使用情况公告: fund raised and used by year, by use, brand projects funded; aggregate figures only, no personal data");
    }
}
