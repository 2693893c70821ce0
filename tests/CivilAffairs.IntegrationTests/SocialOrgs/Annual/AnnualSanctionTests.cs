using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Annual;

/// <summary>The overdue sweep onto the 活动异常名录 and the sanctions of the rules across years, on both databases.</summary>
public abstract class AnnualSanctionTests(AppFixture app)
{
    private const string Annual = "/api/v1/socialorgs/annual";

    [Fact]
    public async Task The_sweep_lists_an_organization_without_a_report_once_and_not_one_that_reported()
    {
        var year = app.AnnualReportingYear();
        // registered early in the reporting year: it owes that year's report only
        var silent = await app.NewAnnualOrgAsync(SocialOrgType.ServiceOrg, "440304", "440304009", established: new DateOnly(year, 3, 1));
        var diligent = await app.NewAnnualOrgAsync(SocialOrgType.ServiceOrg, "440304", "440304009", established: new DateOnly(year, 3, 1));
        await diligent.SubmitAnnualAsync(AnnualTestData.Form(year));
        var registrar = await app.ClientForAsync("futian.npo");

        var overdue = await registrar.GetAsync($"{Annual}/overdue?year={year}").AnnualOkAsync();
        Assert.Contains(overdue.EnumerateArray(), o => o.GetProperty("creditCode").GetString() == silent.CreditCode);
        Assert.DoesNotContain(overdue.EnumerateArray(), o => o.GetProperty("creditCode").GetString() == diligent.CreditCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await silent.Client.PostAsync($"{Annual}/sweep?year={year}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("futian.district")).PostAsync($"{Annual}/sweep?year={year}", null)).StatusCode);

        var first = await registrar.PostAsync($"{Annual}/sweep?year={year}", null).AnnualOkAsync();
        var line = first.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("creditCode").GetString() == silent.CreditCode);
        Assert.True(line.GetProperty("newlyListed").GetBoolean());
        Assert.StartsWith("YC-", line.GetProperty("entryNumber").GetString());
        Assert.DoesNotContain(first.GetProperty("lines").EnumerateArray(), l => l.GetProperty("creditCode").GetString() == diligent.CreditCode);
        // the district's registrar sweeps only the organizations its bureau registered
        Assert.All(first.GetProperty("lines").EnumerateArray(), l => Assert.Equal("440304", l.GetProperty("creditCode").GetString()![2..8]));

        var second = await registrar.PostAsync($"{Annual}/sweep?year={year}", null).AnnualOkAsync();
        var again = second.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("creditCode").GetString() == silent.CreditCode);
        Assert.False(again.GetProperty("newlyListed").GetBoolean());
        Assert.Equal(line.GetProperty("entryNumber").GetString(), again.GetProperty("entryNumber").GetString());

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        var entries = await db.CreditEntries.IgnoreQueryFilters().Where(e => e.OrganizationId == silent.Id).ToListAsync();
        var entry = Assert.Single(entries);
        Assert.Equal(CreditList.Abnormal, entry.List);
        Assert.Equal(CreditTrigger.NoAnnualReport, entry.Trigger);
        Assert.Equal(new DateOnly(year + 1, 6, 1), entry.OccurredOn);
        Assert.Equal($"NB-{year}", entry.SourceRef);
        Assert.Equal(CreditStatus.Abnormal, (await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == silent.Id)).CreditStatus);
        Assert.Empty(await db.CreditEntries.IgnoreQueryFilters().Where(e => e.OrganizationId == diligent.Id).ToListAsync());
        // one year missed: a warning is proposed, once
        var proposal = Assert.Single(await db.AnnualProposals.IgnoreQueryFilters().Where(p => p.OrganizationId == silent.Id).ToListAsync());
        Assert.Equal(SanctionKind.Warning, proposal.Kind);
        Assert.Equal(year, proposal.Year);
    }

    [Fact]
    public async Task Two_failed_years_running_propose_revocation_which_the_approver_hands_to_enforcement()
    {
        var year = app.AnnualReportingYear();
        // registered in the year before the reporting year: that year and this one are its only two
        var org = await app.NewAnnualOrgAsync(SocialOrgType.SocialGroup, "440304", "440304002", established: new DateOnly(year - 1, 3, 1));
        var registrar = await app.ClientForAsync("futian.npo");
        var fail = new { result = "Fail", breaches = new[] { "S02", "M03" }, opinion = "超出章程业务范围开展收费活动，限期整改" };

        var earlier = await org.SubmitAnnualAsync(AnnualTestData.Form(year - 1));
        await registrar.PostAsJsonAsync($"{Annual}/reports/{earlier}/grade", fail).AnnualOkAsync();
        var current = await org.SubmitAnnualAsync(AnnualTestData.Form(year));
        var graded = await registrar.PostAsJsonAsync($"{Annual}/reports/{current}/grade", fail).AnnualOkAsync();
        Assert.Equal("Fail", graded.GetProperty("result").GetString());

        var proposals = (await registrar.GetAsync($"{Annual}/proposals?status=Pending").AnnualOkAsync()).EnumerateArray()
            .Where(p => p.GetProperty("creditCode").GetString() == org.CreditCode).ToDictionary(p => p.GetProperty("year").GetInt32());
        Assert.Equal("Warning", proposals[year - 1].GetProperty("kind").GetString());
        Assert.Equal("Revocation", proposals[year].GetProperty("kind").GetString());
        Assert.Contains($"{year - 1}年度不合格", proposals[year].GetProperty("years").GetString());
        var id = proposals[year].GetProperty("id").GetGuid();

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
            var record = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == org.Id);
            Assert.True(record.Rectifying, "不合格: no change of name or scope, no branches while rectifying");
            Assert.Equal(InspectionResult.Fail, record.LastInspectionResult);
        }

        // a registrar (no socialorgs.approve) cannot decide; the district approver does
        Assert.Equal(HttpStatusCode.Forbidden, (await registrar.PostAsJsonAsync($"{Annual}/proposals/{id}/confirm", new { reason = "" })).StatusCode);
        var approver = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.BadRequest, (await approver.PostAsJsonAsync($"{Annual}/proposals/{id}/dismiss", new { reason = "" })).StatusCode);
        var confirmed = await approver.PostAsJsonAsync($"{Annual}/proposals/{id}/confirm", new { reason = "移交执法支队立案" }).AnnualOkAsync();
        Assert.Equal("Confirmed", confirmed.GetProperty("status").GetString());
        Assert.True(confirmed.GetProperty("handedToEnforcement").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await approver.PostAsJsonAsync($"{Annual}/proposals/{id}/confirm", new { reason = "" })).StatusCode);

        // closing one rectification keeps the restriction while the other 不合格 is still open
        await registrar.PostAsJsonAsync($"{Annual}/reports/{earlier}/rectification/close", new { reason = "已整改" }).AnnualOkAsync();
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
            Assert.True((await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == org.Id)).Rectifying);
            var events = await db.OrganizationEvents.IgnoreQueryFilters().Where(e => e.OrganizationId == org.Id).Select(e => e.Summary).ToListAsync();
            Assert.Contains(events, e => e.Contains("拟撤销登记，已移交执法", StringComparison.Ordinal));
        }
        await registrar.PostAsJsonAsync($"{Annual}/reports/{current}/rectification/close", new { reason = "已整改" }).AnnualOkAsync();
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
            Assert.False((await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == org.Id)).Rectifying);
        }
    }

    [Fact]
    public async Task The_statistics_count_the_demo_year_and_export_to_excel()
    {
        var year = app.AnnualReportingYear();
        var city = await app.ClientForAsync("city.officer");
        var stats = await city.GetAsync($"{Annual}/stats?year={year - 1}").AnnualOkAsync();
        var total = stats.GetProperty("total");
        Assert.True(total.GetProperty("due").GetInt32() >= 30);
        Assert.True(total.GetProperty("fail").GetInt32() >= 1, "the demo's 福田区明德培训学校 failed last year");
        Assert.True(total.GetProperty("notSubmitted").GetInt32() >= 1, "the demo's 宝安区新安社区服务中心 missed last year");

        var r = await city.GetAsync($"{Annual}/stats.xlsx?year={year - 1}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        await using var stream = await r.Content.ReadAsStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(copy);
        Assert.Contains("按登记管理机关", sheets);
        copy.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(copy, useHeaderRow: true, sheetName: "按登记管理机关").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, x => x["登记管理机关"] as string == "深圳市民政局");
        Assert.Contains(rows, x => x["登记管理机关"] as string == "合计");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnnualSanctionTestsOnSqlite(SqliteApp app) : AnnualSanctionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AnnualSanctionTestsOnPostgres(PostgresApp app) : AnnualSanctionTests(app);
