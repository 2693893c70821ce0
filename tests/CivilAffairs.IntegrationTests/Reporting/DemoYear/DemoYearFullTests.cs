using System.Diagnostics;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;
using static CivilAffairs.IntegrationTests.Reporting.DemoYear.DemoYearFigures;

namespace CivilAffairs.IntegrationTests.Reporting.DemoYear;

/// <summary>
/// The one test class that seeds the full demo year (as dotnet run and the CLI do): the seed's figures
/// within ±10 %, and a second seed that adds nothing.
/// </summary>
public abstract class DemoYearFullTests(AppFixture app, ITestOutputHelper output)
{
    // the full year takes minutes to seed on a 2-core machine: run with CA_FULL_DEMO=1 (docs/demo-year.md);
    // scripts/test.sh covers the same generators at one tenth (DemoYearTests, DemoYearCliTests)
    [FullDemoFact]
    public async Task The_full_year_reproduces_the_seeds_volumes_and_a_second_seed_adds_nothing()
    {
        var f = await ReadAsync(app, 2018);
        Near(17_000, f.FreeFunerals);
        Near(32_300_000m, f.FreeAmount);
        Near(15_000, f.MicroProjects);
        Assert.Equal(0, f.CommunitiesOverEnvelope);
        Near(4_590_000_000m, f.LotterySales, 0.01m);
        Assert.Equal(55, f.MealProviders);
        Assert.Equal(1_000, f.NewBeds);
        output.WriteLine($"{app.ProviderName}: {f.FreeFunerals} free funerals, {f.FreeAmount:N2} yuan; {f.MicroProjects} micro-projects in {f.CommunitiesWithProjects} communities; "
            + $"lottery {f.LotterySales:N0} ({f.LotterySales / f.LotterySalesBefore - 1:P2}), fund {f.LotteryFund:N0} ({f.LotteryFund / f.LotteryFundBefore - 1:P2})");

        var watch = Stopwatch.StartNew();
        await DatabaseStartup.SeedAsync(app.Services, demo: true);
        output.WriteLine($"{app.ProviderName}: second seed in {watch.ElapsedMilliseconds} ms");
        var again = await ReadAsync(app, 2018);
        Assert.Equal(f, again);
    }
}

/// <summary>Runs only with CA_FULL_DEMO=1: seeding the full year takes minutes on a 2-core machine.</summary>
public sealed class FullDemoFactAttribute : FactAttribute
{
    public static bool Enabled => Environment.GetEnvironmentVariable("CA_FULL_DEMO") == "1";

    public FullDemoFactAttribute()
    {
        if (!Enabled)
        {
            Skip = "the full demo year is checked with CA_FULL_DEMO=1 (docs/demo-year.md); scripts/test.sh runs the same generators at one tenth";
        }
    }
}

/// <summary>Full volume: what a new user gets from dotnet run --Demo:Seed=true or civilaffairs seed --demo.</summary>
public sealed class DemoYearFullSqliteApp : SqliteApp
{
    protected override bool Starts => FullDemoFactAttribute.Enabled;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Volume", FullDemoFactAttribute.Enabled ? "full" : "light");
    }
}

public sealed class DemoYearFullPostgresApp : PostgresApp
{
    protected override bool Starts => FullDemoFactAttribute.Enabled;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Volume", FullDemoFactAttribute.Enabled ? "full" : "light");
    }
}

public sealed class DemoYearFullTestsOnSqlite(DemoYearFullSqliteApp app, ITestOutputHelper output)
    : DemoYearFullTests(app, output), IClassFixture<DemoYearFullSqliteApp>;

public sealed class DemoYearFullTestsOnPostgres(DemoYearFullPostgresApp app, ITestOutputHelper output)
    : DemoYearFullTests(app, output), IClassFixture<DemoYearFullPostgresApp>;
