using System.Net;
using System.Net.Http.Json;
using System.Text;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.ChildWelfare.ChildWelfareTestData;

namespace CivilAffairs.IntegrationTests.ChildWelfare;

/// <summary>
/// Allowance runs end to end. Each test works in a 宝安 street that has no demo children, with its
/// own registrar, maker and checker there, so its run covers exactly the children it made.
/// </summary>
public abstract class AllowanceRunTests(AppFixture app)
{
    private sealed record Team(HttpClient Registrar, HttpClient Maker, HttpClient Checker);

    private async Task<Team> TeamAsync(string street)
    {
        var registrar = await app.CreateUserAsync(Roles.DistrictApprover, street);
        var maker = await app.CreateUserAsync(Roles.DistrictApprover, street);
        var checker = await app.CreateUserAsync(Roles.DistrictFinance, street);
        return new Team(await app.ClientForAsync(registrar.UserName), await app.ClientForAsync(maker.UserName), await app.ClientForAsync(checker.UserName));
    }

    [Fact]
    public async Task Register_approve_compute_release_by_another_person_bank_file_and_return_file()
    {
        const string street = "440306017";
        var team = await TeamAsync(street);
        var orphan = await RegisterAsync(team.Registrar, Dispersed(ChildId("440306", Today.AddYears(-10)), street, account: "6217009988776655443"));
        var noAccount = await RegisterAsync(team.Registrar, Dispersed(ChildId("440306", Today.AddYears(-3)), street, account: null, category: "DeFactoUnsupported"));
        await ApproveAndActivateAsync(team.Maker, orphan.GetProperty("id").GetGuid(), ThisMonth);
        await ApproveAndActivateAsync(team.Maker, noAccount.GetProperty("id").GetGuid(), ThisMonth);

        var start = await team.Maker.PostAsJsonAsync("/api/v1/childwelfare/allowances/runs", new { month = ThisMonth });
        Assert.True(start.StatusCode == HttpStatusCode.Created, await start.Content.ReadAsStringAsync());
        var run = (await start.JsonAsync()).GetProperty("run");
        var runId = run.GetProperty("id").GetGuid();
        Assert.Equal("Prepared", run.GetProperty("status").GetString());
        Assert.Equal(1, run.GetProperty("children").GetInt32());
        Assert.Equal(1265m, run.GetProperty("amount").GetDecimal());
        Assert.Equal(1, run.GetProperty("exceptions").GetInt32());

        var lines = await (await team.Maker.GetAsync($"/api/v1/childwelfare/allowances/runs/{runId}/lines")).JsonAsync();
        var exception = lines.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("status").GetString() == "Exception");
        Assert.Equal("领取人未登记银行账户", exception.GetProperty("note").GetString());

        // every line records the parameter versions it used
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChildWelfareDb>();
            var paid = await db.AllowanceLines.IgnoreQueryFilters().SingleAsync(l => l.RunId == runId && l.ChildId == orphan.GetProperty("id").GetGuid());
            Assert.Contains("childwelfare.allowance.dispersed", paid.InputsJson, StringComparison.Ordinal);
            Assert.Contains("\"1265\"", paid.InputsJson, StringComparison.Ordinal);
        }

        // the same month again: 409; no bank file before release; the maker has no release permission
        Assert.Equal(HttpStatusCode.Conflict, (await team.Maker.PostAsJsonAsync("/api/v1/childwelfare/allowances/runs", new { month = ThisMonth })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await team.Maker.GetAsync($"/api/v1/childwelfare/allowances/runs/{runId}/bank-file.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Maker.PostAsync($"/api/v1/childwelfare/allowances/runs/{runId}/release", null)).StatusCode);

        var released = await team.Checker.PostAsync($"/api/v1/childwelfare/allowances/runs/{runId}/release", null);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal("Released", (await released.JsonAsync()).GetProperty("run").GetProperty("status").GetString());

        var csv = Encoding.UTF8.GetString(await (await team.Checker.GetAsync($"/api/v1/childwelfare/allowances/runs/{runId}/bank-file.csv")).Content.ReadAsByteArrayAsync())
            .TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, csv.Length);
        var row = csv[1].TrimEnd('\r').Split(',');
        Assert.Equal("6217009988776655443", row[4]);
        Assert.Equal("1265.00", row[5]);
        Assert.Equal("社会散居孤儿", row[7]);
        var reference = row[0];

        var xlsx = await (await team.Checker.GetAsync($"/api/v1/childwelfare/allowances/runs/{runId}/bank-file.xlsx")).Content.ReadAsByteArrayAsync();
        using (var ms = new MemoryStream(xlsx))
        {
            var rows = ms.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.Single(rows);
            Assert.Equal("6217009988776655443", rows[0]["银行账号"]?.ToString());
        }

        var returnFile = new StringContent($"参考号,账号,金额,结果,原因\n{reference},6217009988776655443,1265.00,成功,\n", Encoding.UTF8, "text/csv");
        var rec = await (await team.Checker.PostAsync($"/api/v1/childwelfare/allowances/runs/{runId}/reconciliations?fileName=return.csv", returnFile)).JsonAsync();
        Assert.Equal(1, rec.GetProperty("paid").GetInt32());
        Assert.False(rec.GetProperty("alreadyImported").GetBoolean());
        var again = await (await team.Checker.PostAsync($"/api/v1/childwelfare/allowances/runs/{runId}/reconciliations",
            new StringContent($"参考号,账号,金额,结果,原因\n{reference},6217009988776655443,1265.00,成功,\n", Encoding.UTF8, "text/csv"))).JsonAsync();
        Assert.True(again.GetProperty("alreadyImported").GetBoolean());
        var detail = await (await team.Maker.GetAsync($"/api/v1/childwelfare/allowances/runs/{runId}")).JsonAsync();
        Assert.Equal(1, detail.GetProperty("run").GetProperty("paid").GetInt32());

        // another district does not see the run
        var futian = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"/api/v1/childwelfare/allowances/runs/{runId}")).StatusCode);

        // the city's demo run covers 福田: listed read-only, with 福田's lines only, no bank file
        var cityRun = (await (await futian.GetAsync("/api/v1/childwelfare/allowances/runs")).JsonAsync()).EnumerateArray()
            .First(x => x.GetProperty("divisionCode").GetString() == "4403").GetProperty("id").GetGuid();
        var city = await (await futian.GetAsync($"/api/v1/childwelfare/allowances/runs/{cityRun}")).JsonAsync();
        Assert.False(city.GetProperty("ownJurisdiction").GetBoolean());
        Assert.False(city.GetProperty("canRelease").GetBoolean());
        var cityLines = await (await futian.GetAsync($"/api/v1/childwelfare/allowances/runs/{cityRun}/lines")).JsonAsync();
        Assert.True(cityLines.GetProperty("total").GetInt32() > 0);
        Assert.All(cityLines.GetProperty("items").EnumerateArray(), l => Assert.StartsWith("440304", l.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"/api/v1/childwelfare/allowances/runs/{cityRun}/bank-file.csv")).StatusCode);
    }

    [Fact]
    public async Task A_childs_death_stops_the_allowance_from_the_next_month_and_is_applied_once()
    {
        const string street = "440306018";
        var team = await TeamAsync(street);
        var deceasedId = ChildId("440306", Today.AddYears(-8));
        var deceased = await RegisterAsync(team.Registrar, Dispersed(deceasedId, street));
        var living = await RegisterAsync(team.Registrar, Dispersed(ChildId("440306", Today.AddYears(-12)), street));
        await ApproveAndActivateAsync(team.Maker, deceased.GetProperty("id").GetGuid(), MonthsAgo(2));
        await ApproveAndActivateAsync(team.Maker, living.GetProperty("id").GetGuid(), MonthsAgo(2));

        var firstOfMonth = new DateOnly(Today.Year, Today.Month, 1);
        var diedOn = firstOfMonth.AddDays(-3);
        var admin = await app.ClientForAsync("admin");
        var body = new { idNumber = deceasedId, diedOn, source = "测试：死亡医学证明 CW-001" };
        var first = await admin.PostAsJsonAsync("/api/v1/events/person-died", body);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var outcome = (await first.JsonAsync()).EnumerateArray().Single(o => o.GetProperty("module").GetString() == "childwelfare");
        Assert.Equal(1, outcome.GetProperty("affected").GetInt32());
        var second = (await (await admin.PostAsJsonAsync("/api/v1/events/person-died", body)).JsonAsync())
            .EnumerateArray().Single(o => o.GetProperty("module").GetString() == "childwelfare");
        Assert.Equal(0, second.GetProperty("affected").GetInt32());

        var child = await (await team.Maker.GetAsync($"/api/v1/childwelfare/children/{deceased.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal("Left", child.GetProperty("status").GetString());
        Assert.Equal("Died", child.GetProperty("leaveReason").GetString());

        // the run of this month pays the living child only; the month of death is the last one paid
        var run = (await (await team.Maker.PostAsJsonAsync("/api/v1/childwelfare/allowances/runs", new { month = ThisMonth })).JsonAsync()).GetProperty("run");
        Assert.Equal(1, run.GetProperty("children").GetInt32());
        var lines = await (await team.Maker.GetAsync($"/api/v1/childwelfare/allowances/runs/{run.GetProperty("id").GetGuid()}/lines")).JsonAsync();
        Assert.DoesNotContain(lines.GetProperty("items").EnumerateArray(), l => l.GetProperty("childId").GetGuid() == deceased.GetProperty("id").GetGuid());
        Assert.Equal(diedOn.ToString("yyyy-MM-01", System.Globalization.CultureInfo.InvariantCulture), child.GetProperty("allowance").GetProperty("lastMonth").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AllowanceRunTestsOnSqlite(SqliteApp app) : AllowanceRunTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AllowanceRunTestsOnPostgres(PostgresApp app) : AllowanceRunTests(app);
