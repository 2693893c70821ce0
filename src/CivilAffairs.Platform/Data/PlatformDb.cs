using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Platform.Data;

/// <summary>Platform's own data, schema "platform": accounts, audit log, calendar, parameters.</summary>
public abstract class PlatformDb(DbContextOptions options, DbScope scope)
    : IdentityDbContext<StaffUser, StaffRole, Guid>(options)
{
    public const string Schema = "platform";

    public DbScope Scope { get; } = scope;

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<Parameter> Parameters => Set<Parameter>();

    public bool IsSqlite => Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    /// <summary>Accounts a user may see: those whose jurisdiction lies within the user's own.</summary>
    public IQueryable<StaffUser> ScopedUsers
    {
        get
        {
            var prefix = Scope.User.Jurisdiction ?? "#";
            return Users.Where(u => u.Jurisdiction.StartsWith(prefix));
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(64);
            e.Property(u => u.Jurisdiction).HasMaxLength(12);
            e.Property(u => u.Organization).HasMaxLength(64);
            e.HasIndex(u => u.Jurisdiction);
        });
        builder.Entity<StaffRole>(e => e.Property(r => r.DisplayName).HasMaxLength(64));
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(a => a.Seq);
            e.Property(a => a.Seq).ValueGeneratedNever();
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.Role).HasMaxLength(64);
            e.Property(a => a.Jurisdiction).HasMaxLength(12);
            e.Property(a => a.Action).HasMaxLength(32);
            e.Property(a => a.Entity).HasMaxLength(128);
            e.Property(a => a.EntityId).HasMaxLength(128);
            e.Property(a => a.ClientIp).HasMaxLength(64);
            e.Property(a => a.PrevHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => a.AtUtc);
            e.HasIndex(a => new { a.Entity, a.EntityId });
            e.HasIndex(a => a.UserName);
        });
        builder.Entity<CalendarDay>(e =>
        {
            e.ToTable("calendar_days");
            e.HasKey(d => d.Date);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(d => d.Name).HasMaxLength(32);
            e.Property(d => d.Source).HasMaxLength(128);
        });
        builder.Entity<Parameter>(e =>
        {
            e.ToTable("parameters");
            e.HasKey(p => p.Id);
            e.Property(p => p.Key).HasMaxLength(128);
            e.Property(p => p.DivisionCode).HasMaxLength(12);
            e.Property(p => p.Value).HasMaxLength(512);
            e.Property(p => p.LegalBasis).HasMaxLength(256);
            e.Property(p => p.Note).HasMaxLength(512);
            e.Property(p => p.DocumentNumber).HasMaxLength(64);
            e.HasIndex(p => p.DocumentNumber);
            e.Property(p => p.CreatedBy).HasMaxLength(256);
            e.HasIndex(p => new { p.Key, p.DivisionCode, p.ValidFrom }).IsUnique();
        });
        ModelConventions.Apply(builder, Schema, IsSqlite);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: the audit trail is written asynchronously.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        AuditedSave.SaveAsync(this, Scope, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
}

/// <summary>The SQLite flavour: its own migrations.</summary>
public sealed class PlatformDbSqlite(DbContextOptions<PlatformDbSqlite> options, DbScope scope) : PlatformDb(options, scope);

/// <summary>The PostgreSQL flavour: its own migrations.</summary>
public sealed class PlatformDbPostgres(DbContextOptions<PlatformDbPostgres> options, DbScope scope) : PlatformDb(options, scope);
