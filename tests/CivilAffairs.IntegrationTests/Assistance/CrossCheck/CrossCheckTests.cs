using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.Assistance.CrossCheck;

/// <summary>
/// 家庭经济状况核对 through the API on both databases: imports (CSV and xlsx, bad rows, the same
/// file twice), the matching pass over open applications and enrolled households, the reports it
/// writes, and who may see them. Each test imports its own files: the newest file of a source is
/// the one matched, so assertions follow the test's own run.
/// </summary>
public abstract class CrossCheckTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Base = "/api/v1/assistance/crosscheck";

    private static string Csv(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    private async Task<HttpResponseMessage> ImportAsync(string user, string source, string fileName, byte[] content, string? asOf = null)
    {
        var client = await app.ClientForAsync(user);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(source), "source");
        if (asOf is not null)
        {
            form.Add(new StringContent(asOf), "asOf");
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{Base}/imports", form);
    }

    private async Task<JsonElement> ImportOkAsync(string source, string csv)
    {
        var r = await ImportAsync("futian.street", source, $"{source}-{Guid.NewGuid():N}.csv", Encoding.UTF8.GetBytes(csv));
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"import {source}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<(string AppId, string[] MemberIds)> SubmitAsync(string division = "440304004022", string user = "futian.clerk", int members = 2)
    {
        var ids = Enumerable.Range(0, members).Select(i => Ids.New(division[..6], 1960 + i * 15)).ToArray();
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync("/api/v1/assistance/applications", new
        {
            programme = "Mlg", applicantIdNumber = ids[0], applicantName = "核对" + Guid.NewGuid().ToString("N")[..4], divisionCode = division,
            members = ids.Select((id, i) => new { idNumber = id, relation = i == 0 ? "02" : "10", monthlyIncome = 0, shenzhenHukou = true }).ToArray(),
        });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"submit: {(int)r.StatusCode} {text}");
        return (JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!, ids);
    }

    private async Task<JsonElement> RunAsync(string user = "futian.street")
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsync($"{Base}/runs", null);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"run as {user}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<JsonElement> LatestAsync(string query, string user = "futian.street")
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync($"{Base}/reports/latest?{query}");
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"latest {query}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task A_csv_import_reports_bad_rows_with_line_and_reason_imports_the_rest_and_refuses_the_same_file_twice()
    {
        var good = Ids.New("440304", 1970);
        var badCheck = good[..17] + (good[17] == '1' ? '2' : '1');
        var csv = Csv("证件号码,号牌号码,车辆类型", $"{good},粤B{Random.Shared.Next(10000, 99999)},小型汽车", $"{badCheck},粤B00001,小型汽车", $"{Ids.New()},,小型汽车", "");
        var bytes = Encoding.UTF8.GetBytes(csv);
        var r = await ImportAsync("futian.street", "Vehicle", "vehicles.csv", bytes);
        var body = await r.JsonAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, body.ToString());
        Assert.Equal(1, body.GetProperty("batch").GetProperty("rowsImported").GetInt32());
        Assert.Equal(2, body.GetProperty("batch").GetProperty("rowsRejected").GetInt32());
        var rejections = body.GetProperty("rejections").EnumerateArray().Select(x => (x.GetProperty("line").GetInt32(), x.GetProperty("reason").GetString())).ToList();
        Assert.Equal([(3, "身份证号码校验位错误，请核对"), (4, "号牌号码为空")], rejections);
        Assert.DoesNotContain(good, body.GetRawText(), StringComparison.Ordinal);

        var again = await ImportAsync("futian.district", "Vehicle", "renamed.csv", bytes);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("不能重复导入", (await again.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var history = await (await app.ClientForAsync("futian.street")).GetFromJsonAsync<JsonElement>($"{Base}/imports");
        var batch = Assert.Single(history.EnumerateArray(), b => b.GetProperty("id").GetString() == body.GetProperty("batch").GetProperty("id").GetString());
        Assert.Equal("车辆", batch.GetProperty("sourceName").GetString());
        Assert.Equal("futian.street", batch.GetProperty("importedBy").GetString());
        Assert.Equal(64, batch.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public async Task An_xlsx_file_imports_and_a_file_without_the_required_columns_is_refused()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["证件号码"] = Ids.New(), ["金融机构"] = "某银行", ["资产类型"] = "存款", ["余额"] = 1234.5 },
            new Dictionary<string, object?> { ["证件号码"] = "123", ["金融机构"] = "某银行", ["资产类型"] = "存款", ["余额"] = 10 },
            new Dictionary<string, object?> { ["证件号码"] = Ids.New(), ["金融机构"] = "某证券", ["资产类型"] = "证券", ["余额"] = 99 },
        };
        using var ms = new MemoryStream();
        ms.SaveAs(rows, excelType: ExcelType.XLSX);
        var r = await ImportAsync("futian.street", "Financial", "deposits.xlsx", ms.ToArray());
        var body = await r.JsonAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, body.ToString());
        Assert.Equal(2, body.GetProperty("batch").GetProperty("rowsImported").GetInt32());
        var rejected = Assert.Single(body.GetProperty("rejections").EnumerateArray());
        Assert.Equal(3, rejected.GetProperty("line").GetInt32());

        var noHeader = await ImportAsync("futian.street", "Financial", "bad.csv", Encoding.UTF8.GetBytes(Csv("证件号码,金额", $"{Ids.New()},100")));
        Assert.Contains("金融机构", await noHeader.FieldErrorAsync("file"), StringComparison.Ordinal);
        var noSource = await ImportAsync("futian.street", "Horses", "x.csv", Encoding.UTF8.GetBytes(Csv("a", "b")));
        await noSource.FieldErrorAsync("source");
    }

    [Fact]
    public async Task Matching_finds_a_car_and_too_much_deposit_and_gives_a_clean_household_a_clean_report()
    {
        var withCar = await SubmitAsync();
        var rich = await SubmitAsync();
        var clean = await SubmitAsync();
        var plate = "粤B" + Random.Shared.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
        await ImportOkAsync("Vehicle", Csv("证件号码,号牌号码,车辆类型", $"{withCar.MemberIds[1]},{plate},小型汽车", $"{clean.MemberIds[0]},深圳E0001,电动自行车"));
        // 2 persons: cap 24 × standard each; 200,000 is far above it, 1,000 far below
        await ImportOkAsync("Financial", Csv("证件号码,金融机构,资产类型,余额", $"{rich.MemberIds[0]},某银行,存款,150000", $"{rich.MemberIds[1]},某证券,证券,50000.00",
            $"{clean.MemberIds[1]},某银行,存款,1000"));
        await ImportOkAsync("Business", Csv("证件号码,统一社会信用代码,企业名称,登记状态", $"{clean.MemberIds[0]},,某已注销商行,注销"));

        var run = await RunAsync();
        Assert.True(run.GetProperty("households").GetInt32() >= 3);
        Assert.True(run.GetProperty("breaking").GetInt32() >= 2);

        var car = await LatestAsync($"applicationId={withCar.AppId}");
        Assert.True(car.GetProperty("summary").GetProperty("breaksRules").GetBoolean());
        Assert.Contains("拥有机动车 1 辆", car.GetProperty("summary").GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        var carItem = Assert.Single(car.GetProperty("items").EnumerateArray());
        Assert.Contains(plate, carItem.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(Masking.IdNumber(withCar.MemberIds[1]), carItem.GetProperty("memberIdNumberMasked").GetString());
        Assert.NotNull(carItem.GetProperty("rule").GetString());
        Assert.Equal(1, car.GetProperty("vehicles").GetInt32());

        var deposits = await LatestAsync($"applicationId={rich.AppId}");
        Assert.Equal(200_000m, deposits.GetProperty("financialAssets").GetDecimal());
        var reason = Assert.Single(deposits.GetProperty("summary").GetProperty("reasons").EnumerateArray()).GetString()!;
        Assert.Contains("人均金融资产 100000.00 元", reason, StringComparison.Ordinal);
        var summary = deposits.GetProperty("summary");
        Assert.Equal(DateOnly.Parse(summary.GetProperty("reportDate").GetString()!, CultureInfo.InvariantCulture).AddDays(90),
            DateOnly.Parse(summary.GetProperty("validUntil").GetString()!, CultureInfo.InvariantCulture));

        var ok = await LatestAsync($"applicationId={clean.AppId}");
        Assert.False(ok.GetProperty("summary").GetProperty("breaksRules").GetBoolean());
        Assert.Empty(ok.GetProperty("summary").GetProperty("reasons").EnumerateArray());
        var items = ok.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count); // the e-bike and the closed business are listed, not counted; the deposit is under the cap
        Assert.Equal(2, items.Count(i => !i.GetProperty("counted").GetBoolean()));

        // history: a second run adds a report and the list shows both, newest first
        await RunAsync();
        var list = await (await app.ClientForAsync("futian.clerk")).GetFromJsonAsync<JsonElement>($"{Base}/reports?applicationId={clean.AppId}");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_enrolled_household_is_matched_on_its_members_verified_income()
    {
        var head = Ids.New("440304", 1975);
        var spouse = Ids.New("440304", 1977);
        var enrolmentId = Guid.CreateVersion7();
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
            db.Enrolments.Add(new Enrolment
            {
                Id = enrolmentId, Programme = Programme.Mlg, HeadIdNumber = head, HeadName = "在保户", DivisionCode = "440304004022",
                Status = EnrolmentStatus.Active, EnrolFrom = new DateOnly(2026, 1, 1),
                Members =
                [
                    new EnrolmentMember { EnrolmentId = enrolmentId, IdNumber = head, Relation = "02", BirthDate = new DateOnly(1975, 1, 1), ShenzhenHukou = true },
                    new EnrolmentMember { EnrolmentId = enrolmentId, IdNumber = spouse, Relation = "10", BirthDate = new DateOnly(1977, 1, 1), ShenzhenHukou = true },
                ],
            });
            await db.SaveChangesAsync();
        }
        // 6,000 a month of wages for a household of two: 3,000 per person, above any standard since 2015
        await ImportOkAsync("Income", Csv("证件号码,所属月份,收入类型,月收入", $"{spouse},2026-07,工资薪金,6000", $"{spouse},2026-08,工资薪金,6000",
            $"{head},2026-08,残疾人补贴,300"));

        await RunAsync("futian.district");

        var report = await LatestAsync($"enrolmentId={enrolmentId}");
        Assert.Equal("Enrolment", report.GetProperty("summary").GetProperty("householdKind").GetString());
        Assert.Equal(6000m, report.GetProperty("verifiedIncome").GetDecimal());
        Assert.Contains("家庭月人均收入 3000.00 元", report.GetProperty("summary").GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(2, report.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_nanshan_user_cannot_see_futian_reports_and_a_clerk_may_read_but_not_import_or_run()
    {
        var futian = await SubmitAsync();
        await ImportOkAsync("RealEstate", Csv("证件号码,房屋用途,不动产单元号,坐落,建筑面积", $"{futian.MemberIds[0]},商铺,U{Guid.NewGuid():N},福田区某路1号,35"));
        await RunAsync();
        var report = await LatestAsync($"applicationId={futian.AppId}");
        var reportId = report.GetProperty("summary").GetProperty("id").GetString();
        Assert.True(report.GetProperty("summary").GetProperty("breaksRules").GetBoolean());

        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"{Base}/reports/{reportId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"{Base}/reports/latest?applicationId={futian.AppId}")).StatusCode);
        await RunAsync("nanshan.street");
        var list = await nanshan.GetFromJsonAsync<JsonElement>($"{Base}/reports?pageSize=200");
        Assert.All(list.GetProperty("items").EnumerateArray(), r => Assert.StartsWith("440305", r.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));

        var clerk = await app.ClientForAsync("futian.clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"{Base}/reports/{reportId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"{Base}/runs", null)).StatusCode);
        var denied = await ImportAsync("futian.clerk", "Vehicle", "x.csv", Encoding.UTF8.GetBytes(Csv("证件号码,号牌号码,车辆类型", $"{Ids.New()},粤B1,小型汽车")));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task The_newest_delivery_of_a_source_is_matched_and_an_older_one_imported_later_does_not_replace_it()
    {
        var inNewer = await SubmitAsync();
        var inOlder = await SubmitAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var newer = await ImportOkAsync("Vehicle", Csv("证件号码,号牌号码,车辆类型", $"{inNewer.MemberIds[0]},粤B{Random.Shared.Next(10000, 99999)},小型汽车"));
        var olderFile = Encoding.UTF8.GetBytes(Csv("证件号码,号牌号码,车辆类型", $"{inOlder.MemberIds[0]},粤B{Random.Shared.Next(10000, 99999)},小型汽车"));
        var older = await ImportAsync("futian.street", "Vehicle", "older.csv", olderFile, today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Created, older.StatusCode);

        await RunAsync();

        Assert.True((await LatestAsync($"applicationId={inNewer.AppId}")).GetProperty("summary").GetProperty("breaksRules").GetBoolean());
        Assert.False((await LatestAsync($"applicationId={inOlder.AppId}")).GetProperty("summary").GetProperty("breaksRules").GetBoolean());
        var history = await (await app.ClientForAsync("futian.street")).GetFromJsonAsync<JsonElement>($"{Base}/imports");
        var current = history.EnumerateArray().Where(b => b.GetProperty("source").GetString() == "Vehicle" && b.GetProperty("current").GetBoolean()).ToList();
        Assert.Equal(newer.GetProperty("batch").GetProperty("id").GetString(), Assert.Single(current).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_csv_that_is_not_utf8_is_refused_with_a_hint()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(Csv("证件号码,号牌号码,车辆类型", $"{Ids.New()},粤B12345,小型汽车"));
        var r = await ImportAsync("futian.street", "Vehicle", "gbk.csv", gbk);
        Assert.Contains("UTF-8", await r.FieldErrorAsync("file"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_carry_the_chinese_headers_of_each_source()
    {
        var client = await app.ClientForAsync("futian.street");
        var csv = await client.GetByteArrayAsync($"{Base}/templates/Income");
        Assert.StartsWith("证件号码,所属月份,收入类型,月收入", Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'), StringComparison.Ordinal);
        var xlsx = await client.GetByteArrayAsync($"{Base}/templates/RealEstate?format=xlsx");
        var header = (IDictionary<string, object?>)MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: false, excelType: ExcelType.XLSX).First();
        Assert.Equal(["证件号码", "房屋用途", "不动产单元号", "坐落", "建筑面积"], header.Values.Select(v => v?.ToString() ?? "").ToArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CrossCheckSqliteTests(SqliteApp app) : CrossCheckTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class CrossCheckPostgresTests(PostgresApp app) : CrossCheckTests<PostgresApp>(app);
