using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Infrastructure;

/// <summary>
/// Apps whose clock starts on Wednesday 2019-01-30, 09:00 in Shenzhen — the week before the
/// Spring Festival holidays (2019-02-04..10, with make-up working days on 02-02 and 02-03) —
/// and can be moved forward through a workflow's deadlines.
/// </summary>
public interface IClockedApp
{
    TestClock Clock { get; }
}

public static class WorkflowClock
{
    public static readonly DateTimeOffset Start = new(2019, 1, 30, 9, 0, 0, TimeSpan.FromHours(8));

    public static TestClock Create()
    {
        var clock = new TestClock();
        clock.Advance(Start - DateTimeOffset.UtcNow);
        return clock;
    }
}

public sealed class WorkflowSqliteApp : SqliteApp, IClockedApp
{
    public TestClock Clock { get; } = WorkflowClock.Create();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class WorkflowPostgresApp : PostgresApp, IClockedApp
{
    public TestClock Clock { get; } = WorkflowClock.Create();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
