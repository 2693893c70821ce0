using System.Data.Common;
using CivilAffairs.Platform.Data;
using CivilAffairs.Reporting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Reporting.Features.Views;

/// <summary>
/// Drops every reporting view before any module migrates (a view would block a module from
/// changing a column it reads) and creates them all again after the last migration. A view whose
/// SQL does not run stops the start-up with its name: a broken contract is found at once.
/// </summary>
internal static class ViewInstaller
{
    public static async Task DropAllAsync(DbContext db, CancellationToken ct)
    {
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var names = new List<string>();
            await using (var cmd = conn.CreateCommand())
            {
                cmd.CommandText = sqlite
                    ? "SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'reporting\\_%' ESCAPE '\\'"
                    : "SELECT table_name FROM information_schema.views WHERE table_schema = 'reporting'";
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    names.Add(r.GetString(0));
                }
            }
            foreach (var n in names)
            {
                var quoted = sqlite ? $"\"{n}\"" : $"\"reporting\".\"{n}\"";
                await ExecAsync(conn, $"DROP VIEW IF EXISTS {quoted}{(sqlite ? "" : " CASCADE")}", ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task CreateAllAsync(DbContext db, ReportingCatalog catalog, CancellationToken ct)
    {
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var v in catalog.Views.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                var name = ViewSql.ViewName(v.Name, sqlite);
                try
                {
                    await ExecAsync(conn, $"DROP VIEW IF EXISTS {name}", ct);
                    await ExecAsync(conn, $"CREATE VIEW {name} AS {ViewSql.Translate(v, sqlite)}", ct);
                }
                catch (DbException ex)
                {
                    throw new InvalidOperationException($"Reporting view '{v.Name}' of module {v.Module} could not be created: {ex.Message}", ex);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecAsync(DbConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>Runs first of all module databases: no view may hold a column a migration changes.</summary>
internal sealed class ReportingViewsDrop : IModuleDatabase
{
    public int Order => -1000;

    public string Name => "reporting-views-drop";

    public async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ReportingDb>();
        await ViewInstaller.DropAllAsync(db, ct);
    }
}

/// <summary>Runs last, after the Reporting schema itself has migrated: (re)creates every view.</summary>
internal sealed class ReportingViewsCreate : IModuleDatabase
{
    public int Order => 10_001;

    public string Name => "reporting-views";

    public async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ReportingDb>();
        await ViewInstaller.CreateAllAsync(db, services.GetRequiredService<ReportingCatalog>(), ct);
    }
}
