using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Facilities.Projects;

/// <summary>"9+3" projects: the seeded projects, stage order, delay, reports within the investment, dashboard, jurisdiction; on both databases.</summary>
public abstract class FacilitiesProjectsTests(AppFixture app)
{
    private static JsonElement ByName(JsonElement list, string name) =>
        list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    [Fact]
    public async Task The_seeded_city_projects_are_all_approved_agent_built_and_the_district_sees_only_its_own()
    {
        var city = await app.ClientForAsync("city.officer");
        var list = await (await city.GetAsync("/api/v1/facilities/projects?level=City")).FacOkAsync();
        var items = list.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("number").GetString()!.StartsWith("XM-", StringComparison.Ordinal)).ToList();
        var seeded = items.Where(p => p.GetProperty("name").GetString()!.StartsWith("深圳市", StringComparison.Ordinal)).ToList();
        Assert.True(seeded.Count >= 9, $"{seeded.Count} city projects");
        Assert.All(seeded, p =>
        {
            Assert.Equal("AgentConstruction", p.GetProperty("delivery").GetString());
            Assert.NotEqual(JsonValueKind.Null, p.GetProperty("stage").ValueKind);
        });
        Assert.Equal("Operation", ByName(list, "深圳市养老护理院").GetProperty("stage").GetString());
        Assert.Equal("Operation", ByName(list, "深圳市殡仪馆改扩建工程（一期）").GetProperty("stage").GetString());

        var all = await (await city.GetAsync("/api/v1/facilities/projects")).FacOkAsync();
        Assert.Equal("Completion", ByName(all, "光明区社会福利院").GetProperty("stage").GetString());
        Assert.Equal("Construction", ByName(all, "宝安区养老院").GetProperty("stage").GetString());
        Assert.Equal("Approval", ByName(all, "龙岗区救助管理站异地新建项目").GetProperty("stage").GetString());
        Assert.Equal(JsonValueKind.Null, ByName(all, "龙华区社会福利中心").GetProperty("stage").ValueKind);

        var district = await app.ClientForAsync("futian.district");
        var mine = await (await district.GetAsync("/api/v1/facilities/projects")).FacOkAsync();
        Assert.All(mine.GetProperty("items").EnumerateArray(), p => Assert.StartsWith("440304", p.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), p => p.GetProperty("name").GetString() == "福田区老人护理院");
        var cityProject = ByName(list, "深圳市养老护理院").GetProperty("id").GetGuid();
        await (await district.GetAsync($"/api/v1/facilities/projects/{cityProject}")).FacStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stages_go_in_order_a_late_stage_shows_its_delay_and_reports_stay_within_the_investment()
    {
        var today = FacilitiesApi.FacToday;
        var district = await app.ClientForAsync("futian.district");
        var name = "福田区测试长者服务中心" + Guid.NewGuid().ToString("N")[..4];
        var bad = await district.PostAsJsonAsync("/api/v1/facilities/projects", new { name, kind = "ElderlyCare", level = "District", district = "440305", investment = 1000m, delivery = "AgentConstruction" });
        Assert.Equal("只能登记本辖区的项目", await bad.FieldErrorAsync("district"));
        Assert.Equal("市场化代建项目请填写代建单位", await bad.FieldErrorAsync("agentName"));
        var created = await (await district.PostAsJsonAsync("/api/v1/facilities/projects", new
        {
            name, kind = "ElderlyCare", level = "District", district = "440304", investment = 10_000_000m, delivery = "GovernmentDirect",
            planned = new Dictionary<string, DateOnly> { ["Approval"] = today.AddDays(-100), ["Land"] = today.AddDays(-40) },
        })).FacOkAsync(HttpStatusCode.Created);
        var id = created.GetProperty("row").GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, created.GetProperty("row").GetProperty("stage").ValueKind);

        // 土地整备 before 立项 is refused; 立项 20 days late is recorded with its delay
        var early = await district.PutAsJsonAsync($"/api/v1/facilities/projects/{id}/stages/Land", new { actualOn = today.AddDays(-10) });
        await early.FacStatusAsync(HttpStatusCode.Conflict);
        var v = await (await district.PutAsJsonAsync($"/api/v1/facilities/projects/{id}/stages/Approval", new { actualOn = today.AddDays(-80) })).FacOkAsync();
        Assert.Equal("Approval", v.GetProperty("row").GetProperty("stage").GetString());
        var approval = v.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "Approval");
        Assert.Equal(20, approval.GetProperty("delayDays").GetInt32());
        // 土地整备 planned 40 days ago and not reached: 40 days late today
        Assert.Equal(40, v.GetProperty("row").GetProperty("delayDays").GetInt32());
        var backwards = await district.PutAsJsonAsync($"/api/v1/facilities/projects/{id}/stages/Land", new { actualOn = today.AddDays(-90) });
        await backwards.FacStatusAsync(HttpStatusCode.Conflict);

        // monthly reports: one a month, percent never back, spend within the investment
        var month = today.AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var next = today.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await (await district.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/reports", new { month, text = "完成用地红线复核", percent = 10, spend = 4_000_000m })).FacOkAsync();
        await (await district.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/reports", new { month, text = "重复", percent = 12, spend = 1m })).FacStatusAsync(HttpStatusCode.Conflict);
        await (await district.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/reports", new { month = next, text = "倒退", percent = 5, spend = 1m })).FacStatusAsync(HttpStatusCode.Conflict);
        await (await district.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/reports", new { month = next, text = "超支", percent = 20, spend = 6_000_001m })).FacStatusAsync(HttpStatusCode.Conflict);
        var missing = await district.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/reports", new { month = "2026-13", percent = 101 });
        Assert.NotEmpty(await missing.FieldErrorAsync("month"));
        Assert.NotEmpty(await missing.FieldErrorAsync("percent"));
        var after = await (await district.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/reports", new { month = next, text = "完成地上物清理", percent = 25, spend = 6_000_000m })).FacOkAsync();
        Assert.Equal(10_000_000m, after.GetProperty("row").GetProperty("spent").GetDecimal());
        Assert.Equal(25, after.GetProperty("row").GetProperty("percent").GetInt32());

        // risks and milestones
        var risk = await district.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/risks", new { description = "征地补偿争议", level = "High" });
        Assert.NotEmpty(await risk.FieldErrorAsync("owner"));
        var withRisk = await (await district.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/risks",
            new { description = "征地补偿争议", level = "High", owner = "区土地整备中心", mitigation = "区政府协调" })).FacOkAsync();
        Assert.Equal(1, withRisk.GetProperty("row").GetProperty("openRisks").GetInt32());

        // a clerk without facilities.manage may not register projects; another district does not see this one
        var clerk = await app.ClientForAsync("futian.clerk");
        await (await clerk.PostAsJsonAsync("/api/v1/facilities/projects", new { name = name + "X", kind = "Other", level = "District", district = "440304", investment = 1m, delivery = "GovernmentDirect" }))
            .FacStatusAsync(HttpStatusCode.Forbidden);
        var nanshan = await app.ClientForAsync("nanshan.street");
        await (await nanshan.GetAsync($"/api/v1/facilities/projects/{id}")).FacStatusAsync(HttpStatusCode.NotFound);
        await (await nanshan.PostAsJsonAsync($"/api/v1/facilities/projects/{id}/reports", new { month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture), text = "x", percent = 30, spend = 0m }))
            .FacStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_dashboard_counts_every_project_by_stage_and_district_and_lists_the_delayed()
    {
        var city = await app.ClientForAsync("city.officer");
        var list = await (await city.GetAsync("/api/v1/facilities/projects")).FacOkAsync();
        var board = await (await city.GetAsync("/api/v1/facilities/projects/dashboard")).FacOkAsync();
        Assert.Equal(list.GetProperty("items").GetArrayLength(), board.GetProperty("total").GetInt32());
        Assert.Equal(board.GetProperty("total").GetInt32(), board.GetProperty("stages").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32()));
        Assert.Equal(board.GetProperty("total").GetInt32(), board.GetProperty("matrix").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        var delayed = board.GetProperty("delayed").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("深圳市社会福利院（新院）", delayed);
        Assert.Contains("福田区老人护理院", delayed);
        Assert.DoesNotContain("深圳市养老护理院", delayed);
        Assert.Contains(board.GetProperty("matrix").EnumerateArray(), c => c.GetProperty("district").GetString() == "440311" && c.GetProperty("stage").GetString() == "Completion"
            && c.GetProperty("count").GetInt32() == 1);

        var xlsx = await city.GetByteArrayAsync("/api/v1/facilities/projects.xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "项目").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("运营", rows.Single(r => (string?)r["项目名称"] == "深圳市养老护理院")["当前阶段"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FacilitiesProjectsTestsOnSqlite(SqliteApp app) : FacilitiesProjectsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FacilitiesProjectsTestsOnPostgres(PostgresApp app) : FacilitiesProjectsTests(app);
