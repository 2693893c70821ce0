using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.Registry.Boundaries;

/// <summary>Boundary lines, markers, joint inspections, the fine cap and jurisdiction; on SQLite and PostgreSQL.</summary>
public abstract class BoundaryLinesTests(AppFixture app)
{
    private const string Lines = "/api/v1/registry/boundaries";

    private static JsonElement LineNamed(JsonElement list, string name) =>
        list.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("name").GetString() == name);

    [Fact]
    public async Task The_Dongguan_line_shows_the_fourth_round_of_2018_and_the_next_inspection_five_years_later()
    {
        var city = await app.ClientForAsync("city.officer");
        var list = await city.BoundaryGetAsync(Lines);
        Assert.Equal(5, list.GetProperty("cycleYears").GetInt32());
        Assert.Contains("行政区域界线管理条例", list.GetProperty("cycleBasis").GetString(), StringComparison.Ordinal);
        var dg = LineNamed(list, "深圳市—东莞市界线");
        Assert.Equal(4, dg.GetProperty("lastRound").GetInt32());
        Assert.Equal("2018-06-29", dg.GetProperty("lastRoundEnd").GetString());
        Assert.Equal("2023-06-29", dg.GetProperty("nextDue").GetString());
        Assert.Equal(app.BoundaryToday() > new DateOnly(2023, 6, 29), dg.GetProperty("overdue").GetBoolean());

        var line = await city.BoundaryGetAsync($"{Lines}/{dg.GetProperty("id").GetString()}");
        var fourth = line.GetProperty("inspections").EnumerateArray().Single(i => i.GetProperty("round").GetInt32() == 4);
        Assert.Equal("第四轮", fourth.GetProperty("roundName").GetString());
        Assert.Equal("东莞市人民政府", fourth.GetProperty("partnerGovernment").GetString());
        Assert.Equal(6, fourth.GetProperty("findings").GetArrayLength());
        Assert.Equal(7400m, fourth.GetProperty("repairCost").GetDecimal());
        Assert.Equal("移位", line.BoundaryMarker("深莞05").GetProperty("status").GetString());
        Assert.Equal("完好", line.BoundaryMarker("深莞03").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_district_sees_only_the_lines_that_touch_it_and_gets_404_for_the_others()
    {
        var city = await app.ClientForAsync("city.officer");
        var all = await city.BoundaryGetAsync(Lines);
        var dongguanId = LineNamed(all, "深圳市—东莞市界线").GetProperty("id").GetString();
        var shenshan = LineNamed(all, "深汕特别合作区—惠东县界线（鹅埠段）");
        Assert.Equal("鹅埠镇（441521103）", shenshan.GetProperty("sideA").GetString());

        var futian = await app.ClientForAsync("futian.district");
        var own = await futian.BoundaryGetAsync(Lines);
        var names = own.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("name").GetString()!).ToList();
        Assert.Contains("福田区—南山区界线", names);
        Assert.Contains("福田区—罗湖区界线", names);
        Assert.DoesNotContain("深圳市—东莞市界线", names);
        Assert.DoesNotContain("南山区—宝安区界线", names);
        Assert.All(own.GetProperty("items").EnumerateArray(), l =>
            Assert.True(l.GetProperty("sideA").GetString()!.Contains("440304", StringComparison.Ordinal) || l.GetProperty("sideB").GetString()!.Contains("440304", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"{Lines}/{dongguanId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await futian.PostAsJsonAsync($"{Lines}/{dongguanId}/activities", new { date = "2018-12-01", title = "巡查" })).StatusCode);

        // the district may not register a line between two other districts; a clerk may not register at all
        var other = await futian.PostAsJsonAsync(Lines, new { name = "南山—宝安测试", sideACode = "440305", sideBCode = "440306", level = "县级", lengthKm = 3.2m });
        Assert.Equal("只能登记涉及本辖区的事项", await other.FieldErrorAsync("sideACode"));
        var clerk = await app.ClientForAsync("futian.clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync(Lines, new { name = "x", sideACode = "440304", sideBCode = "440305", level = "县级", lengthKm = 1m })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(Lines)).StatusCode);
    }

    [Fact]
    public async Task An_inspection_finding_marks_a_marker_damaged_and_a_done_repair_restores_it()
    {
        var city = await app.ClientForAsync("city.officer");
        var name = BoundariesTestApi.BoundaryUnique("龙岗区—盐田区界线");
        var line = await city.BoundaryPostAsync(Lines, new { name, sideACode = "440307", sideBCode = "440308", level = "县级", lengthKm = 18.4m, agreementDoc = "协议书", agreementDate = "2012-03-01" });
        var id = line.GetProperty("id").GetString();
        Assert.Equal("2017-03-01", line.GetProperty("nextDue").GetString());
        await city.BoundaryPostAsync($"{Lines}/{id}/markers", new { number = "龙盐01", type = "双立", latitude = 22.5912m, longitude = 114.2301m, installedOn = "2012-02-01" });
        line = await city.BoundaryPostAsync($"{Lines}/{id}/markers", new { number = "龙盐02", type = "单立", latitude = 22.6011m, longitude = 114.2452m });
        Assert.Equal(2, line.GetProperty("markers").GetArrayLength());
        var dup = await city.PostAsJsonAsync($"{Lines}/{id}/markers", new { number = "龙盐02", type = "单立", latitude = 22.6m, longitude = 114.2m });
        Assert.Equal("本界线已有此编号的界桩", await dup.FieldErrorAsync("number"));
        var badLat = await city.PostAsJsonAsync($"{Lines}/{id}/markers", new { number = "龙盐03", type = "四立", latitude = 95m, longitude = 114.2m });
        Assert.Contains("纬度", await badLat.FieldErrorAsync("latitude"), StringComparison.Ordinal);

        var today = app.BoundaryToday();
        line = await city.BoundaryPostAsync($"{Lines}/{id}/inspections", new
        {
            round = 1, partnerGovernment = "盐田区人民政府", startDate = today.AddDays(-5).ToString("yyyy-MM-dd"), endDate = today.AddDays(-1).ToString("yyyy-MM-dd"), participants = "龙岗区民政局、盐田区民政局",
        });
        Assert.Equal(today.AddDays(-1).AddYears(5).ToString("yyyy-MM-dd"), line.GetProperty("nextDue").GetString());
        Assert.False(line.GetProperty("overdue").GetBoolean());
        var inspectionId = line.GetProperty("inspections")[0].GetProperty("id").GetString();
        var again = await city.PostAsJsonAsync($"{Lines}/{id}/inspections", new { round = 1, partnerGovernment = "盐田区人民政府", startDate = "2020-01-01", endDate = "2020-01-02", participants = "x" });
        Assert.Equal("本界线已登记该轮次的联合检查", await again.FieldErrorAsync("round"));

        line = await city.BoundaryPostAsync($"{Lines}/{id}/inspections/{inspectionId}/findings", new { markerNumber = "龙盐02", foundStatus = "损坏", note = "桩体断裂" });
        Assert.Equal("损坏", line.BoundaryMarker("龙盐02").GetProperty("status").GetString());
        Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd"), line.BoundaryMarker("龙盐02").GetProperty("lastInspectedOn").GetString());
        var twice = await city.PostAsJsonAsync($"{Lines}/{id}/inspections/{inspectionId}/findings", new { markerNumber = "龙盐02", foundStatus = "完好" });
        Assert.Contains("已登记界桩", await twice.BoundaryConflictAsync(), StringComparison.Ordinal);

        var negative = await city.PostAsJsonAsync($"{Lines}/{id}/inspections/{inspectionId}/repairs", new { markerNumber = "龙盐02", action = "重新浇筑", cost = -1m });
        Assert.Contains("不能为负数", await negative.FieldErrorAsync("cost"), StringComparison.Ordinal);
        line = await city.BoundaryPostAsync($"{Lines}/{id}/inspections/{inspectionId}/repairs", new { markerNumber = "龙盐02", action = "重新浇筑", cost = 3200.5m, doneOn = today.ToString("yyyy-MM-dd") });
        Assert.Equal("完好", line.BoundaryMarker("龙盐02").GetProperty("status").GetString());
        Assert.Equal(3200.5m, line.GetProperty("inspections")[0].GetProperty("repairCost").GetDecimal());

        // Excel of this line's markers, read back; the export is audited
        var xlsx = await city.GetByteArrayAsync($"{Lines}/markers.xlsx?lineId={id}");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["龙盐01", "龙盐02"], rows.Select(r => r["界桩编号"]?.ToString()).ToList());
        Assert.All(rows, r => Assert.Equal(name, r["界线"]?.ToString()));
        await using var scope = app.Scope();
        var audit = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        Assert.True(await audit.AuditLog.AsNoTracking().AnyAsync(a => a.Entity == "BoundaryMarkers" && a.EntityId == id && a.UserName == "city.officer"));

        var inspections = await city.GetByteArrayAsync($"{Lines}/inspections.xlsx");
        var irows = MiniExcel.Query(new MemoryStream(inspections), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var mine = irows.Single(r => r["界线"]?.ToString() == name);
        Assert.Equal("第一轮", mine["轮次"]?.ToString());
        Assert.Equal("龙盐02损坏", mine["发现问题界桩"]?.ToString());
    }

    [Fact]
    public async Task A_fine_above_the_cap_is_refused_and_nothing_is_saved()
    {
        var city = await app.ClientForAsync("city.officer");
        var line = await city.BoundaryPostAsync(Lines, new { name = BoundariesTestApi.BoundaryUnique("罗湖区—龙岗区界线"), sideACode = "440303", sideBCode = "440307", level = "县级", lengthKm = 9.5m });
        var id = line.GetProperty("id").GetString();
        await city.BoundaryPostAsync($"{Lines}/{id}/markers", new { number = "罗龙01", type = "单立", latitude = 22.60m, longitude = 114.15m });
        var found = app.BoundaryToday().AddDays(-3).ToString("yyyy-MM-dd");

        var over = await city.PostAsJsonAsync($"{Lines}/{id}/damages", new { markerNumber = "罗龙01", foundOn = found, description = "挖掘机碰撞", repairCost = 2000m, proposedFine = 1200m });
        var detail = await over.BoundaryConflictAsync();
        Assert.Contains("超过上限 1000 元", detail, StringComparison.Ordinal);
        Assert.Equal(0, (await city.BoundaryGetAsync($"{Lines}/{id}")).GetProperty("damages").GetArrayLength());

        line = await city.BoundaryPostAsync($"{Lines}/{id}/damages", new { markerNumber = "罗龙01", foundOn = found, description = "挖掘机碰撞", responsibleParty = "张某", repairCost = 2000m, proposedFine = 1000m });
        var damage = line.GetProperty("damages")[0];
        Assert.Equal(1000m, damage.GetProperty("fineCap").GetDecimal());
        Assert.Contains("行政区域界线管理条例", damage.GetProperty("fineCapBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal("损坏", line.BoundaryMarker("罗龙01").GetProperty("status").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BoundaryLinesTestsOnSqlite(SqliteApp app) : BoundaryLinesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BoundaryLinesTestsOnPostgres(PostgresApp app) : BoundaryLinesTests(app);
