using System.Text.RegularExpressions;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Reporting.Features.Metrics;
using Xunit.Abstractions;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsC;

/// <summary>
/// The reporting views of Community, SocialWork, Facilities and Governance answer and carry no
/// personal data, and every metric's 2018 demo figure read through MetricValues equals a count made
/// by hand on the module's own tables; on both databases.
/// </summary>
public abstract partial class ViewsCDemoTests(AppFixture app, ITestOutputHelper output)
{
    [GeneratedRegex("name|id_number|idnumber|phone|address|mobile|proposer", RegexOptions.IgnoreCase)]
    private static partial Regex Personal();

    [Fact]
    public async Task Every_view_answers_and_none_carries_names_id_numbers_phones_or_addresses()
    {
        var views = await app.ViewNamesAsync();
        Assert.True(views.Count >= 15, $"expected the four modules' views, got {string.Join(", ", views)}");
        foreach (var v in views)
        {
            var (columns, rows) = await app.SampleAsync(v);
            Assert.Contains("division_code", columns);
            Assert.DoesNotContain(columns, c => Personal().IsMatch(c));
            Assert.InRange(rows, 0, 5);
            output.WriteLine($"{v}: {rows} rows, {string.Join(",", columns)}");
        }
        // the restricted leads publish a place and dates to count, nothing to identify a lead by
        var (leads, _) = await app.SampleAsync("community_integrity_leads");
        Assert.DoesNotContain("ref", leads);
        Assert.DoesNotContain("link", leads);
        Assert.DoesNotContain(leads, c => c.Contains("summary", StringComparison.Ordinal) || c.Contains("subject", StringComparison.Ordinal));
    }

    [Fact]
    public Task Community_figures_of_2018_equal_the_hand_counts() => CompareAsync("community", ViewsCHandCounts.CommunityAsync);

    [Fact]
    public Task SocialWork_figures_of_2018_equal_the_hand_counts() => CompareAsync("socialwork", ViewsCHandCounts.SocialWorkAsync);

    [Fact]
    public Task Facilities_figures_of_2018_equal_the_hand_counts() => CompareAsync("facilities", ViewsCHandCounts.FacilitiesAsync);

    [Fact]
    public Task Governance_figures_of_2018_equal_the_hand_counts() => CompareAsync("governance", ViewsCHandCounts.GovernanceAsync);

    private async Task CompareAsync(string module, Func<AppFixture, Task<Dictionary<string, decimal?>>> count)
    {
        var keys = (await app.MetricKeysAsync()).Where(k => k.StartsWith(module + ".", StringComparison.Ordinal)).ToList();
        var expected = await count(app);
        // every published metric is checked, and every hand count names a published metric
        Assert.Equal(expected.Keys.OrderBy(k => k, StringComparer.Ordinal), keys);
        foreach (var key in keys)
        {
            var value = await app.FigureAsync("city.officer", key, Period.Year(2018));
            output.WriteLine($"{key} 2018 = {value}");
            Assert.True(expected[key] == value, $"{key}: MetricValues says {value}, the module's tables say {expected[key]}");
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsCDemoSqliteTests(SqliteApp app, ITestOutputHelper output) : ViewsCDemoTests(app, output);

[Collection(PostgresCollection.Name)]
public sealed class ViewsCDemoPostgresTests(PostgresApp app, ITestOutputHelper output) : ViewsCDemoTests(app, output);
