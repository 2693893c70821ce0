using System.Net;
using CivilAffairs.IntegrationTests.Community.Honours;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;

namespace CivilAffairs.IntegrationTests.Community.Integrity;

/// <summary>Leads about gang-related influence: only community.integrity sees or touches them; on both databases.</summary>
public abstract class IntegrityLeadsTests(AppFixture app)
{
    private const string Leads = "/integrity/leads";

    [Theory]
    [InlineData("futian.district")]
    [InlineData("city.officer")]
    [InlineData("auditor")]
    [InlineData("futian.community")]
    public async Task Everyone_without_the_integrity_permission_is_refused_every_lead_endpoint(string user)
    {
        var any = (await app.GrassGetAsync("city.grassroots", Leads + "?year=2018")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, await app.GrassStatusAsync(user, Leads));
        Assert.Equal(HttpStatusCode.Forbidden, await app.GrassStatusAsync(user, $"{Leads}/{any}"));
        Assert.Equal(HttpStatusCode.Forbidden, await app.GrassStatusAsync(user, Leads + ".xlsx?reason=" + Uri.EscapeDataString("核对")));
        await app.GrassPostAsync(user, Leads, new { source = "PublicReport", field = "Funeral", divisionCode = "440304004", summary = "x" }, HttpStatusCode.Forbidden);
        await app.GrassPostAsync(user, $"{Leads}/{any}/steps", new { action = "verify", note = "x" }, HttpStatusCode.Forbidden);
        // removals never carry the link to a lead for them
        var removals = await app.GrassGetAsync(user, "/integrity/removals");
        Assert.DoesNotContain("XS-", removals.GetRawText(), StringComparison.Ordinal);
        Assert.All(removals.EnumerateArray(), r => Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty("leadId").ValueKind));
    }

    [Fact]
    public async Task The_seed_has_25_leads_in_2018_across_the_four_fields_and_the_grassroots_officer_sees_the_removals_links()
    {
        var y2018 = await app.GrassGetAsync("city.grassroots", Leads + "?year=2018");
        Assert.Equal(25, y2018.GetProperty("total").GetInt32());
        var byField = y2018.GetProperty("byField").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => f.GetProperty("total").GetInt32());
        Assert.Equal(6, byField["Begging"]);
        Assert.Equal(5, byField["Funeral"]);
        Assert.Equal(9, byField["GrassrootsOrganization"]);
        Assert.Equal(5, byField["SocialOrganization"]);
        Assert.All(y2018.GetProperty("items").EnumerateArray(), l => Assert.Equal("Closed", l.GetProperty("status").GetString()));
        // the open lead dated from today that is past its deadline
        var overdue = await app.GrassGetAsync("city.grassroots", Leads + "?overdue=true");
        Assert.True(overdue.GetProperty("overdue").GetInt32() >= 1);
        var removals = await app.GrassGetAsync("city.grassroots", "/integrity/removals?year=2018");
        Assert.Equal(3, removals.GetArrayLength());
        Assert.All(removals.EnumerateArray(), r => Assert.StartsWith("XS-2018-", r.GetProperty("leadNumber").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lead_is_verified_handed_over_and_closed_in_order_with_a_working_day_deadline()
    {
        var bad = await app.GrassPostAsync("city.grassroots", Leads, new { source = "Rumour", field = "", summary = "" }, HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("source"));
        Assert.True(bad.HasError("field"));
        Assert.True(bad.HasError("summary"));
        var lead = await app.GrassPostAsync("city.grassroots", Leads, new
        {
            receivedOn = "2026-09-30", source = "Hotline12345", field = "Funeral", divisionCode = "440304004027", summary = "反映有人垄断医院太平间周边殡葬服务并强买强卖",
            subjectName = "测试甲某", subjectPosition = "殡葬服务店经营者",
        }, HttpStatusCode.Created);
        Assert.StartsWith("XS-2026-", lead.GetProperty("number").GetString(), StringComparison.Ordinal);
        // 30 working days (parameter, 推定) after 30 September 2026: the National Day holiday and weekends do not count, 10 October is a make-up working day
        Assert.Equal("2026-11-17", lead.GetProperty("verifyDue").GetString());
        Assert.Contains("community.integrity.lead_verify_days", lead.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);
        var id = lead.GetProperty("id").GetGuid();
        var steps = $"{Leads}/{id}/steps";
        await app.GrassPostAsync("city.grassroots", steps, new { action = "handover", receivingUnit = "福田分局" }, HttpStatusCode.Conflict);
        await app.GrassPostAsync("city.grassroots", steps, new { action = "close", note = "x" }, HttpStatusCode.Conflict);
        var noNote = await app.GrassPostAsync("city.grassroots", steps, new { action = "verify", on = "2026-10-09" }, HttpStatusCode.BadRequest);
        Assert.True(noNote.HasError("note"));
        var early = await app.GrassPostAsync("city.grassroots", steps, new { action = "verify", on = "2026-09-01", note = "走访" }, HttpStatusCode.BadRequest);
        Assert.True(early.HasError("on"));
        await app.GrassPostAsync("city.grassroots", steps, new { action = "verify", on = "2026-10-09", note = "走访医院及周边商户8家" });
        var verified = await app.GrassPostAsync("city.grassroots", steps, new { action = "result", on = "2026-10-20", result = "Confirmed", note = "强买强卖情况属实" });
        Assert.Equal("Verified", verified.GetProperty("status").GetString());
        await app.GrassPostAsync("city.grassroots", steps, new { action = "close", note = "x" }, HttpStatusCode.Conflict);
        var noUnit = await app.GrassPostAsync("city.grassroots", steps, new { action = "handover", on = "2026-10-22" }, HttpStatusCode.BadRequest);
        Assert.True(noUnit.HasError("receivingUnit"));
        await app.GrassPostAsync("city.grassroots", steps, new { action = "handover", on = "2026-10-22", receivingUnit = "深圳市公安局福田分局" });
        var closed = await app.GrassPostAsync("city.grassroots", steps, new { action = "close", on = "2026-11-05", note = "公安机关已立案，材料归档" });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.False(closed.GetProperty("overdue").GetBoolean());
        Assert.Equal(["verify", "result", "handover", "close"], closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList());
        Assert.Equal("测试甲某", closed.GetProperty("subjectName").GetString());

        // a new lead left unverified past its deadline is overdue; the list masks the person
        var old = await app.GrassPostAsync("city.grassroots", Leads, new
        {
            receivedOn = "2026-09-30", source = "PublicReport", field = "GrassrootsOrganization", divisionCode = "440304004027", summary = "反映居委会委员插手物业选聘",
            subjectName = "测试乙某", subjectPosition = "居委会委员",
        }, HttpStatusCode.Created);
        Assert.True(old.GetProperty("overdue").GetBoolean());
        var list = await app.GrassGetAsync("city.grassroots", Leads + "?field=GrassrootsOrganization&overdue=true");
        var row = list.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == old.GetProperty("id").GetGuid());
        Assert.Equal("测**某", row.GetProperty("subjectName").GetString());

        // a grassroots officer of another district does not find a Futian lead
        var nanshan = await app.CreateUserAsync(Roles.GrassrootsOfficer, "440305");
        await app.GrassGetAsync(nanshan.UserName, $"{Leads}/{id}", HttpStatusCode.NotFound);
        var theirs = await app.GrassGetAsync(nanshan.UserName, Leads);
        Assert.All(theirs.GetProperty("items").EnumerateArray(), l => Assert.StartsWith("440305", l.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));

        var sheets = await app.GrassExcelAsync("city.grassroots", Leads + ".xlsx?year=2018&reason=" + Uri.EscapeDataString("专项斗争年度总结"));
        Assert.Equal(25, sheets["线索"].Count);
        Assert.Equal(25, sheets["按领域统计"].Sum(r => Convert.ToInt32(r["线索数"], System.Globalization.CultureInfo.InvariantCulture)));
        await app.GrassGetAsync("city.grassroots", Leads + ".xlsx?year=2018", HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class IntegrityLeadsTestsOnSqlite(SqliteApp app) : IntegrityLeadsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IntegrityLeadsTestsOnPostgres(PostgresApp app) : IntegrityLeadsTests(app);
