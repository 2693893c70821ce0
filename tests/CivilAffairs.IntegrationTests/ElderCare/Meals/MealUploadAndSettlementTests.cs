using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.ElderCare.Meals.MealsTestData;

namespace CivilAffairs.IntegrationTests.ElderCare.Meals;

/// <summary>A provider's upload (row-level report, idempotent), provider isolation, and the monthly settlement approved by the street.</summary>
public abstract class MealUploadAndSettlementTests(AppFixture app)
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Upload_reports_bad_rows_by_row_and_column_and_reupload_adds_nothing()
    {
        var e = await EnrolAsync(app, await NewElderAsync(app, 78), Today.AddMonths(-1));
        var day = await MealDayAsync(app);
        var csv = "助餐卡号,身份证号码,就餐日期,就餐时间,餐别\n" +
                  $"{e.Card},,{D(day)},11:40,午餐\n" +
                  $"4403049999999,,{D(day)},11:41,午餐\n" +
                  $"{e.Card},,2026-13-45,11:42,午餐\n" +
                  $",,{D(day)},25:99,宵夜\n";
        var canteen = await app.ClientForAsync("meal.canteen");
        var r = await canteen.PostAsync("/api/v1/eldercare/meals/uploads", Csv(csv));
        var body = await r.JsonAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal(3, body.GetProperty("rejected").GetInt32());
        var errors = body.GetProperty("errors").EnumerateArray()
            .Select(x => (Row: x.GetProperty("row").GetInt32(), Column: x.GetProperty("column").GetString(), Message: x.GetProperty("message").GetString())).ToList();
        Assert.Contains(errors, x => x is { Row: 3, Column: "助餐卡号" } && x.Message == "助餐卡号不存在");
        Assert.Contains(errors, x => x is { Row: 4, Column: "就餐日期" });
        Assert.Contains(errors, x => x is { Row: 5, Column: "就餐时间" });
        Assert.Contains(errors, x => x is { Row: 5, Column: "餐别" });
        Assert.Contains(errors, x => x is { Row: 5, Column: "助餐卡号" });

        var report = await canteen.GetStringAsync($"/api/v1/eldercare/meals/uploads/{body.GetProperty("id").GetGuid()}/errors.csv");
        Assert.Contains("行号,列,错误说明", report, StringComparison.Ordinal);
        Assert.Contains("3,助餐卡号,助餐卡号不存在", report, StringComparison.Ordinal);

        var again = await (await canteen.PostAsync("/api/v1/eldercare/meals/uploads", Csv(csv))).JsonAsync();
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(1, again.GetProperty("duplicates").GetInt32());
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
        Assert.Equal(1, await db.MealRecords.IgnoreQueryFilters().CountAsync(x => x.EnrolmentId == e.Id));
    }

    [Fact]
    public async Task A_canteen_sees_and_writes_only_its_own_records()
    {
        var canteen = await app.ClientForAsync("meal.canteen");
        var from = D(Today.AddMonths(-2));
        var other = await canteen.GetFromJsonAsync<JsonElement>($"/api/v1/eldercare/meals/records?canteen=ZC440305001&from={from}");
        Assert.Equal(0, other.GetProperty("total").GetInt32());
        var mine = await canteen.GetFromJsonAsync<JsonElement>($"/api/v1/eldercare/meals/records?from={from}");
        Assert.True(mine.GetProperty("total").GetInt32() > 0);
        Assert.All(mine.GetProperty("items").EnumerateArray(), x => Assert.Equal("ZC440304004", x.GetProperty("institutionCode").GetString()));
        var staff = await (await app.ClientForAsync("city.officer")).GetFromJsonAsync<JsonElement>($"/api/v1/eldercare/meals/records?canteen=ZC440305001&from={from}");
        Assert.True(staff.GetProperty("total").GetInt32() > 0, "the demo has meals at 南头; the city sees them");

        var write = await canteen.PostAsJsonAsync("/api/v1/eldercare/meals/counter", new { canteen = "ZC440305001", card = "4403050000001", time = "11:30" });
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        var upload = await canteen.PostAsync("/api/v1/eldercare/meals/uploads?canteen=ZC440305001", Csv("助餐卡号,就餐日期,就餐时间\n4403050000001,2025-01-06,11:30\n"));
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        var settlements = await canteen.GetFromJsonAsync<JsonElement>("/api/v1/eldercare/meals/settlements");
        Assert.All(settlements.EnumerateArray(), x => Assert.Equal("ZC440304004", x.GetProperty("institutionCode").GetString()));

        // an institution account without an institution code sees nothing of elderly care
        var welfare = await app.ClientForAsync("welfare.center");
        Assert.Equal(HttpStatusCode.Forbidden, (await welfare.GetAsync("/api/v1/eldercare/meals/records")).StatusCode);
    }

    [Fact]
    public async Task Provider_submits_the_month_the_street_approves_and_the_month_is_settled_once()
    {
        var month = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2);
        var day = await WorkingDayInAsync(app, month);
        var e = await EnrolAsync(app, await NewElderAsync(app, 101), month);
        var canteen = await app.ClientForAsync("meal.canteen");
        var up = await (await canteen.PostAsync("/api/v1/eldercare/meals/uploads", Csv($"助餐卡号,就餐日期,就餐时间,餐别\n{e.Card},{D(day)},11:35,午餐\n"))).JsonAsync();
        Assert.Equal(1, up.GetProperty("accepted").GetInt32());

        var submit = await canteen.PostAsJsonAsync("/api/v1/eldercare/meals/settlements", new { month = D(month) });
        var s = await submit.JsonAsync();
        Assert.True(submit.StatusCode == HttpStatusCode.Created, s.ToString());
        Assert.Equal("Submitted", s.GetProperty("status").GetString());
        Assert.True(s.GetProperty("subsidyTotal").GetDecimal() >= 15m);
        Assert.True(s.GetProperty("priorityMeals").GetInt32() >= 1);
        var id = s.GetProperty("id").GetGuid();

        // locked: a late row for the month is refused; a second settlement is refused
        var late = await (await canteen.PostAsync("/api/v1/eldercare/meals/uploads", Csv($"助餐卡号,就餐日期,就餐时间\n{e.Card},{D(day.AddDays(1))},11:35\n"))).JsonAsync();
        Assert.Equal(0, late.GetProperty("accepted").GetInt32());
        Assert.Contains("已提交结算", late.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await canteen.PostAsJsonAsync("/api/v1/eldercare/meals/settlements", new { month = D(month) })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await canteen.PostAsync($"/api/v1/eldercare/meals/settlements/{id}/approve", null)).StatusCode);
        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.PostAsync($"/api/v1/eldercare/meals/settlements/{id}/approve", null)).StatusCode);
        var street = await app.ClientForAsync("futian.street");
        var approved = await street.PostAsync($"/api/v1/eldercare/meals/settlements/{id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await approved.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await canteen.PostAsJsonAsync("/api/v1/eldercare/meals/settlements", new { month = D(month) })).StatusCode);
    }

    [Fact]
    public async Task Anomaly_report_finds_the_demo_double_lunch_and_exports_to_excel()
    {
        var district = await app.ClientForAsync("futian.district");
        var from = D(Today.AddDays(-10));
        var report = await district.GetFromJsonAsync<JsonElement>($"/api/v1/eldercare/meals/anomalies?from={from}&to={D(Today)}");
        Assert.True(report.GetProperty("counts").GetProperty("短时间内重复就餐").GetInt32() >= 1);
        Assert.True(report.GetProperty("counts").GetProperty("超出每日补贴餐次").GetInt32() >= 1);
        var bytes = await district.GetByteArrayAsync($"/api/v1/eldercare/meals/anomalies.xlsx?from={from}&to={D(Today)}");
        using var ms = new MemoryStream(bytes);
        var rows = ms.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, x => (x["异常类型"] as string) == "短时间内重复就餐");
        Assert.DoesNotContain(rows, x => (x["卡号/证件（脱敏）"] as string ?? "").Length == 18 && !(x["卡号/证件（脱敏）"] as string)!.Contains('*', StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MealUploadAndSettlementTestsOnSqlite(SqliteApp app) : MealUploadAndSettlementTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MealUploadAndSettlementTestsOnPostgres(PostgresApp app) : MealUploadAndSettlementTests(app);
