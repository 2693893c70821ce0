using System.Globalization;
using System.Net;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.SocialOrgs.Domain;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Supervision;

/// <summary>行政处罚案件 through every step, maker–checker, the credit consequences and the registration authority; on both databases.</summary>
public abstract class SupervisionCaseTests(AppFixture app)
{
    [Fact]
    public async Task A_case_goes_through_every_step_and_a_large_fine_puts_the_organization_on_the_serious_list()
    {
        var org = await app.SupOrgAsync("440304", "440304004");
        var c = await app.SupPostAsync("futian.npo", "/cases", new { organizationId = org.Id, source = "Complaint", sourceRef = "TS-X", facts = "违规设立分支机构并收费" },
            HttpStatusCode.Created);
        var id = c.GetProperty("id").GetGuid();
        Assert.Matches(@"^AJ-\d{4}-\d{6}$", c.GetProperty("number").GetString());
        Assert.Equal("Proposed", c.GetProperty("status").GetString());
        // the registrar prepares, only an approver files; nothing can be skipped
        await app.SupPostAsync("futian.npo", $"/cases/{id}/file", new { }, HttpStatusCode.Forbidden);
        await app.SupPostAsync("futian.npo", $"/cases/{id}/investigation", new { investigators = "futian.npo,zf.futian", note = "x" }, HttpStatusCode.Conflict);
        var filed = await app.SupPostAsync("futian.district", $"/cases/{id}/file", new { note = "同意立案" });
        var filedOn = DateOnly.Parse(filed.GetProperty("filedOn").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(filedOn.AddDays(90).ToString("yyyy-MM-dd"), filed.GetProperty("decisionDue").GetString());
        Assert.Contains("socialorgs.supervision.decision_days", filed.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);

        var one = await app.SupPostAsync("futian.npo", $"/cases/{id}/investigation", new { investigators = "futian.npo", note = "x" }, HttpStatusCode.BadRequest);
        Assert.True(one.GetProperty("errors").TryGetProperty("investigators", out _));
        await app.SupPostAsync("futian.npo", $"/cases/{id}/investigation", new { investigators = "futian.npo, zf.futian", note = "调取账册、询问负责人" });
        await app.SupPostAsync("futian.npo", $"/cases/{id}/review", new { note = "事实清楚，证据确凿" });
        var bad = await app.SupPostAsync("futian.npo", $"/cases/{id}/notice", new { outcome = "Ban" }, HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("outcome", out _));
        var notified = await app.SupPostAsync("futian.npo", $"/cases/{id}/notice", new { outcome = "Fine", amount = 60000 });
        Assert.True(notified.GetProperty("hearingRight").GetBoolean());
        await app.SupPostAsync("futian.npo", $"/cases/{id}/hearing", new { note = "当事人要求听证，已举行" });
        // the registrar cannot decide
        await app.SupPostAsync("futian.npo", $"/cases/{id}/decision", new { outcome = "Fine", amount = 60000 }, HttpStatusCode.Forbidden);
        var decided = await app.SupPostAsync("futian.district", $"/cases/{id}/decision", new { outcome = "Fine", amount = 60000, note = "维持拟处罚意见" });
        Assert.Equal("Decided", decided.GetProperty("status").GetString());
        Assert.Equal("罚款", decided.GetProperty("outcomeName").GetString());
        Assert.StartsWith("SX-", decided.GetProperty("creditEntries").GetString(), StringComparison.Ordinal);
        Assert.Contains("socialorgs.supervision.large_fine", decided.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);
        await app.SupPostAsync("futian.npo", $"/cases/{id}/service", new { note = "直接送达" });
        await app.SupPostAsync("futian.npo", $"/cases/{id}/execution", new { note = "已缴纳" });
        var closed = await app.SupPostAsync("futian.npo", $"/cases/{id}/closure", new { });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        var steps = closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()).ToList();
        Assert.Equal(["Proposed", "Filed", "Investigated", "Reviewed", "Notified", "Heard", "Decided", "Served", "Executed", "Closed"], steps);
        Assert.False(closed.GetProperty("overdue").GetBoolean());

        var entry = Assert.Single(await app.SupCreditEntriesAsync(org.Id));
        Assert.Equal(CreditList.Serious, entry.List);
        Assert.Equal(CreditTrigger.LargeFine, entry.Trigger);
        Assert.Equal("futian.district", entry.ListedBy);
        Assert.Equal(CreditStatus.Serious, (await app.SupReadOrgAsync(org.Id)).CreditStatus);
        Assert.Contains(await app.SupEventsAsync(org.Id), e => e.Kind == OrgEventKind.Enforcement && e.Summary.Contains("罚款", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_who_investigated_or_proposed_a_case_decides_it()
    {
        var org = await app.SupOrgAsync("440304", "440304001");
        var id = await app.SupCaseToNoticeAsync(org, "futian.npo", "futian.district", new { outcome = "Warning" }, investigators: "futian.npo,futian.district");
        var refused = await app.SupPostAsync("futian.district", $"/cases/{id}/decision", new { outcome = "Warning" }, HttpStatusCode.Conflict);
        Assert.Contains("调查取证", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // another approver with authority (the city acts on all) decides
        var ok = await app.SupPostAsync("city.officer", $"/cases/{id}/decision", new { outcome = "Warning" });
        Assert.Equal("city.officer", ok.GetProperty("decidedBy").GetString());
        // a single warning lists nobody
        Assert.Empty(await app.SupCreditEntriesAsync(org.Id));
    }

    [Fact]
    public async Task Revocation_ends_the_registration_and_lists_the_organization()
    {
        var org = await app.SupOrgAsync("440304", "440304004");
        var id = await app.SupCaseToNoticeAsync(org, "futian.npo", "futian.district", new { outcome = "Revocation" });
        var c = await app.SupGetAsync("futian.npo", $"/cases/{id}");
        Assert.True(c.GetProperty("hearingRight").GetBoolean());
        await app.SupPostAsync("futian.district", $"/cases/{id}/decision", new { outcome = "Revocation", note = "情节严重" });
        var stored = await app.SupReadOrgAsync(org.Id);
        Assert.Equal(OrgStatus.Revoked, stored.Status);
        Assert.Equal(DateOnly.Parse(SupervisionApi.Today, CultureInfo.InvariantCulture), stored.EndedOn);
        Assert.Equal(CreditStatus.Serious, stored.CreditStatus);
        Assert.Contains(await app.SupCreditEntriesAsync(org.Id), e => e.Trigger == CreditTrigger.Revoked && e.List == CreditList.Serious);
        Assert.Contains(await app.SupEventsAsync(org.Id), e => e.Kind == OrgEventKind.Revoked);
        // no new case against a revoked organization
        await app.SupPostAsync("futian.npo", "/cases", new { organizationId = org.Id, source = "Inspection", facts = "x" }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_minor_penalties_within_three_years_put_the_organization_on_the_serious_list()
    {
        var org = await app.SupOrgAsync("440304", "440304008");
        var first = await app.SupCaseToNoticeAsync(org, "futian.npo", "futian.district", new { outcome = "Warning" });
        await app.SupPostAsync("futian.district", $"/cases/{first}/decision", new { outcome = "Warning" });
        Assert.Empty(await app.SupCreditEntriesAsync(org.Id));
        var second = await app.SupCaseToNoticeAsync(org, "futian.npo", "futian.district", new { outcome = "Fine", amount = 5000 });
        var d = await app.SupPostAsync("futian.district", $"/cases/{second}/decision", new { outcome = "Fine", amount = 5000 });
        Assert.False(d.GetProperty("hearingRight").GetBoolean());
        var entry = Assert.Single(await app.SupCreditEntriesAsync(org.Id));
        Assert.Equal(CreditTrigger.RepeatedPenalties, entry.Trigger);
        Assert.Contains("socialorgs.supervision.repeat_years", d.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_registrar_acts_only_on_its_own_organizations_and_on_illegal_ones_in_its_district()
    {
        // a city-registered organization located in Futian: visible to Futian, but only the city bureau may open a case
        var city = await app.SupOrgAsync("4403", "440304004");
        var refused = await app.SupPostAsync("futian.npo", "/cases", new { organizationId = city.Id, source = "Inspection", facts = "x" }, HttpStatusCode.Forbidden);
        Assert.Contains("登记管理机关", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var byCity = await app.SupPostAsync("city.npo", "/cases", new { organizationId = city.Id, source = "Inspection", facts = "违规评比" }, HttpStatusCode.Created);
        // and the Futian approver may not file it either
        await app.SupPostAsync("futian.district", $"/cases/{byCity.GetProperty("id").GetGuid()}/file", new { }, HttpStatusCode.Forbidden);
        // a Nanshan organization is out of Futian's sight altogether
        var nanshan = await app.SupOrgAsync("440305", "440305001");
        await app.SupPostAsync("futian.npo", "/cases", new { organizationId = nanshan.Id, source = "Inspection", facts = "x" }, HttpStatusCode.NotFound);

        // an illegal organization: the bureau where it operates
        var missing = await app.SupPostAsync("futian.npo", "/cases", new { source = "Complaint", facts = "x" }, HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("subjectName", out _));
        await app.SupPostAsync("futian.npo", "/cases", new { subjectName = "某某总会（未登记）", subjectPlace = "南山区某大厦", divisionCode = "440305005", source = "Complaint", facts = "x" },
            HttpStatusCode.BadRequest);
        var illegal = await app.SupPostAsync("futian.npo", "/cases",
            new { subjectName = "深圳市某某文化总会（未登记）", subjectPlace = "福田区某大厦", divisionCode = "440304004", source = "Complaint", facts = "未经登记开展活动" }, HttpStatusCode.Created);
        Assert.True(illegal.GetProperty("illegalOrganization").GetBoolean());
        var id = illegal.GetProperty("id").GetGuid();
        await app.SupPostAsync("futian.district", $"/cases/{id}/file", new { });
        await app.SupPostAsync("futian.npo", $"/cases/{id}/investigation", new { investigators = "futian.npo,zf.futian", note = "现场核查" });
        await app.SupPostAsync("futian.npo", $"/cases/{id}/review", new { note = "审核" });
        await app.SupPostAsync("futian.npo", $"/cases/{id}/notice", new { outcome = "Fine", amount = 1000 }, HttpStatusCode.BadRequest);
        await app.SupPostAsync("futian.npo", $"/cases/{id}/notice", new { outcome = "Ban" });
        var banned = await app.SupPostAsync("futian.district", $"/cases/{id}/decision", new { outcome = "Ban" });
        Assert.Equal("取缔", banned.GetProperty("outcomeName").GetString());
        Assert.Equal(JsonValueKind.Null, banned.GetProperty("creditCode").ValueKind);
    }

    [Fact]
    public async Task A_case_may_be_dropped_with_a_reason_by_the_approver()
    {
        var org = await app.SupOrgAsync("440304", "440304004");
        var c = await app.SupPostAsync("futian.npo", "/cases", new { organizationId = org.Id, source = "Referral", facts = "被举报违规收费" }, HttpStatusCode.Created);
        var id = c.GetProperty("id").GetGuid();
        await app.SupPostAsync("futian.district", $"/cases/{id}/drop", new { outcome = "Withdrawn" }, HttpStatusCode.BadRequest);
        var dropped = await app.SupPostAsync("futian.district", $"/cases/{id}/drop", new { outcome = "Withdrawn", note = "经查举报不属实" });
        Assert.Equal("Dropped", dropped.GetProperty("status").GetString());
        Assert.Equal("撤案", dropped.GetProperty("outcomeName").GetString());
        await app.SupPostAsync("futian.district", $"/cases/{id}/file", new { }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_2018_statistics_count_the_seed_s_29_cases_and_the_crackdown_and_export_them()
    {
        var stats = await app.SupGetAsync("city.officer", "/cases/stats?year=2018");
        Assert.Equal(29, stats.GetProperty("total").GetInt32());
        Assert.Equal(13, stats.GetProperty("illegal").GetInt32());
        Assert.Equal(8, stats.GetProperty("banned").GetInt32());
        Assert.Equal(5, stats.GetProperty("dispersed").GetInt32());
        Assert.Equal(29, stats.GetProperty("bySource").EnumerateArray().Sum(r => r.GetProperty("count").GetInt32()));
        // Futian sees only its district's part
        var futian = await app.SupGetAsync("futian.district", "/cases/stats?year=2018");
        Assert.InRange(futian.GetProperty("total").GetInt32(), 1, 28);
        Assert.All(futian.GetProperty("byDistrict").EnumerateArray(), d => Assert.Equal("440304", d.GetProperty("district").GetString()));

        var xlsx = await app.SupBytesAsync("city.officer", "/cases.xlsx?year=2018");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "行政处罚案件").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(29, rows.Count);
        Assert.Equal(8, rows.Count(r => (string?)r["处理结果"] == "取缔"));
        // the organizations' own accounts get no statistics
        await app.SupGetAsync("org.npo", "/cases/stats?year=2018", HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupervisionCaseTestsOnSqlite(SqliteApp app) : SupervisionCaseTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SupervisionCaseTestsOnPostgres(PostgresApp app) : SupervisionCaseTests(app);
