using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Data;

/// <summary>Registration applications and the import history of the register.</summary>
internal abstract partial class SocialOrgsDb
{
    public DbSet<RegistrationApplication> Applications => Set<RegistrationApplication>();

    public DbSet<RegistryImport> RegistryImports => Set<RegistryImport>();

    partial void ConfigureRegistry(ModelBuilder b)
    {
        b.Entity<RegistrationApplication>(e =>
        {
            e.ToTable("registration_applications");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ResumeStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.AuthorityCode).HasMaxLength(12);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SupervisingUnit).HasMaxLength(100);
            e.Property(x => x.Field).HasMaxLength(32);
            e.Property(x => x.LegalRepresentative).HasMaxLength(50);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.NewDivisionCode).HasMaxLength(12);
            e.Property(x => x.BusinessScope).HasMaxLength(1000);
            e.Property(x => x.Funds).HasPrecision(14, 2);
            e.Property(x => x.OrgCode).HasMaxLength(9);
            e.Property(x => x.ThresholdBasis).HasMaxLength(500);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.FiledBy).HasMaxLength(256);
            e.Property(x => x.AcceptedBy).HasMaxLength(256);
            e.Property(x => x.ReviewedBy).HasMaxLength(256);
            e.Property(x => x.ReviewOpinion).HasMaxLength(1000);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.DecisionReason).HasMaxLength(1000);
            e.Property(x => x.ReturnReason).HasMaxLength(1000);
            e.Property(x => x.DeadlineBasis).HasMaxLength(300);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasIndex(x => x.OrganizationId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<RegistryImport>(e =>
        {
            e.ToTable("registry_imports");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ImportedBy).HasMaxLength(256);
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
