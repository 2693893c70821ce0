using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Features.Payments;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.Assistance.Payments;

/// <summary>
/// Monthly payment runs through the API on both databases: crash and resume, idempotence,
/// maker–checker, bank files, reconciliation twice, back-pay after a late standard, and reports
/// that agree with the runs. Each test pays its own community so runs do not see each other.
/// </summary>
public abstract class PaymentRunTests(AppFixture app)
{
    private const string Runs = "/api/v1/assistance/payments/runs";

    private async Task<JsonElement> SendAsync(string user, string path, object? body, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        var r = body is null ? await client.GetAsync(path) : await client.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{path} as {user}: {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private Task<JsonElement> StartAsync(string month, string scope, HttpStatusCode expected = HttpStatusCode.OK, string user = "futian.district") =>
        SendAsync(user, Runs, new { month, divisionCode = scope }, expected);

    private static (int Households, int Persons, decimal Amount, int Exceptions) Totals(JsonElement run) =>
        (run.GetProperty("households").GetInt32(), run.GetProperty("persons").GetInt32(), run.GetProperty("amount").GetDecimal(),
            run.GetProperty("exceptions").GetInt32());

    private async Task<(int Lines, int DistinctEnrolments, decimal Amount)> LinesInDbAsync(Guid runId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
        var lines = await db.PaymentLines.IgnoreQueryFilters().Where(l => l.RunId == runId).ToListAsync();
        return (lines.Count, lines.Select(l => l.EnrolmentId).Distinct().Count(), lines.Where(l => l.Status != PaymentLineStatus.Exception).Sum(l => l.Amount));
    }

    [Fact]
    public async Task A_run_killed_between_and_inside_batches_resumes_to_exactly_the_totals_of_a_clean_run()
    {
        var clean = PaymentTestData.NewCommunity();
        var crashed = PaymentTestData.NewCommunity();
        await PaymentTestData.EnrolAsync(app, clean, 9);
        await PaymentTestData.EnrolAsync(app, crashed, 9);
        var settings = app.Services.GetRequiredService<PaymentRunSettings>();
        settings.BatchSize = 2;
        try
        {
            var reference = await StartAsync("2020-03", clean);
            Assert.Equal("Prepared", reference.GetProperty("status").GetString());
            Assert.Equal(5, reference.GetProperty("batches").GetInt32());
            // households 0..8, #3 has no bank account
            Assert.Equal((8, 16, 1), (Totals(reference).Households, Totals(reference).Persons, Totals(reference).Exceptions));

            settings.FailAfterBatches = 2;
            await StartAsync("2020-03", crashed, HttpStatusCode.InternalServerError);
            settings.FailInsideBatch = 4; // lines of batch 4 written, then killed before the cursor commits
            await StartAsync("2020-03", crashed, HttpStatusCode.InternalServerError);
            var list = await SendAsync("futian.district", $"{Runs}?month=2020-03", null, HttpStatusCode.OK);
            var half = list.EnumerateArray().Single(r => r.GetProperty("divisionCode").GetString() == crashed);
            Assert.Equal("Computing", half.GetProperty("status").GetString());
            Assert.Equal(3, half.GetProperty("batches").GetInt32());

            var resumed = await StartAsync("2020-03", crashed);
            Assert.Equal(half.GetProperty("id").GetString(), resumed.GetProperty("id").GetString());
            Assert.Equal("Prepared", resumed.GetProperty("status").GetString());
            Assert.Equal(Totals(reference), Totals(resumed));
            var lines = await LinesInDbAsync(resumed.GetProperty("id").GetGuid());
            Assert.Equal(9, lines.Lines);
            Assert.Equal(9, lines.DistinctEnrolments);
            Assert.Equal(Totals(reference).Amount, lines.Amount);

            // starting the month again returns the same run and pays nobody twice
            var again = await StartAsync("2020-03", crashed);
            Assert.Equal(resumed.GetProperty("id").GetString(), again.GetProperty("id").GetString());
            Assert.Equal(9, (await LinesInDbAsync(resumed.GetProperty("id").GetGuid())).Lines);
        }
        finally
        {
            settings.BatchSize = 20_000;
            settings.FailAfterBatches = null;
            settings.FailInsideBatch = null;
        }
    }

    [Fact]
    public async Task An_overlapping_wider_run_skips_households_a_narrower_run_already_paid_for_the_month()
    {
        var community = PaymentTestData.NewCommunity();
        var ids = await PaymentTestData.EnrolAsync(app, community, 4);
        var narrow = await StartAsync("2020-08", community);
        Assert.Equal(3, narrow.GetProperty("households").GetInt32());
        var wide = await StartAsync("2020-08", "440304004");
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
        var lines = await db.PaymentLines.IgnoreQueryFilters().Where(l => ids.Contains(l.EnrolmentId) && l.Month == new DateOnly(2020, 8, 1)).ToListAsync();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.Equal(narrow.GetProperty("id").GetGuid(), l.RunId));
        Assert.NotEqual(narrow.GetProperty("id").GetString(), wide.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_run_is_released_only_by_a_second_person_and_only_then_produces_the_bank_file()
    {
        await PaymentTestData.GrantReleaseToApproversAsync(app);
        var community = PaymentTestData.NewCommunity();
        await PaymentTestData.EnrolAsync(app, community, 5);
        await StartAsync("2020-04", community, HttpStatusCode.Forbidden, user: "futian.clerk");
        await StartAsync("2020-04", "440305", HttpStatusCode.BadRequest);
        var run = await StartAsync("2020-04", community);
        var id = run.GetProperty("id").GetString();
        await SendAsync("futian.finance", $"{Runs}/{id}/bank-file.csv", null, HttpStatusCode.Conflict);
        var own = await SendAsync("futian.district", $"{Runs}/{id}/release", new { }, HttpStatusCode.Conflict);
        Assert.Contains("编制人不能复核", own.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await SendAsync("nanshan.street", $"{Runs}/{id}", null, HttpStatusCode.NotFound);
        var released = await SendAsync("futian.finance", $"{Runs}/{id}/release", new { }, HttpStatusCode.OK);
        Assert.Equal("Released", released.GetProperty("status").GetString());
        Assert.Equal("futian.finance", released.GetProperty("releasedBy").GetString());
        await SendAsync("futian.district", $"{Runs}/{id}/cancel", new { reason = "错误" }, HttpStatusCode.Conflict);

        var finance = await app.ClientForAsync("futian.finance");
        var csv = await finance.GetByteArrayAsync($"{Runs}/{id}/bank-file.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("参考号,户主姓名,身份证号码,开户银行,银行账号,金额", rows[0], StringComparison.Ordinal);
        Assert.Equal(4, rows.Length - 1); // household 3 has no account: an exception, not in the file
        var xlsx = await finance.GetByteArrayAsync($"{Runs}/{id}/bank-file.xlsx");
        var sheet = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(4, sheet.Count);
        Assert.Equal(run.GetProperty("amount").GetDecimal(), sheet.Sum(r => Convert.ToDecimal(r["金额"], System.Globalization.CultureInfo.InvariantCulture)));

        var exceptions = await SendAsync("futian.finance", $"{Runs}/{id}/lines?status=Exception", null, HttpStatusCode.OK);
        var exception = Assert.Single(exceptions.GetProperty("items").EnumerateArray());
        Assert.Contains("无银行账户", exception.GetProperty("note").GetString(), StringComparison.Ordinal);
        var page = await SendAsync("futian.finance", $"{Runs}/{id}/lines?status=Pending&pageSize=10", null, HttpStatusCode.OK);
        Assert.All(page.GetProperty("items").EnumerateArray(), l => Assert.Contains("****", l.GetProperty("bankAccountMasked").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_can_be_cancelled_before_release_with_a_reason_and_the_month_started_again()
    {
        var community = PaymentTestData.NewCommunity();
        await PaymentTestData.EnrolAsync(app, community, 3);
        var run = await StartAsync("2020-09", community);
        var id = run.GetProperty("id").GetString();
        await SendAsync("futian.district", $"{Runs}/{id}/cancel", new { reason = "" }, HttpStatusCode.BadRequest);
        var cancelled = await SendAsync("futian.district", $"{Runs}/{id}/cancel", new { reason = "参数录入有误，重新编制" }, HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        var again = await StartAsync("2020-09", community);
        Assert.NotEqual(id, again.GetProperty("id").GetString());
        Assert.Equal(run.GetProperty("amount").GetDecimal(), again.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Reconciling_the_same_return_file_twice_changes_nothing_and_failed_lines_are_issued_again()
    {
        var community = PaymentTestData.NewCommunity();
        await PaymentTestData.EnrolAsync(app, community, 5);
        var run = await StartAsync("2020-10", community);
        var id = run.GetProperty("id").GetString();
        await SendAsync("futian.finance", $"{Runs}/{id}/release", new { }, HttpStatusCode.OK);
        var finance = await app.ClientForAsync("futian.finance");
        var csv = Encoding.UTF8.GetString(await finance.GetByteArrayAsync($"{Runs}/{id}/bank-file.csv")).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var ret = new StringBuilder("参考号,账号,金额,结果,失败原因\r\n");
        for (var i = 0; i < lines.Count; i++)
        {
            ret.Append($"{lines[i][0]},{lines[i][4]},{lines[i][5]},{(i == 0 ? "失败" : "成功")},{(i == 0 ? "账户已销户" : "")}\r\n");
        }
        ret.Append("ffffffffffffffffffffffffffffffff,6217000099999999,100.00,成功,\r\n");
        var file = Encoding.UTF8.GetBytes(ret.ToString());

        async Task<JsonElement> ImportAsync(byte[] body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("text/csv");
            var r = await finance.PostAsync($"{Runs}/{id}/reconciliations?fileName=return.csv", content);
            var text = await r.Content.ReadAsStringAsync();
            Assert.True(r.StatusCode == HttpStatusCode.OK, text);
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        async Task<string> StatesAsync()
        {
            var page = await SendAsync("futian.finance", $"{Runs}/{id}/lines?pageSize=100", null, HttpStatusCode.OK);
            return string.Join(";", page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("reference").GetString() + "=" + l.GetProperty("status").GetString()));
        }

        var first = await ImportAsync(file);
        Assert.Equal((3, 1), (first.GetProperty("paid").GetInt32(), first.GetProperty("failed").GetInt32()));
        var unmatched = Assert.Single(first.GetProperty("unmatched").EnumerateArray());
        Assert.Equal("ffffffffffffffffffffffffffffffff", unmatched.GetProperty("reference").GetString());
        var after = await StatesAsync();

        var second = await ImportAsync(file);
        Assert.True(second.GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(after, await StatesAsync());
        // the same rows in a different file: every line already has its result
        var third = await ImportAsync(Encoding.UTF8.GetBytes(ret.ToString().Replace("账户已销户", "账户已销户。", StringComparison.Ordinal)));
        Assert.Equal((0, 0, 4), (third.GetProperty("paid").GetInt32(), third.GetProperty("failed").GetInt32(), third.GetProperty("unchanged").GetInt32()));
        Assert.Equal(after, await StatesAsync());

        var failed = await SendAsync("futian.finance", $"{Runs}/{id}/lines?status=Failed", null, HttpStatusCode.OK);
        var failedLine = Assert.Single(failed.GetProperty("items").EnumerateArray());
        var supplementary = await SendAsync("futian.district", Runs, new { kind = "Supplementary", month = "2020-11", divisionCode = community }, HttpStatusCode.OK);
        Assert.Equal((1, failedLine.GetProperty("amount").GetDecimal()), (supplementary.GetProperty("households").GetInt32(), supplementary.GetProperty("amount").GetDecimal()));
        await SendAsync("futian.district", Runs, new { kind = "Supplementary", month = "2020-11", divisionCode = community }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_standard_published_late_gives_back_pay_of_the_differences_once_and_every_line_reproduces_from_its_snapshot()
    {
        var community = PaymentTestData.NewCommunity();
        var ids = await PaymentTestData.EnrolAsync(app, community, 6);
        var runs = new List<JsonElement>();
        foreach (var month in new[] { "2020-05", "2020-06" })
        {
            var run = await StartAsync(month, community);
            runs.Add(await SendAsync("futian.finance", $"{Runs}/{run.GetProperty("id").GetString()}/release", new { }, HttpStatusCode.OK));
        }
        // the city publishes, late, a higher standard for this community from 2020-06 (1250 → 1300)
        await SendAsync("city.officer", "/api/v1/parameters",
            new { key = "assistance.mlg.standard", divisionCode = community, value = "1300", validFrom = "2020-06-01", legalBasis = "测试：补发文件" }, HttpStatusCode.Created);

        var backPay = await SendAsync("futian.district", Runs, new { kind = "BackPay", month = "2020-05", toMonth = "2020-06", divisionCode = community }, HttpStatusCode.OK);
        var lines = await SendAsync("futian.district", $"{Runs}/{backPay.GetProperty("id").GetString()}/lines?pageSize=100", null, HttpStatusCode.OK);
        var items = lines.GetProperty("items").EnumerateArray().Where(l => l.GetProperty("status").GetString() == "Pending").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, l => Assert.Equal("2020-06", l.GetProperty("month").GetString()));
        // each paid household gets 50 yuan per person, plus 50 × the add-on percentage of its student
        Assert.All(items, l => Assert.True(l.GetProperty("amount").GetDecimal() >= 50m * l.GetProperty("householdSize").GetInt32()));
        foreach (var l in items)
        {
            var r = await SendAsync("futian.district", $"/api/v1/assistance/payments/lines/{l.GetProperty("id").GetString()}/reproduce", null, HttpStatusCode.OK);
            Assert.True(r.GetProperty("matches").GetBoolean(), r.GetRawText());
        }
        var again = await SendAsync("futian.district", Runs, new { kind = "BackPay", month = "2020-05", toMonth = "2020-06", divisionCode = community }, HttpStatusCode.OK);
        Assert.Equal((0, 0m), (again.GetProperty("households").GetInt32(), again.GetProperty("amount").GetDecimal()));

        // the regular June lines still reproduce with the standard in force when they were computed
        var june = await SendAsync("futian.district", $"{Runs}/{runs[1].GetProperty("id").GetString()}/lines?status=Pending", null, HttpStatusCode.OK);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
            await db.EnrolmentMembers.Where(m => m.Relation == "02" && ids.Contains(m.EnrolmentId)).ExecuteUpdateAsync(u => u.SetProperty(m => m.MonthlyIncome, 9999m));
        }
        foreach (var l in june.GetProperty("items").EnumerateArray())
        {
            var r = await SendAsync("futian.district", $"/api/v1/assistance/payments/lines/{l.GetProperty("id").GetString()}/reproduce", null, HttpStatusCode.OK);
            Assert.True(r.GetProperty("matches").GetBoolean(), r.GetRawText());
        }
        var detail = await SendAsync("futian.district", $"{Runs}/{runs[1].GetProperty("id").GetString()}", null, HttpStatusCode.OK);
        Assert.Contains(detail.GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("key").GetString() == "assistance.mlg.standard" && p.GetProperty("value").GetString() == "1250");
    }

    [Fact]
    public async Task The_report_counts_only_released_runs_and_agrees_with_them_to_the_cent()
    {
        var community = PaymentTestData.NewCommunity();
        await PaymentTestData.EnrolAsync(app, community, 7);
        var run = await StartAsync("2021-02", community);
        var before = await SendAsync("futian.district", "/api/v1/assistance/reports?from=2021-02&to=2021-02", null, HttpStatusCode.OK);
        Assert.Empty(before.GetProperty("payments").EnumerateArray());
        await SendAsync("futian.finance", $"{Runs}/{run.GetProperty("id").GetString()}/release", new { }, HttpStatusCode.OK);
        var report = await SendAsync("futian.district", "/api/v1/assistance/reports?from=2021-02&to=2021-02", null, HttpStatusCode.OK);
        var row = Assert.Single(report.GetProperty("payments").EnumerateArray());
        Assert.Equal("440304", row.GetProperty("districtCode").GetString());
        Assert.Equal((run.GetProperty("households").GetInt32(), run.GetProperty("persons").GetInt32(), run.GetProperty("amount").GetDecimal()),
            (row.GetProperty("households").GetInt32(), row.GetProperty("persons").GetInt32(), row.GetProperty("amount").GetDecimal()));
        var detail = await SendAsync("futian.district", $"{Runs}/{run.GetProperty("id").GetString()}", null, HttpStatusCode.OK);
        var district = Assert.Single(detail.GetProperty("districts").EnumerateArray());
        Assert.Equal(row.GetProperty("amount").GetDecimal(), district.GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Array, report.GetProperty("applications").ValueKind);

        var client = await app.ClientForAsync("futian.district");
        var xlsx = await client.GetByteArrayAsync("/api/v1/assistance/reports/export.xlsx?from=2021-02&to=2021-02");
        var sheet = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "发放统计").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(run.GetProperty("amount").GetDecimal(), Convert.ToDecimal(Assert.Single(sheet)["金额（元）"], System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class PaymentRunTestsOnSqlite(SqliteApp app) : PaymentRunTests(app), IClassFixture<SqliteApp>;

public sealed class PaymentRunTestsOnPostgres(PostgresApp app) : PaymentRunTests(app), IClassFixture<PostgresApp>;
