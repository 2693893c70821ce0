using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>
/// Writes a batch of payment lines inside the caller's transaction: PostgreSQL binary COPY (the
/// fast path for a million lines), EF batched inserts on SQLite. The audit trail gets one
/// summary row per batch rather than a row per line.
/// </summary>
internal sealed class PaymentLineWriter
{
    public const string Columns =
        "id, run_id, kind, enrolment_id, month, programme, division_code, payee_name, payee_id_number, bank_name, bank_account, " +
        "household_size, amount, status, note, bank_reference, inputs_json, reissued_in_run_id";

    public async Task WriteAsync(AssistanceDb db, IReadOnlyList<PaymentLine> lines, CancellationToken ct)
    {
        if (lines.Count == 0)
        {
            return;
        }
        if (db.IsSqlite)
        {
            var bulk = db.Scope.BulkLoad;
            db.Scope.BulkLoad = true;
            try
            {
                db.PaymentLines.AddRange(lines);
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.Scope.BulkLoad = bulk;
                db.ChangeTracker.Clear();
            }
            return;
        }
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        await CopyAsync(conn, lines, ct);
        await db.Scope.Audit.AppendAsync(db,
            [new Platform.Audit.AuditRecord(Platform.Audit.AuditActions.Import, nameof(PaymentLine), lines[0].RunId.ToString(),
                Platform.Audit.AuditTrail.Json(new { action = "Create", rows = lines.Count }))], ct);
    }

    public static async Task CopyAsync(NpgsqlConnection conn, IReadOnlyList<PaymentLine> lines, CancellationToken ct, string? table = null)
    {
        table ??= ModelConventions.TableName(AssistanceDb.SchemaName, "payment_lines", false);
        await using var w = await conn.BeginBinaryImportAsync($"COPY {table} ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var l in lines)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(l.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(l.RunId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(l.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(l.EnrolmentId, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(l.Month, NpgsqlDbType.Date, ct);
            await w.WriteAsync(l.Programme.ToString(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(l.DivisionCode, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(l.PayeeName, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(l.PayeeIdNumber, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(w, l.BankName, ct);
            await WriteNullableAsync(w, l.BankAccount, ct);
            await w.WriteAsync(l.HouseholdSize, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(l.Amount, NpgsqlDbType.Numeric, ct);
            await w.WriteAsync(l.Status.ToString(), NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(w, l.Note, ct);
            await WriteNullableAsync(w, l.BankReference, ct);
            await w.WriteAsync(l.InputsJson, NpgsqlDbType.Varchar, ct);
            if (l.ReissuedInRunId is { } r)
            {
                await w.WriteAsync(r, NpgsqlDbType.Uuid, ct);
            }
            else
            {
                await w.WriteNullAsync(ct);
            }
        }
        await w.CompleteAsync(ct);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter w, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await w.WriteNullAsync(ct);
        }
        else
        {
            await w.WriteAsync(value, NpgsqlDbType.Varchar, ct);
        }
    }
}
