using System.Net.Http.Headers;
using System.Net.Http.Json;
using CivilAffairs.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CivilAffairs.IntegrationTests.Infrastructure;

/// <summary>
/// The whole application on a real database: a temporary SQLite file, or a fresh database on the
/// PostgreSQL that scripts/test.sh starts (CA_PG_CONN). Migrations, reference and demo data load
/// exactly as in production start-up.
/// </summary>
public abstract class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Demo#2018";

    private readonly Dictionary<string, string> _tokens = [];

    protected abstract DatabaseProvider Provider { get; }

    public string ConnectionString { get; private set; } = "";

    public string ProviderName => Provider.ToString();

    /// <summary>False for a fixture whose tests are all skipped in this run: no database, no host.</summary>
    protected virtual bool Starts => true;

    public async Task InitializeAsync()
    {
        if (!Starts)
        {
            return;
        }
        ConnectionString = await CreateDatabaseAsync();
        _ = Server; // start the host now: migrations and seeding run once per fixture
    }

    protected abstract Task<string> CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        // the demo year at one tenth of its volume: every fixture seeds it; DemoYearFullTests seeds the full year
        builder.UseSetting("Demo:Volume", "light");
        builder.UseSetting("Security:ForcePasswordChange", "false");
        builder.UseSetting("Security:LoginRequestsPerMinute", "100000");
        // the periodic marriage chores (no-shows, SMS) would race the tests; tests run them explicitly
        builder.UseSetting("Marriage:ChoresMinutes", "0");
        // the PersonDied retry would race the tests that dispatch explicitly
        builder.UseSetting("Funeral:NoticeRetryMinutes", "0");
        // the 银龄安康 enrolment job is run by its own tests, not on a timer in the middle of others
        builder.UseSetting("ElderCare:InsuranceEnrolMinutes", "0");
        // the monthly figures are refreshed by the tests that read them, not on a timer
        builder.UseSetting("Reporting:RefreshMinutes", "0");
    }

    /// <summary>An HttpClient with a bearer token of a demo account.</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = CreateClient();
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var r = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoPassword });
            r.EnsureSuccessStatusCode();
            var body = await r.Content.ReadFromJsonAsync<TokenResponse>();
            _tokens[userName] = token = body!.AccessToken;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>After moving a test clock, cached tokens may have expired (or not yet begun).</summary>
    public void ForgetTokens() => _tokens.Clear();

    /// <summary>A scope for reading the database directly in assertions.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
    }

    public sealed record TokenResponse(string AccessToken, int ExpiresIn);
}

/// <summary>A temporary SQLite file; subclasses change settings (clock, security profile).</summary>
public class SqliteApp : AppFixture
{
    private string _file = "";

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"ca-test-{Guid.NewGuid():N}.db");
        return Task.FromResult($"Data Source={_file}");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_file.Length == 0)
        {
            return;
        }
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }
}

/// <summary>A fresh database on the test PostgreSQL; subclasses change settings.</summary>
public class PostgresApp : AppFixture
{
    private string _database = "";

    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

    /// <summary>The server scripts/test.sh starts; set CA_PG_CONN to use another.</summary>
    public static string AdminConnection =>
        Environment.GetEnvironmentVariable("CA_PG_CONN")
        ?? throw new InvalidOperationException("CA_PG_CONN is not set: run the tests with scripts/test.sh, which starts a throwaway PostgreSQL.");

    protected override async Task<string> CreateDatabaseAsync()
    {
        _database = $"ca_test_{Guid.NewGuid():N}";
        await using var c = new NpgsqlConnection(AdminConnection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_database}", c);
        await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnection) { Database = _database }.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_database.Length == 0)
        {
            return;
        }
        await using var c = new NpgsqlConnection(AdminConnection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres";
}
