using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Reporting.Features.Views;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static CivilAffairs.IntegrationTests.Reporting.ViewsA.ViewsAKit;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsA;

/// <summary>
/// The reporting contracts of Assistance, Rescue, Disaster, ChildWelfare, Registry (boundaries) and
/// ElderCare: every view answers and carries no personal column, and every metric's 2018 city figure
/// in the demo equals a count made by hand from the module's own tables.
/// </summary>
public abstract class ViewsAContractTests(AppFixture app, ITestOutputHelper output)
{
    private static readonly string[] PersonalWords = ["name", "id_number", "idnumber", "phone", "address", "bank_account"];

    private ReportingCatalog Catalog => app.Services.GetRequiredService<ReportingCatalog>();

    [Fact]
    public async Task Every_view_of_the_modules_answers_and_has_no_personal_column()
    {
        var views = Catalog.Views.Where(v => Modules.Contains(v.Module)).ToList();
        Assert.Equal(Modules.Order(), views.Select(v => v.Module).Distinct().Order());
        foreach (var v in views)
        {
            var (columns, rows) = await ViewSampleAsync(app, v.Name);
            Assert.Contains("division_code", columns);
            Assert.Contains("ref", columns);
            Assert.Contains("link", columns);
            Assert.DoesNotContain(columns, c => PersonalWords.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase)));
            Assert.InRange(rows, 0, 5);
            Assert.All(v.Columns, c => Assert.Contains(c.Name, columns));
        }
    }

    [Fact]
    public async Task Every_required_key_is_published_and_every_metric_has_a_hand_count()
    {
        string[] required =
        [
            "assistance.dibao.standard", "assistance.dibao.households", "assistance.dibao.persons", "assistance.tekun.persons", "assistance.payments.amount",
            "assistance.temporary.cases", "assistance.temporary.amount", "assistance.plans.reached.households", "assistance.plans.reached.persons",
            "rescue.intakes", "rescue.reunions", "disaster.events", "disaster.relocated", "eldercare.meal.providers", "eldercare.beds.total", "eldercare.beds.new",
            "eldercare.daycare.centres", "eldercare.daycare.signed", "eldercare.daycare.signed.rate", "eldercare.insurance.insured",
            "eldercare.adaptations.completed", "eldercare.meals.served", "registry.boundary.inspections", "childwelfare.surgeries", "childwelfare.children",
        ];
        var published = Catalog.Metrics.Where(m => Modules.Contains(Catalog.ModuleOf(m))).Select(m => m.Key).ToHashSet();
        Assert.All(required, k => Assert.Contains(k, published));
        var counted = (await ViewsAHandCounts.AssistanceAsync(app)).Keys.Concat((await ViewsAHandCounts.RescueAsync(app)).Keys)
            .Concat((await ViewsAHandCounts.DisasterAsync(app)).Keys).Concat((await ViewsAHandCounts.ChildWelfareAsync(app)).Keys)
            .Concat((await ViewsAHandCounts.RegistryAsync(app)).Keys).Concat((await ViewsAHandCounts.ElderCareAsync(app)).Keys).ToHashSet();
        Assert.Equal(published.Order(StringComparer.Ordinal), counted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public Task Assistance_2018_figures_equal_the_hand_counts() => CompareAsync(ViewsAHandCounts.AssistanceAsync);

    [Fact]
    public Task Rescue_2018_figures_equal_the_hand_counts() => CompareAsync(ViewsAHandCounts.RescueAsync);

    [Fact]
    public Task Disaster_2018_figures_equal_the_hand_counts() => CompareAsync(ViewsAHandCounts.DisasterAsync);

    [Fact]
    public Task ChildWelfare_2018_figures_equal_the_hand_counts() => CompareAsync(ViewsAHandCounts.ChildWelfareAsync);

    [Fact]
    public Task Registry_2018_figures_equal_the_hand_counts() => CompareAsync(ViewsAHandCounts.RegistryAsync);

    [Fact]
    public Task ElderCare_2018_figures_equal_the_hand_counts() => CompareAsync(ViewsAHandCounts.ElderCareAsync);

    private async Task CompareAsync(Func<AppFixture, Task<Dictionary<string, decimal?>>> count)
    {
        // tests before this one may have added records of any date: rebuild the figures from the start
        await RefreshAsync(app, full: true);
        var expected = await count(app);
        var mismatches = new List<string>();
        foreach (var (key, want) in expected)
        {
            var got = await FigureAsync(app, "city.officer", key, Year2018);
            // the demo's 2018 figures, for the catalogue
            output.WriteLine($"[ViewsA {app.ProviderName}] {key} 2018 = {got}");
            if (got != want)
            {
                mismatches.Add($"{key}: metric {got}, hand count {want}");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("; ", mismatches));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsAContractTestsOnSqlite(SqliteApp app, ITestOutputHelper output) : ViewsAContractTests(app, output);

[Collection(PostgresCollection.Name)]
public sealed class ViewsAContractTestsOnPostgres(PostgresApp app, ITestOutputHelper output) : ViewsAContractTests(app, output);
