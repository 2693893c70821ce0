using System.Reflection;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CivilAffairs.Platform.Audit;

/// <summary>Marks an entity whose changes are not audited (the audit log itself, caches).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>SaveChanges with the audit rows in the same transaction.</summary>
public static class AuditedSave
{
    private static readonly HashSet<string> SecretColumns = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value", "TokenValue",
    };

    public static async Task<int> SaveAsync(DbContext db, DbScope scope, Func<Task<int>> save, CancellationToken ct)
    {
        var records = Capture(db.ChangeTracker);
        if (scope.BulkLoad && records.Count > 0)
        {
            records = records.GroupBy(r => (r.Entity, r.Action))
                .Select(g => new AuditRecord(AuditActions.Import, g.Key.Entity, null, AuditTrail.Json(new { action = g.Key.Action, rows = g.Count() })))
                .ToList();
        }
        if (records.Count == 0)
        {
            return await save();
        }
        var ownTx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var n = await save();
            await scope.Audit.AppendAsync(db, records, ct);
            if (ownTx is not null)
            {
                await ownTx.CommitAsync(ct);
            }
            return n;
        }
        finally
        {
            if (ownTx is not null)
            {
                await ownTx.DisposeAsync();
            }
        }
    }

    internal static List<AuditRecord> Capture(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var records = new List<AuditRecord>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Metadata.ClrType.GetCustomAttribute<NotAuditedAttribute>() is not null)
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            };
            Dictionary<string, string?>? before = null, after = null;
            foreach (var p in entry.Properties)
            {
                if (p.Metadata.IsShadowProperty() && !p.Metadata.IsForeignKey())
                {
                    continue;
                }
                // Identity updates mark every column modified: record only values that really changed
                var changed = entry.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue));
                if (!changed)
                {
                    continue;
                }
                var name = p.Metadata.Name;
                if (entry.State != EntityState.Added)
                {
                    (before ??= [])[name] = Render(p, p.OriginalValue);
                }
                if (entry.State != EntityState.Deleted)
                {
                    (after ??= [])[name] = Render(p, p.CurrentValue);
                }
            }
            if (entry.State == EntityState.Modified && before is null && after is null)
            {
                continue;
            }
            var key = entry.Metadata.FindPrimaryKey();
            var id = key is null ? null : string.Join(",", key.Properties.Select(k => Convert.ToString(entry.Property(k.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
            var entity = entry.Metadata.ClrType.Name;
            records.Add(new AuditRecord(action, entity, id, AuditTrail.Json(new { before, after })));
        }
        return records;
    }

    private static string? Render(PropertyEntry p, object? value)
    {
        if (value is null)
        {
            return null;
        }
        var info = p.Metadata.PropertyInfo;
        var personal = info?.GetCustomAttribute<PersonalDataAttribute>();
        if (personal is not null)
        {
            return Masking.Apply(personal.Kind, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }
        if (SecretColumns.Contains(p.Metadata.Name) && p.Metadata.DeclaringType.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true)
        {
            return "***"; // authenticator keys and tokens
        }
        if (p.Metadata.Name is "PasswordHash" or "SecurityStamp" or "ConcurrencyStamp")
        {
            return "***";
        }
        if (p.Metadata.Name is "PhoneNumber" or "Email")
        {
            return Masking.Apply(p.Metadata.Name == "Email" ? MaskKind.Address : MaskKind.Phone, value.ToString());
        }
        return value switch
        {
            DateTime dt => dt.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset dto => dto.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
