using System.Data.Common;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>
/// The PostgreSQL fast path of a run's batch read: one keyset query of enrolments with their
/// members, read with a plain data reader (no change tracking, no second query). Members are
/// joined LATERAL behind OFFSET 0 (so the planner cannot flatten it) and are looked up by index
/// per household: flattened, it hashed the whole members table for every batch (480 ms → 90 ms
/// a batch at 100,000 households). The filter is
/// the same as the EF path in <see cref="PaymentRunEngine"/>, which SQLite uses.
/// </summary>
internal static class EnrolmentStream
{
    public static async Task<List<(Enrolment Enrolment, List<EnrolmentMember> Members)>> ReadBatchAsync(AssistanceDb db, PaymentRun run, Guid? cursor,
        int size, string scopePrefix, CancellationToken ct)
    {
        var e = ModelConventions.TableName(AssistanceDb.SchemaName, "enrolments", false);
        var m = ModelConventions.TableName(AssistanceDb.SchemaName, "enrolment_members", false);
        var l = ModelConventions.TableName(AssistanceDb.SchemaName, "payment_lines", false);
        var regular = run.Kind == PaymentRunKind.Regular
            // the redundant key range lets the anti-join start at the cursor instead of rescanning every line written so far
            ? $"AND NOT EXISTS (SELECT 1 FROM {l} p WHERE p.enrolment_id = e.id AND p.month = @first AND p.kind = 'Regular'{(cursor is null ? "" : " AND p.enrolment_id > @cursor")})"
            : "";
        var sql = $"""
            SELECT e.id, e.programme, e.head_id_number, e.head_name, e.division_code, e.enrol_from, e.stopped_from, e.bank_name, e.bank_account,
                   e.financial_assets, e.residential_units, e.non_residential_units, e.vehicles, e.business_registrations,
                   m.id, m.relation, m.birth_date, m.monthly_income, m.income_items_json, m.disability_grade, m.serious_illness, m.student,
                   m.shenzhen_hukou, m.adl_not_achieved, m.left_from
            FROM (SELECT * FROM {e} e
                  WHERE e.division_code LIKE @scope AND e.division_code LIKE @jurisdiction AND e.programme <> 'LowIncome' AND e.enrol_from <= @last
                    AND ((e.status = 'Active' AND (e.stopped_from IS NULL OR e.stopped_from > @first))
                         OR (e.status = 'Stopped' AND e.stopped_from IS NOT NULL AND e.stopped_from > @first))
                    {(cursor is null ? "" : "AND e.id > @cursor")} {regular}
                  ORDER BY e.id LIMIT @size) e
            LEFT JOIN LATERAL (SELECT * FROM {m} m WHERE m.enrolment_id = e.id OFFSET 0) m ON TRUE
            ORDER BY e.id, (m.relation <> '02'), m.id
            """;
        var conn = db.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        Add(cmd, "scope", Like(run.DivisionCode));
        Add(cmd, "jurisdiction", Like(scopePrefix));
        Add(cmd, "first", run.Month);
        Add(cmd, "last", run.ToMonth);
        if (cursor is { } c)
        {
            // a plain range on the key (no "IS NULL OR"), so each batch starts where the last ended in the index
            Add(cmd, "cursor", c);
        }
        Add(cmd, "size", size);
        var list = new List<(Enrolment, List<EnrolmentMember>)>(size);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        Enrolment? current = null;
        List<EnrolmentMember>? members = null;
        while (await r.ReadAsync(ct))
        {
            var id = r.GetGuid(0);
            if (current?.Id != id)
            {
                current = new Enrolment
                {
                    Id = id, Programme = Enum.Parse<Programme>(r.GetString(1)), HeadIdNumber = r.GetString(2), HeadName = r.GetString(3),
                    DivisionCode = r.GetString(4), EnrolFrom = r.GetFieldValue<DateOnly>(5), StoppedFrom = r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6),
                    BankName = r.IsDBNull(7) ? null : r.GetString(7), BankAccount = r.IsDBNull(8) ? null : r.GetString(8), FinancialAssets = r.GetDecimal(9),
                    ResidentialUnits = r.GetInt32(10), NonResidentialUnits = r.GetInt32(11), Vehicles = r.GetInt32(12), BusinessRegistrations = r.GetInt32(13),
                    Status = EnrolmentStatus.Active,
                };
                members = [];
                list.Add((current, members));
            }
            if (!r.IsDBNull(14))
            {
                members!.Add(new EnrolmentMember
                {
                    Id = r.GetGuid(14), EnrolmentId = id, Relation = r.GetString(15), BirthDate = r.GetFieldValue<DateOnly>(16), MonthlyIncome = r.GetDecimal(17),
                    IncomeItemsJson = r.IsDBNull(18) ? null : r.GetString(18), DisabilityGrade = r.IsDBNull(19) ? null : r.GetInt32(19),
                    SeriousIllness = r.GetBoolean(20), Student = r.GetBoolean(21), ShenzhenHukou = r.GetBoolean(22),
                    AdlNotAchieved = r.IsDBNull(23) ? null : r.GetInt32(23), LeftFrom = r.IsDBNull(24) ? null : r.GetFieldValue<DateOnly>(24),
                });
            }
        }
        return list;
    }

    // division codes are digits; escaping keeps a stray wildcard from widening the scope
    private static string Like(string prefix) => prefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
