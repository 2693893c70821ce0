using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Cli.Commands;

/// <summary>migrate, seed and audit verify: thin wrappers over what the web host runs at start-up.</summary>
internal static class DatabaseCommands
{
    public static async Task<int> MigrateAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var db = services.GetRequiredService<DatabaseOptions>();
        var modules = services.GetServices<IModuleDatabase>().OrderBy(m => m.Order).Select(m => m.Name);
        // the provider only: a connection string may carry a password
        await output.WriteLineAsync($"数据库 {db.Provider}: 迁移模块 {string.Join(", ", modules)}");
        await DbRegistration.MigrateAllAsync(services, ct);
        await DatabaseStartup.SeedAsync(services, demo: false, ct);
        await output.WriteLineAsync("迁移完成，基础参考数据已写入 (migrated, reference data seeded)");
        return CliApp.Ok;
    }

    public static async Task<int> SeedAsync(IServiceProvider services, bool demo, TextWriter output, CancellationToken ct)
    {
        await DatabaseStartup.SeedAsync(services, demo, ct);
        await output.WriteLineAsync(demo ? "基础参考数据和演示数据已写入 (reference and demo data seeded)" : "基础参考数据已写入 (reference data seeded)");
        if (demo)
        {
            var year = services.GetRequiredService<DemoOptions>();
            await output.WriteLineAsync($"演示年份 {year.Year} 的业务量已生成（{(year.Light ? "轻量：十分之一" : "全年")}） (demo year {year.Year})");
            await output.WriteLineAsync($"演示账户（密码 {PlatformSeeder.DemoPassword}）:");
            foreach (var a in PlatformSeeder.DemoAccounts)
            {
                await output.WriteLineAsync($"  {a.UserName,-16} {a.Role,-17} {Roles.DisplayNameOf(a.Role),-8} 辖区 {a.Jurisdiction}");
            }
        }
        return CliApp.Ok;
    }

    public static async Task<int> VerifyAuditAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditReader>().VerifyAsync(ct);
        await output.WriteLineAsync(result.Message);
        await output.WriteLineAsync($"rows checked: {result.RowsChecked}");
        if (!result.Intact)
        {
            await output.WriteLineAsync($"broken at seq: {result.BrokenAtSeq}");
        }
        await output.WriteLineAsync(result.Intact ? "intact" : "BROKEN");
        return result.Intact ? CliApp.Ok : CliApp.Failed;
    }
}
