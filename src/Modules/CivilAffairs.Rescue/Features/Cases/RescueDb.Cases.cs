using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Data;

/// <summary>Casework: intake details on the case, rooms, belongings, timeline, extensions, hospital, tickets, hand-overs, case numbers.</summary>
internal abstract partial class RescueDb
{
    public DbSet<StationRoom> Rooms => Set<StationRoom>();

    public DbSet<CaseBelonging> Belongings => Set<CaseBelonging>();

    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    public DbSet<StayExtension> Extensions => Set<StayExtension>();

    public DbSet<MedicalReferral> MedicalReferrals => Set<MedicalReferral>();

    public DbSet<TravelTicket> Tickets => Set<TravelTicket>();

    public DbSet<HandOver> HandOvers => Set<HandOver>();

    public DbSet<CaseCounter> CaseCounters => Set<CaseCounter>();

    partial void ConfigureCases(ModelBuilder b)
    {
        b.Entity<RescueCase>(e =>
        {
            e.Property(x => x.FoundBy).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.FoundByUnit).HasMaxLength(64);
            e.Property(x => x.Build).HasMaxLength(16);
            e.Property(x => x.Health).HasMaxLength(200);
            e.Property(x => x.MentalState).HasMaxLength(100);
            e.Property(x => x.IntellectualState).HasMaxLength(100);
            e.Property(x => x.Clothing).HasMaxLength(300);
            e.Property(x => x.PhysicalFeatures).HasMaxLength(300);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SuggestedCategory).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CategoryConfirmedBy).HasMaxLength(256);
            e.Property(x => x.IntakeBy).HasMaxLength(256);
            e.Property(x => x.PlacementInstitution).HasMaxLength(100);
            e.Property(x => x.HukouApprovedBy).HasMaxLength(256);
            e.Property(x => x.ClosureReason).HasMaxLength(200);
            e.Ignore(x => x.InCare);
            e.HasIndex(x => x.RoomId);
            e.HasIndex(x => x.AdmittedAtUtc);
        });
        b.Entity<StationRoom>(e =>
        {
            e.ToTable("rooms");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Note).HasMaxLength(100);
            e.HasIndex(x => new { x.DivisionCode, x.Code }).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CaseBelonging>(e =>
        {
            e.ToTable("belongings");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Item).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(200);
            e.HasIndex(x => x.CaseId);
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CaseEvent>(e =>
        {
            e.ToTable("case_events");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.By).HasMaxLength(256);
            e.Property(x => x.What).HasMaxLength(64);
            e.Property(x => x.Detail).HasMaxLength(500);
            e.HasIndex(x => new { x.CaseId, x.AtUtc });
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<StayExtension>(e =>
        {
            e.ToTable("stay_extensions");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Reason).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(200);
            e.Property(x => x.RequestedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.CaseId, x.Status });
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<MedicalReferral>(e =>
        {
            e.ToTable("medical_referrals");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Hospital).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(200);
            e.Property(x => x.Outcome).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.CaseId);
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<TravelTicket>(e =>
        {
            e.ToTable("travel_tickets");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Destination).HasMaxLength(64);
            e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Fare).HasPrecision(12, 2);
            e.Property(x => x.Escort).HasMaxLength(64);
            e.Property(x => x.IssuedBy).HasMaxLength(256);
            e.HasIndex(x => x.CaseId);
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<HandOver>(e =>
        {
            e.ToTable("hand_overs");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ReceiverName).HasMaxLength(64);
            e.Property(x => x.Relationship).HasMaxLength(32);
            e.Property(x => x.ReceiverIdNumber).HasMaxLength(32);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.CaseId);
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CaseCounter>(e =>
        {
            e.ToTable("case_counters");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }
}
