using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Community.MicroProjects.MicroProjectsTestApi;

namespace CivilAffairs.IntegrationTests.Community.MicroProjects;

/// <summary>民生微实事 through the API: the whole workflow, caps and the envelope, jurisdiction and roles, public notices, statistics.</summary>
public abstract class MicroProjectsTests(AppFixture app)
{
    [Fact]
    public async Task A_project_goes_from_proposal_through_vote_approval_procurement_and_acceptance_to_closing_with_a_notice_at_every_stage()
    {
        var community = await app.ClientForAsync("futian.community");
        var street = await app.ClientForAsync("futian.street");
        // the community worker's own community is the default
        var p = await community.MicroCreateAsync(null, "Service", 180_000.50m, "福华社区长者助餐配送服务（流程测试）");
        var id = p.MicroId();
        Assert.Equal(Fuhua, p.GetProperty("divisionCode").GetString());
        Assert.StartsWith($"WSS-{Today.Year}-", p.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal("Proposed", p.MicroStage());
        Assert.Equal(90_000.25m, p.GetProperty("cityAmount").GetDecimal());
        Assert.Equal(90_000.25m, p.GetProperty("districtAmount").GetDecimal());
        Assert.Equal("1:1", p.GetProperty("ratioText").GetString());
        Assert.Equal(500_000m, p.GetProperty("capApplied").GetDecimal());
        Assert.Single(p.GetProperty("notices").EnumerateArray());

        // a wrong step is a 409 with a Chinese message; the community worker cannot approve
        var wrong = await (await community.MicroStepAsync(id, "procure", new { method = "Inquiry", supplierName = "深圳市测试服务中心", contractAmount = 1000m, contractOn = Day(Today) }))
            .MicroProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("不能登记采购", wrong, StringComparison.Ordinal);
        var reviewed = await (await community.MicroVoteAsync(id, 31, 8, 2)).MicroOkAsync();
        Assert.Equal("Reviewed", reviewed.MicroStage());
        Assert.Equal(0.5m, reviewed.GetProperty("votePassRatio").GetDecimal());
        Assert.DoesNotContain("Approve", reviewed.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await community.MicroStepAsync(id, "approve")).StatusCode);

        var approved = await (await street.MicroStepAsync(id, "approve", new { note = "符合民生微实事支持范围" })).MicroOkAsync();
        Assert.Equal("Approved", approved.MicroStage());
        Assert.Equal("futian.street", approved.GetProperty("approvedBy").GetString());
        Assert.Equal(2_000_000m, approved.GetProperty("envelopeApplied").GetDecimal());
        var approval = approved.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "街道审核确定");
        Assert.Contains("单项上限=500000", approval.GetProperty("parameters").GetString(), StringComparison.Ordinal);
        Assert.Contains("社区年度额度=2000000", approval.GetProperty("parameters").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await street.MicroStepAsync(id, "approve")).StatusCode);

        var tooMuch = await community.MicroStepAsync(id, "procure", new { method = "Inquiry", supplierName = "深圳市同心社区服务中心", contractAmount = 180_001m, contractOn = Day(Today) });
        Assert.Contains("不得超过项目预算", await tooMuch.FieldErrorAsync("contractAmount"), StringComparison.Ordinal);
        var procured = await (await community.MicroStepAsync(id, "procure",
            new { method = "Inquiry", supplierName = "深圳市同心社区服务中心", contractAmount = 168_000m, contractOn = Day(Today) })).MicroOkAsync();
        Assert.Equal("Procured", procured.MicroStage());
        Assert.Equal("Implementing", (await (await community.MicroStepAsync(id, "start",
            new { startedOn = Day(Today), plannedEndOn = Day(Today.AddDays(60)) })).MicroOkAsync()).MicroStage());
        var progress = await (await community.MicroStepAsync(id, "progress", new { note = "已完成首月配送，共送餐1200份" })).MicroOkAsync();
        Assert.Contains(progress.GetProperty("events").EnumerateArray(), e => e.GetProperty("note").GetString() == "已完成首月配送，共送餐1200份");

        var failed = await community.MicroStepAsync(id, "accept", new { acceptedOn = Day(Today), result = "Failed" });
        Assert.Contains("整改", await failed.FieldErrorAsync("note"), StringComparison.Ordinal);
        var rework = await (await community.MicroStepAsync(id, "accept", new { acceptedOn = Day(Today), result = "Failed", note = "餐食温度不达标，限期整改" })).MicroOkAsync();
        Assert.Equal("Implementing", rework.MicroStage());
        var accepted = await (await community.MicroStepAsync(id, "accept", new { acceptedOn = Day(Today), result = "Passed", amount = 166_500m })).MicroOkAsync();
        Assert.Equal("Accepted", accepted.MicroStage());
        Assert.Equal(HttpStatusCode.Forbidden, (await community.MicroStepAsync(id, "close")).StatusCode);
        var closed = await (await street.MicroStepAsync(id, "close")).MicroOkAsync();
        Assert.Equal("Closed", closed.MicroStage());

        var notices = closed.GetProperty("notices").EnumerateArray().ToList();
        Assert.Equal(["Proposed", "Reviewed", "Approved", "Procured", "Implementing", "Implementing", "Accepted", "Closed"],
            notices.Select(n => n.GetProperty("stage").GetString()!).ToArray());
        Assert.All(notices, n => Assert.True(n.GetProperty("endsOn").GetString()!.CompareTo(n.GetProperty("startsOn").GetString()) > 0));
        Assert.All(notices, n => Assert.Equal(5, n.GetProperty("periodDays").GetInt32()));
    }

    [Fact]
    public async Task A_budget_over_the_type_cap_is_a_field_error_and_approving_past_the_yearly_envelope_is_refused()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var street = await app.ClientForAsync("futian.street");
        Assert.Contains("不得超过500,000.00元", await (await clerk.MicroCreateRawAsync(Fuhua, "Service", 500_000.01m)).FieldErrorAsync("budget"), StringComparison.Ordinal);
        Assert.Contains("工程类", await (await clerk.MicroCreateRawAsync(Fuhua, "Works", 1_000_001m)).FieldErrorAsync("budget"), StringComparison.Ordinal);
        Assert.Contains("12位", await (await clerk.MicroCreateRawAsync("440304004", "Goods", 1000m)).FieldErrorAsync("divisionCode"), StringComparison.Ordinal);

        // 福山社区 has no projects this year in the demo: two works projects of 900,000 fit the 2,000,000 envelope, the third does not
        const string fushan = "440304004026";
        var ids = new List<Guid>();
        foreach (var budget in new[] { 900_000m, 900_000m, 300_000m })
        {
            var created = await clerk.MicroCreateAsync(fushan, "Works", budget, proposerKind: "PartyCommittee");
            Assert.Equal(1_000_000m, created.GetProperty("capApplied").GetDecimal());
            await (await clerk.MicroVoteAsync(created.MicroId(), 30, 5)).MicroOkAsync();
            ids.Add(created.MicroId());
        }
        await (await street.MicroStepAsync(ids[0], "approve")).MicroOkAsync();
        var second = await (await street.MicroStepAsync(ids[1], "approve")).MicroOkAsync();
        Assert.Equal(900_000m, second.GetProperty("envelopeUsedBefore").GetDecimal());
        var refused = await (await street.MicroStepAsync(ids[2], "approve")).MicroProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("剩余200,000.00元", refused, StringComparison.Ordinal);
        var still = await (await clerk.GetAsync($"{Base}/{ids[2]}")).MicroOkAsync();
        Assert.Equal("Reviewed", still.MicroStage());
        var envelope = await (await street.GetAsync($"{Base}/envelope?community={fushan}")).MicroOkAsync();
        Assert.Equal(1_800_000m, envelope.GetProperty("committed").GetDecimal());
        Assert.Equal(200_000m, envelope.GetProperty("remaining").GetDecimal());

        // the street refuses it instead, with a reason that goes on the public notice
        Assert.Contains("理由", await (await street.MicroStepAsync(ids[2], "reject", new { note = "" })).FieldErrorAsync("note"), StringComparison.Ordinal);
        var rejected = await (await street.MicroStepAsync(ids[2], "reject", new { note = "本年度社区额度不足，转入下一年度征集" })).MicroOkAsync();
        Assert.Equal("Rejected", rejected.MicroStage());
        Assert.Contains("额度不足", rejected.GetProperty("notices").EnumerateArray().Last().GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_vote_ends_the_project_and_whoever_recorded_a_project_cannot_approve_it()
    {
        var street = await app.ClientForAsync("futian.street");
        var district = await app.ClientForAsync("futian.district");
        var p = await street.MicroCreateAsync("440304004027", "Goods", 40_000m, proposerKind: "ResidentsCommittee");
        var failed = await (await street.MicroVoteAsync(p.MicroId(), 10, 10, 0)).MicroOkAsync();
        Assert.Equal("Rejected", failed.MicroStage());
        Assert.Equal("居民表决未通过", failed.GetProperty("endReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await street.MicroVoteAsync(p.MicroId(), 30, 1)).StatusCode);

        var own = await street.MicroCreateAsync("440304004027", "Goods", 40_000m, proposerKind: "ResidentsCommittee");
        await (await street.MicroVoteAsync(own.MicroId(), 30, 1)).MicroOkAsync();
        Assert.Contains("经办与审核", await (await street.MicroStepAsync(own.MicroId(), "approve")).MicroProblemAsync(HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Equal("Approved", (await (await district.MicroStepAsync(own.MicroId(), "approve")).MicroOkAsync()).MicroStage());
        Assert.Equal("Terminated", (await (await district.MicroStepAsync(own.MicroId(), "terminate", new { note = "供货渠道取消，项目终止" })).MicroOkAsync()).MicroStage());
    }

    [Fact]
    public async Task Another_street_sees_nothing_of_Futian_and_cannot_act_on_or_create_there()
    {
        var community = await app.ClientForAsync("futian.community");
        var nanshan = await app.ClientForAsync("nanshan.street");
        var p = await community.MicroCreateAsync(null, "Service", 20_000m);
        var id = p.MicroId();
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"{Base}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.MicroVoteAsync(id, 30, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"{Base}/envelope?community={Fuhua}")).StatusCode);
        Assert.Contains("不在您的辖区", await (await nanshan.MicroCreateRawAsync(Fuhua, "Service", 1000m)).FieldErrorAsync("divisionCode"), StringComparison.Ordinal);
        var list = await (await nanshan.GetAsync($"{Base}?year=2018")).MicroOkAsync();
        Assert.True(list.GetProperty("total").GetInt32() > 0, "南头街道 has 2018 demo projects");
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("440305001", i.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
        var stats = await (await nanshan.GetAsync($"{Base}/stats?year=2018")).MicroOkAsync();
        Assert.Single(stats.GetProperty("byDistrict").EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(Base)).StatusCode);
    }

    [Fact]
    public async Task The_public_list_and_project_page_show_the_notices_without_personal_data()
    {
        var community = await app.ClientForAsync("futian.community");
        var p = await community.MicroCreateAsync(null, "Service", 66_000m, "福华社区邻里节（公示测试）", "Residents", "欧阳明华");
        Assert.Equal("欧**华", p.GetProperty("proposerName").GetString());
        var number = p.GetProperty("number").GetString()!;

        var anonymous = app.CreateClient();
        var list = await (await anonymous.GetAsync($"/api/v1/public/community/microprojects?community={Fuhua}&year={Today.Year}")).MicroOkAsync();
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("number").GetString() == number);
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal("福华社区", i.GetProperty("communityName").GetString()));
        var json = await anonymous.GetStringAsync($"/api/v1/public/community/microprojects/{number}");
        Assert.Contains("福华社区邻里节（公示测试）", json, StringComparison.Ordinal);
        Assert.Contains("项目征集公示", json, StringComparison.Ordinal);
        Assert.DoesNotContain("欧", json, StringComparison.Ordinal);
        Assert.DoesNotContain("futian.", json, StringComparison.Ordinal);
        Assert.DoesNotContain("proposerName", json, StringComparison.Ordinal);

        var page = await anonymous.GetAsync($"/m/community/projects/{number}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("福华社区邻里节（公示测试）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("欧**华", html, StringComparison.Ordinal);
        Assert.DoesNotContain("futian.", html, StringComparison.Ordinal);
        var home = await (await anonymous.GetAsync($"/m/community?community={Fuhua}")).Content.ReadAsStringAsync();
        Assert.Contains(number, home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/public/community/microprojects/WSS-1999-000001")).StatusCode);
    }

    [Fact]
    public async Task The_2018_statistics_cover_every_district_and_export_to_Excel_with_a_reason_that_is_audited()
    {
        var city = await app.ClientForAsync("city.officer");
        var stats = await (await city.GetAsync($"{Base}/stats?year=2018")).MicroOkAsync();
        var overall = stats.GetProperty("overall");
        var projects = overall.GetProperty("projects").GetInt32();
        // the sample of every district and the demo year at one tenth (Demo:Volume=light): about 1,500 approved
        Assert.InRange(projects, 1_350, 1_700);
        Assert.Equal(9, stats.GetProperty("byDistrict").GetArrayLength());
        Assert.True(overall.GetProperty("closed").GetInt32() > projects / 2, "most 2018 projects are finished");
        Assert.InRange(overall.GetProperty("completionRate").GetDecimal(), 0.5m, 1m);
        Assert.Equal(projects, stats.GetProperty("byStage").EnumerateArray().Sum(l => l.GetProperty("projects").GetInt32()));

        Assert.Contains("事由", await (await city.GetAsync($"{Base}/stats.xlsx?year=2018")).FieldErrorAsync("reason"), StringComparison.Ordinal);
        var r = await city.GetAsync($"{Base}/stats.xlsx?year=2018&reason=" + Uri.EscapeDataString("2018年度民生微实事统计核对"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var xlsx = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var list = xlsx.Query(useHeaderRow: true, sheetName: "项目清单").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(projects, list.Count);
        Assert.All(list, l => Assert.StartsWith("WSS-2018-", (string)l["项目编号"]!, StringComparison.Ordinal));
        Assert.DoesNotContain(list[0].Keys, k => k.Contains("姓名", StringComparison.Ordinal));
        xlsx.Position = 0;
        var byDistrict = xlsx.Query(useHeaderRow: true, sheetName: "按区").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(byDistrict, l => (string?)l["区"] == "福田区");
        Assert.Equal(projects, Convert.ToInt32(byDistrict.Single(l => (string?)l["区"] == "合计")["项目数"], System.Globalization.CultureInfo.InvariantCulture));

        var audit = await (await app.ClientForAsync("admin")).GetStringAsync("/api/v1/audit?entity=MicroProject&action=export");
        Assert.Contains("2018年度民生微实事统计核对", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_list_filters_and_counts_by_stage_and_shows_the_overdue_demo_project()
    {
        var community = await app.ClientForAsync("futian.community");
        var list = await (await community.GetAsync($"{Base}?year={Today.Year}")).MicroOkAsync();
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal(Fuhua, i.GetProperty("divisionCode").GetString()));
        var counts = list.GetProperty("stageCounts").EnumerateArray().ToDictionary(c => c.GetProperty("stage").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.True(counts["Implementing"] >= 1);
        Assert.True(counts["Accepted"] >= 1);
        var overdue = await (await community.GetAsync($"{Base}?year={Today.Year}&overdue=true")).MicroOkAsync();
        Assert.True(overdue.GetProperty("total").GetInt32() >= 1, "the demo's running project started 120 days ago");
        Assert.All(overdue.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("overdue").GetBoolean()));
        var works = await (await community.GetAsync($"{Base}?type=Works&stage=Implementing")).MicroOkAsync();
        Assert.All(works.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal("Works", i.GetProperty("type").GetString());
            Assert.Equal("Implementing", i.GetProperty("stage").GetString());
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MicroProjectsTestsOnSqlite(SqliteApp app) : MicroProjectsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MicroProjectsTestsOnPostgres(PostgresApp app) : MicroProjectsTests(app);
