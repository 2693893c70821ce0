using CivilAffairs.Platform.Data;
using CivilAffairs.Registry.Features.Boundaries;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Data;

internal abstract partial class RegistryDb
{
    public DbSet<DivisionProposal> DivisionProposals => Set<DivisionProposal>();

    public DbSet<DivisionChangeEvaluation> DivisionEvaluations => Set<DivisionChangeEvaluation>();

    public DbSet<BoundaryLine> BoundaryLines => Set<BoundaryLine>();

    public DbSet<BoundaryMarker> BoundaryMarkers => Set<BoundaryMarker>();

    public DbSet<JointInspection> JointInspections => Set<JointInspection>();

    public DbSet<MarkerDamage> MarkerDamages => Set<MarkerDamage>();

    public DbSet<BoundaryActivity> BoundaryActivities => Set<BoundaryActivity>();

    public DbSet<BoundaryDispute> BoundaryDisputes => Set<BoundaryDispute>();

    /// <summary>Yearly numbers of proposals and disputes (QH-2026-000001, JF-…).</summary>
    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    // boundary rows involve two or more divisions: they store "|code|code|" and a user sees a row
    // when one of its codes lies in the user's subtree (the city's "4403" matches every district)
    private string ScopeNeedle => "|" + ScopePrefix;

    partial void ConfigureBoundaries(ModelBuilder b)
    {
        NumberCounters.Configure(b);
        b.Entity<DivisionProposal>(e =>
        {
            e.ToTable("division_proposals");
            e.Property(p => p.Number).HasMaxLength(32);
            e.Property(p => p.Kind).HasMaxLength(16);
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.Proposer).HasMaxLength(100);
            e.Property(p => p.Reasons).HasMaxLength(4000);
            e.Property(p => p.Stage).HasMaxLength(16);
            e.Property(p => p.ScopeCodes).HasMaxLength(200);
            e.Property(p => p.ApprovalAuthority).HasMaxLength(100);
            e.Property(p => p.ApprovalDocNo).HasMaxLength(100);
            e.Property(p => p.AppliedChangeIds).HasMaxLength(2000);
            e.Property(p => p.TerminatedReason).HasMaxLength(500);
            e.Property(p => p.CreatedBy).HasMaxLength(64);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => p.Number).IsUnique();
            e.HasMany(p => p.Divisions).WithOne().HasForeignKey(d => d.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.StageRecords).WithOne().HasForeignKey(d => d.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Risks).WithOne().HasForeignKey(d => d.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(p => p.ScopeCodes.Contains(ScopeNeedle));
        });
        b.Entity<ProposalDivision>(e =>
        {
            e.ToTable("division_proposal_divisions");
            e.Property(p => p.Code).HasMaxLength(12);
            e.Property(p => p.Name).HasMaxLength(64);
            e.Property(p => p.NewCode).HasMaxLength(12);
            e.Property(p => p.NewName).HasMaxLength(64);
            e.Property(p => p.NewParentCode).HasMaxLength(12);
        });
        b.Entity<ProposalStageRecord>(e =>
        {
            e.ToTable("division_proposal_stages");
            e.Property(p => p.Stage).HasMaxLength(16);
            e.Property(p => p.Note).HasMaxLength(1000);
            e.Property(p => p.RecordedBy).HasMaxLength(64);
        });
        b.Entity<ProposalRisk>(e =>
        {
            e.ToTable("division_proposal_risks");
            e.Property(p => p.Description).HasMaxLength(1000);
            e.Property(p => p.Level).HasMaxLength(8);
            e.Property(p => p.Mitigation).HasMaxLength(1000);
        });
        b.Entity<DivisionChangeEvaluation>(e =>
        {
            e.ToTable("division_evaluations");
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.ChangeSummary).HasMaxLength(500);
            e.Property(p => p.ScopeCodes).HasMaxLength(200);
            e.Property(p => p.Evaluator).HasMaxLength(100);
            e.Property(p => p.Findings).HasMaxLength(4000);
            e.Property(p => p.Conclusion).HasMaxLength(2000);
            e.HasMany(p => p.Indicators).WithOne().HasForeignKey(i => i.EvaluationId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(p => p.ScopeCodes.Contains(ScopeNeedle));
        });
        b.Entity<EvaluationIndicator>(e =>
        {
            e.ToTable("division_evaluation_indicators");
            e.Property(p => p.Name).HasMaxLength(100);
            e.Property(p => p.Before).HasMaxLength(100);
            e.Property(p => p.After).HasMaxLength(100);
            e.Property(p => p.Unit).HasMaxLength(20);
        });
        b.Entity<BoundaryLine>(e =>
        {
            e.ToTable("boundary_lines");
            e.Property(p => p.Name).HasMaxLength(100);
            e.Property(p => p.SideACode).HasMaxLength(12);
            e.Property(p => p.SideAName).HasMaxLength(64);
            e.Property(p => p.SideBCode).HasMaxLength(12);
            e.Property(p => p.SideBName).HasMaxLength(64);
            e.Property(p => p.Level).HasMaxLength(8);
            e.Property(p => p.LengthKm).HasPrecision(10, 2);
            e.Property(p => p.AgreementDoc).HasMaxLength(200);
            e.Property(p => p.AlongCodes).HasMaxLength(200);
            e.Property(p => p.ScopeCodes).HasMaxLength(200);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasMany(p => p.Markers).WithOne().HasForeignKey(m => m.LineId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(p => p.ScopeCodes.Contains(ScopeNeedle));
        });
        b.Entity<BoundaryMarker>(e =>
        {
            e.ToTable("boundary_markers");
            e.Property(p => p.Number).HasMaxLength(32);
            e.Property(p => p.Type).HasMaxLength(8);
            e.Property(p => p.Latitude).HasPrecision(9, 6);
            e.Property(p => p.Longitude).HasPrecision(9, 6);
            e.Property(p => p.Status).HasMaxLength(8);
            e.Property(p => p.ScopeCodes).HasMaxLength(200);
            e.HasIndex(p => new { p.LineId, p.Number }).IsUnique();
            e.HasQueryFilter(p => p.ScopeCodes.Contains(ScopeNeedle));
        });
        b.Entity<JointInspection>(e =>
        {
            e.ToTable("boundary_inspections");
            e.Property(p => p.PartnerGovernment).HasMaxLength(100);
            e.Property(p => p.Participants).HasMaxLength(1000);
            e.Property(p => p.Summary).HasMaxLength(4000);
            e.Property(p => p.ScopeCodes).HasMaxLength(200);
            e.HasIndex(p => new { p.LineId, p.Round }).IsUnique();
            e.HasMany(p => p.Findings).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Repairs).WithOne().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(p => p.ScopeCodes.Contains(ScopeNeedle));
        });
        b.Entity<InspectionFinding>(e =>
        {
            e.ToTable("boundary_inspection_findings");
            e.Property(p => p.MarkerNumber).HasMaxLength(32);
            e.Property(p => p.FoundStatus).HasMaxLength(8);
            e.Property(p => p.Note).HasMaxLength(1000);
        });
        b.Entity<MarkerRepair>(e =>
        {
            e.ToTable("boundary_marker_repairs");
            e.Property(p => p.MarkerNumber).HasMaxLength(32);
            e.Property(p => p.Action).HasMaxLength(500);
            e.Property(p => p.Cost).HasPrecision(14, 2);
        });
        b.Entity<MarkerDamage>(e =>
        {
            e.ToTable("boundary_marker_damages");
            e.Property(p => p.MarkerNumber).HasMaxLength(32);
            e.Property(p => p.Description).HasMaxLength(1000);
            e.Property(p => p.ResponsibleParty).HasMaxLength(100);
            e.Property(p => p.RepairCost).HasPrecision(14, 2);
            e.Property(p => p.ProposedFine).HasPrecision(14, 2);
            e.Property(p => p.FineCap).HasPrecision(14, 2);
            e.Property(p => p.FineCapBasis).HasMaxLength(500);
            e.Property(p => p.ScopeCodes).HasMaxLength(200);
            e.Property(p => p.RecordedBy).HasMaxLength(64);
            e.HasIndex(p => p.LineId);
            e.HasQueryFilter(p => p.ScopeCodes.Contains(ScopeNeedle));
        });
        b.Entity<BoundaryActivity>(e =>
        {
            e.ToTable("boundary_activities");
            e.Property(p => p.Title).HasMaxLength(200);
            e.Property(p => p.Description).HasMaxLength(2000);
            e.Property(p => p.ScopeCodes).HasMaxLength(200);
            e.HasIndex(p => p.LineId);
            e.HasQueryFilter(p => p.ScopeCodes.Contains(ScopeNeedle));
        });
        b.Entity<BoundaryDispute>(e =>
        {
            e.ToTable("boundary_disputes");
            e.Property(p => p.Number).HasMaxLength(32);
            e.Property(p => p.Area).HasMaxLength(200);
            e.Property(p => p.Parties).HasMaxLength(200);
            e.Property(p => p.Description).HasMaxLength(4000);
            e.Property(p => p.Status).HasMaxLength(8);
            e.Property(p => p.AgreementSummary).HasMaxLength(2000);
            e.Property(p => p.ScopeCodes).HasMaxLength(200);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => p.Number).IsUnique();
            e.HasMany(p => p.Mediations).WithOne().HasForeignKey(m => m.DisputeId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(p => p.ScopeCodes.Contains(ScopeNeedle));
        });
        b.Entity<DisputeMediation>(e =>
        {
            e.ToTable("boundary_dispute_mediations");
            e.Property(p => p.Mediator).HasMaxLength(100);
            e.Property(p => p.Participants).HasMaxLength(1000);
            e.Property(p => p.Outcome).HasMaxLength(2000);
        });
    }
}
