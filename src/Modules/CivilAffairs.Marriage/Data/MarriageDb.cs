using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Marriage.Data;

/// <summary>
/// Marriage registration data, schema "marriage". Offices, sessions and quotas are public
/// (the portal shows them to anyone); bookings and registrations are filtered by the office's
/// district, and a citizen sees the bookings their own account made.
/// </summary>
internal abstract class MarriageDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "marriage";

    protected override string Schema => SchemaName;

    protected string ScopeUserName => Scope.User.UserName;

    public DbSet<MarriageOffice> Offices => Set<MarriageOffice>();

    public DbSet<OfficeServedDistrict> ServedDistricts => Set<OfficeServedDistrict>();

    public DbSet<SessionTemplate> Templates => Set<SessionTemplate>();

    public DbSet<SpecialDay> SpecialDays => Set<SpecialDay>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<SessionQuota> Quotas => Set<SessionQuota>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<AppointmentDayLock> DayLocks => Set<AppointmentDayLock>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<DivorceApplication> Divorces => Set<DivorceApplication>();

    public DbSet<SmsMessage> Sms => Set<SmsMessage>();

    public DbSet<CertificateSequence> CertificateSequences => Set<CertificateSequence>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<MarriageOffice>(e =>
        {
            e.ToTable("offices");
            e.Property(x => x.Code).HasMaxLength(8);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.Hours).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Code).IsUnique();
            e.HasMany(x => x.Served).WithOne().HasForeignKey(s => s.OfficeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OfficeServedDistrict>(e =>
        {
            e.ToTable("office_served_districts");
            e.HasKey(x => new { x.OfficeId, x.DivisionCode });
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.HasIndex(x => x.DivisionCode);
        });
        b.Entity<SessionTemplate>(e =>
        {
            e.ToTable("session_templates");
            e.Property(x => x.Period).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CapacityJson).HasMaxLength(400);
            e.HasIndex(x => new { x.OfficeId, x.DayOfWeek, x.Period }).IsUnique();
        });
        b.Entity<SpecialDay>(e =>
        {
            e.ToTable("special_days");
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Period).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CapacityJson).HasMaxLength(400);
            e.HasIndex(x => x.Date);
        });
        b.Entity<Session>(e =>
        {
            e.ToTable("sessions");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Period).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Label).HasMaxLength(64);
            e.Property(x => x.ClosedReason).HasMaxLength(200);
            e.HasIndex(x => new { x.OfficeId, x.Date, x.Period }).IsUnique();
            e.HasIndex(x => x.Date);
            e.HasMany(x => x.Quotas).WithOne().HasForeignKey(q => q.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SessionQuota>(e =>
        {
            e.ToTable("session_quotas");
            e.HasKey(x => new { x.SessionId, x.ServiceType });
            e.Property(x => x.ServiceType).HasConversion<string>().HasMaxLength(24);
            e.ToTable(t => t.HasCheckConstraint("ck_session_quotas_remaining", "remaining >= 0 AND remaining <= capacity"));
        });
        b.Entity<Appointment>(e =>
        {
            e.ToTable("appointments");
            e.Property(x => x.Code).HasMaxLength(12);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Period).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ServiceType).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PartyAIdNumber).HasMaxLength(32);
            e.Property(x => x.PartyAName).HasMaxLength(64);
            e.Property(x => x.PartyAPhone).HasMaxLength(32);
            e.Property(x => x.PartyBIdNumber).HasMaxLength(32);
            e.Property(x => x.PartyBName).HasMaxLength(64);
            e.Property(x => x.PartyBPhone).HasMaxLength(32);
            e.Property(x => x.BookedBy).HasMaxLength(256);
            e.Property(x => x.CancelReason).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.HoldsSlot);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.SessionId, x.ServiceType, x.Status });
            e.HasIndex(x => new { x.DivisionCode, x.Date });
            e.HasIndex(x => x.PartyAIdNumber);
            e.HasIndex(x => x.PartyBIdNumber);
            e.HasIndex(x => x.BookedBy);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) || x.BookedBy == ScopeUserName);
        });
        b.Entity<AppointmentDayLock>(e =>
        {
            e.ToTable("appointment_day_locks");
            e.HasKey(x => new { x.IdNumber, x.Date });
            e.Property(x => x.IdNumber).HasMaxLength(32);
            e.HasIndex(x => x.AppointmentId);
        });
        b.Entity<Registration>(e =>
        {
            e.ToTable("registrations");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.ServiceType).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.CertificateNumber).HasMaxLength(32);
            e.Property(x => x.Registrar).HasMaxLength(64);
            e.Property(x => x.RegistrarUserName).HasMaxLength(256);
            e.Property(x => x.PartyAIdNumber).HasMaxLength(32);
            e.Property(x => x.PartyAName).HasMaxLength(64);
            e.Property(x => x.PartyBIdNumber).HasMaxLength(32);
            e.Property(x => x.PartyBName).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(500);
            e.HasIndex(x => x.CertificateNumber).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.RegisteredOn });
            e.HasIndex(x => x.PartyAIdNumber);
            e.HasIndex(x => x.PartyBIdNumber);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<DivorceApplication>(e =>
        {
            e.ToTable("divorce_applications");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PartyAIdNumber).HasMaxLength(32);
            e.Property(x => x.PartyAName).HasMaxLength(64);
            e.Property(x => x.PartyBIdNumber).HasMaxLength(32);
            e.Property(x => x.PartyBName).HasMaxLength(64);
            e.Property(x => x.ClosedReason).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.PartyAIdNumber, x.Status });
            e.HasIndex(x => new { x.PartyBIdNumber, x.Status });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CertificateSequence>(e =>
        {
            e.ToTable("certificate_sequences");
            e.HasKey(x => new { x.Prefix, x.DivisionCode, x.Year });
            e.Property(x => x.Prefix).HasMaxLength(4);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<SmsMessage>(e =>
        {
            e.ToTable("sms_outbox");
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.Text).HasMaxLength(500);
            e.Property(x => x.Topic).HasMaxLength(64);
            e.Property(x => x.LastError).HasMaxLength(500);
            e.HasIndex(x => x.SentAtUtc);
        });
    }
}

internal sealed class MarriageDbSqlite(DbContextOptions<MarriageDbSqlite> options, DbScope scope) : MarriageDb(options, scope);

internal sealed class MarriageDbPostgres(DbContextOptions<MarriageDbPostgres> options, DbScope scope) : MarriageDb(options, scope);

internal sealed class MarriageDbSqliteFactory : IDesignTimeDbContextFactory<MarriageDbSqlite>
{
    public MarriageDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<MarriageDbSqlite>(DatabaseProvider.Sqlite, MarriageDb.SchemaName), DbScope.DesignTime());
}

internal sealed class MarriageDbPostgresFactory : IDesignTimeDbContextFactory<MarriageDbPostgres>
{
    public MarriageDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<MarriageDbPostgres>(DatabaseProvider.PostgreSQL, MarriageDb.SchemaName), DbScope.DesignTime());
}
