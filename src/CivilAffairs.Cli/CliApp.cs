using CivilAffairs.Cli.Commands;
using CivilAffairs.Cli.Import;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace CivilAffairs.Cli;

/// <summary>
/// The whole CLI behind one call, so integration tests run it in-process against their own
/// database: pass "--Database:Provider=Sqlite" and "--ConnectionStrings:Default=Data Source=/tmp/x.db".
/// Exit codes: 0 done, 1 failed (or audit chain broken, or rows rejected), 2 usage error.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter? error = null, CancellationToken ct = default)
    {
        error ??= output;
        CliArgs parsed;
        try
        {
            parsed = CliArgs.Parse(args);
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"错误: {ex.Message}");
            await error.WriteLineAsync("运行 civilaffairs --help 查看用法");
            return Usage;
        }
        if (parsed.Words.Count == 0 || parsed.Help || parsed.Words[0] == "help")
        {
            await output.WriteAsync(UsageText);
            return parsed.Words.Count == 0 && !parsed.Help ? Usage : Ok;
        }
        var command = string.Join(' ', parsed.Words.Take(2)).ToLowerInvariant();
        if (!IsKnown(command) || parsed.Words.Count > WordsOf(command))
        {
            await error.WriteLineAsync($"错误: 未知命令 '{string.Join(' ', parsed.Words)}'");
            await error.WriteAsync(UsageText);
            return Usage;
        }
        try
        {
            if (command == "seed")
            {
                DemoYear(parsed);
            }
            await using var host = BuildHost(parsed.Configuration);
            try
            {
                return await DispatchAsync(command, parsed, host.Services, output, ct);
            }
            finally
            {
                // pooled SQLite connections hold the file open; tests delete it and WAL is checkpointed on close
                if (host.Services.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Sqlite)
                {
                    SqliteConnection.ClearAllPools();
                }
            }
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync($"错误: {ex.Message}");
            return Usage;
        }
        catch (FieldValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                await error.WriteLineAsync($"错误: {field}: {string.Join("；", messages)}");
            }
            return Failed;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await error.WriteLineAsync("已取消");
            return Failed;
        }
        catch (Exception ex)
        {
            // messages only (never values): the providers' messages name tables and constraints, not data
            await error.WriteLineAsync($"错误: {Describe(ex)}");
            return Failed;
        }
    }

    private static bool IsKnown(string command) => command is "migrate" or "seed" or "users add" or "audit verify" or "import persons";

    /// <summary>Words a command takes, its file included: a stray word is a mistake, not something to ignore.</summary>
    private static int WordsOf(string command) => command.Split(' ').Length + (command == "import persons" ? 1 : 0);

    private static async Task<int> DispatchAsync(string command, CliArgs args, IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        switch (command)
        {
            case "migrate":
                args.AllowOnly();
                return await DatabaseCommands.MigrateAsync(services, output, ct);
            case "seed":
                args.AllowOnly("demo", "year");
                return await DatabaseCommands.SeedAsync(services, args.Flag("demo"), output, ct);
            case "users add":
                args.AllowOnly("user", "name", "role", "jurisdiction", "password");
                return await UserCommands.AddAsync(services, args, output, ct);
            case "audit verify":
                args.AllowOnly();
                return await DatabaseCommands.VerifyAuditAsync(services, output, ct);
            default:
                args.AllowOnly("report");
                var file = args.Words.Count == 3 ? args.Words[2] : throw new UsageException("用法: civilaffairs import persons <文件.xlsx|文件.csv> [--report 报告.csv]");
                return await new PersonImport(services, output).RunAsync(file, args.Option("report"), ct);
        }
    }

    /// <summary>
    /// The web host's composition with the CLI acting as the system. A web builder (never run)
    /// so that appsettings, ASPNETCORE_/DOTNET_ variables and the environment resolve exactly as for the server.
    /// </summary>
    internal static WebApplication BuildHost(IEnumerable<string> configurationArgs)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. configurationArgs] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // a failure reaches the user as the one-line error we print; EF's own log of it is a stack
        // trace (and a first PostgreSQL migrate logs a failed probe for the history table)
        foreach (var category in new[] { "Database.Command", "Database.Connection", "Query", "Update" })
        {
            builder.Logging.AddFilter($"Microsoft.EntityFrameworkCore.{category}", LogLevel.None);
        }
        // stdout carries the command's answer only; diagnostics go to stderr
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddCivilAffairs(builder.Configuration);
        // AddPlatform registers the HTTP user with TryAdd; replace it so every change is audited as "cli"
        builder.Services.Replace(ServiceDescriptor.Scoped<ICurrentUser>(_ => new SystemCurrentUser("cli")));
        return builder.Build();
    }

    /// <summary>
    /// seed --demo --year 2018: the year the demo's volume generators fill (Demo:Year), checked before
    /// anything is written; the range is the one the reference data (divisions, standards) covers.
    /// </summary>
    private static void DemoYear(CliArgs args)
    {
        if (args.Option("year") is not { } text)
        {
            return;
        }
        if (!args.Flag("demo"))
        {
            throw new UsageException("--year 只能与 --demo 一起使用（演示数据的年份）");
        }
        var current = DateTime.UtcNow.AddHours(8).Year;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || year < DemoOptions.FirstYear || year > current)
        {
            throw new UsageException($"--year 须为 {DemoOptions.FirstYear} 至 {current} 之间的年份（四位数字），收到 '{text}'");
        }
        args.Configuration.Add($"--Demo:Year={year}");
    }

    private static string Describe(Exception ex)
    {
        var parts = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (!parts.Contains(e.Message))
            {
                parts.Add(e.Message);
            }
        }
        var text = string.Join(" → ", parts);
        return text.Contains("no such table", StringComparison.Ordinal) || text.Contains("42P01", StringComparison.Ordinal)
            ? text + "（数据库尚未迁移？请先运行 civilaffairs migrate）"
            : text;
    }

    private const string UsageText = """
        民政综合服务平台 管理命令行 civilaffairs

        用法:
          civilaffairs migrate                      执行全部模块的数据库迁移并写入基础参考数据
          civilaffairs seed [--demo [--year 2018]]  写入基础参考数据；--demo 同时写入演示账户、演示居民和一整年的业务量
                                                    （--year 演示年份，默认 2018，范围 2005 至今年；再次运行不重复写入）
          civilaffairs users add --user 用户名 --name 姓名 --role 角色代码 --jurisdiction 辖区代码 [--password 密码]
                                                    创建工作人员账户；未给密码时生成随机初始密码并只显示一次
          civilaffairs audit verify                 校验审计日志哈希链；完整返回 0，被篡改返回 1
          civilaffairs import persons <文件.xlsx|文件.csv> [--report 被拒行.csv]
                                                    批量导入人员；逐行按与接口相同的规则校验，被拒行写入报告
                                                    （默认 <文件>.rejected.csv），输出 imported N, rejected M

        角色代码: CommunityWorker StreetClerk StreetReviewer DistrictApprover CityAdmin Auditor InstitutionStaff SystemAdmin
        导入列（中文或英文表头）: 证件类型/documentType 证件号码/idNumber 姓名/name 居住地区划代码/divisionCode
          户籍地区划代码/hukouDivisionCode 联系电话/phone 地址/address 性别/sex 出生日期/birthDate

        配置与网站相同（当前目录的 appsettings.json、环境变量、命令行）:
          --Database:Provider=Sqlite|PostgreSQL  --ConnectionStrings:Default="..."
          例: civilaffairs migrate --Database:Provider=PostgreSQL --ConnectionStrings:Default="Host=db;Database=ca;Username=ca;Password=..."

        退出码: 0 成功；1 失败（含审计链不完整、导入有被拒行）；2 用法错误

        """;
}
