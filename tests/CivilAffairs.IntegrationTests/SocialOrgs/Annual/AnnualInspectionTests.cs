using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Annual;

/// <summary>年报年检 through the API, on both databases: submit, review, grade, return, the rules across years and the sweep.</summary>
public abstract class AnnualInspectionTests(AppFixture app)
{
    private const string Reports = "/api/v1/socialorgs/annual/reports";

    private static readonly string[] MeetingsItem = ["M01"];

    private static readonly string[] RatioItem = ["M07"];

    [Fact]
    public async Task An_organization_submits_late_the_district_registrar_grades_it_and_the_organization_record_follows()
    {
        var year = app.AnnualReportingYear();
        var org = await app.NewAnnualOrgAsync(SocialOrgType.ServiceOrg, "440304", "440304004");
        var mine = await org.Client.GetAsync("/api/v1/socialorgs/annual/mine").AnnualOkAsync();
        Assert.Equal(year, mine.GetProperty("reportingYear").GetInt32());
        Assert.Equal($"{year + 1}-05-31", mine.GetProperty("dueOn").GetString());
        Assert.True(mine.GetProperty("overdue").GetBoolean(), "the deadline of 5-31 has passed");

        var id = await org.SubmitAnnualAsync(AnnualTestData.Form(year));
        var submitted = await org.Client.GetAsync($"{Reports}/{id}").AnnualOkAsync();
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        Assert.StartsWith($"NB-{year}-", submitted.GetProperty("number").GetString());
        Assert.True(submitted.GetProperty("late").GetBoolean(), "submitted after the deadline: 逾期提交");

        var registrar = await app.ClientForAsync("futian.npo");
        var queue = await registrar.GetAsync($"{Reports}?year={year}&status=Submitted&q={org.CreditCode}").AnnualOkAsync();
        Assert.Single(queue.GetProperty("items").EnumerateArray());
        var graded = await registrar.PostAsJsonAsync($"{Reports}/{id}/grade", new { result = "Pass", opinion = "材料齐全" }).AnnualOkAsync();
        Assert.Equal("Pass", graded.GetProperty("result").GetString());
        Assert.Equal("None", graded.GetProperty("rectification").GetString());

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        var record = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == org.Id);
        Assert.Equal(year, record.LastInspectionYear);
        Assert.Equal(InspectionResult.Pass, record.LastInspectionResult);
        Assert.False(record.Rectifying);
        var events = await db.OrganizationEvents.IgnoreQueryFilters().Where(e => e.OrganizationId == org.Id).Select(e => e.Summary).ToListAsync();
        Assert.Contains(events, e => e.Contains("逾期提交", StringComparison.Ordinal));
        Assert.Contains($"{year}年度年检结论：合格", events);
        var after = await org.Client.GetAsync("/api/v1/socialorgs/annual/mine").AnnualOkAsync();
        Assert.Equal("Pass", after.GetProperty("current").GetProperty("result").GetString());
    }

    [Fact]
    public async Task An_organization_account_neither_sees_nor_touches_another_organizations_report()
    {
        var year = app.AnnualReportingYear();
        var a = await app.NewAnnualOrgAsync(SocialOrgType.SocialGroup, "440304", "440304004");
        var b = await app.NewAnnualOrgAsync(SocialOrgType.SocialGroup, "440304", "440304004");
        var created = await a.Client.PostAsJsonAsync(Reports, AnnualTestData.Form(year));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"{Reports}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.PutAsJsonAsync($"{Reports}/{id}", AnnualTestData.Form(year))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.PostAsJsonAsync($"{Reports}/{id}/submit", AnnualTestData.Form(year))).StatusCode);
        var list = await b.Client.GetAsync($"{Reports}?year={year}").AnnualOkAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("creditCode").GetString() == a.CreditCode);
        // an organization may not grade, nor see the sanction proposals
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.PostAsJsonAsync($"{Reports}/{id}/grade", new { result = "Pass" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.GetAsync("/api/v1/socialorgs/annual/proposals")).StatusCode);
        // a demo account too: org.npo cannot open org.foundation's report
        Guid foundationReport;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
            foundationReport = await db.AnnualReports.IgnoreQueryFilters().Where(r => r.CreditCode == "53440300MJL000024A").Select(r => r.Id).FirstAsync();
        }
        var npo = await app.ClientForAsync("org.npo");
        Assert.Equal(HttpStatusCode.NotFound, (await npo.GetAsync($"{Reports}/{foundationReport}")).StatusCode);
    }

    [Fact]
    public async Task A_district_registrar_cannot_grade_a_city_registered_organization_in_its_district_but_the_city_registrar_can()
    {
        var year = app.AnnualReportingYear();
        var org = await app.NewAnnualOrgAsync(SocialOrgType.SocialGroup, "4403", "440304004");
        var id = await org.SubmitAnnualAsync(AnnualTestData.Form(year));
        var district = await app.ClientForAsync("futian.npo");
        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync($"{Reports}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsJsonAsync($"{Reports}/{id}/grade", new { result = "Pass" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsJsonAsync($"{Reports}/{id}/return", new { reason = "请补充财务报表" })).StatusCode);
        // the district approver reads, but only a registrar (socialorgs.write) grades
        var approver = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.Forbidden, (await approver.PostAsJsonAsync($"{Reports}/{id}/grade", new { result = "Pass" })).StatusCode);
        var city = await app.ClientForAsync("city.npo");
        var graded = await city.PostAsJsonAsync($"{Reports}/{id}/grade", new { result = "Pass" }).AnnualOkAsync();
        Assert.Equal("Graded", graded.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_returned_report_is_corrected_and_resubmitted_keeping_its_number_and_a_basic_pass_orders_rectification()
    {
        var year = app.AnnualReportingYear();
        var org = await app.NewAnnualOrgAsync(SocialOrgType.ServiceOrg, "440304", "440304004");
        var id = await org.SubmitAnnualAsync(AnnualTestData.Form(year));
        var registrar = await app.ClientForAsync("futian.npo");
        var number = (await registrar.GetAsync($"{Reports}/{id}").AnnualOkAsync()).GetProperty("number").GetString();

        Assert.Contains("原因", await (await registrar.PostAsJsonAsync($"{Reports}/{id}/return", new { reason = "" })).FieldErrorAsync("reason"));
        var returned = await registrar.PostAsJsonAsync($"{Reports}/{id}/return", new { reason = "支出合计与财务报表不一致，请更正" }).AnnualOkAsync();
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.PostAsJsonAsync($"{Reports}/{id}/grade", new { result = "Pass" })).StatusCode);

        var mine = await org.Client.GetAsync($"{Reports}/{id}").AnnualOkAsync();
        Assert.Equal("支出合计与财务报表不一致，请更正", mine.GetProperty("returnReason").GetString());
        await org.Client.PutAsJsonAsync($"{Reports}/{id}", AnnualTestData.Form(year, expenditure: 470_000m)).AnnualOkAsync();
        var again = await org.Client.PostAsync($"{Reports}/{id}/submit", null).AnnualOkAsync();
        Assert.Equal("Submitted", again.GetProperty("status").GetString());
        Assert.Equal(number, again.GetProperty("number").GetString());
        Assert.Equal(470_000m, again.GetProperty("form").GetProperty("expenditureTotal").GetDecimal());
        Assert.Equal(1, again.GetProperty("returnCount").GetInt32());

        // a basic pass needs the items found and an opinion; it orders rectification by the parameter's period
        Assert.Contains("勾选", await (await registrar.PostAsJsonAsync($"{Reports}/{id}/grade", new { result = "BasicPass", opinion = "会议不规范" })).FieldErrorAsync("breaches"));
        var graded = await registrar.PostAsJsonAsync($"{Reports}/{id}/grade", new { result = "BasicPass", breaches = MeetingsItem, opinion = "未按章程召开理事会，限期整改" })
            .AnnualOkAsync();
        Assert.Equal("Ordered", graded.GetProperty("rectification").GetString());
        var today = ChinaTime.Today(app.Services.GetRequiredService<TimeProvider>());
        Assert.Equal(today.AddDays(90).ToString("yyyy-MM-dd"), graded.GetProperty("rectifyBy").GetString());
        Assert.Contains("socialorgs.annual.rectification_days=90", graded.GetProperty("parametersUsed").GetString());

        // the organization reports it done, the registrar closes it
        await org.Client.PostAsJsonAsync($"{Reports}/{id}/rectification/done", new { reason = "已补开理事会并报送会议纪要" }).AnnualOkAsync();
        var closed = await registrar.PostAsJsonAsync($"{Reports}/{id}/rectification/close", new { reason = "核查属实" }).AnnualOkAsync();
        Assert.Equal("Closed", closed.GetProperty("rectification").GetString());
    }

    [Fact]
    public async Task Foundation_spending_checks_are_stored_with_the_parameter_values_they_used()
    {
        var year = app.AnnualReportingYear();
        var city = await app.ClientForAsync("city.npo");

        // not public-fundraising: 50,000 spent on 1,000,000 balance = 5 % < 8 %; 30,000 of 200,000 on pay and admin = 15 % > 10 %
        var closed = await app.NewAnnualOrgAsync(SocialOrgType.Foundation, "4403", "440305001");
        var a = await closed.SubmitAnnualAsync(AnnualTestData.Form(year, income: 300_000m, expenditure: 200_000m, charitable: 50_000m, admin: 30_000m,
            fundBalance: 1_000_000m));
        var preview = await city.GetAsync($"{Reports}/{a}").AnnualOkAsync();
        Assert.False(preview.GetProperty("ratioChecksStored").GetBoolean());
        Assert.Equal("BasicPass", preview.GetProperty("suggestedResult").GetString());
        var graded = await city.PostAsJsonAsync($"{Reports}/{a}/grade", new { result = "BasicPass", breaches = RatioItem, opinion = "公益支出比例不足，管理费用超标" })
            .AnnualOkAsync();
        var checks = graded.GetProperty("ratioChecks").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal(0.05m, checks["other_min"].GetProperty("value").GetDecimal());
        Assert.Equal(0.08m, checks["other_min"].GetProperty("threshold").GetDecimal());
        Assert.False(checks["other_min"].GetProperty("passed").GetBoolean());
        Assert.Equal(0.15m, checks["admin_max"].GetProperty("value").GetDecimal());
        Assert.False(checks["admin_max"].GetProperty("passed").GetBoolean());
        var used = graded.GetProperty("parametersUsed").GetString()!;
        Assert.Contains("socialorgs.annual.foundation.other_min_ratio=0.08", used);
        Assert.Contains("socialorgs.annual.foundation.admin_max_ratio=0.10", used);
        Assert.Contains("基金会管理条例", used);

        // public-fundraising: 750,000 spent on last year's 1,000,000 income = 75 % ≥ 70 %; 40,000 of 800,000 = 5 % ≤ 10 %
        var open = await app.NewAnnualOrgAsync(SocialOrgType.Foundation, "4403", "440305001", publicFundraising: true);
        var b = await open.SubmitAnnualAsync(AnnualTestData.Form(year, income: 900_000m, expenditure: 800_000m, charitable: 750_000m, admin: 40_000m,
            priorIncome: 1_000_000m));
        var ok = await city.PostAsJsonAsync($"{Reports}/{b}/grade", new { result = "Pass" }).AnnualOkAsync();
        var okChecks = ok.GetProperty("ratioChecks").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);
        Assert.Equal(0.75m, okChecks["public_min"].GetProperty("value").GetDecimal());
        Assert.True(okChecks["public_min"].GetProperty("passed").GetBoolean());
        Assert.True(okChecks["admin_max"].GetProperty("passed").GetBoolean());
        Assert.Contains("public_min_ratio=0.70", ok.GetProperty("parametersUsed").GetString());

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        var stored = await db.AnnualReports.IgnoreQueryFilters().Where(r => r.Id == a || r.Id == b).ToDictionaryAsync(r => r.Id);
        Assert.True(stored[a].RatioFailed);
        Assert.False(stored[b].RatioFailed);
        Assert.Contains("other_min_ratio=0.08", stored[a].ParametersUsed);
        var stats = await city.GetAsync($"/api/v1/socialorgs/annual/stats?year={year}").AnnualOkAsync();
        Assert.Contains(stats.GetProperty("ratioFailures").EnumerateArray(), r => r.GetProperty("creditCode").GetString() == closed.CreditCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnnualInspectionTestsOnSqlite(SqliteApp app) : AnnualInspectionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AnnualInspectionTestsOnPostgres(PostgresApp app) : AnnualInspectionTests(app);
