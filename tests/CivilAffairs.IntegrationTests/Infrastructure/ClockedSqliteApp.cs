using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Infrastructure;

/// <summary>The system clock, moved forward on demand (token lifetimes, security-stamp checks).</summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>
/// A separate SQLite app whose clock the tests can move forward; kept apart from the shared
/// fixtures so that jumping ahead in time disturbs no other test.
/// </summary>
public sealed class ClockedSqliteApp : SqliteApp
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

[CollectionDefinition(Name)]
public sealed class ClockedSqliteCollection : ICollectionFixture<ClockedSqliteApp>
{
    public const string Name = "sqlite-with-clock";
}
