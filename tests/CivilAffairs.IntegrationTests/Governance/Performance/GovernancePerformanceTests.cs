using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Governance.GovernanceTestKit;

namespace CivilAffairs.IntegrationTests.Governance.Performance;

/// <summary>Staff assessment (self, review by another, grade bands, 优秀 cap) and training hours, through the API on both databases.</summary>
public abstract class GovernancePerformanceTests(AppFixture app)
{
    private const string Base = "/api/v1/governance/performance";

    private static object Scores(JsonElement assessment, decimal score) => new
    {
        scores = assessment.GetProperty("scores").EnumerateArray().ToDictionary(s => s.GetProperty("indicatorId").GetGuid(), _ => (decimal?)score),
        note = "测试",
    };

    [Fact]
    public async Task Staff_score_themselves_another_reviews_and_finalization_enforces_the_excellent_cap()
    {
        var office = await app.ClientForAsync("city.office");
        var second = await app.CreateUserAsync("BureauOffice", "4403");
        var office2 = await app.ClientForAsync(second.UserName);
        var period = await office.GovPostAsync($"{Base}/periods", new { year = 2040 + Random.Shared.Next(0, 60), quarter = Random.Shared.Next(1, 5) });
        var pid = period.GetProperty("id").GetGuid();
        Assert.Contains("季度", await (await office.PostAsJsonAsync($"{Base}/periods", new { year = 2030, quarter = 5 })).FieldErrorAsync("quarter"));

        var people = new[] { "city.officer", "futian.district", "city.office", second.UserName };
        var enrolled = new Dictionary<string, JsonElement>();
        foreach (var p in people)
        {
            enrolled[p] = await office.GovPostAsync($"{Base}/periods/{pid}/assessments", new { userName = p });
        }
        Assert.Contains("没有这个", await (await office.PostAsJsonAsync($"{Base}/periods/{pid}/assessments", new { userName = "no.such.user" })).FieldErrorAsync("userName"));
        Assert.Contains("已在本周期", await (await office.PostAsJsonAsync($"{Base}/periods/{pid}/assessments", new { userName = "city.officer" })).FieldErrorAsync("userName"));
        string Id(string p) => enrolled[p].GetProperty("id").GetString()!;

        // review needs a self-assessment first; a self-assessment is one's own
        Assert.Contains("尚未自评", (await office.GovPostAsync($"{Base}/assessments/{Id("city.officer")}/review", Scores(enrolled["city.officer"], 80), HttpStatusCode.Conflict)).GovProblem());
        // out of 福田's jurisdiction: not found, as for any row outside it
        await (await app.ClientForAsync("futian.district")).GovPostAsync($"{Base}/assessments/{Id("city.officer")}/self", Scores(enrolled["city.officer"], 90), HttpStatusCode.NotFound);
        var badScore = await (await app.ClientForAsync("city.officer")).PostAsJsonAsync($"{Base}/assessments/{Id("city.officer")}/self", Scores(enrolled["city.officer"], 120));
        Assert.Equal(HttpStatusCode.BadRequest, badScore.StatusCode);
        foreach (var p in people)
        {
            var client = p == second.UserName ? office2 : await app.ClientForAsync(p);
            var self = await client.GovPostAsync($"{Base}/assessments/{Id(p)}/self", Scores(enrolled[p], 93));
            Assert.Equal(93.0m, self.GetProperty("selfScore").GetDecimal());
        }

        // 福田's approver sees its own assessment only
        var districtView = await (await app.ClientForAsync("futian.district")).GovGetAsync($"{Base}/periods/{pid}");
        Assert.Equal("futian.district", Assert.Single(districtView.GetProperty("assessments").EnumerateArray()).GetProperty("userName").GetString());

        // nobody reviews themself
        Assert.Contains("不能评审本人", (await office.GovPostAsync($"{Base}/assessments/{Id("city.office")}/review", Scores(enrolled["city.office"], 80), HttpStatusCode.Conflict)).GovProblem());
        var excellent = await office.GovPostAsync($"{Base}/assessments/{Id("city.officer")}/review", Scores(enrolled["city.officer"], 95));
        Assert.Equal("优秀", excellent.GetProperty("gradeName").GetString());
        await office.GovPostAsync($"{Base}/assessments/{Id("futian.district")}/review", Scores(enrolled["futian.district"], 85));
        await office.GovPostAsync($"{Base}/assessments/{Id(second.UserName)}/review", Scores(enrolled[second.UserName], 70));
        Assert.Contains("还有1人未完成评审", (await office.GovPostAsync($"{Base}/periods/{pid}/finalize", new { }, HttpStatusCode.Conflict)).GovProblem());
        var low = await office2.GovPostAsync($"{Base}/assessments/{Id("city.office")}/review", Scores(enrolled["city.office"], 55));
        Assert.Equal("不合格", low.GetProperty("gradeName").GetString());

        // four assessed, a 20% cap: not one 优秀 is allowed; nothing is graded or closed
        var capped = await office.GovPostAsync($"{Base}/periods/{pid}/finalize", new { }, HttpStatusCode.Conflict);
        Assert.Contains("优秀等次1人", capped.GovProblem());
        Assert.Contains("最多0人", capped.GovProblem());
        Assert.Equal("Open", (await office.GovGetAsync($"{Base}/periods/{pid}")).GetProperty("period").GetProperty("status").GetString());

        await office.GovPostAsync($"{Base}/assessments/{Id("city.officer")}/review", Scores(enrolled["city.officer"], 88));
        var final = await office.GovPostAsync($"{Base}/periods/{pid}/finalize", new { });
        Assert.Equal("Finalized", final.GetProperty("period").GetProperty("status").GetString());
        Assert.Contains("0.2", final.GetProperty("period").GetProperty("rulesUsed").GetString());
        var grades = final.GetProperty("assessments").EnumerateArray().ToDictionary(a => a.GetProperty("userName").GetString()!, a => a.GetProperty("gradeName").GetString());
        Assert.Equal("良好", grades["city.officer"]);
        Assert.Equal("良好", grades["futian.district"]);
        Assert.Equal("合格", grades[second.UserName]);
        Assert.Equal("不合格", grades["city.office"]);
        await office.GovPostAsync($"{Base}/assessments/{Id("city.officer")}/review", Scores(enrolled["city.officer"], 60), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Training_hours_count_against_the_annual_requirement_and_unknown_attendees_save_nothing()
    {
        var office = await app.ClientForAsync("city.office");
        var year = GovToday.Year;
        var programme = await office.GovPostAsync("/api/v1/governance/training/programmes", new { name = "测试专题培训" + GovUnique(), category = "专业能力", organizer = "市民政局办公室", year });
        var session = await office.GovPostAsync($"/api/v1/governance/training/programmes/{programme.GetProperty("id").GetGuid()}/sessions",
            new { title = "政策解读", heldOn = new DateOnly(year, 1, 1), hours = 7.5m, location = "培训室" });
        Assert.Contains("项目年度", await (await office.PostAsJsonAsync($"/api/v1/governance/training/programmes/{programme.GetProperty("id").GetGuid()}/sessions",
            new { title = "x", heldOn = new DateOnly(year - 1, 6, 1), hours = 2, location = "x" })).FieldErrorAsync("heldOn"));
        var sid = session.GetProperty("id").GetGuid();
        var before = (await office.GovGetAsync($"/api/v1/governance/training/hours?year={year}")).GetProperty("rows").EnumerateArray()
            .SingleOrDefault(r => r.GetProperty("userName").GetString() == "futian.district");
        var hoursBefore = before.ValueKind == JsonValueKind.Undefined ? 0m : before.GetProperty("hours").GetDecimal();

        var unknown = await office.PostAsJsonAsync($"/api/v1/governance/training/sessions/{sid}/attendance", new { userNames = "futian.district no.such.person" });
        Assert.Contains("no.such.person", await unknown.FieldErrorAsync("userNames"));
        var attended = await office.GovPostAsync($"/api/v1/governance/training/sessions/{sid}/attendance", new { userNames = "futian.district、city.officer" });
        Assert.Equal(2, attended.GetProperty("attendees").GetArrayLength());

        var report = await office.GovGetAsync($"/api/v1/governance/training/hours?year={year}");
        Assert.Equal(90m, report.GetProperty("required").GetDecimal());
        Assert.Contains("公务员培训规定", report.GetProperty("requiredBasis").GetString());
        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("userName").GetString() == "futian.district");
        Assert.Equal(hoursBefore + 7.5m, row.GetProperty("hours").GetDecimal());
        Assert.Equal(Math.Max(0, 90m - hoursBefore - 7.5m), row.GetProperty("shortfall").GetDecimal());

        // 福田 sees its own people only
        var district = await (await app.ClientForAsync("futian.district")).GovGetAsync($"/api/v1/governance/training/hours?year={year}");
        Assert.All(district.GetProperty("rows").EnumerateArray(), r => Assert.StartsWith("440304", r.GetProperty("divisionCode").GetString()));

        var xlsx = await office.GetAsync($"/api/v1/governance/training/hours.xlsx?year={year}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheet = stream.Query(useHeaderRow: true, sheetName: "培训学时").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(sheet, r => (string)r["账户"] == "futian.district" && Convert.ToDecimal(r["已完成学时"], System.Globalization.CultureInfo.InvariantCulture) == hoursBefore + 7.5m);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GovernancePerformanceTestsOnSqlite(SqliteApp app) : GovernancePerformanceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GovernancePerformanceTestsOnPostgres(PostgresApp app) : GovernancePerformanceTests(app);
