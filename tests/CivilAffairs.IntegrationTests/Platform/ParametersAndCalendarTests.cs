using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Platform;

/// <summary>The official working-day calendar and effective-dated policy parameters; on both databases.</summary>
public abstract class ParametersAndCalendarTests(AppFixture app)
{
    private const string Retention = "platform.audit.retention_days";

    private sealed record Created(HttpStatusCode Status, JsonElement Body);

    /// <summary>city.officer adds the 2030 version once per app, however many tests look at it.</summary>
    private Task<Created> Version2030Async() => app.OnceAsync("retention-2030", async () =>
    {
        var officer = await app.ClientForAsync("city.officer");
        var r = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = Retention, divisionCode = "4403", value = "200", validFrom = "2030-01-01", legalBasis = "测试文号" });
        return new Created(r.StatusCode, await r.JsonAsync());
    });

    private async Task<JsonElement> GetAsync(string url, string account = "futian.clerk")
    {
        var client = await app.ClientForAsync(account);
        var r = await client.GetAsync(url);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Theory]
    [InlineData("2018-09-28", 0, "2018-09-28")]
    [InlineData("2018-09-28", 1, "2018-09-29")] // a make-up Saturday before National Day
    [InlineData("2018-09-28", 2, "2018-09-30")] // and a make-up Sunday
    [InlineData("2018-09-28", 3, "2018-10-08")] // 1–7 October are holidays
    [InlineData("2018-12-28", 1, "2018-12-29")] // cn-official-days.csv: 2018-12-29 is a make-up working Saturday
    [InlineData("2018-12-28", 2, "2019-01-02")] // 30 Dec – 1 Jan are the New Year holiday
    [InlineData("2019-01-04", 1, "2019-01-07")] // an ordinary weekend
    public async Task Working_days_skip_weekends_and_holidays_but_count_make_up_days(string from, int days, string expected)
    {
        var answer = await GetAsync($"/api/v1/calendar/working-days?from={from}&days={days}");
        Assert.Equal(expected, answer.GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_negative_number_of_working_days_is_refused()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var r = await client.GetAsync("/api/v1/calendar/working-days?from=2018-09-28&days=-1");
        Assert.Contains("工作日", await r.FieldErrorAsync("days"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_official_days_of_2018_list_national_day_and_its_make_up_days()
    {
        var days = (await GetAsync("/api/v1/calendar/days?year=2018")).EnumerateArray()
            .ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("kind").GetString());
        Assert.Equal("Workday", days["2018-09-29"]);
        Assert.Equal("Holiday", days["2018-10-01"]);
        Assert.Equal("Workday", days["2018-12-29"]);
        Assert.All(days.Keys, d => Assert.StartsWith("2018-", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_parameter_list_shows_the_audit_retention_of_184_days_with_its_legal_basis()
    {
        var list = (await GetAsync("/api/v1/parameters", "auditor")).EnumerateArray().ToList();
        var retention = Assert.Single(list, p => p.GetProperty("key").GetString() == Retention);
        Assert.Equal("184", retention.GetProperty("currentValue").GetString());
        Assert.Equal("审计日志保留天数", retention.GetProperty("displayName").GetString());
        Assert.Contains("网络安全法", retention.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_officer_adds_a_future_version_with_its_legal_basis()
    {
        var created = await Version2030Async();
        Assert.True(created.Status == HttpStatusCode.Created, created.Body.ToString());
        Assert.Equal("200", created.Body.GetProperty("value").GetString());
        Assert.Equal("2030-01-01", created.Body.GetProperty("validFrom").GetString());
        Assert.Equal("测试文号", created.Body.GetProperty("legalBasis").GetString());
        Assert.Equal("city.officer", created.Body.GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task Adding_a_version_ends_the_previous_one_the_day_before_and_keeps_the_history()
    {
        await Version2030Async();
        var history = (await GetAsync($"/api/v1/parameters/{Retention}/history")).EnumerateArray().ToList();
        var original = Assert.Single(history, v => v.GetProperty("validFrom").GetString() == "2017-06-01");
        Assert.Equal("184", original.GetProperty("value").GetString());
        Assert.Equal("2029-12-31", original.GetProperty("validTo").GetString());
        var added = Assert.Single(history, v => v.GetProperty("validFrom").GetString() == "2030-01-01");
        Assert.Equal("200", added.GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("2020-01-01", "184")]
    [InlineData("2029-12-31", "184")]
    [InlineData("2030-01-01", "200")]
    [InlineData("2031-01-01", "200")]
    public async Task The_value_in_force_depends_on_the_date(string date, string expected)
    {
        await Version2030Async();
        var v = await GetAsync($"/api/v1/parameters/{Retention}/value?date={date}");
        Assert.Equal(expected, v.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Before_the_first_version_there_is_no_value()
    {
        var client = await app.ClientForAsync("futian.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/parameters/{Retention}/value?date=2000-01-01")).StatusCode);
    }

    [Fact]
    public async Task A_district_value_overrides_the_city_value_inside_that_district_only()
    {
        await app.OnceAsync("retention-futian-2040", async () =>
        {
            var officer = await app.ClientForAsync("city.officer");
            var r = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = Retention, divisionCode = "440304", value = "150", validFrom = "2040-01-01", legalBasis = "福田区测试文号" });
            Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
            return new object();
        });
        var futian = await GetAsync($"/api/v1/parameters/{Retention}/value?date=2041-01-01&divisionCode=440304004");
        Assert.Equal("150", futian.GetProperty("value").GetString());
        Assert.Equal("440304", futian.GetProperty("divisionCode").GetString());
        var nanshan = await GetAsync($"/api/v1/parameters/{Retention}/value?date=2041-01-01&divisionCode=440305001");
        Assert.Equal("4403", nanshan.GetProperty("divisionCode").GetString());
    }

    [Fact]
    public async Task A_version_without_legal_basis_or_with_a_bad_value_is_refused()
    {
        var officer = await app.ClientForAsync("city.officer");
        var noBasis = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = Retention, divisionCode = "4403", value = "190", validFrom = "2035-03-01" });
        Assert.Contains("法律依据", await noBasis.FieldErrorAsync("legalBasis"), StringComparison.Ordinal);
        var notInteger = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = Retention, divisionCode = "4403", value = "一百", validFrom = "2035-03-01", legalBasis = "测试文号" });
        Assert.Contains("整数", await notInteger.FieldErrorAsync("value"), StringComparison.Ordinal);
        var unknown = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = "no.such.key", divisionCode = "4403", value = "1", validFrom = "2035-03-01", legalBasis = "测试文号" });
        Assert.Contains("未知", await unknown.FieldErrorAsync("key"), StringComparison.Ordinal);
        var history = (await GetAsync($"/api/v1/parameters/{Retention}/history")).EnumerateArray();
        Assert.DoesNotContain(history, v => v.GetProperty("validFrom").GetString() == "2035-03-01");
    }

    [Fact]
    public async Task A_second_version_on_the_same_date_is_refused()
    {
        await Version2030Async();
        var officer = await app.ClientForAsync("city.officer");
        var r = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = Retention, divisionCode = "4403", value = "210", validFrom = "2030-01-01", legalBasis = "测试文号" });
        Assert.Contains("该日期已有", await r.FieldErrorAsync("validFrom"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("futian.clerk")]
    [InlineData("futian.district")]
    [InlineData("auditor")]
    public async Task Staff_without_parameter_management_cannot_add_versions(string account)
    {
        var client = await app.ClientForAsync(account);
        var r = await client.PostAsJsonAsync("/api/v1/parameters", new { key = Retention, divisionCode = "4403", value = "1", validFrom = "2036-01-01", legalBasis = "越权" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ParametersAndCalendarTestsOnSqlite(SqliteApp app) : ParametersAndCalendarTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ParametersAndCalendarTestsOnPostgres(PostgresApp app) : ParametersAndCalendarTests(app);
