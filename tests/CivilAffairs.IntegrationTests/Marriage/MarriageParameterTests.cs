using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>The divorce cooling-off period is a dated parameter: none in 2018, 30 days from 2021 (民法典).</summary>
public abstract class MarriageParameterTests(AppFixture app)
{
    private async Task<JsonElement> ValueAsync(string key, string date)
    {
        var client = await app.ClientForAsync("futian.clerk");
        var text = await client.GetStringAsync($"/api/v1/parameters/{key}/value?date={date}&divisionCode=440304");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task The_cooling_off_period_is_zero_in_2018_and_thirty_days_from_2021_with_the_civil_code_as_basis()
    {
        var before = await ValueAsync("marriage.divorce.cooling_off_days", "2018-06-01");
        Assert.Equal("0", before.GetProperty("value").GetString());
        var after = await ValueAsync("marriage.divorce.cooling_off_days", "2021-01-01");
        Assert.Equal("30", after.GetProperty("value").GetString());
        Assert.Contains("民法典", after.GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal("22", (await ValueAsync("marriage.age.male", "2018-06-01")).GetProperty("value").GetString());
        Assert.Equal("08:30", (await ValueAsync("marriage.booking.release_time", "2026-11-27")).GetProperty("value").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MarriageParameterTestsOnSqlite(SqliteApp app) : MarriageParameterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MarriageParameterTestsOnPostgres(PostgresApp app) : MarriageParameterTests(app);
