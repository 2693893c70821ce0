using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.SocialWork.SwTestData;

namespace CivilAffairs.IntegrationTests.SocialWork.Projects;

/// <summary>Purchased service projects: registration, evaluations graded by the parameter bands, payments gated by evaluations and the budget; 援疆 projects.</summary>
public abstract class ProjectsTests(AppFixture app)
{
    private async Task<Guid> ProviderAsync()
    {
        var city = await app.ClientForAsync("city.officer");
        var orgs = await (await city.GetAsync("/api/v1/socialwork/organizations")).SwOkAsync();
        return orgs.EnumerateArray().First(o => o.GetProperty("creditCode").GetString() == "52440304MJL0000322").GetProperty("id").GetGuid();
    }

    private async Task<Guid> NewProjectAsync(HttpClient client, decimal budget, DateOnly starts, DateOnly ends, string purchaser = "440304")
    {
        var created = await (await client.PostAsJsonAsync("/api/v1/socialwork/projects", new
        {
            name = "福田区测试社区社工服务项目" + Guid.NewGuid().ToString("N")[..4], purchaserDivisionCode = purchaser, providerId = await ProviderAsync(), field = "Community",
            contractNumber = "FT-CS-" + Guid.NewGuid().ToString("N")[..6], startsOn = SwDay(starts), endsOn = SwDay(ends), budget,
            indicators = new[] { new { name = "个案服务", unit = "个", target = 100m }, new { name = "社区活动", unit = "场", target = 20m } },
        })).SwCreatedAsync();
        Assert.Matches($"^SG-{starts.Year}-\\d{{6}}$", created.GetProperty("row").GetProperty("number").GetString()!);
        return created.GetProperty("row").GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Registering_a_project_checks_the_purchaser_period_budget_and_indicators()
    {
        var district = await app.ClientForAsync("futian.district");
        var provider = await ProviderAsync();
        var bad = await district.PostAsJsonAsync("/api/v1/socialwork/projects", new
        {
            name = "日期颠倒的项目", purchaserDivisionCode = "440304", providerId = provider, field = "Community", contractNumber = "FT-0001",
            startsOn = SwDay(SwToday), endsOn = SwDay(SwToday.AddDays(-1)), budget = 0m,
        });
        Assert.Contains("晚于", await bad.FieldErrorAsync("endsOn"), StringComparison.Ordinal);
        Assert.Contains("预算", await bad.FieldErrorAsync("budget"), StringComparison.Ordinal);
        Assert.Contains("指标", await bad.FieldErrorAsync("indicators"), StringComparison.Ordinal);
        var other = await district.PostAsJsonAsync("/api/v1/socialwork/projects", new
        {
            name = "南山的项目不归福田", purchaserDivisionCode = "440305", providerId = provider, field = "Community", contractNumber = "NS-0001",
            startsOn = SwDay(SwToday), endsOn = SwDay(SwToday.AddYears(1)), budget = 1000m, indicators = new[] { new { name = "个案", unit = "个", target = 1m } },
        });
        Assert.Contains("辖区", await other.FieldErrorAsync("purchaserDivisionCode"), StringComparison.Ordinal);

        var id = await NewProjectAsync(district, 200_000m, SwToday.AddMonths(-2), SwToday.AddMonths(10));
        var view = await (await district.GetAsync($"/api/v1/socialwork/projects/{id}")).SwOkAsync();
        Assert.Equal("福田区民政局", view.GetProperty("row").GetProperty("purchaserName").GetString());
        Assert.Equal(2, view.GetProperty("indicators").GetArrayLength());
        var indicator = view.GetProperty("indicators")[0].GetProperty("id").GetGuid();
        var updated = await (await district.PostAsJsonAsync($"/api/v1/socialwork/projects/{id}/indicators/{indicator}", new { actual = 50m })).SwOkAsync();
        Assert.Contains(updated.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("rate").ValueKind == System.Text.Json.JsonValueKind.Number
            && i.GetProperty("rate").GetDecimal() == 0.5m);

        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"/api/v1/socialwork/projects/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.PostAsJsonAsync($"/api/v1/socialwork/projects/{id}/payments",
            new { stage = "Advance", amount = 1m, paidOn = SwDay(SwToday) })).StatusCode);
        Assert.DoesNotContain((await (await nanshan.GetAsync("/api/v1/socialwork/projects")).SwOkAsync()).EnumerateArray(),
            p => p.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Payments_follow_the_evaluations_and_never_exceed_the_budget()
    {
        var district = await app.ClientForAsync("futian.district");
        var id = await NewProjectAsync(district, 100_000m, SwToday.AddYears(-1), SwToday);
        Task<HttpResponseMessage> Pay(string stage, decimal amount) =>
            district.PostAsJsonAsync($"/api/v1/socialwork/projects/{id}/payments", new { stage, amount, paidOn = SwDay(SwToday) });
        Task<HttpResponseMessage> Evaluate(string kind, decimal score) =>
            district.PostAsJsonAsync($"/api/v1/socialwork/projects/{id}/evaluations", new { kind, evaluator = "深圳市社会工作者协会评估中心", evaluatedOn = SwDay(SwToday), score, findings = "测试" });

        Assert.Contains("30%", await (await Pay("Advance", 30_000.01m)).SwConflictAsync(), StringComparison.Ordinal);
        await (await Pay("Advance", 30_000m)).SwOkAsync();
        Assert.Contains("中期评估", await (await Pay("MidTerm", 40_000m)).SwConflictAsync(), StringComparison.Ordinal);
        Assert.Contains("0–100", await (await Evaluate("MidTerm", 101m)).FieldErrorAsync("score"), StringComparison.Ordinal);

        var failed = await (await Evaluate("MidTerm", 55m)).SwOkAsync();
        var mid = failed.GetProperty("evaluations")[0];
        Assert.Equal("不合格", mid.GetProperty("grade").GetString());
        Assert.False(mid.GetProperty("passed").GetBoolean());
        Assert.Equal("优秀≥90；良好≥80；合格≥60", mid.GetProperty("basis").GetString());
        Assert.Contains("中期评估", await (await Pay("MidTerm", 40_000m)).SwConflictAsync(), StringComparison.Ordinal);
        Assert.Contains("不能覆盖", await (await Evaluate("MidTerm", 75m)).SwConflictAsync(), StringComparison.Ordinal);
        Assert.Contains("末期评估", await (await Pay("Final", 70_000m)).SwConflictAsync(), StringComparison.Ordinal);

        var passed = await (await Evaluate("Final", 85m)).SwOkAsync();
        Assert.Equal("良好", passed.GetProperty("evaluations").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "Final").GetProperty("grade").GetString());
        Assert.Contains("超过合同预算", await (await Pay("Final", 70_000.01m)).SwConflictAsync(), StringComparison.Ordinal);
        var paid = await (await Pay("Final", 70_000m)).SwOkAsync();
        Assert.Equal(100_000m, paid.GetProperty("row").GetProperty("paid").GetDecimal());
        var final = paid.GetProperty("payments").EnumerateArray().First(x => x.GetProperty("stage").GetString() == "Final");
        Assert.Contains("末期评估 85.0 分 良好", final.GetProperty("basis").GetString()!, StringComparison.Ordinal);
        Assert.Equal("已结项评估", paid.GetProperty("row").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_final_evaluation_long_before_the_contract_ends_is_refused()
    {
        var district = await app.ClientForAsync("futian.district");
        var id = await NewProjectAsync(district, 50_000m, SwToday.AddMonths(-1), SwToday.AddMonths(11));
        var r = await district.PostAsJsonAsync($"/api/v1/socialwork/projects/{id}/evaluations",
            new { kind = "Final", evaluator = "第三方评估机构", evaluatedOn = SwDay(SwToday), score = 90m });
        Assert.Contains("期满前30天", await r.SwConflictAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_has_2018_and_current_projects_with_an_overdue_final_evaluation_shown()
    {
        var city = await app.ClientForAsync("city.officer");
        var list = (await (await city.GetAsync("/api/v1/socialwork/projects")).SwOkAsync()).EnumerateArray().ToList();
        Assert.True(list.Count >= 9);
        Assert.Contains(list, p => p.GetProperty("startsOn").GetString()!.StartsWith("2018", StringComparison.Ordinal) && p.GetProperty("finalGrade").GetString() is not null);
        Assert.Contains(list, p => p.GetProperty("overdue").GetBoolean());
        Assert.Contains(list, p => p.GetProperty("midTermGrade").GetString() == "不合格");
        var mental = await (await city.GetAsync("/api/v1/socialwork/projects?field=MentalHealth")).SwOkAsync();
        Assert.All(mental.EnumerateArray(), p => Assert.Equal("MentalHealth", p.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task The_six_xinjiang_projects_served_about_fifteen_thousand_people_in_2018_and_only_the_city_registers_them()
    {
        var city = await app.ClientForAsync("city.officer");
        var aid = await (await city.GetAsync("/api/v1/socialwork/aid")).SwOkAsync();
        var projects = aid.GetProperty("projects").EnumerateArray().ToList();
        Assert.True(projects.Count >= 6);
        Assert.Contains(projects, p => p.GetProperty("name").GetString()!.Contains("小母牛", StringComparison.Ordinal));
        Assert.Contains(projects, p => p.GetProperty("name").GetString()!.Contains("塔吉克妇女互助成长", StringComparison.Ordinal));
        Assert.All(projects.Take(6), p => Assert.StartsWith("喀什", p.GetProperty("place").GetString()!, StringComparison.Ordinal));
        Assert.Equal(15_260, aid.GetProperty("servedByYear").GetProperty("2018").GetInt32());

        var district = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsJsonAsync("/api/v1/socialwork/aid",
            new { name = "区级援建项目", place = "喀什地区", partner = "某县", field = "Community", startsOn = SwDay(SwToday) })).StatusCode);
        var created = await (await city.PostAsJsonAsync("/api/v1/socialwork/aid",
            new { name = "社区儿童之家援建项目", place = "喀什地区莎车县", partner = "莎车县民政局", field = "Youth", startsOn = SwDay(SwToday.AddMonths(-1)) })).SwCreatedAsync();
        var bad = await city.PostAsJsonAsync($"/api/v1/socialwork/aid/{created.GetProperty("id").GetGuid()}/served", new { periodEnd = SwDay(SwToday), peopleServed = 0 });
        Assert.Contains("人次", await bad.FieldErrorAsync("peopleServed"), StringComparison.Ordinal);
        var served = await (await city.PostAsJsonAsync($"/api/v1/socialwork/aid/{created.GetProperty("id").GetGuid()}/served",
            new { periodEnd = SwDay(SwToday), peopleServed = 320 })).SwOkAsync();
        Assert.Equal(320, served.GetProperty("servedTotal").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectsTestsOnSqlite(SqliteApp app) : ProjectsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectsTestsOnPostgres(PostgresApp app) : ProjectsTests(app);
