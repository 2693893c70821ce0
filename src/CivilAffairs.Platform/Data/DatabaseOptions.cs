using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CivilAffairs.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>Database:Provider (Sqlite | PostgreSQL) and ConnectionStrings:Default.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=./data/civilaffairs.db";

    public static DatabaseOptions From(IConfiguration configuration)
    {
        var text = configuration["Database:Provider"] ?? "Sqlite";
        var provider = text.Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSQL,
            _ => throw new InvalidOperationException($"Database:Provider must be Sqlite or PostgreSQL, not '{text}'."),
        };
        var cs = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(cs))
        {
            if (provider == DatabaseProvider.PostgreSQL)
            {
                throw new InvalidOperationException("ConnectionStrings:Default is required for PostgreSQL.");
            }
            cs = DefaultSqlite;
        }
        if (provider == DatabaseProvider.Sqlite)
        {
            var b = new SqliteConnectionStringBuilder(cs);
            var dir = Path.GetDirectoryName(Path.GetFullPath(b.DataSource));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }
            // many readers beside one writer; a writer waits instead of failing at once
            b.DefaultTimeout = 30;
            b.Pooling = true;
            cs = b.ToString();
        }
        return new DatabaseOptions(provider, cs);
    }
}
