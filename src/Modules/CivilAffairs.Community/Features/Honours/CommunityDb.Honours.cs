using CivilAffairs.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Data;

/// <summary>Honours and pilot designations; the work-methods library.</summary>
internal abstract partial class CommunityDb
{
    public DbSet<CommunityHonour> Honours => Set<CommunityHonour>();

    public DbSet<WorkMethod> WorkMethods => Set<WorkMethod>();

    partial void ConfigureHonours(ModelBuilder b)
    {
        b.Entity<CommunityHonour>(e =>
        {
            e.ToTable("honours");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.UnitName).HasMaxLength(100);
            e.Property(x => x.AwardingBody).HasMaxLength(100);
            e.Property(x => x.DocumentNumber).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RevokeReason).HasMaxLength(500);
            e.Property(x => x.Evidence).HasMaxLength(500);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.AwardedOn });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<WorkMethod>(e =>
        {
            e.ToTable("work_methods");
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CommunityName).HasMaxLength(100);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.Property(x => x.FullText).HasMaxLength(20000);
            e.Property(x => x.Tags).HasMaxLength(300);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.StatusBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.DivisionCode, x.Year });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
