using CivilAffairs.SocialWork.Features.Volunteers;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Data;

/// <summary>Volunteer teams, volunteers, platform intakes and service records; filtered by the team's division.</summary>
internal abstract partial class SocialWorkDb
{
    public DbSet<VolunteerTeam> Teams => Set<VolunteerTeam>();

    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<VolunteerIntake> Intakes => Set<VolunteerIntake>();

    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();

    partial void ConfigureVolunteers(ModelBuilder b)
    {
        b.Entity<VolunteerTeam>(e =>
        {
            e.ToTable("volunteer_teams");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ParentOrganization).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.ParentTeamId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<Volunteer>(e =>
        {
            e.ToTable("volunteers");
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Skills).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.IdNumber).IsUnique();
            e.HasIndex(x => x.TeamId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<VolunteerIntake>(e =>
        {
            e.ToTable("volunteer_intakes");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.TeamId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ServiceRecord>(e =>
        {
            e.ToTable("service_records");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Activity).HasMaxLength(100);
            e.Property(x => x.Hours).HasPrecision(5, 1);
            e.Property(x => x.Verifier).HasMaxLength(50);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.VolunteerId, x.ServedOn });
            e.HasIndex(x => x.TeamId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
