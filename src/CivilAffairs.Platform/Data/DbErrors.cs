using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CivilAffairs.Platform.Data;

/// <summary>Provider-neutral reading of database errors that the business turns into answers.</summary>
public static class DbErrors
{
    /// <summary>A unique index or primary key refused the row (PostgreSQL 23505, SQLite constraint 2067/1555).</summary>
    public static bool IsUniqueViolation(Exception ex) => (ex is DbUpdateException ? ex.InnerException : ex) switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
