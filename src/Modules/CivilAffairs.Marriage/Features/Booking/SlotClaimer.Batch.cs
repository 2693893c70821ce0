using System.Data.Common;
using System.Globalization;
using System.Text;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CivilAffairs.Marriage.Features.Booking;

internal sealed partial class SlotClaimer
{
    /// <summary>
    /// Claims for many bookings in one transaction (group commit, see <see cref="ClaimQueue"/>),
    /// each with its own answer. Statements, in lock order:
    /// <list type="number">
    /// <item>one round trip inserts every booking, its SMS rows and its day locks — the day locks
    /// with ON CONFLICT DO NOTHING, so a person already booked that day (by anyone, committed or
    /// still in flight) is seen without aborting the others;</item>
    /// <item>per session and service type, in a fixed order, one guarded decrement of the hot row
    /// for all the claims that got their day locks;</item>
    /// <item>only when someone was refused: their rows are deleted again;</item>
    /// <item>one audit record per booking (the audit chain's global lock), then commit.</item>
    /// </list>
    /// </summary>
    public async Task<ClaimOutcome[]> ClaimBatchAsync(IReadOnlyList<PendingClaim> claims, CancellationToken ct)
    {
        var outcomes = new ClaimOutcome?[claims.Count];
        // a person twice in this batch on the same day: the first claim goes now; a later one is a
        // duplicate if the first is booked, and waits for the next batch if the first is not
        var first = new Dictionary<(string, DateOnly), int>();
        var live = new List<int>();
        var waiting = new List<(int Claim, List<int> Behind)>();
        for (var i = 0; i < claims.Count; i++)
        {
            var date = claims[i].Booking.Date;
            var behind = claims[i].IdNumbers.Select(id => first.TryGetValue((id, date), out var f) ? f : -1).Where(f => f >= 0).ToList();
            if (behind.Count > 0)
            {
                waiting.Add((i, behind));
                continue;
            }
            foreach (var id in claims[i].IdNumbers)
            {
                first[(id, date)] = i;
            }
            live.Add(i);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var locked = await InsertAllAsync(live.Select(i => claims[i]).ToList(), ct);
        var refused = new HashSet<Guid>();
        foreach (var i in live)
        {
            var c = claims[i];
            if (locked.GetValueOrDefault(c.Booking.Id) != c.IdNumbers.Count)
            {
                outcomes[i] = ClaimOutcome.Duplicate;
                refused.Add(c.Booking.Id);
            }
        }
        // hot rows, one statement per session and type, in a fixed order; claims keep their arrival order
        foreach (var g in live.Where(i => outcomes[i] is null)
            .GroupBy(i => (claims[i].Booking.SessionId, claims[i].Booking.ServiceType))
            .OrderBy(g => g.Key.SessionId).ThenBy(g => g.Key.ServiceType))
        {
            var taken = await TakeAsync(g.Key.SessionId, g.Key.ServiceType, g.Count(), ct);
            foreach (var (i, n) in g.Select((i, n) => (i, n)))
            {
                outcomes[i] = n < taken ? ClaimOutcome.Booked : ClaimOutcome.Full;
                if (n >= taken)
                {
                    refused.Add(claims[i].Booking.Id);
                }
            }
        }
        if (refused.Count > 0)
        {
            await DeleteAsync(refused.ToList(), claims.Where(c => refused.Contains(c.Booking.Id)).SelectMany(c => c.Sms).Select(s => s.Id).ToList(), ct);
        }
        var booked = live.Where(i => outcomes[i] == ClaimOutcome.Booked).Select(i => claims[i]).ToList();
        await db.Scope.Audit.AppendAsync(db, booked.Select(AuditOf).ToList(), ct);
        await tx.CommitAsync(ct);
        foreach (var (i, behind) in waiting)
        {
            outcomes[i] = behind.Any(f => outcomes[f] == ClaimOutcome.Booked) ? ClaimOutcome.Duplicate : ClaimOutcome.Retry;
        }
        return outcomes.Select(o => o!.Value).ToArray();
    }

    /// <summary>Bookings, SMS rows and day locks of all claims in one command; returns, per booking, how many day locks it got.</summary>
    private async Task<Dictionary<Guid, int>> InsertAllAsync(IReadOnlyList<PendingClaim> claims, CancellationToken ct)
    {
        var locked = new Dictionary<Guid, int>();
        if (claims.Count == 0)
        {
            return locked;
        }
        // sorted keys: two transactions inserting the same people wait on each other in one direction only
        var dayLocks = claims.SelectMany(c => c.IdNumbers.Select(id => new AppointmentDayLock { IdNumber = id, Date = c.Booking.Date, AppointmentId = c.Booking.Id }))
            .OrderBy(l => l.IdNumber, StringComparer.Ordinal).ThenBy(l => l.Date).ToList();
        await using var cmd = Command("");
        var sql = new StringBuilder();
        var lockType = db.Model.FindEntityType(typeof(AppointmentDayLock))!;
        AppendInsert(sql, cmd, lockType, dayLocks);
        sql.Append(" ON CONFLICT DO NOTHING RETURNING ").Append(Column(lockType, nameof(AppointmentDayLock.AppointmentId))).Append(";\n");
        AppendInsert(sql, cmd, db.Model.FindEntityType(typeof(Appointment))!, claims.Select(c => c.Booking).ToList());
        sql.Append(";\n");
        var sms = claims.SelectMany(c => c.Sms).ToList();
        if (sms.Count > 0)
        {
            AppendInsert(sql, cmd, db.Model.FindEntityType(typeof(SmsMessage))!, sms);
            sql.Append(';');
        }
        cmd.CommandText = sql.ToString();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetFieldValue<Guid>(0);
            locked[id] = locked.GetValueOrDefault(id) + 1;
        }
        // run (and surface errors of) the statements after the first
        while (await reader.NextResultAsync(ct))
        {
        }
        return locked;
    }

    /// <summary>INSERT INTO table (all mapped columns) VALUES (...), (...) with parameters typed exactly as EF Core types them.</summary>
    private void AppendInsert<T>(StringBuilder sql, DbCommand cmd, IEntityType type, IReadOnlyList<T> rows) where T : class
    {
        var helper = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var props = type.GetProperties().ToList();
        sql.Append("INSERT INTO ").Append(helper.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", props.Select(p => helper.DelimitIdentifier(p.GetColumnName(table)!))).Append(") VALUES ");
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < props.Count; c++)
            {
                var name = "@p" + cmd.Parameters.Count.ToString(CultureInfo.InvariantCulture);
                var p = props[c];
                // the property's own type mapping applies its value converter (enums as text, SQLite's text GUIDs)
                cmd.Parameters.Add(p.GetRelationalTypeMapping().CreateParameter(cmd, name, p.GetGetter().GetClrValue(rows[r]), p.IsNullable));
                sql.Append(c == 0 ? "" : ", ").Append(name);
            }
            sql.Append(')');
        }
    }

    /// <summary>A plain command on the context's connection, in its transaction.</summary>
    private DbCommand Command(string sql)
    {
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        cmd.CommandText = sql;
        return cmd;
    }

    /// <summary>A parameter for a property's column, converted and typed as EF Core would (enums as text, SQLite's text GUIDs).</summary>
    private static void Add(DbCommand cmd, IEntityType type, string property, string name, object? value)
    {
        var p = type.FindProperty(property)!;
        cmd.Parameters.Add(p.GetRelationalTypeMapping().CreateParameter(cmd, name, value, p.IsNullable));
    }

    private string Table(IEntityType type)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(table.Name, table.Schema);
    }

    private static string Column(IEntityType type, string property)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        return type.FindProperty(property)!.GetColumnName(table)!;
    }

    /// <summary>Takes back the rows of refused claims (rare: a duplicate, or the last slots gone).</summary>
    private async Task DeleteAsync(List<Guid> bookings, List<Guid> sms, CancellationToken ct)
    {
        await db.DayLocks.Where(l => bookings.Contains(l.AppointmentId)).ExecuteDeleteAsync(ct);
        await db.Sms.Where(s => sms.Contains(s.Id)).ExecuteDeleteAsync(ct);
        await db.Appointments.IgnoreQueryFilters().Where(a => bookings.Contains(a.Id)).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// One record per booking, in place of the three row records (booking, two SMS) a tracked save
    /// would write: what was booked, for whom (masked), by whom, from where, and what came with it.
    /// </summary>
    private static AuditRecord AuditOf(PendingClaim c)
    {
        var a = c.Booking;
        var after = new Dictionary<string, string?>
        {
            ["Code"] = a.Code,
            ["SessionId"] = a.SessionId.ToString(),
            ["OfficeId"] = a.OfficeId.ToString(),
            ["DivisionCode"] = a.DivisionCode,
            ["Date"] = a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Period"] = a.Period.ToString(),
            ["ServiceType"] = a.ServiceType.ToString(),
            ["Status"] = a.Status.ToString(),
            ["Channel"] = a.Channel.ToString(),
            ["PartyAIdNumber"] = Masking.IdNumber(a.PartyAIdNumber),
            ["PartyAName"] = Masking.Name(a.PartyAName),
            ["PartyAPhone"] = Masking.Phone(a.PartyAPhone),
            ["PartyBIdNumber"] = a.PartyBIdNumber is null ? null : Masking.IdNumber(a.PartyBIdNumber),
            ["PartyBName"] = a.PartyBName is null ? null : Masking.Name(a.PartyBName),
            ["PartyBPhone"] = a.PartyBPhone is null ? null : Masking.Phone(a.PartyBPhone),
            ["BookedBy"] = a.BookedBy,
            ["CreatedAtUtc"] = a.CreatedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            ["RescheduleCount"] = a.RescheduleCount.ToString(CultureInfo.InvariantCulture),
        };
        var summary = AuditTrail.Json(new
        {
            before = (object?)null,
            after,
            with = new { dayLocks = c.IdNumbers.Count, sms = c.Sms.Select(s => s.Id).ToList() },
            actor = new { role = c.ActorRole, ip = c.ClientIp },
        });
        return new AuditRecord(AuditActions.Create, nameof(Appointment), a.Id.ToString(), summary, a.BookedBy);
    }
}
