using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Data;

/// <summary>Inspections, complaints, enforcement cases; party units, self-regulation pilots, party–mass service centres.</summary>
internal abstract partial class SocialOrgsDb
{
    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    public DbSet<CaseStep> CaseSteps => Set<CaseStep>();

    public DbSet<PartyUnit> PartyUnits => Set<PartyUnit>();

    public DbSet<SelfRegulationPilot> Pilots => Set<SelfRegulationPilot>();

    public DbSet<PartyServiceCentre> PartyCentres => Set<PartyServiceCentre>();

    public DbSet<PartyCensusReport> PartyCensus => Set<PartyCensusReport>();

    partial void ConfigureSupervision(ModelBuilder b)
    {
        b.Entity<Inspection>(e =>
        {
            e.ToTable("inspections");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Inspectors).HasMaxLength(300);
            e.Property(x => x.Findings).HasMaxLength(2000);
            e.Property(x => x.Notes).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.OrganizationId, x.InspectedOn });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<Complaint>(e =>
        {
            e.ToTable("complaints");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.SubjectName).HasMaxLength(100);
            e.Property(x => x.SubjectPlace).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.ComplainantName).HasMaxLength(50);
            e.Property(x => x.ComplainantPhone).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.AssignedTo).HasMaxLength(256);
            e.Property(x => x.Result).HasMaxLength(2000);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.ReceivedOn });
            // complainants are personal data and the handling is the bureau's: organizations never see complaints
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<EnforcementCase>(e =>
        {
            e.ToTable("enforcement_cases");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.SubjectName).HasMaxLength(100);
            e.Property(x => x.SubjectPlace).HasMaxLength(200);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SourceRef).HasMaxLength(64);
            e.Property(x => x.Facts).HasMaxLength(2000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ProposedBy).HasMaxLength(256);
            e.Property(x => x.FiledBy).HasMaxLength(256);
            e.Property(x => x.Investigators).HasMaxLength(300);
            e.Property(x => x.ProposedOutcome).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ProposedAmount).HasPrecision(14, 2);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.DecisionReason).HasMaxLength(2000);
            e.Property(x => x.ParametersUsed).HasMaxLength(2000);
            e.Property(x => x.CreditEntries).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasIndex(x => new { x.OrganizationId, x.DecidedOn });
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            // illegal organizations have no credit code, so an organization account only ever matches its own cases
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<CaseStep>(e =>
        {
            e.ToTable("enforcement_case_steps");
            e.Property(x => x.Step).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.By).HasMaxLength(256);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.CaseId, x.On });
        });
        b.Entity<PartyUnit>(e =>
        {
            e.ToTable("party_units");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Form).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PartyOrgName).HasMaxLength(100);
            e.Property(x => x.Secretary).HasMaxLength(50);
            e.Property(x => x.Superior).HasMaxLength(100);
            e.Property(x => x.Instructor).HasMaxLength(50);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.HasIndex(x => x.OrganizationId).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<SelfRegulationPilot>(e =>
        {
            e.ToTable("self_regulation_pilots");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Measures).HasMaxLength(2000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Score).HasPrecision(5, 1);
            e.Property(x => x.Result).HasMaxLength(16);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.OrganizationId, x.BatchYear }).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<PartyServiceCentre>(e =>
        {
            e.ToTable("party_service_centres");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Host).HasMaxLength(100);
            e.Property(x => x.Services).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<PartyCensusReport>(e =>
        {
            e.ToTable("party_census_reports");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Source).HasMaxLength(300);
        });
    }
}
