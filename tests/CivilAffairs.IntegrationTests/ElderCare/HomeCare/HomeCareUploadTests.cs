using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.ElderCare.HomeCare.HomeCareTestData;

namespace CivilAffairs.IntegrationTests.ElderCare.HomeCare;

/// <summary>Bulk upload of orders: good rows saved, bad rows reported by row and column, the same file twice adds nothing.</summary>
public abstract class HomeCareUploadTests(AppFixture app)
{
    private const string Api = "/api/v1/eldercare/homecare";

    private static async Task<JsonElement> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
        form.Add(file, "file", fileName);
        var r = await client.PostAsync($"{Api}/orders/upload", form);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"upload: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<int> CountAsync(string idNumber)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
        return await db.HomeCareOrders.IgnoreQueryFilters().CountAsync(o => o.IdNumber == idNumber);
    }

    [Fact]
    public async Task A_csv_with_bad_rows_saves_the_good_ones_reports_the_bad_ones_and_a_reupload_adds_nothing()
    {
        var agency = await app.ClientForAsync("homecare.agency");
        var a = await app.FreshElderAsync("440304004");
        var b = await app.FreshElderAsync("440304004");
        var d = MonthsAgo(9).AddDays(3);
        var csv = new StringBuilder("身份证号,服务项目,服务日期,开始时间,时长（分钟）,服务人员\n")
            .Append($"{a.IdNumber},助洁,{d:yyyy-MM-dd},09:00,60,上传测试甲\n")                 // row 2: good
            .Append($"{b.IdNumber},生活照料,{d:yyyy-MM-dd},09:00,120,上传测试乙\n")             // row 3: good
            .Append($"{a.IdNumber},助浴,{d:yyyy-MM-dd},09:30,60,上传测试丙\n")                 // row 4: the elder is busy 09:00–10:00
            .Append($"{b.IdNumber},洗车,{d:yyyy-MM-dd},13:00,60,上传测试乙\n")                 // row 5: not in the catalogue
            .Append($"{b.IdNumber},助洁,{Today.AddDays(2):yyyy-MM-dd},13:00,60,上传测试乙\n")  // row 6: future
            .Append($"{b.IdNumber},助洁,{d:yyyy-MM-dd},15:00,600,上传测试乙\n")                // row 7: too long
            .Append($"440304199001011234,助洁,{d:yyyy-MM-dd},15:00,60,上传测试乙\n")           // row 8: bad check digit
            .Append($"{a.IdNumber},精神慰藉,{d.AddDays(1):yyyy-MM-dd},16:00,45,\n");           // row 9: no worker
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();

        var first = await UploadAsync(agency, bytes, "orders.csv");
        Assert.Equal(8, first.GetProperty("rows").GetInt32());
        Assert.Equal(2, first.GetProperty("accepted").GetInt32());
        Assert.Equal(6, first.GetProperty("rejected").GetInt32());
        var errors = first.GetProperty("errors").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(),
            Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(errors, e => e.Row == 4 && e.Message.Contains("老人", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Row == 5 && e.Column == "服务项目");
        Assert.Contains(errors, e => e.Row == 6 && e.Column == "服务日期");
        Assert.Contains(errors, e => e.Row == 7 && e.Column == "时长（分钟）");
        Assert.Contains(errors, e => e.Row == 8 && e.Column == "身份证号");
        Assert.Contains(errors, e => e.Row == 9 && e.Column == "服务人员");
        Assert.DoesNotContain(errors, e => e.Row is 2 or 3);
        Assert.Equal(1, await CountAsync(a.IdNumber.ToUpperInvariant()));
        Assert.Equal(1, await CountAsync(b.IdNumber.ToUpperInvariant()));

        // the row report as Excel
        var xlsx = await agency.GetAsync($"{Api}/uploads/{first.GetProperty("id").GetGuid()}/errors.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(errors.Count, rows.Count);
        Assert.Contains(rows, r => Convert.ToInt32(r["行号"], System.Globalization.CultureInfo.InvariantCulture) == 5 && (string?)r["列"] == "服务项目");
        // another provider cannot read the report
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("nanshan.street")).GetAsync($"{Api}/uploads/{first.GetProperty("id").GetGuid()}")).StatusCode);

        // the same file again (without BOM this time): everything good is a duplicate, nothing is saved twice
        var again = await UploadAsync(agency, Encoding.UTF8.GetBytes(csv.ToString()), "orders.csv");
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(2, again.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, await CountAsync(a.IdNumber.ToUpperInvariant()));
        Assert.Equal(1, await CountAsync(b.IdNumber.ToUpperInvariant()));
    }

    [Fact]
    public async Task An_xlsx_upload_is_read_like_a_csv_and_a_missing_column_is_refused()
    {
        var agency = await app.ClientForAsync("homecare.agency");
        var a = await app.FreshElderAsync("440304004");
        var d = MonthsAgo(10).AddDays(6);
        var sheet = new[]
        {
            new Dictionary<string, object> { ["身份证号"] = a.IdNumber, ["服务项目"] = "助医陪诊", ["服务日期"] = $"{d:yyyy-MM-dd}", ["开始时间"] = "08:30", ["时长（分钟）"] = 180, ["服务人员"] = "表格测试" },
            new Dictionary<string, object> { ["身份证号"] = a.IdNumber, ["服务项目"] = "上门探访", ["服务日期"] = $"{d:yyyy-MM-dd}", ["开始时间"] = "14:00", ["时长（分钟）"] = 5, ["服务人员"] = "表格测试" },
        };
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(sheet);
        var result = await UploadAsync(agency, ms.ToArray(), "orders.xlsx");
        Assert.Equal(1, result.GetProperty("accepted").GetInt32());
        Assert.Equal(3, result.GetProperty("errors")[0].GetProperty("row").GetInt32());
        var list = await (await agency.GetAsync($"{Api}/orders?month={d:yyyy-MM}&idNumber={a.IdNumber}")).JsonAsync();
        var order = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(150m, order.GetProperty("amount").GetDecimal()); // 3 h × 50
        Assert.False(order.GetProperty("subsidised").GetBoolean());

        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("身份证号,服务项目\n")), "file", "short.csv");
        var missing = await agency.PostAsync($"{Api}/orders/upload", form);
        Assert.Contains("服务日期", await missing.FieldErrorAsync("file"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_workbook_is_refused_with_a_file_error_and_saves_nothing()
    {
        var agency = await app.ClientForAsync("homecare.agency");
        var a = await app.FreshElderAsync("440304004");
        var d = MonthsAgo(10).AddDays(8);
        var sheet = new[] { new Dictionary<string, object> { ["身份证号"] = a.IdNumber, ["服务项目"] = "助医陪诊", ["服务日期"] = $"{d:yyyy-MM-dd}", ["开始时间"] = "08:30", ["时长（分钟）"] = 60, ["服务人员"] = "损坏文件" } };
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(sheet);
        // the shape fuzzing found: a workbook cut short in transfer made the XML reader throw, which was a 500
        var damaged = ms.ToArray()[..(int)(ms.Length * 2 / 3)];
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(damaged), "file", "orders.xlsx");
        var r = await agency.PostAsync($"{Api}/orders/upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("无法读取该 Excel 文件", await r.FieldErrorAsync("file"), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(a.IdNumber.ToUpperInvariant()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HomeCareUploadSqliteTests(SqliteApp app) : HomeCareUploadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HomeCareUploadPostgresTests(PostgresApp app) : HomeCareUploadTests(app);
