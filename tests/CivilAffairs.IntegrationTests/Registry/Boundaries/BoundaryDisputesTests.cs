using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Registry.Boundaries;

/// <summary>Boundary disputes and their mediation; on SQLite and PostgreSQL.</summary>
public abstract class BoundaryDisputesTests(AppFixture app)
{
    private const string Disputes = "/api/v1/registry/boundary-disputes";

    [Fact]
    public async Task A_district_mediates_a_dispute_on_its_line_and_settles_it_only_after_a_mediation()
    {
        var futian = await app.ClientForAsync("futian.district");
        var lines = await futian.BoundaryGetAsync("/api/v1/registry/boundaries");
        var lineId = lines.GetProperty("items").EnumerateArray().First(l => l.GetProperty("name").GetString() == "福田区—罗湖区界线").GetProperty("id").GetString();
        var today = app.BoundaryToday();
        var missing = await futian.PostAsJsonAsync(Disputes, new { lineId, parties = "园岭街道、桂园街道", openedOn = today.ToString("yyyy-MM-dd"), description = "x" });
        Assert.Equal("请填写争议地段", await missing.FieldErrorAsync("area"));
        var d = await futian.BoundaryPostAsync(Disputes, new { lineId, area = "红岭路段（测试）", parties = "园岭街道、桂园街道", openedOn = today.AddDays(-10).ToString("yyyy-MM-dd"), description = "路灯管养范围分歧" });
        var id = d.GetProperty("id").GetString();
        Assert.Equal("调处中", d.GetProperty("status").GetString());
        Assert.Equal("福田区—罗湖区界线", d.GetProperty("lineName").GetString());

        Assert.Contains("尚无调处记录", await (await futian.PostAsJsonAsync($"{Disputes}/{id}/status", new { status = "已调处" })).BoundaryConflictAsync(), StringComparison.Ordinal);
        var early = await futian.PostAsJsonAsync($"{Disputes}/{id}/mediations", new { date = today.AddDays(-20).ToString("yyyy-MM-dd"), mediator = "福田区民政局", participants = "两街道", outcome = "x" });
        Assert.Equal("调处日期不能早于受理日期", await early.FieldErrorAsync("date"));
        await futian.BoundaryPostAsync($"{Disputes}/{id}/mediations", new { date = today.AddDays(-2).ToString("yyyy-MM-dd"), mediator = "福田区民政局、罗湖区民政局", participants = "园岭街道、桂园街道", outcome = "以界线为准分段管养" });
        var noText = await futian.PostAsJsonAsync($"{Disputes}/{id}/status", new { status = "已调处", agreementReached = true });
        Assert.Equal("达成协议的，请填写协议内容", await noText.FieldErrorAsync("agreementSummary"));
        d = await futian.BoundaryPostAsync($"{Disputes}/{id}/status", new { status = "已调处", agreementReached = true, agreementSummary = "以界线为准分段管养" });
        Assert.Equal("已调处", d.GetProperty("status").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd"), d.GetProperty("closedOn").GetString());
        Assert.Contains("已调处结案", await (await futian.PostAsJsonAsync($"{Disputes}/{id}/mediations", new { date = today.ToString("yyyy-MM-dd"), mediator = "x", participants = "x", outcome = "x" })).BoundaryConflictAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_city_sees_the_Dongguan_dispute_of_2018_and_the_district_does_not()
    {
        var city = await app.ClientForAsync("city.officer");
        var all = await city.BoundaryGetAsync(Disputes);
        var dg = all.GetProperty("items").EnumerateArray().Single(x => x.GetProperty("number").GetString() == "JF-2018-000001");
        Assert.Equal("深圳市—东莞市界线", dg.GetProperty("lineName").GetString());
        Assert.Equal(2, dg.GetProperty("mediations").GetInt32());

        var futian = await app.ClientForAsync("futian.district");
        var own = await futian.BoundaryGetAsync(Disputes);
        Assert.DoesNotContain(own.GetProperty("items").EnumerateArray(), x => x.GetProperty("number").GetString() == "JF-2018-000001");
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"{Disputes}/{dg.GetProperty("id").GetString()}")).StatusCode);
        var other = await futian.PostAsJsonAsync(Disputes, new { divisionCodes = "440305,440306", area = "x", parties = "x", openedOn = "2020-01-01", description = "x" });
        Assert.Equal("只能登记涉及本辖区的事项", await other.FieldErrorAsync("divisionCodes"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BoundaryDisputesTestsOnSqlite(SqliteApp app) : BoundaryDisputesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BoundaryDisputesTestsOnPostgres(PostgresApp app) : BoundaryDisputesTests(app);
