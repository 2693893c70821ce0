using CivilAffairs.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Data;

/// <summary>民生微实事: projects, their timeline and their public notices, all filtered by the community's code.</summary>
internal abstract partial class CommunityDb
{
    public DbSet<MicroProject> MicroProjects => Set<MicroProject>();

    public DbSet<MicroProjectEvent> MicroProjectEvents => Set<MicroProjectEvent>();

    public DbSet<MicroProjectNotice> MicroProjectNotices => Set<MicroProjectNotice>();

    partial void ConfigureMicroProjects(ModelBuilder b)
    {
        b.Entity<MicroProject>(e =>
        {
            e.ToTable("micro_projects");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CommunityName).HasMaxLength(40);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Theme).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.ProposerKind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ProposerName).HasMaxLength(100);
            e.Property(x => x.Budget).HasPrecision(14, 2);
            e.Property(x => x.CityShare).HasPrecision(5, 4);
            e.Property(x => x.CityAmount).HasPrecision(14, 2);
            e.Property(x => x.DistrictAmount).HasPrecision(14, 2);
            e.Property(x => x.CapApplied).HasPrecision(14, 2);
            e.Property(x => x.EnvelopeApplied).HasPrecision(14, 2);
            e.Property(x => x.EnvelopeUsedBefore).HasPrecision(14, 2);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.VotePassRatio).HasPrecision(5, 4);
            e.Property(x => x.ApprovedBy).HasMaxLength(256);
            e.Property(x => x.ProcurementMethod).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SupplierName).HasMaxLength(100);
            e.Property(x => x.SupplierCreditCode).HasMaxLength(18);
            e.Property(x => x.ContractAmount).HasPrecision(14, 2);
            e.Property(x => x.AcceptanceResult).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.AcceptanceAmount).HasPrecision(14, 2);
            e.Property(x => x.AcceptanceNote).HasMaxLength(500);
            e.Property(x => x.EndReason).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Year });
            e.HasIndex(x => new { x.Year, x.Stage });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<MicroProjectEvent>(e =>
        {
            e.ToTable("micro_project_events");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.Parameters).HasMaxLength(500);
            e.Property(x => x.By).HasMaxLength(256);
            e.HasIndex(x => x.ProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<MicroProjectNotice>(e =>
        {
            e.ToTable("micro_project_notices");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Title).HasMaxLength(120);
            e.Property(x => x.Text).HasMaxLength(2000);
            e.HasIndex(x => x.ProjectId);
            e.HasIndex(x => new { x.DivisionCode, x.StartsOn });
            // public information: anonymous readers go through IgnoreQueryFilters in MicroProjectPublic
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
