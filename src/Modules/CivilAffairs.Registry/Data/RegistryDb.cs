using CivilAffairs.Platform.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Data;

/// <summary>The registry's data (schema "registry"): divisions with history, persons, households.</summary>
internal abstract partial class RegistryDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "registry";

    protected override string Schema => SchemaName;

    public DbSet<Division> Divisions => Set<Division>();

    public DbSet<DivisionChange> DivisionChanges => Set<DivisionChange>();

    public DbSet<ManagementArea> ManagementAreas => Set<ManagementArea>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();

    /// <summary>区划地名: division change proposals and their evaluation, boundary lines and markers, joint inspections, disputes (Features/Boundaries).</summary>
    partial void ConfigureBoundaries(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        ConfigureBoundaries(b);
        b.Entity<Division>(e =>
        {
            e.ToTable("divisions");
            e.Property(d => d.Code).HasMaxLength(12);
            e.Property(d => d.Name).HasMaxLength(64);
            e.Property(d => d.ParentCode).HasMaxLength(12);
            e.HasIndex(d => new { d.Code, d.ValidFrom }).IsUnique();
            e.HasIndex(d => d.ParentCode);
            e.HasIndex(d => d.Name);
        });
        b.Entity<DivisionChange>(e =>
        {
            e.ToTable("division_changes");
            e.Property(d => d.Kind).HasMaxLength(16);
            e.Property(d => d.OldCode).HasMaxLength(12);
            e.Property(d => d.NewCode).HasMaxLength(12);
            e.Property(d => d.OldParentCode).HasMaxLength(12);
            e.Property(d => d.NewParentCode).HasMaxLength(12);
            e.Property(d => d.Name).HasMaxLength(64);
            e.Property(d => d.Description).HasMaxLength(512);
            e.Property(d => d.LegalBasis).HasMaxLength(256);
            e.HasIndex(d => d.OldCode);
            e.HasIndex(d => d.NewCode);
        });
        b.Entity<ManagementArea>(e =>
        {
            e.ToTable("management_areas");
            e.HasKey(a => a.Key);
            e.Property(a => a.Key).HasMaxLength(32);
            e.Property(a => a.Name).HasMaxLength(64);
            e.Property(a => a.ParentCode).HasMaxLength(12);
            e.Property(a => a.Note).HasMaxLength(512);
            e.HasMany(a => a.Members).WithOne().HasForeignKey(m => m.AreaKey);
        });
        b.Entity<ManagementAreaMember>(e =>
        {
            e.ToTable("management_area_members");
            e.HasKey(m => new { m.AreaKey, m.DivisionCode });
            e.Property(m => m.AreaKey).HasMaxLength(32);
            e.Property(m => m.DivisionCode).HasMaxLength(12);
        });
        b.Entity<Person>(e =>
        {
            e.ToTable("persons");
            e.Property(p => p.DocumentType).HasConversion<string>().HasMaxLength(32);
            e.Property(p => p.IdNumber).HasMaxLength(32);
            e.Property(p => p.Name).HasMaxLength(64);
            e.Property(p => p.Sex).HasConversion<string>().HasMaxLength(8);
            e.Property(p => p.Phone).HasMaxLength(32);
            e.Property(p => p.DivisionCode).HasMaxLength(12);
            e.Property(p => p.HukouDivisionCode).HasMaxLength(12);
            e.Property(p => p.Address).HasMaxLength(256);
            e.Property(p => p.MaritalStatusCode).HasMaxLength(2);
            e.Property(p => p.DeathSource).HasMaxLength(200);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => new { p.DocumentType, p.IdNumber }).IsUnique();
            e.HasIndex(p => p.DivisionCode);
            e.HasIndex(p => p.Name);
            e.HasIndex(p => p.Phone);
            // the elderly-care views select residents by age (birth date ranges)
            e.HasIndex(p => p.BirthDate);
            // jurisdiction in the data layer: a user sees only residents of their subtree
            e.HasQueryFilter(p => p.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<Household>(e =>
        {
            e.ToTable("households");
            e.Property(h => h.DivisionCode).HasMaxLength(12);
            e.Property(h => h.Address).HasMaxLength(256);
            e.Property(h => h.Version).IsConcurrencyToken();
            e.HasIndex(h => h.DivisionCode);
            e.HasIndex(h => h.HeadPersonId);
            e.HasMany(h => h.Members).WithOne().HasForeignKey(m => m.HouseholdId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(h => h.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<HouseholdMember>(e =>
        {
            e.ToTable("household_members");
            e.Property(m => m.RelationshipCode).HasMaxLength(2);
            // a resident belongs to one household
            e.HasIndex(m => m.PersonId).IsUnique();
        });
    }
}

internal sealed class RegistryDbSqlite(DbContextOptions<RegistryDbSqlite> options, DbScope scope) : RegistryDb(options, scope);

internal sealed class RegistryDbPostgres(DbContextOptions<RegistryDbPostgres> options, DbScope scope) : RegistryDb(options, scope);
