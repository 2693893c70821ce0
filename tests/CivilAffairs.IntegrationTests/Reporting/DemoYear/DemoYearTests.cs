using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.Reporting.DemoYear.DemoYearFigures;

namespace CivilAffairs.IntegrationTests.Reporting.DemoYear;

/// <summary>
/// The demo year 2018 as every fixture seeds it (Demo:Volume=light: one tenth of the volume figures,
/// the exact figures of the seed as they are), counted from the module tables.
/// </summary>
public abstract class DemoYearTests(AppFixture app)
{
    [Fact]
    public async Task The_2018_figures_of_the_seed_come_from_generated_records_at_one_tenth_of_the_volume()
    {
        var f = await ReadAsync(app, 2018);

        // 1.7万 free funerals costing 3230万 → 1,700 at the light volume; the average comes from the items in force (≈1,900)
        Near(1_700, f.FuneralCases);
        Assert.Equal(f.FuneralCases, f.FreeFunerals);
        Near(3_230_000m, f.FreeAmount);
        Assert.InRange(f.FreeAmount / f.FreeFunerals, 1_800m, 2_000m);
        // each month's cases are claimed and approved: the claims add up to the cases
        Assert.Equal(f.FreeFunerals, f.ClaimedCases);
        Assert.Equal(f.FreeAmount, f.ClaimedAmount);

        // 1.5万 micro-projects → 1,500, in hundreds of communities, none above its 200万 envelope
        Near(1_500, f.MicroProjects);
        Assert.True(f.CommunitiesWithProjects > 100, $"{f.CommunitiesWithProjects} communities");
        Assert.Equal(0, f.CommunitiesOverEnvelope);

        // lottery 45.9亿 (+17.2 %), fund 11.82亿 (+13.44 %): 2017 is generated for the year-on-year change
        Near(4_590_000_000m, f.LotterySales, 0.01m);
        Assert.InRange(f.LotterySales / f.LotterySalesBefore - 1, 0.167m, 0.177m);
        Near(1_182_000_000m, f.LotteryFund, 0.02m);
        Assert.InRange(f.LotteryFund / f.LotteryFundBefore - 1, 0.12m, 0.15m);

        // exact figures of the seed
        Assert.Equal(55, f.MealProviders);
        Assert.Equal(1_000, f.NewBeds);
        Assert.Equal(597, f.MentalHealthWorkers);
        Assert.Equal(528, f.DrugRehabWorkers);
        Assert.Equal(603, f.Reunions);
        Assert.Equal(29, f.EnforcementCases);
        Assert.Equal(25, f.Surgeries);
        Assert.InRange(f.RiverChiefs, 700, 799);

        // every office opened Saturday sessions all year, and the announced special days
        Assert.InRange(f.SaturdaySessions, 40, 52 * 2 * 12);
        Assert.True(f.SpecialSessions > 0);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoYearTestsOnSqlite(SqliteApp app) : DemoYearTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoYearTestsOnPostgres(PostgresApp app) : DemoYearTests(app);
