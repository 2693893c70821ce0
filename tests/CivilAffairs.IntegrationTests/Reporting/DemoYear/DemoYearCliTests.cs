extern alias cli;

using System.Globalization;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;
using CliApp = cli::CivilAffairs.Cli.CliApp;

namespace CivilAffairs.IntegrationTests.Reporting.DemoYear;

/// <summary>civilaffairs seed --demo --year: the year is checked before anything is written, and the chosen year is filled once.</summary>
public abstract class DemoYearCliTests : IAsyncLifetime
{
    private string[] _db = [];

    protected abstract Task<string[]> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>One number from a module table ("funeral", "death_cases") with a WHERE clause.</summary>
    protected abstract Task<decimal> ScalarAsync(string schema, string table, string select, string where);

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync();

    public Task DisposeAsync() => DropDatabaseAsync();

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync([.. args, .. _db], output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task A_year_outside_2005_to_this_year_or_without_demo_is_a_usage_error_in_Chinese_with_exit_code_2()
    {
        var next = (DateTime.UtcNow.AddHours(8).Year + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var year in new[] { "2004", next, "二〇一八", "18" })
        {
            var (code, output) = await RunAsync("seed", "--demo", "--year", year);
            Assert.Equal(2, code);
            Assert.Contains("错误: --year 须为 2005 至", output, StringComparison.Ordinal);
            Assert.Contains(year, output, StringComparison.Ordinal);
        }
        var alone = await RunAsync("seed", "--year", "2018");
        Assert.Equal(2, alone.Code);
        Assert.Contains("--year 只能与 --demo 一起使用", alone.Output, StringComparison.Ordinal);
        var help = await RunAsync("--help");
        Assert.Contains("--year", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_demo_year_2017_fills_that_year_and_the_one_before_and_a_second_run_adds_nothing()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Code);
        var seed = await RunAsync("seed", "--demo", "--year", "2017", "--Demo:Volume=light");
        Assert.Equal(0, seed.Code);
        Assert.Contains("演示年份 2017", seed.Output, StringComparison.Ordinal);

        const string In2017 = "cremated_on >= '2017-01-01' AND cremated_on < '2018-01-01'";
        var cremations = await ScalarAsync("funeral", "death_cases", "count(*)", In2017);
        Assert.InRange(cremations, 1_530, 1_870);
        var projects = await ScalarAsync("community", "micro_projects", "count(*)", "approved_on >= '2017-01-01' AND approved_on < '2018-01-01'");
        Assert.InRange(projects, 1_350, 1_650);
        var sales2017 = await ScalarAsync("charity", "lottery_months", "coalesce(sum(sales), 0)", "month >= '2017-01-01' AND month < '2018-01-01'");
        var sales2016 = await ScalarAsync("charity", "lottery_months", "coalesce(sum(sales), 0)", "month >= '2016-01-01' AND month < '2017-01-01'");
        Assert.InRange(sales2017, 4_540_000_000m, 4_640_000_000m);
        Assert.InRange(sales2017 / sales2016 - 1, 0.167m, 0.177m);

        Assert.Equal(0, (await RunAsync("seed", "--demo", "--year", "2017", "--Demo:Volume=light")).Code);
        Assert.Equal(cremations, await ScalarAsync("funeral", "death_cases", "count(*)", In2017));
        Assert.Equal(projects, await ScalarAsync("community", "micro_projects", "count(*)", "approved_on >= '2017-01-01' AND approved_on < '2018-01-01'"));
        Assert.Equal(sales2016, await ScalarAsync("charity", "lottery_months", "coalesce(sum(sales), 0)", "month >= '2016-01-01' AND month < '2017-01-01'"));
    }
}

public sealed class DemoYearCliTestsOnSqlite : DemoYearCliTests
{
    private string _file = "";

    protected override Task<string[]> CreateDatabaseAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"ca-demoyear-{Guid.NewGuid():N}.db");
        return Task.FromResult<string[]>(["--Database:Provider=Sqlite", $"--ConnectionStrings:Default=Data Source={_file}"]);
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }

    protected override async Task<decimal> ScalarAsync(string schema, string table, string select, string where)
    {
        await using var c = new SqliteConnection($"Data Source={_file}");
        await c.OpenAsync();
        await using var cmd = new SqliteCommand($"SELECT {select} FROM \"{schema}_{table}\" WHERE {where}", c);
        return Convert.ToDecimal(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}

public sealed class DemoYearCliTestsOnPostgres : DemoYearCliTests
{
    private string _name = "";
    private string _connection = "";

    protected override async Task<string[]> CreateDatabaseAsync()
    {
        _name = $"ca_demoyear_{Guid.NewGuid():N}";
        await using var c = new NpgsqlConnection(PostgresApp.AdminConnection);
        await c.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE {_name}", c).ExecuteNonQueryAsync();
        _connection = new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnection) { Database = _name }.ConnectionString;
        return ["--Database:Provider=PostgreSQL", $"--ConnectionStrings:Default={_connection}"];
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(PostgresApp.AdminConnection);
        await c.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", c).ExecuteNonQueryAsync();
    }

    protected override async Task<decimal> ScalarAsync(string schema, string table, string select, string where)
    {
        await using var c = new NpgsqlConnection(_connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT {select} FROM \"{schema}\".\"{table}\" WHERE {where}", c);
        return Convert.ToDecimal(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
