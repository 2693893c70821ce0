using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Platform.Data;

/// <summary>
/// What every module's DbContext shares: its own schema, the jurisdiction filter value and the
/// audit trail written in the same transaction as the change.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, DbScope scope) : DbContext(options)
{
    protected abstract string Schema { get; }

    public DbScope Scope { get; } = scope;

    /// <summary>
    /// Used by global query filters: rows whose division code starts with this are visible.
    /// A user without jurisdiction gets a prefix no code has.
    /// </summary>
    protected string ScopePrefix => Scope.User.Jurisdiction ?? "#";

    public bool IsSqlite => Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        ModelConventions.Apply(modelBuilder, Schema, IsSqlite);
    }

    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: the audit trail is written asynchronously.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        AuditedSave.SaveAsync(this, Scope, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
}

/// <summary>The per-request things a DbContext needs: who acts, and the audit trail.</summary>
public sealed class DbScope(ICurrentUser user, AuditTrail audit)
{
    public ICurrentUser User { get; } = user;

    public AuditTrail Audit { get; } = audit;

    /// <summary>
    /// Set while loading reference data in bulk (divisions, calendar): one summary row per
    /// entity type is audited instead of one per row.
    /// </summary>
    public bool BulkLoad { get; set; }

    /// <summary>For design-time tooling (migrations) only.</summary>
    public static DbScope DesignTime() => new(new SystemCurrentUser(), new AuditTrail(new SystemCurrentUser(), TimeProvider.System, new AuditContext()));
}
