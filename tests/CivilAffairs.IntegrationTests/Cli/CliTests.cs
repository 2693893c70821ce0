extern alias cli;

using System.Text;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;
using Microsoft.Data.Sqlite;
using Npgsql;
using CliApp = cli::CivilAffairs.Cli.CliApp;

namespace CivilAffairs.IntegrationTests.Cli;

/// <summary>The civilaffairs CLI run in-process against its own fresh database, on both providers.</summary>
public abstract class CliTests : IAsyncLifetime
{
    private string[] _db = [];

    protected abstract Task<string[]> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync();

    public Task DisposeAsync() => DropDatabaseAsync();

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync([.. args, .. _db], output);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Migrate_seed_add_a_user_and_verify_the_audit_chain()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Code);
        Assert.Equal(0, (await RunAsync("migrate")).Code); // idempotent
        var seed = await RunAsync("seed", "--demo", "--Demo:Volume=light");
        Assert.Equal(0, seed.Code);
        Assert.Contains("futian.clerk", seed.Output, StringComparison.Ordinal);
        var add = await RunAsync("users", "add", "--user", "ops.test", "--name", "运维测试", "--role", "StreetClerk", "--jurisdiction", "440305001", "--password", "Ops#2026abc");
        Assert.Equal(0, add.Code);
        Assert.Equal(1, (await RunAsync("users", "add", "--user", "ops.test", "--name", "重复", "--role", "StreetClerk", "--jurisdiction", "440305001", "--password", "Ops#2026abc")).Code);
        var verify = await RunAsync("audit", "verify");
        Assert.Equal(0, verify.Code);
        Assert.Contains("完整", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_keeps_the_valid_rows_and_reports_every_rejected_row_with_its_reason()
    {
        Assert.Equal(0, (await RunAsync("migrate")).Code);
        var good1 = IdNumber.Create("440304", new DateOnly(1971, 3, 4), 311);
        var good2 = IdNumber.Create("430102", new DateOnly(1988, 8, 9), 412);
        var badCheck = IdNumber.Create("440304", new DateOnly(1972, 1, 1), 101);
        badCheck = badCheck[..17] + (badCheck[17] == '1' ? '2' : '1');
        var dup = IdNumber.Create("440304", new DateOnly(1973, 5, 5), 202);
        var file = Path.Combine(Path.GetTempPath(), $"ca-import-{Guid.NewGuid():N}.csv");
        var csv = new StringBuilder("证件号码,姓名,居住地区划代码,户籍地区划代码,联系电话\n")
            .AppendLine($"{good1},导入甲,440304004,440304,13800000001")
            .AppendLine($"{good2},导入乙,440305001,430102,")
            .AppendLine($"{badCheck},导入丙,440304004,,")
            .AppendLine($"{dup},导入丁,440304004,,")
            .AppendLine($"{dup},导入丁,440304004,,")
            .AppendLine($"{IdNumber.Create("440304", new DateOnly(1974, 1, 1), 303)},导入戊,999999999,,");
        await File.WriteAllTextAsync(file, csv.ToString());
        try
        {
            var import = await RunAsync("import", "persons", file);
            Assert.Equal(1, import.Code); // some rows were rejected
            Assert.Contains("imported 2, rejected 4", import.Output, StringComparison.Ordinal);
            var report = await File.ReadAllTextAsync(file + ".rejected.csv");
            Assert.Contains("校验位", report, StringComparison.Ordinal);
            Assert.Contains("区划", report, StringComparison.Ordinal);
            Assert.DoesNotContain(dup, report, StringComparison.Ordinal); // masked
            var again = await RunAsync("import", "persons", file);
            Assert.Contains("imported 0", again.Output, StringComparison.Ordinal); // nothing imported twice
        }
        finally
        {
            File.Delete(file);
            File.Delete(file + ".rejected.csv");
        }
    }
}

public sealed class CliTestsOnSqlite : CliTests
{
    private string _file = "";

    protected override Task<string[]> CreateDatabaseAsync()
    {
        _file = Path.Combine(Path.GetTempPath(), $"ca-cli-{Guid.NewGuid():N}.db");
        return Task.FromResult<string[]>(["--Database:Provider=Sqlite", $"--ConnectionStrings:Default=Data Source={_file}"]);
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }
}

public sealed class CliTestsOnPostgres : CliTests
{
    private string _name = "";

    protected override async Task<string[]> CreateDatabaseAsync()
    {
        _name = $"ca_cli_{Guid.NewGuid():N}";
        await using var c = new NpgsqlConnection(PostgresApp.AdminConnection);
        await c.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE {_name}", c).ExecuteNonQueryAsync();
        var cs = new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnection) { Database = _name }.ConnectionString;
        return ["--Database:Provider=PostgreSQL", $"--ConnectionStrings:Default={cs}"];
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(PostgresApp.AdminConnection);
        await c.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", c).ExecuteNonQueryAsync();
    }
}
