using System.Text.Json;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;

// the only interpolated parts of the SQL below are our own table name and lock key constants;
// every value goes in as a parameter
#pragma warning disable EF1002, EF1003

namespace CivilAffairs.Platform.Audit;

/// <summary>What to append: the actor is the current user unless given.</summary>
public sealed record AuditRecord(string Action, string Entity, string? EntityId, string? Summary, string? ActorUserName = null);

/// <summary>
/// Appends audit rows through the caller's DbContext, inside its open transaction, so a change
/// and its audit row commit or roll back together.
/// </summary>
public sealed class AuditTrail(ICurrentUser user, TimeProvider clock, AuditContext context)
{
    // an arbitrary but fixed key: all nodes serialise their appends on it (PostgreSQL)
    private const long ChainLockKey = 7_270_010_001;

    private sealed class LastRow
    {
        public long Seq { get; set; }

        public string Hash { get; set; } = "";
    }

    public async Task AppendAsync(DbContext db, IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit rows must be appended inside the change's transaction.");
        }
        var isSqlite = db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal);
        var table = ModelConventions.TableName("platform", "audit_log", isSqlite);
        if (!isSqlite)
        {
            // SQLite needs no lock: its write transaction is already exclusive
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
        }
        var last = (await db.Database
            .SqlQueryRaw<LastRow>($"SELECT seq AS \"Seq\", hash AS \"Hash\" FROM {table} ORDER BY seq DESC LIMIT 1")
            .ToListAsync(ct)).FirstOrDefault();
        var seq = last?.Seq ?? 0;
        var prev = last?.Hash ?? AuditChain.Genesis;
        var at = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        // one statement per 500 rows: a group commit of many changes (the marriage rush appends a
        // hundred at a time) holds the chain lock for one round trip, not one per row
        const int rowsPerStatement = 500; // 6,000 parameters: under SQLite's 32,766 and PostgreSQL's 65,535
        using var factory = db.Database.GetDbConnection().CreateCommand();
        foreach (var chunk in records.Chunk(rowsPerStatement))
        {
            var parameters = new List<object>(chunk.Length * 12);
            var sql = new System.Text.StringBuilder(
                $"INSERT INTO {table} (seq, at_utc, user_name, role, jurisdiction, action, entity, entity_id, summary, client_ip, prev_hash, hash) VALUES ");
            foreach (var r in chunk)
            {
                var entry = new AuditEntry
                {
                    Seq = ++seq,
                    AtUtc = at,
                    UserName = r.ActorUserName ?? (user.Jurisdiction is null && context.ActorOverride is { } actor ? actor : user.UserName),
                    Role = r.ActorUserName is null ? user.Role : "",
                    Jurisdiction = r.ActorUserName is null ? user.Jurisdiction ?? "" : "",
                    Action = r.Action,
                    Entity = r.Entity,
                    EntityId = r.EntityId,
                    Summary = r.Summary,
                    ClientIp = context.ClientIp,
                    PrevHash = prev,
                };
                entry.Hash = AuditChain.ComputeHash(entry);
                prev = entry.Hash;
                object?[] values = [entry.Seq, entry.AtUtc, entry.UserName, entry.Role, entry.Jurisdiction, entry.Action, entry.Entity,
                    entry.EntityId, entry.Summary, entry.ClientIp, entry.PrevHash, entry.Hash];
                sql.Append(parameters.Count == 0 ? "(" : ", (");
                for (var i = 0; i < values.Length; i++)
                {
                    // provider parameters (not bare values) so that nulls need no type inference
                    var p = factory.CreateParameter();
                    p.ParameterName = $"@p{parameters.Count}";
                    p.Value = values[i] ?? DBNull.Value;
                    sql.Append(i == 0 ? "" : ", ").Append(p.ParameterName);
                    parameters.Add(p);
                }
                sql.Append(')');
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
    }

    public static string Json(object value) => JsonSerializer.Serialize(value, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
