using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.ElderCare.Features.Meals;

/// <summary>
/// Writes meal records in one transaction: PostgreSQL binary COPY (a million rows in seconds),
/// batched EF inserts on SQLite. The audit trail gets one summary row per batch, not one per meal.
/// </summary>
internal static class MealRecordWriter
{
    private const string Columns =
        "\"id\", \"institution_code\", \"division_code\", \"person_key\", \"enrolment_id\", \"meal_date\", \"served_minute\", \"meal\", \"group\", " +
        "\"subsidy\", \"flags\", \"rule_key\", \"source\", \"upload_id\", \"recorded_by\", \"recorded_at_utc\"";

    public static async Task WriteAsync(ElderCareDb db, IReadOnlyList<MealRecord> records, CancellationToken ct, IReadOnlyList<object>? alongside = null)
    {
        if (records.Count == 0 && alongside is null)
        {
            return;
        }
        if (db.IsSqlite)
        {
            var bulk = db.Scope.BulkLoad;
            db.Scope.BulkLoad = true;
            try
            {
                db.MealRecords.AddRange(records);
                if (alongside is not null)
                {
                    db.AddRange(alongside);
                }
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.Scope.BulkLoad = bulk;
                db.ChangeTracker.Clear();
            }
            return;
        }
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (records.Count > 0)
            {
                await db.Database.OpenConnectionAsync(ct);
                await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), records, ct);
                await db.Scope.Audit.AppendAsync(db,
                    [new AuditRecord(AuditActions.Import, nameof(MealRecord), null, AuditTrail.Json(new { action = "Create", rows = records.Count }))], ct);
            }
            if (alongside is not null)
            {
                db.AddRange(alongside);
                await db.SaveChangesAsync(ct);
            }
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Binary COPY of records (into another table with the same columns when <paramref name="table"/> is given: the benchmark's floor).</summary>
    internal static async Task CopyAsync(NpgsqlConnection conn, IReadOnlyList<MealRecord> records, CancellationToken ct, string? table = null)
    {
        table ??= ModelConventions.TableName(ElderCareDb.SchemaName, "meal_records", false);
        await using var w = await conn.BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in records)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(r.InstitutionCode, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.DivisionCode, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.PersonKey, NpgsqlDbType.Varchar, ct);
            if (r.EnrolmentId is { } e)
            {
                await w.WriteAsync(e, NpgsqlDbType.Uuid, ct);
            }
            else
            {
                await w.WriteNullAsync(ct);
            }
            await w.WriteAsync(r.MealDate, NpgsqlDbType.Date, ct);
            await w.WriteAsync(r.ServedMinute, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(r.Meal.ToString(), NpgsqlDbType.Varchar, ct);
            if (r.Group is { } g)
            {
                await w.WriteAsync(g.ToString(), NpgsqlDbType.Varchar, ct);
            }
            else
            {
                await w.WriteNullAsync(ct);
            }
            await w.WriteAsync(r.Subsidy, NpgsqlDbType.Numeric, ct);
            await w.WriteAsync((int)r.Flags, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(r.RuleKey, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.Source.ToString(), NpgsqlDbType.Varchar, ct);
            if (r.UploadId is { } u)
            {
                await w.WriteAsync(u, NpgsqlDbType.Uuid, ct);
            }
            else
            {
                await w.WriteNullAsync(ct);
            }
            await w.WriteAsync(r.RecordedBy, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(r.RecordedAtUtc, NpgsqlDbType.TimestampTz, ct);
        }
        await w.CompleteAsync(ct);
    }
}
