using System.Data.Common;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>
/// Bulk paths for the large cross-check tables, inside the DbContext's open transaction:
/// PostgreSQL binary COPY; SQLite one prepared INSERT reused for every row.
/// Values are written as EF Core stores them (SQLite: GUIDs as upper-case text).
/// </summary>
internal abstract class BulkWriter : IAsyncDisposable
{
    public static string Table(AssistanceDb db, string table) => ModelConventions.TableName(AssistanceDb.SchemaName, table, db.IsSqlite);

    public static BulkWriter Open(AssistanceDb db, string table, string[] columns)
    {
        var connection = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Bulk writes run inside a transaction.");
        return db.IsSqlite
            ? new SqliteWriter((SqliteConnection)connection, (SqliteTransaction)tx, Table(db, table), columns)
            : new CopyWriter((NpgsqlConnection)connection, Table(db, table), columns);
    }

    public abstract void Row(params object?[] values);

    public abstract ValueTask DisposeAsync();

    private sealed class CopyWriter : BulkWriter
    {
        private readonly NpgsqlBinaryImporter _copy;

        public CopyWriter(NpgsqlConnection c, string table, string[] columns) =>
            _copy = c.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");

        public override void Row(params object?[] values)
        {
            // synchronous on purpose: the importer buffers rows and only blocks when a buffer is sent
            _copy.StartRow();
            foreach (var v in values)
            {
                switch (v)
                {
                    case null: _copy.WriteNull(); break;
                    case Guid g: _copy.Write(g, NpgsqlDbType.Uuid); break;
                    case string s: _copy.Write(s, NpgsqlDbType.Varchar); break;
                    case decimal d: _copy.Write(d, NpgsqlDbType.Numeric); break;
                    case int i: _copy.Write(i, NpgsqlDbType.Integer); break;
                    case bool b: _copy.Write(b, NpgsqlDbType.Boolean); break;
                    case DateOnly d: _copy.Write(d, NpgsqlDbType.Date); break;
                    default: throw new NotSupportedException(v.GetType().Name);
                }
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await _copy.CompleteAsync();
            await _copy.DisposeAsync();
        }
    }

    private sealed class SqliteWriter : BulkWriter
    {
        private readonly SqliteCommand _insert;

        public SqliteWriter(SqliteConnection c, SqliteTransaction tx, string table, string[] columns)
        {
            _insert = c.CreateCommand();
            _insert.Transaction = tx;
            _insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < columns.Length; i++)
            {
                _insert.Parameters.Add(new SqliteParameter("$p" + i, null));
            }
            _insert.Prepare();
        }

        public override void Row(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                _insert.Parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    Guid g => g.ToString().ToUpperInvariant(),
                    DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    decimal d => d.ToString("0.0###########################", System.Globalization.CultureInfo.InvariantCulture),
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            }
            _insert.ExecuteNonQuery();
        }

        public override ValueTask DisposeAsync()
        {
            _insert.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

internal static class DbCommands
{
    /// <summary>A raw command on the context's connection and transaction (the connection must be open).</summary>
    public static DbCommand Command(this AssistanceDb db, string sql)
    {
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandTimeout = 600;
        return cmd;
    }

    public static DbCommand With(this DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return cmd;
    }

    public static async Task<int> ExecAsync(this AssistanceDb db, string sql, CancellationToken ct)
    {
        await using var cmd = db.Command(sql);
        return await cmd.ExecuteNonQueryAsync(ct);
    }
}
