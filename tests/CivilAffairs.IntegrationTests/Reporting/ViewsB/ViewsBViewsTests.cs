using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsB;

/// <summary>The reporting views of 社会组织, 慈善与福彩, 殡葬 and 婚姻登记 answer and expose no personal data; on both databases.</summary>
public abstract class ViewsBViewsTests(AppFixture app)
{
    private static readonly string[] Personal = ["name", "id_number", "idnumber", "phone", "address", "bank", "account"];

    [Fact]
    public async Task Every_view_answers_and_has_a_division_but_no_personal_column()
    {
        var (views, metrics) = app.ViewsBCatalog();
        Assert.Equal(4, views.Select(v => v.Module).Distinct().Count());
        foreach (var v in views)
        {
            var (columns, _) = await app.ViewsBSampleAsync(v.Name);
            Assert.Contains("division_code", columns);
            Assert.Contains("link", columns);
            var leak = columns.FirstOrDefault(c => Personal.Any(p => c.Contains(p, StringComparison.OrdinalIgnoreCase)));
            Assert.True(leak is null, $"{v.Name} exposes {leak}");
            // the drill-down list shows only columns the view has
            Assert.All(v.Columns, c => Assert.Contains(c.Name, columns));
            // every metric over it reads columns the view has (the facts refresh would fail otherwise)
            foreach (var m in metrics.Where(m => m.View == v.Name))
            {
                Assert.Contains(m.DateColumn!, columns);
                if (m.EndColumn is { } end)
                {
                    Assert.Contains(end, columns);
                }
            }
        }
    }

    [Fact]
    public async Task The_demo_fills_the_views_that_have_2018_records()
    {
        foreach (var name in new[] { "socialorgs_organizations", "socialorgs_cases", "socialorgs_party_orgs", "socialorgs_pilots", "socialorgs_party_centres",
                     "charity_donations", "charity_pledges", "charity_lottery_sales", "charity_lottery_months", "funeral_free_services", "funeral_eco_burials",
                     "marriage_bookings", "marriage_registrations", "marriage_sessions" })
        {
            var (_, rows) = await app.ViewsBSampleAsync(name);
            Assert.True(rows > 0, $"{name} is empty after the demo seed");
        }
    }

    [Fact]
    public void Every_required_key_of_the_four_modules_is_published()
    {
        string[] required =
        [
            "socialorgs.registered", "socialorgs.registered.new", "socialorgs.cases", "socialorgs.party.orgs", "socialorgs.party.members",
            "socialorgs.selfreg.pilots", "socialorgs.party.centres", "charity.fair.pledged", "charity.donations.amount", "charity.lottery.sales",
            "charity.lottery.fund", "funeral.free.persons", "funeral.free.amount", "funeral.ecoburial.rewards", "marriage.bookings",
            "marriage.registrations", "marriage.saturday.sessions", "marriage.holiday.sessions",
        ];
        var keys = app.ViewsBCatalog().Metrics.Select(m => m.Key).ToHashSet();
        Assert.All(required, k => Assert.Contains(k, keys));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsBViewsTestsOnSqlite(SqliteApp app) : ViewsBViewsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ViewsBViewsTestsOnPostgres(PostgresApp app) : ViewsBViewsTests(app);
