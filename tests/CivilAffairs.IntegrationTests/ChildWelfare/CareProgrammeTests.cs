using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.ChildWelfare.ChildWelfareTestData;

namespace CivilAffairs.IntegrationTests.ChildWelfare;

/// <summary>The Tomorrow Plan flow, an adult orphan's placement with an overdue follow-up, and the report (with the demo data's 25 cases of 2018).</summary>
public abstract class CareProgrammeTests(AppFixture app)
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Guid> InstitutionalChildAsync(DateOnly birth)
    {
        var center = await app.ClientForAsync("welfare.center");
        var city = await app.ClientForAsync("city.officer");
        var child = await RegisterAsync(center, Institutional(ChildId("440300", birth), await InstitutionIdAsync(center)));
        Assert.Equal("440309", child.GetProperty("divisionCode").GetString());
        var id = child.GetProperty("id").GetGuid();
        var active = await ApproveAndActivateAsync(city, id, ThisMonth);
        Assert.Equal(2090m, active.GetProperty("allowance").GetProperty("amount").GetDecimal());
        return id;
    }

    [Fact]
    public async Task A_tomorrow_plan_case_goes_from_application_to_a_closed_outcome_with_the_cost_split()
    {
        var childId = await InstitutionalChildAsync(Today.AddYears(-3));
        var center = await app.ClientForAsync("welfare.center");
        var city = await app.ClientForAsync("city.officer");
        var r = await center.PostAsJsonAsync("/api/v1/childwelfare/tomorrow-plan", new { childId, appliedOn = D(Today.AddDays(-30)), diagnosis = "先天性心脏病（房间隔缺损）" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var caseId = (await r.JsonAsync()).GetProperty("id").GetGuid();
        var url = $"/api/v1/childwelfare/tomorrow-plan/{caseId}";

        // approval before the assessment is refused; the applicant's side cannot approve at all
        Assert.Equal(HttpStatusCode.Conflict, (await city.PostAsJsonAsync(url + "/decide", new { approve = true, hospital = "深圳市儿童医院" })).StatusCode);
        r = await center.PostAsJsonAsync(url + "/assess", new { assessedOn = D(Today.AddDays(-25)), assessor = "深圳市儿童医院专家组", conclusion = "具备手术指征" });
        Assert.Equal("Assessed", (await r.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await center.PostAsJsonAsync(url + "/decide", new { approve = true, hospital = "深圳市儿童医院" })).StatusCode);
        r = await city.PostAsJsonAsync(url + "/decide", new { approve = true, hospital = "深圳市儿童医院" });
        Assert.Equal("Approved", (await r.JsonAsync()).GetProperty("status").GetString());

        // the sources must add up to the total
        r = await center.PostAsJsonAsync(url + "/surgery", new { surgeryOn = D(Today), totalCost = 40000m, lotteryFund = 30000m, medicalInsurance = 5000m, otherFunding = 0m });
        Assert.Contains("之和应等于医疗总费用", await r.FieldErrorAsync("lotteryFund"), StringComparison.Ordinal);
        r = await center.PostAsJsonAsync(url + "/surgery", new { surgeryOn = D(Today), totalCost = 40000m, lotteryFund = 28000m, medicalInsurance = 12000m, otherFunding = 0m, rehabPlan = "术后康复3个月" });
        Assert.Equal("Operated", (await r.JsonAsync()).GetProperty("status").GetString());
        r = await center.PostAsJsonAsync(url + "/close", new { outcome = "Cured", closedOn = D(Today) });
        var closed = await r.JsonAsync();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("治愈", closed.GetProperty("outcomeName").GetString());
        Assert.Equal(28000m, closed.GetProperty("lotteryFund").GetDecimal());

        var board = await (await city.GetAsync($"/api/v1/childwelfare/tomorrow-plan?year={Today.AddDays(-30).Year}")).JsonAsync();
        Assert.Contains(board.GetProperty("cases").EnumerateArray(), c => c.GetProperty("id").GetGuid() == caseId);
        var year = board.GetProperty("byYear").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == Today.AddDays(-30).Year);
        Assert.True(year.GetProperty("lotteryFund").GetDecimal() >= 28000m);

        // 福田 sees none of the institution's cases
        var futian = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_orphan_turning_18_is_listed_gets_a_plan_and_an_overdue_follow_up_shows_until_the_next_visit()
    {
        var childId = await InstitutionalChildAsync(Today.AddYears(-18).AddDays(60));
        var center = await app.ClientForAsync("welfare.center");
        var city = await app.ClientForAsync("city.officer");
        var board = await (await center.GetAsync("/api/v1/childwelfare/placements")).JsonAsync();
        var upcoming = board.GetProperty("upcoming").EnumerateArray().Single(u => u.GetProperty("childId").GetGuid() == childId);
        Assert.Equal(60, upcoming.GetProperty("daysLeft").GetInt32());

        var r = await center.PostAsJsonAsync("/api/v1/childwelfare/placements", new { childId, responsiblePerson = "黄社工" });
        Assert.Contains("至少填写一项", await r.FieldErrorAsync("education"), StringComparison.Ordinal);
        r = await center.PostAsJsonAsync("/api/v1/childwelfare/placements", new
        {
            childId, education = "深圳技师学院 三年制", educationDue = D(Today.AddDays(90)), housing = "成年孤儿过渡公寓", housingDue = D(Today.AddDays(70)),
            responsiblePerson = "黄社工",
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var placementId = (await r.JsonAsync()).GetProperty("id").GetGuid();
        var url = $"/api/v1/childwelfare/placements/{placementId}";
        Assert.Equal(HttpStatusCode.Conflict, (await center.PostAsJsonAsync(url + "/visits", new { visitedOn = D(Today), notes = "入户" })).StatusCode);
        Assert.Equal("Approved", (await (await city.PostAsync(url + "/approve", null)).JsonAsync()).GetProperty("status").GetString());

        r = await center.PostAsJsonAsync(url + "/visits", new { visitedOn = D(Today.AddDays(-40)), notes = "已联系学校", nextDue = D(Today.AddDays(-5)) });
        var p = await r.JsonAsync();
        Assert.True(p.GetProperty("overdue").GetBoolean());
        board = await (await center.GetAsync("/api/v1/childwelfare/placements")).JsonAsync();
        Assert.True(board.GetProperty("placements").EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == placementId).GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(board.GetProperty("upcoming").EnumerateArray(), u => u.GetProperty("childId").GetGuid() == childId);

        // the next visit clears it; the next one is due after the interval parameter (90 days)
        p = await (await center.PostAsJsonAsync(url + "/visits", new { visitedOn = D(Today), notes = "已入学，适应良好" })).JsonAsync();
        Assert.False(p.GetProperty("overdue").GetBoolean());
        Assert.Equal(D(Today.AddDays(90)), p.GetProperty("nextVisitDue").GetString());
    }

    [Fact]
    public async Task The_report_counts_children_by_category_and_district_and_the_25_tomorrow_plan_cases_of_2018_also_in_excel()
    {
        var city = await app.ClientForAsync("city.officer");
        var s = await (await city.GetAsync("/api/v1/childwelfare/stats")).JsonAsync();
        var y2018 = s.GetProperty("tomorrowByYear").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2018);
        Assert.Equal(25, y2018.GetProperty("cases").GetInt32());
        var longhua = s.GetProperty("byDistrict").EnumerateArray().Single(d => d.GetProperty("districtCode").GetString() == "440309");
        Assert.True(longhua.GetProperty("institutionalOrphans").GetInt32() > 20);
        var totals = s.GetProperty("totals");
        Assert.Equal(s.GetProperty("byDistrict").EnumerateArray().Sum(d => d.GetProperty("total").GetInt32()), totals.GetProperty("total").GetInt32());
        Assert.True(s.GetProperty("allowancesByMonth").GetArrayLength() >= 3);

        // 福田 sees its own district only
        var futian = await (await (await app.ClientForAsync("futian.district")).GetAsync("/api/v1/childwelfare/stats")).JsonAsync();
        Assert.All(futian.GetProperty("byDistrict").EnumerateArray(), d => Assert.Equal("440304", d.GetProperty("districtCode").GetString()));

        var xlsx = await (await city.GetAsync("/api/v1/childwelfare/stats.xlsx")).Content.ReadAsByteArrayAsync();
        using var ms = new MemoryStream(xlsx);
        var rows = ms.Query(useHeaderRow: true, sheetName: "明天计划").Cast<IDictionary<string, object>>().ToList();
        var row = rows.Single(x => Convert.ToInt32(x["年度"], CultureInfo.InvariantCulture) == 2018);
        Assert.Equal(25, Convert.ToInt32(row["个案"], CultureInfo.InvariantCulture));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CareProgrammeTestsOnSqlite(SqliteApp app) : CareProgrammeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CareProgrammeTestsOnPostgres(PostgresApp app) : CareProgrammeTests(app);
