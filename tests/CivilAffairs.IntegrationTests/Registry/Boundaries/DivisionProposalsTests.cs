using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Registry.Boundaries;

/// <summary>Division change proposals: stage machine, risk assessment, 实施 through the division history, evaluations; on SQLite and PostgreSQL.</summary>
public abstract class DivisionProposalsTests(AppFixture app)
{
    private const string Proposals = "/api/v1/registry/division-proposals";

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_Shenshan_four_towns_proposal_is_seeded_with_its_risk_assessment_and_only_the_city_sees_it()
    {
        var city = await app.ClientForAsync("city.officer");
        var list = await city.BoundaryGetAsync($"{Proposals}?q=四镇改街");
        var row = list.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("镇改街", row.GetProperty("kind").GetString());
        Assert.Equal("报批", row.GetProperty("stage").GetString());
        var p = await city.BoundaryGetAsync($"{Proposals}/{row.GetProperty("id").GetString()}");
        Assert.Equal(["441521102", "441521103", "441521104", "441521105"], p.GetProperty("divisions").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList());
        Assert.Equal(["小漠街道", "鹅埠街道", "赤石街道", "鮜门街道"], p.GetProperty("divisions").EnumerateArray().Select(d => d.GetProperty("newName").GetString()).ToList());
        Assert.Equal(4, p.GetProperty("risks").GetArrayLength());
        Assert.False(p.GetProperty("risksEditable").GetBoolean());

        var futian = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"{Proposals}/{row.GetProperty("id").GetString()}")).StatusCode);
        var own = await futian.BoundaryGetAsync(Proposals);
        Assert.DoesNotContain(own.GetProperty("items").EnumerateArray(), x => x.GetProperty("title").GetString()!.Contains("四镇改街", StringComparison.Ordinal));
        Assert.Contains(own.GetProperty("items").EnumerateArray(), x => x.GetProperty("title").GetString()!.Contains("香蜜湖", StringComparison.Ordinal));

        // adding a risk after submission is refused
        var late = await city.PostAsJsonAsync($"{Proposals}/{row.GetProperty("id").GetString()}/risks", new { description = "x", level = "低", mitigation = "y" });
        Assert.Contains("不能再修改", await late.BoundaryConflictAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_goes_stage_by_stage_and_on_implementation_writes_the_division_history()
    {
        var city = await app.ClientForAsync("city.officer");
        var today = app.BoundaryToday();
        const string code = "441521102099";
        var bad = await city.PostAsJsonAsync(Proposals, new { kind = "设立", title = "", proposer = "深汕特别合作区管委会", reasons = "x", divisions = new[] { new { code = "441521102", newName = "重复" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("已被", await bad.FieldErrorAsync("divisions"), StringComparison.Ordinal);

        var p = await city.BoundaryPostAsync(Proposals, new
        {
            kind = "设立", title = "设立小漠镇测试社区", proposer = "深汕特别合作区管理委员会", reasons = "新建安置区人口增加", startedOn = Day(today.AddDays(-30)),
            divisions = new[] { new { code, newName = "测试社区居民委员会", newParentCode = "441521102" } },
        });
        var id = p.GetProperty("id").GetString();
        Assert.Equal("调研", p.GetProperty("stage").GetString());
        Assert.StartsWith("QH-", p.GetProperty("number").GetString(), StringComparison.Ordinal);
        var url = $"{Proposals}/{id}/advance";

        Assert.Contains("下一阶段只能是", await (await city.PostAsJsonAsync(url, new { stage = "报批", date = Day(today.AddDays(-20)) })).BoundaryConflictAsync(), StringComparison.Ordinal);
        Assert.Contains("不能早于", await (await city.PostAsJsonAsync(url, new { stage = "风险评估", date = Day(today.AddDays(-40)) })).BoundaryConflictAsync(), StringComparison.Ordinal);
        await city.BoundaryPostAsync(url, new { stage = "风险评估", date = Day(today.AddDays(-20)) });
        Assert.Contains("尚未登记任何风险点", await (await city.PostAsJsonAsync(url, new { stage = "征求意见", date = Day(today.AddDays(-15)) })).BoundaryConflictAsync(), StringComparison.Ordinal);
        var noLevel = await city.PostAsJsonAsync($"{Proposals}/{id}/risks", new { description = "安置群众对社区归属有疑虑", level = "很高", mitigation = "入户宣传" });
        Assert.Contains("高、中或低", await noLevel.FieldErrorAsync("level"), StringComparison.Ordinal);
        await city.BoundaryPostAsync($"{Proposals}/{id}/risks", new { description = "安置群众对社区归属有疑虑", level = "中", mitigation = "入户宣传" });
        await city.BoundaryPostAsync(url, new { stage = "征求意见", date = Day(today.AddDays(-15)) });
        await city.BoundaryPostAsync(url, new { stage = "报批", date = Day(today.AddDays(-10)) });
        Assert.Contains("批复文号", await (await city.PostAsJsonAsync(url, new { stage = "批复", date = Day(today.AddDays(-5)) })).BoundaryConflictAsync(), StringComparison.Ordinal);
        await city.BoundaryPostAsync(url, new { stage = "批复", date = Day(today.AddDays(-5)), approvalAuthority = "深汕特别合作区管委会", approvalDocNo = "深汕管〔2026〕1号", approvalDate = Day(today.AddDays(-6)) });

        // before 实施 the division does not exist
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync($"/api/v1/divisions/{code}")).StatusCode);
        p = await city.BoundaryPostAsync(url, new { stage = "实施", date = Day(today) });
        Assert.Equal("实施", p.GetProperty("stage").GetString());
        Assert.Equal(Day(today), p.GetProperty("implementedOn").GetString());
        Assert.Contains("设立测试社区居民委员会", p.GetProperty("appliedChanges")[0].GetString(), StringComparison.Ordinal);
        var division = await city.BoundaryGetAsync($"/api/v1/divisions/{code}");
        Assert.Equal("测试社区居民委员会", division.GetProperty("name").GetString());
        Assert.Equal("441521102", division.GetProperty("parentCode").GetString());
        Assert.Contains("不能再推进", await (await city.PostAsJsonAsync(url, new { stage = "实施", date = Day(today) })).BoundaryConflictAsync(), StringComparison.Ordinal);

        // a rename goes through the same machine; the old name stays in force before the day
        var rename = await city.BoundaryPostAsync(Proposals, new
        {
            kind = "更名", title = "测试社区更名", proposer = "深汕特别合作区管理委员会", reasons = "群众意愿", startedOn = Day(today),
            divisions = new[] { new { code, newName = "望海社区居民委员会" } },
        });
        var rurl = $"{Proposals}/{rename.GetProperty("id").GetString()}/advance";
        var rid = rename.GetProperty("id").GetString();
        await city.BoundaryPostAsync(rurl, new { stage = "风险评估", date = Day(today) });
        await city.BoundaryPostAsync($"{Proposals}/{rid}/risks", new { description = "证照更换", level = "低", mitigation = "过渡期内旧名称有效" });
        foreach (var s in new[] { "征求意见", "报批" })
        {
            await city.BoundaryPostAsync(rurl, new { stage = s, date = Day(today) });
        }
        await city.BoundaryPostAsync(rurl, new { stage = "批复", date = Day(today), approvalDocNo = "深汕管〔2026〕2号", approvalDate = Day(today) });
        // implementing on the day the division was created is refused: two versions cannot start on one day
        Assert.Contains("另选实施日期", await (await city.PostAsJsonAsync(rurl, new { stage = "实施", date = Day(today) })).BoundaryConflictAsync(), StringComparison.Ordinal);
        Assert.Equal("测试社区居民委员会", (await city.BoundaryGetAsync($"/api/v1/divisions/{code}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_district_manages_only_proposals_in_its_district_and_a_clerk_cannot_propose()
    {
        var futian = await app.ClientForAsync("futian.district");
        var elsewhere = await futian.PostAsJsonAsync(Proposals, new { kind = "更名", title = "南头街道更名", proposer = "福田区", reasons = "x", divisions = new[] { new { code = "440305001", newName = "新南头街道" } } });
        Assert.Equal("只能登记涉及本辖区的事项", await elsewhere.FieldErrorAsync("divisions"));
        var mine = await futian.BoundaryPostAsync(Proposals, new { kind = "驻地迁移", title = "梅林街道驻地迁移", proposer = "福田区人民政府", reasons = "办公用房调整", divisions = new[] { new { code = "440304007" } } });
        Assert.Equal("梅林街道", mine.GetProperty("divisions")[0].GetProperty("name").GetString());
        var stopped = await futian.BoundaryPostAsync($"{Proposals}/{mine.GetProperty("id").GetString()}/terminate", new { reason = "选址未获同意" });
        Assert.Equal("终止", stopped.GetProperty("stage").GetString());
        Assert.Null(stopped.GetProperty("nextStage").GetString());

        var clerk = await app.ClientForAsync("futian.clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync(Proposals, new { kind = "更名" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(Proposals)).StatusCode);
    }

    [Fact]
    public async Task The_evaluation_of_changes_since_2012_is_seeded_for_the_city()
    {
        var city = await app.ClientForAsync("city.officer");
        var list = await city.BoundaryGetAsync("/api/v1/registry/division-evaluations");
        var titles = list.EnumerateArray().Select(e => e.GetProperty("title").GetString()!).ToList();
        Assert.Contains(titles, t => t.Contains("龙华区、坪山区", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("光明区", StringComparison.Ordinal));
        var lhps = list.EnumerateArray().First(e => e.GetProperty("title").GetString()!.Contains("龙华区", StringComparison.Ordinal));
        Assert.Equal("2016-10-11", lhps.GetProperty("changeDate").GetString());
        Assert.True(lhps.GetProperty("indicators").GetArrayLength() >= 2);

        var created = await city.BoundaryPostAsync("/api/v1/registry/division-evaluations", new
        {
            title = "测试评估", changeSummary = "设立光明区", changeDate = "2018-09-19", divisionCodes = "440311", evaluatedOn = "2020-09-19", evaluator = "市民政局",
            findings = "运行平稳", conclusion = "达到预期", indicators = new[] { new { name = "街道数", before = "0", after = "6", unit = "个" } },
        });
        Assert.Equal("街道数", created.GetProperty("indicators")[0].GetProperty("name").GetString());
        var early = await city.PostAsJsonAsync("/api/v1/registry/division-evaluations", new
        {
            title = "x", changeSummary = "x", changeDate = "2018-09-19", divisionCodes = "440311", evaluatedOn = "2018-01-01", evaluator = "x", findings = "x", conclusion = "x",
        });
        Assert.Contains("不能早于", await early.FieldErrorAsync("evaluatedOn"), StringComparison.Ordinal);

        var futian = await app.ClientForAsync("futian.district");
        Assert.Equal(JsonValueKind.Array, (await futian.BoundaryGetAsync("/api/v1/registry/division-evaluations")).ValueKind);
        Assert.Empty((await futian.BoundaryGetAsync("/api/v1/registry/division-evaluations")).EnumerateArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DivisionProposalsTestsOnSqlite(SqliteApp app) : DivisionProposalsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DivisionProposalsTestsOnPostgres(PostgresApp app) : DivisionProposalsTests(app);
