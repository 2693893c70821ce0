using System.Globalization;
using System.Net;
using CivilAffairs.IntegrationTests.Community.Honours;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Community.Integrity;

/// <summary>Begging patrols and removals of residents' committee members; on both databases.</summary>
public abstract class IntegrityPatrolsRemovalsTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_2018_patrols_add_up_by_month_and_district_and_each_district_sees_its_own()
    {
        var city = await app.GrassGetAsync("city.officer", "/integrity/patrols/stats?year=2018");
        var total = city.GetProperty("total").GetProperty("patrols").GetInt32();
        Assert.True(total >= 940, $"the seed says 940余次, got {total}");
        Assert.Equal(total, city.GetProperty("byMonth").EnumerateArray().Sum(m => m.GetProperty("patrols").GetInt32()));
        Assert.Equal(total, city.GetProperty("byDistrict").EnumerateArray().Sum(m => m.GetProperty("patrols").GetInt32()));
        Assert.Equal(12, city.GetProperty("byMonth").GetArrayLength());
        Assert.True(city.GetProperty("byDistrict").GetArrayLength() >= 9);
        var nanshan = await app.GrassGetAsync("nanshan.street", "/integrity/patrols/stats?year=2018");
        var only = Assert.Single(nanshan.GetProperty("byDistrict").EnumerateArray());
        Assert.Equal("440305", only.GetProperty("key").GetString());
        var page = await app.GrassGetAsync("nanshan.street", "/integrity/patrols?year=2018");
        Assert.All(page.GetProperty("items").EnumerateArray(), p => Assert.StartsWith("440305001", p.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));

        var sheets = await app.GrassExcelAsync("city.officer", "/integrity/patrols.xlsx?year=2018&reason=" + Uri.EscapeDataString("年度报表"));
        Assert.Equal(total, sheets["巡查记录"].Count);
        Assert.Equal(total, Convert.ToInt32(sheets["按月统计"].Single(r => (string?)r["项目"] == "合计")["巡查次数"], CultureInfo.InvariantCulture));
        await app.GrassGetAsync("city.officer", "/integrity/patrols.xlsx?year=2018", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_street_clerk_records_a_patrol_in_its_street_and_bad_counts_are_refused()
    {
        var before = (await app.GrassGetAsync("futian.clerk", "/integrity/patrols/stats")).GetProperty("total").GetProperty("patrols").GetInt32();
        var bad = await app.GrassPostAsync("futian.clerk", "/integrity/patrols", new
        {
            patrolOn = Day(1), divisionCode = "440304004", route = "", teamSize = 0, personsFound = 1, personsToStation = 2, handedToPolice = 3,
        }, HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("route"));
        Assert.True(bad.HasError("teamSize"));
        Assert.True(bad.HasError("personsToStation"));
        Assert.True(bad.HasError("handedToPolice"));
        var outside = await app.GrassPostAsync("futian.clerk", "/integrity/patrols",
            new { patrolOn = Day(1), divisionCode = "440305001", route = "南头古城", teamSize = 6 }, HttpStatusCode.BadRequest);
        Assert.True(outside.HasError("divisionCode"));
        await app.GrassPostAsync("auditor", "/integrity/patrols", new { patrolOn = Day(1), divisionCode = "440304004", route = "x", teamSize = 6 }, HttpStatusCode.Forbidden);
        var p = await app.GrassPostAsync("futian.clerk", "/integrity/patrols", new
        {
            patrolOn = Day(1), divisionCode = "440304004", route = "皇岗口岸—福田口岸沿线", teamSize = 8, personsFound = 3, personsToStation = 2, handedToPolice = 1,
            notes = "发现疑似组织乞讨线索一条",
        }, HttpStatusCode.Created);
        Assert.Equal("福田区", p.GetProperty("district").GetString());
        var after = (await app.GrassGetAsync("futian.clerk", "/integrity/patrols/stats")).GetProperty("total").GetProperty("patrols").GetInt32();
        // the test clock may sit on 1 January, when yesterday is last year's
        if (Day(1)[..4] == Day(0)[..4])
        {
            Assert.Equal(before + 1, after);
        }
    }

    [Fact]
    public async Task A_removal_passes_only_with_the_legal_quorum_and_majority_and_is_confirmed_by_someone_else_with_a_decision_record()
    {
        var bad = await app.GrassPostAsync("futian.clerk", "/integrity/removals", new
        {
            divisionCode = "440304004022", memberName = "", memberIdNumber = "123", grounds = "", groundsDetail = "", meeting = "Party", meetingOn = Day(3),
            eligible = 10, attended = 12, votesFor = 20,
        }, HttpStatusCode.BadRequest);
        foreach (var f in new[] { "memberName", "memberIdNumber", "position", "grounds", "groundsDetail", "meeting", "attended", "votesFor" })
        {
            Assert.True(bad.HasError(f), f);
        }
        var withLead = await app.GrassPostAsync("futian.clerk", "/integrity/removals", Proposal("440304004022", 50, 30, 16, "XS-2018-000001"), HttpStatusCode.BadRequest);
        Assert.True(withLead.HasError("leadNumber"));

        // 50 entitled: more than half is 26 present; 30 present: more than half is 16 votes
        var ok = await app.GrassPostAsync("futian.clerk", "/integrity/removals", Proposal("440304004022", 50, 30, 16), HttpStatusCode.Created);
        Assert.Equal(26, ok.GetProperty("attendanceNeeded").GetInt32());
        Assert.Equal(16, ok.GetProperty("votesNeeded").GetInt32());
        Assert.True(ok.GetProperty("votePassed").GetBoolean());
        Assert.Equal("测*明", ok.GetProperty("memberName").GetString());
        Assert.DoesNotContain("440304198001011239", ok.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("removal_quorum_ratio", ok.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);
        var id = ok.GetProperty("id").GetGuid();
        await app.GrassPostAsync("futian.clerk", $"/integrity/removals/{id}/decision", new { confirm = true, decisionNumber = "x" }, HttpStatusCode.Forbidden);
        await app.GrassGetAsync("nanshan.street", $"/integrity/removals/{id}", HttpStatusCode.NotFound);
        var noNumber = await app.GrassPostAsync("futian.street", $"/integrity/removals/{id}/decision", new { confirm = true }, HttpStatusCode.BadRequest);
        Assert.True(noNumber.HasError("decisionNumber"));
        var confirmed = await app.GrassPostAsync("futian.street", $"/integrity/removals/{id}/decision", new { confirm = true, decisionNumber = "福街民罢〔2026〕1号" });
        Assert.Equal("Confirmed", confirmed.GetProperty("status").GetString());
        Assert.Equal("futian.street", confirmed.GetProperty("decidedBy").GetString());
        await app.GrassPostAsync("futian.street", $"/integrity/removals/{id}/decision", new { confirm = false, note = "x" }, HttpStatusCode.Conflict);

        // 25 of 50 present is not more than half: the vote fails and cannot be confirmed, only refused
        var failed = await app.GrassPostAsync("futian.clerk", "/integrity/removals", Proposal("440304004022", 50, 25, 25), HttpStatusCode.Created);
        Assert.False(failed.GetProperty("votePassed").GetBoolean());
        var fid = failed.GetProperty("id").GetGuid();
        await app.GrassPostAsync("futian.street", $"/integrity/removals/{fid}/decision", new { confirm = true, decisionNumber = "x" }, HttpStatusCode.Conflict);
        var noNote = await app.GrassPostAsync("futian.street", $"/integrity/removals/{fid}/decision", new { confirm = false }, HttpStatusCode.BadRequest);
        Assert.True(noNote.HasError("note"));
        var refused = await app.GrassPostAsync("futian.street", $"/integrity/removals/{fid}/decision", new { confirm = false, note = "会议出席人数未过半数，须重新召开" });
        Assert.Equal("Rejected", refused.GetProperty("status").GetString());

        // the proposer never confirms; a lead link is for the grassroots officer's eyes only
        var own = await app.GrassPostAsync("city.officer", "/integrity/removals", Proposal("440304004022", 40, 30, 28), HttpStatusCode.Created);
        await app.GrassPostAsync("city.officer", $"/integrity/removals/{own.GetProperty("id").GetGuid()}/decision", new { confirm = true, decisionNumber = "x" },
            HttpStatusCode.Conflict);
        var lead = (await app.GrassGetAsync("city.grassroots", "/integrity/leads?year=2018")).GetProperty("items")[0].GetProperty("number").GetString()!;
        var linked = await app.GrassPostAsync("city.grassroots", "/integrity/removals", Proposal("440305001020", 40, 30, 28, lead), HttpStatusCode.Created);
        Assert.Equal(lead, linked.GetProperty("leadNumber").GetString());
        var seenByOfficer = await app.GrassGetAsync("city.officer", $"/integrity/removals/{linked.GetProperty("id").GetGuid()}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByOfficer.GetProperty("leadNumber").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByOfficer.GetProperty("leadId").ValueKind);

        var sheets = await app.GrassExcelAsync("futian.district", "/integrity/removals.xlsx?reason=" + Uri.EscapeDataString("备案"));
        var rows = sheets.Values.Single();
        Assert.Contains(rows, r => (string?)r["决定文书"] == "福街民罢〔2026〕1号" && (string?)r["成员"] == "测*明");
        Assert.DoesNotContain(rows, r => ((string?)r["身份证号"] ?? "").Contains("19800101", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.ContainsKey("线索"));
    }

    private static object Proposal(string community, int eligible, int attended, int votesFor, string? lead = null) => new
    {
        divisionCode = community, memberName = "测试明", memberIdNumber = "440304198001011239", position = "委员", grounds = "GangRelated",
        groundsDetail = "经核查参与涉恶违法活动", proposedOn = Day(10), meeting = "RepresentativesMeeting", meetingOn = Day(3), eligible, attended, votesFor,
        votesAgainst = 0, abstained = 0, leadNumber = lead,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class IntegrityPatrolsRemovalsTestsOnSqlite(SqliteApp app) : IntegrityPatrolsRemovalsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IntegrityPatrolsRemovalsTestsOnPostgres(PostgresApp app) : IntegrityPatrolsRemovalsTests(app);
