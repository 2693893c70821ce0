using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Reporting.Features.Metrics;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Reporting.StatReports.StatReportsApi;

namespace CivilAffairs.IntegrationTests.Reporting.StatReports;

/// <summary>民政统计报表: defined by the city, filled from the monthly figures, checked by someone else, submitted, returned.</summary>
public abstract class StatReportsTests(AppFixture app)
{
    [Fact]
    public async Task A_district_fills_from_metric_values_and_another_account_reviews_before_it_is_submitted()
    {
        var code = NewCode("IT年报");
        await app.DefineAsync(ListTable(code));
        var futian = await app.ClientForAsync("futian.district");

        var filled = await futian.PostAsync(Path(code, "2018", "fill"), null).OkAsync();
        Assert.Equal("已填报", filled.GetProperty("status").GetString());
        Assert.Equal("深圳市福田区民政局", filled.GetProperty("divisionName").GetString());
        var persons = await app.FigureAsync("funeral.free.persons", Period.Year(2018), "440304");
        var amount = await app.FigureAsync("funeral.free.amount", Period.Year(2018), "440304");
        var cremations = await app.FigureAsync("funeral.cremations", Period.Year(2018), "440304");
        Assert.NotNull(cremations.Value);
        Assert.Equal(persons.Value, filled.Cell(0, 0));
        Assert.Equal(persons.Previous, filled.Cell(0, 1));
        Assert.Equal(persons.Change, filled.Cell(0, 2));
        Assert.Equal(amount.Value, filled.Cell(1, 0));
        Assert.Equal(cremations.Value, filled.Cell(2, 0));

        // a clerk explains an odd figure; the figure stays
        var noted = await futian.PutAsJsonAsync(Path(code, "2018", "notes"), new { row = 2, column = 2, note = "殡仪馆搬迁，部分遗体在市外火化" }).OkAsync();
        Assert.Equal("殡仪馆搬迁，部分遗体在市外火化", noted.GetProperty("rows")[2].GetProperty("cells")[2].GetProperty("note").GetString());
        Assert.Equal(cremations.Value, noted.Cell(2, 0));

        // maker–checker
        var self = await futian.PostAsync(Path(code, "2018", "review"), null);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Contains("不同人员", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("futian.clerk")).PostAsync(Path(code, "2018", "review", "440304"), null)).StatusCode);
        var checker = await app.FutianCheckerAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await checker.PostAsync(Path(code, "2018", "submit"), null)).StatusCode);
        var reviewed = await checker.PostAsync(Path(code, "2018", "review"), null).OkAsync();
        Assert.Equal("已审核", reviewed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await futian.PostAsync(Path(code, "2018", "fill"), null)).StatusCode);

        var submitted = await futian.PostAsync(Path(code, "2018", "submit"), null).OkAsync();
        Assert.Equal("已上报", submitted.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.String, submitted.GetProperty("submittedAtUtc").ValueKind);
        Assert.False(submitted.GetProperty("overdue").GetBoolean());

        // the city returns it with a reason: back to draft, filled again (recomputed)
        var city = await app.ClientForAsync("city.officer");
        Assert.Contains("退回理由", await (await city.PostAsJsonAsync(Path(code, "2018", "return", "440304"), new { reason = " " })).FieldErrorAsync("reason"),
            StringComparison.Ordinal);
        var returned = await city.PostAsJsonAsync(Path(code, "2018", "return", "440304"), new { reason = "火化数与殡仪馆月报不一致，请核实" }).OkAsync();
        Assert.Equal("退回修改", returned.GetProperty("status").GetString());
        Assert.Equal("火化数与殡仪馆月报不一致，请核实", returned.GetProperty("returnReason").GetString());
        var again = await futian.PostAsync(Path(code, "2018", "fill"), null).OkAsync();
        Assert.Equal("退回修改", again.GetProperty("status").GetString());
        Assert.Equal(cremations.Value, again.Cell(2, 0));
        Assert.Equal("Draft", again.GetProperty("statusCode").GetString());

        var overview = await futian.GetAsync(Base).OkAsync();
        Assert.Contains(overview.GetProperty("submissions").EnumerateArray(), s => s.GetProperty("tableCode").GetString() == code);
        Assert.Contains(overview.GetProperty("tables").EnumerateArray(), t => t.GetProperty("code").GetString() == "民统3表");
    }

    [Fact]
    public async Task Another_jurisdiction_cannot_read_futians_table()
    {
        var code = NewCode("IT辖区");
        await app.DefineAsync(ListTable(code));
        var futian = await app.ClientForAsync("futian.district");
        await futian.PostAsync(Path(code, "2018", "fill"), null).OkAsync();
        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync(Path(code, "2018", division: "440304"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync(Path(code, "2018", "excel", "440304"))).StatusCode);
        var nanshanDistrict = await app.ClientForAsync((await app.CreateUserAsync(Roles.DistrictApprover, "440305")).UserName);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshanDistrict.PostAsync(Path(code, "2018", "review", "440304"), null)).StatusCode);
        var own = await nanshan.GetAsync(Path(code, "2018")).OkAsync();
        Assert.Equal("440305001", own.GetProperty("divisionCode").GetString());
        Assert.Equal("未填报", own.GetProperty("status").GetString());
        var list = await nanshan.GetAsync(Base).OkAsync();
        Assert.DoesNotContain(list.GetProperty("submissions").EnumerateArray(), x => x.GetProperty("divisionCode").GetString()!.StartsWith("440304", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_definition_is_refused_with_its_field_and_nothing_is_saved()
    {
        var code = NewCode("IT坏表");
        var city = await app.ClientForAsync("city.officer");
        var r = await city.PostAsJsonAsync(Base, ListTable(code, metric2: "funeral.no.such"));
        Assert.Contains("funeral.no.such", await r.FieldErrorAsync("rows[1].metric"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync($"{Base}/{Uri.EscapeDataString(code)}")).StatusCode);
        // tables are the city's
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("futian.district")).PostAsJsonAsync(Base, ListTable(code))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync($"{Base}/{Uri.EscapeDataString(code)}")).StatusCode);
        // a period of the wrong kind
        await app.DefineAsync(ListTable(code));
        Assert.NotNull(await (await city.PostAsync(Path(code, "2018-03", "fill"), null)).FieldErrorAsync("period"));
        var detail = await city.GetAsync($"{Base}/{Uri.EscapeDataString(code)}").OkAsync();
        Assert.Equal("年报", detail.GetProperty("table").GetProperty("periodKindName").GetString());
        Assert.Contains(detail.GetProperty("periods").EnumerateArray(), p => p.GetProperty("period").GetString() == "2018");
    }

    [Fact]
    public async Task The_city_consolidates_the_district_it_received()
    {
        var code = NewCode("IT分区");
        await app.DefineAsync(DivisionTable(code));
        var futian = await app.ClientForAsync("futian.district");
        var district = await futian.PostAsync(Path(code, "2018", "fill"), null).OkAsync();
        var rows = district.GetProperty("rows");
        Assert.Equal("合计", rows[rows.GetArrayLength() - 1].GetProperty("label").GetString());
        Assert.Contains(rows.EnumerateArray(), x => x.GetProperty("label").GetString() == "福田街道");
        var total = district.Cell(rows.GetArrayLength() - 1, 1);
        Assert.Equal((await app.FigureAsync("funeral.cremations", Period.Year(2018), "440304")).Value, total);

        var city = await app.ClientForAsync("city.officer");
        var before = await city.GetAsync(Path(code, "2018")).OkAsync();
        var futianRow = before.GetProperty("rows").EnumerateArray().Select((x, i) => (x, i)).Single(x => x.x.GetProperty("divisionCode").GetString() == "440304");
        Assert.Equal("已填报", futianRow.x.GetProperty("sourceStatus").GetString());
        Assert.Equal(10, before.GetProperty("rows").GetArrayLength()); // nine districts and 合计

        await (await app.FutianCheckerAsync()).PostAsync(Path(code, "2018", "review"), null).OkAsync();
        await futian.PostAsync(Path(code, "2018", "submit"), null).OkAsync();
        var after = await city.GetAsync(Path(code, "2018")).OkAsync();
        var row = after.GetProperty("rows")[futianRow.i];
        Assert.Equal("已上报", row.GetProperty("sourceStatus").GetString());
        Assert.Equal(total, after.Cell(futianRow.i, 1));
    }

    [Fact]
    public async Task The_excel_has_the_official_layout()
    {
        var code = NewCode("IT导出");
        await app.DefineAsync(ListTable(code));
        var futian = await app.ClientForAsync("futian.district");
        var filled = await futian.PostAsync(Path(code, "2018", "fill"), null).OkAsync();
        var r = await futian.GetAsync(Path(code, "2018", "excel"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var xlsx = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var rows = xlsx.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        string Text(int row, string col) => Convert.ToString(rows[row][col], System.Globalization.CultureInfo.InvariantCulture) ?? "";
        Assert.Equal("殡葬服务情况（年报）", Text(0, "A"));
        Assert.Contains(rows.Take(6).SelectMany(x => x.Values), v => v is string s && s == "表    号：深民统9表");
        Assert.Contains(rows.Take(6).SelectMany(x => x.Values), v => v is string s && s == "批准文号：深民函〔2018〕9号");
        Assert.Contains(rows, x => x["A"] is string s && s == "填报单位：深圳市福田区民政局");
        var body = rows.Single(x => x["A"] is string s && s == "火化遗体");
        Assert.Equal(filled.Cell(2, 0), Convert.ToDecimal(body["C"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, x => x["A"] is string s && s.StartsWith("单位负责人：", StringComparison.Ordinal) && s.Contains("填表人：futian.district", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatReportsTestsOnSqlite(SqliteApp app) : StatReportsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StatReportsTestsOnPostgres(PostgresApp app) : StatReportsTests(app);
