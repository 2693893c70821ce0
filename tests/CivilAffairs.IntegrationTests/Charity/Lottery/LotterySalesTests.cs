using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Charity.Lottery;

/// <summary>Monthly sales: import with row errors, re-import replaces, the fund accrued with the parameters used, closed months locked; on both databases.</summary>
public abstract class LotterySalesTests(AppFixture app)
{
    private async Task<(string Futian1, string Futian2, string Nanshan)> CodesAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CharityDb>();
        var open = await db.LotteryOutlets.IgnoreQueryFilters().Where(o => o.Status == LotteryOutletStatus.Open).OrderBy(o => o.Code).Select(o => o.Code).ToListAsync();
        var futian = open.Where(c => c.StartsWith("440304", StringComparison.Ordinal)).ToList();
        return (futian[0], futian[1], open.First(c => c.StartsWith("440305", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_district_clerk_imports_a_month_bad_rows_come_back_a_reimport_replaces_and_a_closed_month_is_locked()
    {
        var (f1, f2, nanshan) = await CodesAsync();
        var month = LotteryApi.MonthText(LotteryApi.LastMonth);
        var district = await app.ClientForAsync("futian.district");
        var before = await (await district.GetAsync($"/api/v1/charity/lottery/months/{month}")).LotteryOkAsync();

        var csv = "投注站编号,玩法,销售额（元）\n"
            + $"{f1},中福在线,100000.00\n"
            + $"{f2},中福在线,\"50,000\"\n"
            + "44030499999,双色球,1000\n"
            + $"{nanshan},双色球,1000\n"
            + $"{f1},大乐透,1000\n"
            + $"{f2},双色球,-5\n";
        var r = await (await district.LotteryImportAsync(month, csv)).LotteryOkAsync();
        Assert.Equal(6, r.GetProperty("rows").GetInt32());
        Assert.Equal(2, r.GetProperty("added").GetInt32());
        Assert.Equal(4, r.GetProperty("rejected").GetInt32());
        var errors = r.GetProperty("errors").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(),
            Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "投注站编号" && e.Message.Contains("不存在", StringComparison.Ordinal));
        // another district's outlet is outside futian.district's reach
        Assert.Contains(errors, e => e.Row == 5 && e.Column == "投注站编号" && e.Message.Contains(nanshan, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 6 && e.Column == "玩法");
        Assert.Contains(errors, e => e.Row == 7 && e.Column == "销售额（元）");

        // the month's fund grew by the rate of 中福在线 on 150 000 yuan
        var after = await (await district.GetAsync($"/api/v1/charity/lottery/months/{month}")).LotteryOkAsync();
        Assert.Equal(before.GetProperty("sales").GetDecimal() + 150_000m, after.GetProperty("sales").GetDecimal());
        Assert.Equal(before.GetProperty("fundFromSales").GetDecimal() + 33_000m, after.GetProperty("fundFromSales").GetDecimal());

        // the same outlet + month + game again replaces: one row, the new amount
        var again = await (await district.LotteryImportAsync(month, $"投注站编号,玩法,销售额（元）\n{f1},中福在线,120000\n")).LotteryOkAsync();
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(1, again.GetProperty("replaced").GetInt32());
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CharityDb>();
            var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var rows = await db.LotterySales.IgnoreQueryFilters().Where(s => s.OutletCode == f1 && s.Month == first && s.Game == LotteryGame.VideoLottery).ToListAsync();
            Assert.Equal(120_000m, Assert.Single(rows).Amount);
        }

        // the accrual records the parameters used: rate per game with its date, and the local share
        var m = await (await district.GetAsync($"/api/v1/charity/lottery/months/{month}")).LotteryOkAsync();
        Assert.Contains("video=0.22@2018-01-01", m.GetProperty("parameterKey").GetString(), StringComparison.Ordinal);
        Assert.Contains("local=0.5@", m.GetProperty("parameterKey").GetString(), StringComparison.Ordinal);
        var video = m.GetProperty("accruals").EnumerateArray().Single(a => a.GetProperty("game").GetString() == "VideoLottery");
        Assert.Equal(0.22m, video.GetProperty("rate").GetDecimal());
        Assert.Equal(170_000m * 0.22m, video.GetProperty("fund").GetDecimal());
        Assert.Equal(m.GetProperty("fundFromSales").GetDecimal() + m.GetProperty("unclaimedPrizes").GetDecimal(), m.GetProperty("fundRaised").GetDecimal());

        // unclaimed prizes go to the fund (city only)
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PutAsJsonAsync($"/api/v1/charity/lottery/months/{month}/unclaimed", new { amount = 1000 })).StatusCode);
        var city = await app.ClientForAsync("city.officer");
        var u = await (await city.PutAsJsonAsync($"/api/v1/charity/lottery/months/{month}/unclaimed", new { amount = 88_888.88m })).LotteryOkAsync();
        Assert.Equal(u.GetProperty("fundFromSales").GetDecimal() + 88_888.88m, u.GetProperty("fundRaised").GetDecimal());

        // a district cannot close the city's month; the city closes it, then it is locked
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsync($"/api/v1/charity/lottery/months/{month}/close", null)).StatusCode);
        var closed = await (await city.PostAsync($"/api/v1/charity/lottery/months/{month}/close", null)).LotteryOkAsync();
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await district.LotteryImportAsync(month, $"投注站编号,玩法,销售额（元）\n{f1},中福在线,1\n")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await district.PostAsJsonAsync("/api/v1/charity/lottery/sales", new { month, outletCode = f1, game = "双色球", amount = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await city.PutAsJsonAsync($"/api/v1/charity/lottery/months/{month}/unclaimed", new { amount = 1 })).StatusCode);
        var locked = await (await city.GetAsync($"/api/v1/charity/lottery/months/{month}")).LotteryOkAsync();
        Assert.Equal(closed.GetProperty("fundRaised").GetDecimal(), locked.GetProperty("fundRaised").GetDecimal());
    }

    [Fact]
    public async Task The_current_month_cannot_be_closed_and_a_bad_file_is_refused_whole()
    {
        var city = await app.ClientForAsync("city.officer");
        var thisMonth = LotteryApi.MonthText(LotteryApi.LastMonth.AddMonths(1));
        Assert.Equal(HttpStatusCode.Conflict, (await city.PostAsync($"/api/v1/charity/lottery/months/{thisMonth}/close", null)).StatusCode);
        var noColumns = await city.LotteryImportAsync(thisMonth, "编号,金额\n1,2\n");
        Assert.Contains("缺少列", await noColumns.FieldErrorAsync("file"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("futian.street")).LotteryImportAsync(thisMonth, "投注站编号,玩法,销售额（元）\n")).StatusCode);
    }

    [Fact]
    public async Task The_2018_demo_sums_to_the_seed_figures_and_the_public_notice_shows_them_without_operators()
    {
        var anonymous = app.CreateClient();
        var pub = await (await anonymous.GetAsync("/api/v1/public/charity/lottery")).LotteryOkAsync();
        var y2018 = pub.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2018);
        // 2018: sales 45.9亿元, fund 11.82亿元 (seed, section 八) — the fund computed from the rate parameters
        Assert.InRange(y2018.GetProperty("sales").GetDecimal(), 4_570_000_000m, 4_610_000_000m);
        Assert.InRange(y2018.GetProperty("fundRaised").GetDecimal(), 1_150_000_000m, 1_210_000_000m);
        var y2019 = pub.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2019);
        Assert.True(y2019.GetProperty("used").GetDecimal() > 0);
        Assert.Contains(pub.GetProperty("brandProjects").EnumerateArray(), p => p.GetProperty("projectName").GetString() == "来深建设者春节返乡");

        var html = await anonymous.GetStringAsync("/m/charity/lottery");
        Assert.Contains("筹集公益金", html, StringComparison.Ordinal);
        Assert.Contains("来深建设者关爱基金", html, StringComparison.Ordinal);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CharityDb>();
        var outlets = await db.LotteryOutlets.IgnoreQueryFilters().Select(o => new { o.OperatorName, o.OperatorPhone, o.Code }).ToListAsync();
        Assert.NotEmpty(outlets);
        Assert.All(outlets, o =>
        {
            Assert.DoesNotContain(o.OperatorName, html, StringComparison.Ordinal);
            Assert.DoesNotContain(o.OperatorPhone!, html, StringComparison.Ordinal);
            Assert.DoesNotContain(o.Code, html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_district_sees_its_own_outlets_with_the_operator_masked_and_statistics_export_to_excel()
    {
        var district = await app.ClientForAsync("futian.district");
        var list = await (await district.GetAsync("/api/v1/charity/lottery/outlets")).LotteryOkAsync();
        Assert.NotEmpty(list.EnumerateArray());
        Assert.All(list.EnumerateArray(), o =>
        {
            Assert.StartsWith("440304", o.GetProperty("divisionCode").GetString(), StringComparison.Ordinal);
            Assert.Contains("*", o.GetProperty("operatorMasked").GetString(), StringComparison.Ordinal);
        });

        var city = await app.ClientForAsync("city.officer");
        var xlsx = await city.GetByteArrayAsync("/api/v1/charity/lottery/statistics.xlsx?year=2018");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "公益金筹集与使用").Cast<IDictionary<string, object?>>().ToList();
        var y2018 = rows.Single(r => Convert.ToInt32(r["年度"], CultureInfo.InvariantCulture) == 2018);
        Assert.InRange(Convert.ToDecimal(y2018["销售额（元）"], CultureInfo.InvariantCulture), 4_570_000_000m, 4_610_000_000m);
        var districts = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "分区销售").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(9, districts.Count);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LotterySalesTestsOnSqlite(SqliteApp app) : LotterySalesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LotterySalesTestsOnPostgres(PostgresApp app) : LotterySalesTests(app);
