using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Charity.Lottery;

/// <summary>Budget and grants: 当年筹集、次年使用, the line's remaining amount, maker–checker, payments and evaluations; on both databases.</summary>
public abstract class LotteryGrantsTests(AppFixture app)
{
    private static int Year => DateTime.UtcNow.Year;

    [Fact]
    public async Task A_grant_above_the_lines_remaining_budget_is_refused()
    {
        var npo = await app.ClientForAsync("city.npo");
        var budget = await npo.LotteryBudgetAsync(Year);
        var line = budget.LotteryLine("明天计划");
        var remaining = line.GetProperty("remaining").GetDecimal();
        Assert.True(remaining > 0);

        var over = await npo.LotteryGrantAsync(line.GetProperty("id").GetGuid(), remaining + 0.01m, "超出预算的项目");
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        Assert.Contains("剩余额度", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // two grants that each fit but not together: the second approval is refused
        var a = await (await npo.LotteryGrantAsync(line.GetProperty("id").GetGuid(), remaining, "明天计划 追加一")).LotteryOkAsync(HttpStatusCode.Created);
        var b = await (await npo.LotteryGrantAsync(line.GetProperty("id").GetGuid(), remaining, "明天计划 追加二")).LotteryOkAsync(HttpStatusCode.Created);
        var city = await app.ClientForAsync("city.officer");
        var approved = await (await city.PostAsync($"/api/v1/charity/lottery/grants/{a.GetProperty("grant").GetProperty("id").GetGuid()}/approve", null)).LotteryOkAsync();
        Assert.Equal("Approved", approved.GetProperty("grant").GetProperty("status").GetString());
        Assert.Equal(remaining, approved.GetProperty("lineRemainingBefore").GetDecimal());
        var second = await city.PostAsync($"/api/v1/charity/lottery/grants/{b.GetProperty("grant").GetProperty("id").GetGuid()}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(0m, (await npo.LotteryBudgetAsync(Year)).LotteryLine("明天计划").GetProperty("remaining").GetDecimal());
    }

    [Fact]
    public async Task The_preparer_cannot_approve_their_own_grant_and_the_number_comes_from_the_yearly_counter()
    {
        var city = await app.ClientForAsync("city.officer");
        var line = (await city.LotteryBudgetAsync(Year)).LotteryLine("社会福利设施建设");
        var own = await (await city.LotteryGrantAsync(line.GetProperty("id").GetGuid(), 10_000m, "自编自批")).LotteryOkAsync(HttpStatusCode.Created);
        Assert.StartsWith($"ZZ-{Year}-", own.GetProperty("grant").GetProperty("number").GetString(), StringComparison.Ordinal);
        var id = own.GetProperty("grant").GetProperty("id").GetGuid();
        var refused = await city.PostAsync($"/api/v1/charity/lottery/grants/{id}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("不能审批本人", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // the registrar prepares but may not decide
        var npo = await app.ClientForAsync("city.npo");
        Assert.Equal(HttpStatusCode.Forbidden, (await npo.PostAsync($"/api/v1/charity/lottery/grants/{id}/approve", null)).StatusCode);
        // a district cannot spend the city's fund
        var district = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.Forbidden, (await district.LotteryGrantAsync(line.GetProperty("id").GetGuid(), 1m, "区里")).StatusCode);
    }

    [Fact]
    public async Task A_budget_is_limited_by_last_years_fund_plus_carry_over_and_its_preparer_cannot_approve_it()
    {
        var city = await app.ClientForAsync("city.officer");
        var year = Year + 3;
        var ceiling = await (await city.GetAsync($"/api/v1/charity/lottery/budgets/{year}/ceiling")).LotteryOkAsync();
        var limit = ceiling.GetProperty("limit").GetDecimal();
        // nothing is raised in the year before a future year: only the carry-over is there
        Assert.Equal(0m, ceiling.GetProperty("fundBasis").GetDecimal());

        var body = new { year, lines = new[] { new { use = "ElderlyCare", title = "超额预算", amount = limit + 1m } } };
        await (await city.PostAsJsonAsync("/api/v1/charity/lottery/budgets", body)).LotteryOkAsync();
        var over = await city.PostAsync($"/api/v1/charity/lottery/budgets/{year}/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
        Assert.Contains("超过可安排额度", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var fits = new { year, lines = new[] { new { use = "ChildWelfare", title = "儿童关爱", amount = 100_000m }, new { use = "Other", title = "其他", amount = 50_000m } } };
        var saved = await (await city.PostAsJsonAsync("/api/v1/charity/lottery/budgets", fits)).LotteryOkAsync();
        Assert.Equal(150_000m, saved.GetProperty("total").GetDecimal());
        await (await city.PostAsync($"/api/v1/charity/lottery/budgets/{year}/submit", null)).LotteryOkAsync();
        var own = await city.PostAsync($"/api/v1/charity/lottery/budgets/{year}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("不能审批本人", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // the registrar prepares next year's, the city officer approves it
        var npo = await app.ClientForAsync("city.npo");
        var next = new { year = year + 1, lines = new[] { new { use = "SocialAssistance", title = "救助", amount = 120_000m } } };
        await (await npo.PostAsJsonAsync("/api/v1/charity/lottery/budgets", next)).LotteryOkAsync();
        await (await npo.PostAsync($"/api/v1/charity/lottery/budgets/{year + 1}/submit", null)).LotteryOkAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await npo.PostAsync($"/api/v1/charity/lottery/budgets/{year + 1}/approve", null)).StatusCode);
        var ok = await (await city.PostAsync($"/api/v1/charity/lottery/budgets/{year + 1}/approve", null)).LotteryOkAsync();
        Assert.Equal("Approved", ok.GetProperty("status").GetString());
        Assert.Equal("city.officer", ok.GetProperty("decidedBy").GetString());
        Assert.Equal(limit, ok.GetProperty("limit").GetDecimal());
    }

    [Fact]
    public async Task Payments_stay_within_the_grant_and_an_evaluation_stores_its_score_grade_and_thresholds()
    {
        var npo = await app.ClientForAsync("city.npo");
        var city = await app.ClientForAsync("city.officer");
        var line = (await npo.LotteryBudgetAsync(Year)).LotteryLine("困难群众临时救助");
        var g = await (await npo.LotteryGrantAsync(line.GetProperty("id").GetGuid(), 200_000m, "临时救助急难型项目")).LotteryOkAsync(HttpStatusCode.Created);
        var id = g.GetProperty("grant").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await npo.PostAsJsonAsync($"/api/v1/charity/lottery/grants/{id}/disbursements", new { paidOn = $"{Year}-03-01", amount = 1 })).StatusCode);
        await (await city.PostAsync($"/api/v1/charity/lottery/grants/{id}/approve", null)).LotteryOkAsync();
        await (await npo.PostAsJsonAsync($"/api/v1/charity/lottery/grants/{id}/disbursements", new { paidOn = $"{Year}-03-01", amount = 150_000 })).LotteryOkAsync();
        var over = await npo.PostAsJsonAsync($"/api/v1/charity/lottery/grants/{id}/disbursements", new { paidOn = $"{Year}-06-01", amount = 50_000.01m });
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);

        var e = await (await npo.PostAsJsonAsync($"/api/v1/charity/lottery/grants/{id}/evaluations", new
        {
            evaluator = "第三方评价机构", evaluatedOn = $"{Year}-01-20", findings = "基本完成",
            indicators = new object[]
            {
                new { kind = "Output", name = "救助人次", target = 100, actual = 100, weight = 50 },
                new { kind = "Effect", name = "及时率", target = 100, actual = 60, weight = 30 },
                new { kind = "Satisfaction", name = "满意度", target = 90, actual = 45, weight = 20 },
            },
        })).LotteryOkAsync();
        var ev = e.GetProperty("evaluations")[0];
        // 50 + 30 × 0.6 + 20 × 0.5 = 78 → 中
        Assert.Equal(78m, ev.GetProperty("score").GetDecimal());
        Assert.Equal("中", ev.GetProperty("grade").GetString());
        Assert.Contains("优≥90", ev.GetProperty("parameterKey").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, ev.GetProperty("indicators").GetArrayLength());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LotteryGrantsTestsOnSqlite(SqliteApp app) : LotteryGrantsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LotteryGrantsTestsOnPostgres(PostgresApp app) : LotteryGrantsTests(app);
