using System.Globalization;
using System.Net;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.SocialOrgs.Domain;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Supervision;

/// <summary>Inspections, complaints, what an organization's own account sees, party coverage, pilots and centres; on both databases.</summary>
public abstract class SupervisionOversightTests(AppFixture app)
{
    [Fact]
    public async Task An_organization_sees_its_inspections_and_cases_but_not_notes_investigators_or_complaints()
    {
        var org = await app.SupOrgAsync("440304", "440304004");
        var other = await app.SupOrgAsync("440304", "440304004");
        var account = await app.SupOrgAccountAsync(org);

        var few = await app.SupPostAsync("futian.npo", "/inspections", new { organizationId = org.Id, kind = "RandomCheck", inspectors = "futian.npo", findings = "x", outcome = "NoIssue" },
            HttpStatusCode.BadRequest);
        Assert.True(few.GetProperty("errors").TryGetProperty("inspectors", out _));
        var noDeadline = await app.SupPostAsync("futian.npo", "/inspections",
            new { organizationId = org.Id, kind = "RandomCheck", inspectors = "futian.npo,zf.futian", findings = "x", outcome = "Rectify" }, HttpStatusCode.BadRequest);
        Assert.True(noDeadline.GetProperty("errors").TryGetProperty("rectifyBy", out _));
        var by = DateOnly.Parse(SupervisionApi.Today, CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd");
        var i = await app.SupPostAsync("futian.npo", "/inspections", new
        {
            organizationId = org.Id, kind = "Special", inspectors = "futian.npo,zf.futian", findings = "财务凭证不规范", notes = "负责人态度消极，建议重点跟踪", outcome = "Rectify",
            rectifyBy = by,
        }, HttpStatusCode.Created);
        Assert.StartsWith("JC-", i.GetProperty("number").GetString(), StringComparison.Ordinal);
        await app.SupPostAsync("futian.npo", "/inspections", new { organizationId = other.Id, kind = "RandomCheck", inspectors = "futian.npo,zf.futian", findings = "正常", outcome = "NoIssue" },
            HttpStatusCode.Created);
        var mine = await app.SupPostAsync("futian.npo", "/cases", new { organizationId = org.Id, source = "Inspection", sourceRef = i.GetProperty("number").GetString(), facts = "账外收支" },
            HttpStatusCode.Created);
        var theirs = await app.SupPostAsync("futian.npo", "/cases", new { organizationId = other.Id, source = "Inspection", facts = "x" }, HttpStatusCode.Created);
        await app.SupPostAsync("futian.npo", "/complaints", new { channel = "Hotline12345", organizationId = org.Id, summary = "反映乱收费", complainantName = "赵投诉", complainantPhone = "13800138000" },
            HttpStatusCode.Created);

        var seen = await app.SupGetAsync(account, "/inspections");
        var row = Assert.Single(seen.EnumerateArray());
        Assert.Equal("财务凭证不规范", row.GetProperty("findings").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("notes").ValueKind);
        Assert.Equal("", row.GetProperty("inspectors").GetString());
        var cases = await app.SupGetAsync(account, "/cases");
        var only = Assert.Single(cases.GetProperty("items").EnumerateArray());
        Assert.Equal(mine.GetProperty("id").GetGuid(), only.GetProperty("id").GetGuid());
        var detail = await app.SupGetAsync(account, $"/cases/{mine.GetProperty("id").GetGuid()}");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("sourceRef").ValueKind);
        Assert.All(detail.GetProperty("steps").EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("note").ValueKind));
        await app.SupGetAsync(account, $"/cases/{theirs.GetProperty("id").GetGuid()}", HttpStatusCode.NotFound);
        await app.SupGetAsync(account, "/complaints", HttpStatusCode.Forbidden);
        await app.SupPostAsync(account, "/cases", new { organizationId = org.Id, source = "Inspection", facts = "x" }, HttpStatusCode.Forbidden);
        // staff see the notes
        var staff = await app.SupGetAsync("futian.npo", $"/inspections?org={org.Id}");
        Assert.Equal("负责人态度消极，建议重点跟踪", Assert.Single(staff.EnumerateArray()).GetProperty("notes").GetString());
        Assert.Contains(await app.SupEventsAsync(org.Id), e => e.Kind == OrgEventKind.Inspection);
    }

    [Fact]
    public async Task A_complaint_about_an_unregistered_organization_is_masked_and_answered_within_working_days()
    {
        var bad = await app.SupPostAsync("futian.npo", "/complaints", new { channel = "Fax", summary = "" }, HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("channel", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("summary", out _));
        var c = await app.SupPostAsync("futian.npo", "/complaints", new
        {
            channel = "Online", receivedOn = "2026-09-30", subjectName = "深圳市某某商会（筹）", subjectPlace = "福田区某大厦15楼", divisionCode = "440304004",
            summary = "未经登记以商会名义收取会费", complainantName = "钱举报", complainantPhone = "13912345678",
        }, HttpStatusCode.Created);
        Assert.True(c.GetProperty("unregistered").GetBoolean());
        Assert.DoesNotContain("钱举报", c.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", c.GetRawText(), StringComparison.Ordinal);
        // 15 working days after 30 September 2026 skip the National Day holiday (1–7 October) and the weekends
        var due = DateOnly.Parse(c.GetProperty("replyDue").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(new DateOnly(2026, 10, 27), due);
        Assert.Contains("complaint_reply_days", c.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);
        var id = c.GetProperty("id").GetGuid();
        await app.SupPostAsync("futian.npo", $"/complaints/{id}/handling", new { action = "reply" }, HttpStatusCode.Conflict);
        await app.SupPostAsync("futian.npo", $"/complaints/{id}/handling", new { action = "assign", assignedTo = "futian.npo" });
        await app.SupPostAsync("futian.npo", $"/complaints/{id}/handling", new { action = "verify", substantiated = true, result = "情况属实，已移交立案" });
        var replied = await app.SupPostAsync("futian.npo", $"/complaints/{id}/handling", new { action = "reply" });
        Assert.Equal("Replied", replied.GetProperty("status").GetString());
        // Nanshan does not see a Futian complaint
        var nanshan = await app.SupGetAsync("nanshan.street", "/complaints");
        Assert.DoesNotContain(nanshan.EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Coverage_statistics_match_a_hand_count_and_an_unformed_party_organization_can_be_listed()
    {
        // a district of their own (440399) so the counts are only these organizations
        var a = await app.SupOrgAsync("4403", "440399001", SocialOrgType.SocialGroup);
        var b = await app.SupOrgAsync("4403", "440399001", SocialOrgType.SocialGroup);
        var c = await app.SupOrgAsync("4403", "440399002", SocialOrgType.ServiceOrg);
        var d = await app.SupOrgAsync("4403", "440399002", SocialOrgType.ServiceOrg);
        var gone = await app.SupOrgAsync("4403", "440399002", SocialOrgType.ServiceOrg, OrgStatus.Revoked);
        var tooFew = await app.SupPutAsync("city.npo", $"/party/units/{a.Id}", new { partyMembers = 2, form = "Own", establishedOn = "2018-06-01", secretary = "林书记" },
            HttpStatusCode.BadRequest);
        Assert.True(tooFew.GetProperty("errors").TryGetProperty("partyMembers", out _));
        var unit = await app.SupPutAsync("city.npo", $"/party/units/{a.Id}", new { partyMembers = 5, form = "Own", establishedOn = "2018-06-01", secretary = "林建华", superior = "中共深圳市社会组织委员会" });
        Assert.Equal("林*华", unit.GetProperty("secretary").GetString());
        await app.SupPutAsync("city.npo", $"/party/units/{b.Id}", new { partyMembers = 2, form = "Joint", establishedOn = "2019-03-01", secretary = "黄志强" });
        await app.SupPutAsync("city.npo", $"/party/units/{c.Id}", new { partyMembers = 4 });
        await app.SupPutAsync("city.npo", $"/party/units/{gone.Id}", new { partyMembers = 9 }, HttpStatusCode.Conflict);
        // outside Futian's jurisdiction altogether
        await app.SupPutAsync("futian.npo", $"/party/units/{d.Id}", new { partyMembers = 1 }, HttpStatusCode.NotFound);

        var cov = await app.SupGetAsync("city.officer", "/party/coverage?division=440399");
        var total = cov.GetProperty("total");
        Assert.Equal(4, total.GetProperty("active").GetInt32());
        Assert.Equal(2, total.GetProperty("withParty").GetInt32());
        Assert.Equal(50.0m, total.GetProperty("coveragePercent").GetDecimal());
        Assert.Equal(7, total.GetProperty("members").GetInt32());
        Assert.Equal(1, total.GetProperty("shouldHaveButNone").GetInt32());
        var groups = cov.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "SocialGroup");
        Assert.Equal(100.0m, groups.GetProperty("coveragePercent").GetDecimal());
        Assert.Equal(1, groups.GetProperty("own").GetInt32());
        Assert.Equal(1, groups.GetProperty("joint").GetInt32());
        var services = cov.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "ServiceOrg");
        Assert.Equal(0m, services.GetProperty("coveragePercent").GetDecimal());
        Assert.Equal(2, services.GetProperty("active").GetInt32());
        Assert.Contains(cov.GetProperty("reported").EnumerateArray(), r => r.GetProperty("year").GetInt32() == 2018 && r.GetProperty("members").GetInt32() == 11988);

        var flagged = await app.SupGetAsync("city.npo", "/party/units?division=440399&flagged=true");
        Assert.Equal(c.Id, Assert.Single(flagged.EnumerateArray()).GetProperty("organizationId").GetGuid());
        await app.SupPostAsync("city.npo", $"/party/units/{d.Id}/abnormal", new { }, HttpStatusCode.Conflict);
        var listed = await app.SupPostAsync("city.npo", $"/party/units/{c.Id}/abnormal", new { });
        Assert.StartsWith("YC-", listed.GetProperty("entry").GetString(), StringComparison.Ordinal);
        var entry = Assert.Single(await app.SupCreditEntriesAsync(c.Id));
        Assert.Equal(CreditTrigger.NoPartyOrganization, entry.Trigger);
        Assert.Equal(CreditStatus.Abnormal, (await app.SupReadOrgAsync(c.Id)).CreditStatus);

        var xlsx = await app.SupBytesAsync("city.officer", "/party/coverage.xlsx?division=440399");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "覆盖统计").Cast<IDictionary<string, object?>>().ToList();
        var sum = Assert.Single(rows, r => (string?)r["区"] == "合计");
        Assert.Equal(4d, Convert.ToDouble(sum["正常存续组织数"], CultureInfo.InvariantCulture));
        Assert.Equal(7d, Convert.ToDouble(sum["党员人数"], CultureInfo.InvariantCulture));
        var units = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "党组织").Cast<IDictionary<string, object?>>().ToList();
        Assert.DoesNotContain(units, r => (string?)r["书记"] == "林建华");
    }

    [Fact]
    public async Task Pilots_are_for_industry_associations_and_centres_are_recorded_with_the_seed_s_six()
    {
        var assoc = await app.SupOrgAsync("4403", "440304010", industry: true);
        var plain = await app.SupOrgAsync("4403", "440304010");
        var no = await app.SupPostAsync("city.npo", "/party/pilots", new { organizationId = plain.Id, startedOn = "2026-01-05", measures = "公约" }, HttpStatusCode.BadRequest);
        Assert.True(no.GetProperty("errors").TryGetProperty("organizationId", out _));
        var p = await app.SupPostAsync("city.npo", "/party/pilots", new { organizationId = assoc.Id, startedOn = "2026-01-05", measures = "制定行业自律公约" }, HttpStatusCode.Created);
        Assert.Equal(2026, p.GetProperty("batchYear").GetInt32());
        await app.SupPostAsync("city.npo", "/party/pilots", new { organizationId = assoc.Id, startedOn = "2026-02-05", measures = "again" }, HttpStatusCode.Conflict);
        await app.SupPostAsync("city.npo", $"/party/pilots/{p.GetProperty("id").GetGuid()}/evaluation", new { score = 120, result = "优秀" }, HttpStatusCode.BadRequest);
        var e = await app.SupPostAsync("city.npo", $"/party/pilots/{p.GetProperty("id").GetGuid()}/evaluation", new { score = 91.5, result = "优秀" });
        Assert.Equal("Evaluated", e.GetProperty("status").GetString());

        var centres = await app.SupGetAsync("city.officer", "/party/centres");
        Assert.True(centres.GetArrayLength() >= 6);
        await app.SupPostAsync("futian.npo", "/party/centres", new { name = "某中心", divisionCode = "440305001", address = "x", openedOn = "2026-01-01", host = "x" }, HttpStatusCode.BadRequest);
        await app.SupPostAsync("futian.npo", "/party/centres", new { name = "福田区沙头街道社会组织党群服务站", divisionCode = "440304009", address = "福田区沙头街道示例路1号", openedOn = "2026-01-01",
            host = "福田区社会组织党委", services = "党员活动", visitsPerYear = 1200 }, HttpStatusCode.Created);
        // party pages are for the bureau
        await app.SupGetAsync("org.assoc", "/party/coverage", HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupervisionOversightTestsOnSqlite(SqliteApp app) : SupervisionOversightTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SupervisionOversightTestsOnPostgres(PostgresApp app) : SupervisionOversightTests(app);
