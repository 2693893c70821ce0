using System.Globalization;
using System.Net;
using System.Text.Json;
using CivilAffairs.IntegrationTests.ElderCare.Adaptation;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.ElderCare.Reports;

/// <summary>The reports page's numbers against hand-counted changes: new elders by age band, a closed adaptation, a new care worker.</summary>
public abstract class ReportsTests(AppFixture app)
{
    private static int Year => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).Year;

    [Fact]
    public async Task Elders_by_age_band_and_the_adaptation_and_workforce_figures_move_by_exactly_what_was_added()
    {
        var path = $"/reports?year={Year}&division=440305";
        var before = await app.AdaptGetAsync("city.officer", path);

        // four residents of Nanshan: 65, 75 and 101 count (bands 60, 70, 100), 59 does not; one of them is not 户籍
        await app.AdaptElderAsync("440305001", 65);
        await app.AdaptElderAsync("440305001", 75, shenzhenHukou: false);
        var centenarian = await app.AdaptElderAsync("440305001", 101);
        await app.AdaptElderAsync("440305001", 59);
        // one adaptation closed today: priority none → subsidy 3000 of 3790
        var c = await app.AdaptPostAsync("nanshan.street", "/adaptations", new { idNumber = centenarian }, HttpStatusCode.Created);
        await app.AdaptPostAsync("nanshan.street", $"/adaptations/{c.AdaptId()}/assessment", AdaptationApi.Assessment(AdaptationApi.Today));
        await app.AdaptPostAsync("city.officer", $"/adaptations/{c.AdaptId()}/approve", new { });
        await app.AdaptPostAsync("nanshan.street", $"/adaptations/{c.AdaptId()}/contract", new
        {
            contractorName = "南山适老工程队", creditCode = "91440300MA5F0ADP2Y", contractDate = AdaptationApi.Today, plannedCompletion = AdaptationApi.Today,
        });
        await app.AdaptUploadAsync("nanshan.street", c.AdaptId(), AdaptationApi.Png, "ok.png", HttpStatusCode.Created);
        await app.AdaptPostAsync("nanshan.street", $"/adaptations/{c.AdaptId()}/check", new { checkedOn = AdaptationApi.Today, checker = "验收员", passed = true });
        // and a new certified worker at the Nanshan care home
        await app.AdaptPostAsync("care.home2", "/workers", new { name = "新护理员", idNumber = Ids.New("440305", 1985), qualification = "Senior", certificateNumber = "S2026009" },
            HttpStatusCode.Created);

        var after = await app.AdaptGetAsync("city.officer", path);
        Assert.Equal([1, 1, 0, 0, 1], Bands(after).Zip(Bands(before), (a, b) => a - b).ToArray());
        Assert.Equal(2, Elders(after).GetProperty("shenzhenHukou").GetInt32() - Elders(before).GetProperty("shenzhenHukou").GetInt32());
        Assert.Equal(1m, Figure(after, "适老化改造", "adaptation.done") - Figure(before, "适老化改造", "adaptation.done"));
        Assert.Equal(1m, Figure(after, "适老化改造", "adaptation.applications") - Figure(before, "适老化改造", "adaptation.applications"));
        Assert.Equal(3000m, Figure(after, "适老化改造", "adaptation.subsidy") - Figure(before, "适老化改造", "adaptation.subsidy"));
        Assert.Equal(1m, Figure(after, "养老人才", "workforce.workers") - Figure(before, "养老人才", "workforce.workers"));
        Assert.Equal(1m, Figure(after, "养老人才", "workforce.senior") - Figure(before, "养老人才", "workforce.senior"));
        // the district column carries the same number as the total when one district is asked for
        var done = Row(after, "适老化改造", "adaptation.done");
        Assert.Equal(done.GetProperty("total").GetDecimal(), done.GetProperty("byDistrict").GetProperty("440305").GetDecimal());

        // the Excel has the elders sheet and one sheet per area, with the same numbers
        var xlsx = await app.AdaptBytesAsync("city.officer", $"/reports.xlsx?year={Year}&division=440305");
        var sheets = MiniExcel.GetSheetNames(new MemoryStream(xlsx));
        Assert.Equal("老年人口", sheets[0]);
        Assert.Contains("适老化改造", sheets);
        Assert.Contains("养老人才", sheets);
        var elders = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "老年人口").Cast<IDictionary<string, object?>>().ToList();
        var nanshan = Assert.Single(elders);
        Assert.Equal((double)Elders(after).GetProperty("total").GetInt32(), Convert.ToDouble(nanshan["合计"], CultureInfo.InvariantCulture));
        Assert.Equal((double)Bands(after)[4], Convert.ToDouble(nanshan["100岁及以上"], CultureInfo.InvariantCulture));
        var adaptation = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "适老化改造").Cast<IDictionary<string, object?>>().ToList();
        var doneRow = Assert.Single(adaptation, r => (string?)r["指标"] == "完成改造户数");
        Assert.Equal((double)Figure(after, "适老化改造", "adaptation.done"), Convert.ToDouble(doneRow["合计"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_street_sees_only_its_street_and_a_division_outside_the_jurisdiction_is_refused()
    {
        var mine = await app.AdaptGetAsync("nanshan.street", $"/reports?year={Year}");
        Assert.Equal("440305001", mine.GetProperty("division").GetString());
        Assert.All(mine.GetProperty("elders").EnumerateArray(), e => Assert.Equal("440305", e.GetProperty("districtCode").GetString()));
        var bad = await app.AdaptGetAsync("futian.district", $"/reports?year={Year}&division=440305", HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("division", out _));
        await app.AdaptGetAsync("futian.district", "/reports?from=2018-07&to=2018-03", HttpStatusCode.BadRequest);
        await app.AdaptGetAsync("care.home", "/reports", HttpStatusCode.Forbidden);
        var months = await app.AdaptGetAsync("city.officer", "/reports?from=2018-01&to=2018-12");
        Assert.Equal("2018-12-31", months.GetProperty("to").GetString());
        // the 2018 demo cases: three adaptations closed in 福田 and 南山
        Assert.True(Figure(months, "适老化改造", "adaptation.done") >= 3);
    }

    private static JsonElement Elders(JsonElement report) =>
        report.GetProperty("elders").EnumerateArray().FirstOrDefault(e => e.GetProperty("districtCode").GetString() == "440305") is { ValueKind: JsonValueKind.Object } e
            ? e : JsonDocument.Parse("{\"bands\":[0,0,0,0,0],\"total\":0,\"shenzhenHukou\":0}").RootElement;

    private static int[] Bands(JsonElement report) => Elders(report).GetProperty("bands").EnumerateArray().Select(b => b.GetInt32()).ToArray();

    private static JsonElement Row(JsonElement report, string area, string key) =>
        report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("area").GetString() == area)
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    private static decimal Figure(JsonElement report, string area, string key)
    {
        var section = report.GetProperty("sections").EnumerateArray().FirstOrDefault(s => s.GetProperty("area").GetString() == area);
        if (section.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }
        var row = section.GetProperty("rows").EnumerateArray().FirstOrDefault(r => r.GetProperty("key").GetString() == key);
        return row.ValueKind == JsonValueKind.Object ? row.GetProperty("total").GetDecimal() : 0;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportsSqliteTests(SqliteApp app) : ReportsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportsPostgresTests(PostgresApp app) : ReportsTests(app);
