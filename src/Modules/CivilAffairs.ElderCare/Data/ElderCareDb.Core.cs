using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Data;

/// <summary>The core every area uses: the institution register and elder profiles.</summary>
internal abstract partial class ElderCareDb
{
    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<ElderProfile> Profiles => Set<ElderProfile>();

    private void ConfigureCore(ModelBuilder b)
    {
        b.Entity<Institution>(e =>
        {
            e.ToTable("institutions");
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Ownership).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.LicenceNumber).HasMaxLength(64);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Operator).HasMaxLength(100);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Kind });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.Code == OrgScope));
        });
        b.Entity<ElderProfile>(e =>
        {
            e.ToTable("elder_profiles");
            e.HasKey(x => x.PersonId);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Living).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CareLevel).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.IdNumber).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            // providers never see the registry-side profile of an elder
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
