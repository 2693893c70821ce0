using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Governance.GovernanceTestKit;

namespace CivilAffairs.IntegrationTests.Governance.Proposals;

/// <summary>Suggestions and proposals: registered, assigned, answered by the lead unit, evaluated; statistics and Excel; who sees what.</summary>
public abstract class GovernanceProposalsTests(AppFixture app)
{
    private const string Base = "/api/v1/governance/proposals";

    [Fact]
    public async Task A_suggestion_assigned_to_futian_is_answered_by_futian_only_and_evaluated_by_the_office()
    {
        var office = await app.ClientForAsync("city.office");
        var number = "T" + Guid.NewGuid().ToString("N")[..10];
        var bad = await office.PostAsJsonAsync(Base, new { number, kind = "Letter", receivedOn = GovToday.AddDays(1) });
        Assert.Contains("人大代表建议或政协提案", await bad.FieldErrorAsync("kind"));
        Assert.Contains("不能晚于今天", await bad.FieldErrorAsync("receivedOn"));
        Assert.Contains("领衔代表", await bad.FieldErrorAsync("proposers"));

        var created = await office.GovPostAsync(Base, new
        {
            number, kind = "NpcSuggestion", session = "测试会议", title = "关于增设社区长者食堂的建议", proposers = "测试代表", content = "建议在每个社区设长者食堂。",
            receivedOn = GovToday.AddDays(-20),
        });
        var id = created.GetProperty("row").GetProperty("id").GetGuid();
        Assert.Equal("Received", created.GetProperty("row").GetProperty("status").GetString());
        Assert.Contains("已登记", await (await office.PostAsJsonAsync(Base, new { number, kind = "NpcSuggestion", session = "x", title = "x", proposers = "x", receivedOn = GovToday })).FieldErrorAsync("number"));
        // not yet assigned: 福田 does not see it, and nobody can answer it
        var district = await app.ClientForAsync("futian.district");
        await district.GovGetAsync($"{Base}/{id}", HttpStatusCode.NotFound);
        await (await app.ClientForAsync("city.officer")).GovPostAsync($"{Base}/{id}/reply", new { replyText = "答复内容答复内容答复内容", repliedOn = GovToday }, HttpStatusCode.Conflict);

        Assert.Contains("交办日期", await (await office.PostAsJsonAsync($"{Base}/{id}/assign", new { leadUnitCode = "440304", assignedOn = GovToday.AddDays(-30) })).FieldErrorAsync("assignedOn"));
        Assert.Contains("主办单位", await (await office.PostAsJsonAsync($"{Base}/{id}/assign", new { leadUnitCode = "999999", assignedOn = GovToday })).FieldErrorAsync("leadUnitCode"));
        var assignedOn = GovToday.AddDays(-10);
        var assigned = await office.GovPostAsync($"{Base}/{id}/assign", new { leadUnitCode = "440304", department = "养老服务科", coUnits = "福田区卫生健康局", assignedOn });
        Assert.Equal(assignedOn.AddMonths(3).ToString("yyyy-MM-dd"), assigned.GetProperty("row").GetProperty("dueOn").GetString());
        Assert.StartsWith("3个月", assigned.GetProperty("dueBasis").GetString());
        Assert.Equal("福田区民政局养老服务科", assigned.GetProperty("row").GetProperty("leadUnit").GetString());

        // the lead unit answers; the city officer (another unit) and 福田's finance reviewer (no write) cannot
        await (await app.ClientForAsync("city.officer")).GovPostAsync($"{Base}/{id}/reply", new { replyText = "答复内容答复内容答复内容", repliedOn = GovToday }, HttpStatusCode.Forbidden);
        await (await app.ClientForAsync("nanshan.street")).GovGetAsync($"{Base}/{id}", HttpStatusCode.NotFound);
        var seen = await district.GovGetAsync($"{Base}/{id}");
        Assert.True(seen.GetProperty("canReply").GetBoolean());
        Assert.Contains("不少于10字", await (await district.PostAsJsonAsync($"{Base}/{id}/reply", new { replyText = "好", repliedOn = GovToday })).FieldErrorAsync("replyText"));
        var replied = await district.GovPostAsync($"{Base}/{id}/reply", new { replyText = "福田区已在各街道推进长者食堂建设，年内新增三家。", repliedOn = GovToday });
        Assert.Equal("Replied", replied.GetProperty("row").GetProperty("status").GetString());
        Assert.False(replied.GetProperty("row").GetProperty("overdue").GetBoolean());
        await district.GovPostAsync($"{Base}/{id}/reply", new { replyText = "再次答复再次答复再次答复", repliedOn = GovToday }, HttpStatusCode.Conflict);
        await district.GovPostAsync($"{Base}/{id}/evaluate", new { satisfaction = "Satisfied", evaluatedOn = GovToday }, HttpStatusCode.Forbidden);

        var evaluated = await office.GovPostAsync($"{Base}/{id}/evaluate", new { satisfaction = "BasicallySatisfied", evaluatedOn = GovToday });
        Assert.Equal("基本满意", evaluated.GetProperty("row").GetProperty("satisfactionName").GetString());

        // 福田's list holds only 福田's; the export has the row
        var list = await district.GovGetAsync($"{Base}?year={GovToday.AddDays(-20).Year}");
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal("440304", i.GetProperty("divisionCode").GetString()));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("number").GetString() == number);
        var xlsx = await office.GetAsync($"{Base}/export.xlsx?q={number}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true, sheetName: "建议提案").Cast<IDictionary<string, object>>());
        Assert.Equal(number, row["编号"]);
        Assert.Equal("基本满意", row["满意度"]);
        Assert.Equal("福田区民政局养老服务科", row["主办单位"]);
    }

    [Fact]
    public async Task The_2018_statistics_show_on_time_replies_and_satisfaction_and_this_years_overdue_is_flagged()
    {
        var auditor = await app.ClientForAsync("auditor");
        var y2018 = await auditor.GovGetAsync($"{Base}?year=2018");
        var stats = y2018.GetProperty("stats");
        Assert.Equal(5, stats.GetProperty("total").GetInt32());
        Assert.Equal(4, stats.GetProperty("repliedOnTime").GetInt32());
        Assert.Equal(1, stats.GetProperty("repliedLate").GetInt32());
        Assert.Equal(80.0m, stats.GetProperty("onTimeRate").GetDecimal());
        Assert.Equal(100.0m, stats.GetProperty("satisfactionRate").GetDecimal());
        var key = y2018.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == "20180032");
        Assert.True(key.GetProperty("key").GetBoolean());
        Assert.Equal("已评价", key.GetProperty("statusName").GetString());

        var overdue = await auditor.GovGetAsync($"{Base}?overdue=true&year={GovToday.AddDays(-100).Year}");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), i => i.GetProperty("number").GetString() == $"{GovToday.Year}0041");
        Assert.All(overdue.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("overdue").GetBoolean()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GovernanceProposalsTestsOnSqlite(SqliteApp app) : GovernanceProposalsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GovernanceProposalsTestsOnPostgres(PostgresApp app) : GovernanceProposalsTests(app);
