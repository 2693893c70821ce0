using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.Governance.GovernanceTestKit;

namespace CivilAffairs.IntegrationTests.Governance.Experts;

/// <summary>The expert pool: a conflicted expert cannot be invited, and a consultation concludes only with enough opinions.</summary>
public abstract class GovernanceExpertsTests(AppFixture app)
{
    private const string Base = "/api/v1/governance/experts";

    private static async Task<Guid> ExpertAsync(HttpClient office, string name) =>
        (await office.GovPostAsync(Base, new { name, employer = "深圳大学", title = "教授", fields = "社会政策、社会救助", phone = "13912345678" })).GetProperty("id").GetGuid();

    [Fact]
    public async Task A_conflicted_expert_is_refused_and_a_consultation_needs_the_minimum_number_of_opinions()
    {
        var office = await app.ClientForAsync("city.office");
        var tag = GovUnique();
        var party = $"测试养老服务中心{tag}";
        Assert.Contains("专家姓名", await (await office.PostAsJsonAsync(Base, new { name = "", employer = "x", title = "x", fields = "x", phone = "abc" })).FieldErrorAsync("name"));
        await (await app.ClientForAsync("city.officer")).GovPostAsync(Base, new { name = "某", employer = "x", title = "x", fields = "x" }, HttpStatusCode.Forbidden);

        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await ExpertAsync(office, $"专家{tag}{i}"));
        }
        await office.GovPostAsync($"{Base}/{ids[0]}/conflicts", new { party, reason = "本人任该中心理事", source = "Declared", recordedOn = GovToday });
        var experts = await office.GovGetAsync($"{Base}?q=专家{tag}");
        var first = experts.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == ids[0]);
        Assert.Equal("139****5678", first.GetProperty("phoneMasked").GetString());
        Assert.Equal(party, Assert.Single(first.GetProperty("conflicts").EnumerateArray()).GetProperty("party").GetString());

        var c = await office.GovPostAsync($"{Base}/consultations", new { topic = $"养老机构资助标准论证{tag}", parties = $"{party}、某基金会", heldOn = GovToday });
        var cid = c.GetProperty("row").GetProperty("id").GetGuid();
        Assert.Equal(5, c.GetProperty("minimumExperts").GetInt32());
        var refused = await office.GovPostAsync($"{Base}/consultations/{cid}/invite", new { expertId = ids[0] }, HttpStatusCode.Conflict);
        Assert.Contains("回避", refused.GovProblem());
        Assert.Contains(party, refused.GovProblem());

        foreach (var id in ids.Skip(1))
        {
            await office.GovPostAsync($"{Base}/consultations/{cid}/invite", new { expertId = id });
        }
        await office.GovPostAsync($"{Base}/consultations/{cid}/invite", new { expertId = ids[1] }, HttpStatusCode.Conflict);
        foreach (var id in ids.Skip(1).Take(4))
        {
            await office.GovPostAsync($"{Base}/consultations/{cid}/opinions", new { expertId = id, opinion = "同意，建议细化核查程序。" });
        }
        var tooFew = await office.GovPostAsync($"{Base}/consultations/{cid}/conclude", new { conclusion = "可行", concludedOn = GovToday }, HttpStatusCode.Conflict);
        Assert.Contains("少于最低人数5人", tooFew.GovProblem());

        // a conflict found after the invitation blocks the conclusion too
        await office.GovPostAsync($"{Base}/consultations/{cid}/opinions", new { expertId = ids[5], opinion = "同意。" });
        await office.GovPostAsync($"{Base}/{ids[5]}/conflicts", new { party, reason = "近三年有合作课题", source = "Found", recordedOn = GovToday });
        var conflicted = await office.GovPostAsync($"{Base}/consultations/{cid}/conclude", new { conclusion = "可行", concludedOn = GovToday }, HttpStatusCode.Conflict);
        Assert.Contains("利害关系", conflicted.GovProblem());

        var c2 = await office.GovPostAsync($"{Base}/consultations", new { topic = $"低保标准调整论证{tag}", parties = "", heldOn = GovToday });
        var cid2 = c2.GetProperty("row").GetProperty("id").GetGuid();
        foreach (var id in ids.Take(5))
        {
            await office.GovPostAsync($"{Base}/consultations/{cid2}/invite", new { expertId = id });
            await office.GovPostAsync($"{Base}/consultations/{cid2}/opinions", new { expertId = id, opinion = "同意。" });
        }
        var done = await office.GovPostAsync($"{Base}/consultations/{cid2}/conclude", new { conclusion = "标准调整可行。", concludedOn = GovToday });
        Assert.Equal("Concluded", done.GetProperty("row").GetProperty("status").GetString());
        Assert.Contains("最少专家5人", done.GetProperty("ruleUsed").GetString());
        await office.GovPostAsync($"{Base}/consultations/{cid2}/invite", new { expertId = ids[5] }, HttpStatusCode.Conflict);
        // readers see it; they change nothing
        var auditor = await app.ClientForAsync("auditor");
        Assert.Equal("标准调整可行。", (await auditor.GovGetAsync($"{Base}/consultations/{cid2}")).GetProperty("conclusion").GetString());
        await auditor.GovPostAsync($"{Base}/consultations/{cid}/opinions", new { expertId = ids[1], opinion = "x" }, HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GovernanceExpertsTestsOnSqlite(SqliteApp app) : GovernanceExpertsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GovernanceExpertsTestsOnPostgres(PostgresApp app) : GovernanceExpertsTests(app);
