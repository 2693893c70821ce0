using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Features.Face;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Data;

/// <summary>Face embeddings of people in care and of missing persons.</summary>
internal abstract partial class RescueDb
{
    public DbSet<FaceEmbedding> FaceEmbeddings => Set<FaceEmbedding>();

    partial void ConfigureFace(ModelBuilder b)
    {
        b.Entity<FaceEmbedding>(e =>
        {
            e.ToTable("face_embeddings");
            e.Property(x => x.OwnerKind).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Origin).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Model).HasMaxLength(64);
            e.Property(x => x.ModelVersion).HasMaxLength(32);
            e.Property(x => x.ImageContentType).HasMaxLength(32);
            e.Property(x => x.SourceNote).HasMaxLength(100);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Ignore(x => x.IndexKey);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => x.ReportId);
            e.HasIndex(x => new { x.DivisionCode, x.CreatedAtUtc });
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<MissingPersonReport>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
