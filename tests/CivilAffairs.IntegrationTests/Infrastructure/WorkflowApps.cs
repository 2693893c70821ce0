using CivilAffairs.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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

public sealed class WorkflowSqliteApp : AppFixture, IClockedApp
{
    private string _file = "";

    public TestClock Clock { get; } = WorkflowClock.Create();

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"ca-test-flow-{Guid.NewGuid():N}.db");
        return Task.FromResult($"Data Source={_file}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}

public sealed class WorkflowPostgresApp : AppFixture, IClockedApp
{
    private string _database = "";

    public TestClock Clock { get; } = WorkflowClock.Create();

    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

    protected override async Task<string> CreateDatabaseAsync()
    {
        _database = $"ca_flow_{Guid.NewGuid():N}";
        await using var c = new NpgsqlConnection(PostgresApp.AdminConnection);
        await c.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE {_database}", c).ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnection) { Database = _database }.ConnectionString;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(PostgresApp.AdminConnection);
        await c.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", c).ExecuteNonQueryAsync();
    }
}
