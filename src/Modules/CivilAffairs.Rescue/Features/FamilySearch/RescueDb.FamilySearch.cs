using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Data;

/// <summary>Family-search tables: public notices, replies to notices, reunion follow-ups.</summary>
internal abstract partial class RescueDb
{
    public DbSet<PublicNotice> Notices => Set<PublicNotice>();

    public DbSet<NoticeMessage> NoticeMessages => Set<NoticeMessage>();

    public DbSet<ReunionFollowUp> FollowUps => Set<ReunionFollowUp>();

    partial void ConfigureFamilySearch(ModelBuilder b)
    {
        b.Entity<MissingPersonReport>(e =>
        {
            e.Property(x => x.MissingAccent).HasMaxLength(32);
            e.Property(x => x.MissingDescription).HasMaxLength(1000);
            e.Property(x => x.HomePlace).HasMaxLength(200);
            e.Property(x => x.ClosedReason).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.DivisionCode, x.Status });
        });
        b.Entity<PublicNotice>(e =>
        {
            e.ToTable("notices");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CaseNumber).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Health).HasMaxLength(200);
            e.Property(x => x.Intellect).HasMaxLength(200);
            e.Property(x => x.Mental).HasMaxLength(200);
            e.Property(x => x.PhysicalFeatures).HasMaxLength(500);
            e.Property(x => x.Clothing).HasMaxLength(500);
            e.Property(x => x.Accent).HasMaxLength(32);
            e.Property(x => x.FoundDistrict).HasMaxLength(6);
            e.Property(x => x.FoundPlace).HasMaxLength(200);
            e.Property(x => x.StationContact).HasMaxLength(300);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
            e.Property(x => x.UnpublishReason).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.CaseId).IsUnique();
            e.HasIndex(x => new { x.Status, x.FoundOn });
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<NoticeMessage>(e =>
        {
            e.ToTable("notice_messages");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.Relationship).HasMaxLength(32);
            e.Property(x => x.Message).HasMaxLength(1000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.HandledBy).HasMaxLength(256);
            e.Property(x => x.HandledNote).HasMaxLength(500);
            e.HasIndex(x => new { x.Status, x.ReceivedAtUtc });
            e.HasIndex(x => x.NoticeId);
            e.HasOne<PublicNotice>().WithMany().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ReunionFollowUp>(e =>
        {
            e.ToTable("reunion_follow_ups");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Method).HasMaxLength(32);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.ReunionId);
            e.HasOne<Reunion>().WithMany().HasForeignKey(x => x.ReunionId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
