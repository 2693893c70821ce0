using CivilAffairs.Reporting.Features.Summary;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Data;

/// <summary>
/// Summary templates are read by the places below the one that wrote them (a district starts from
/// the city's), so they carry no query filter: Summaries checks the place on every read and write.
/// Generated documents are filtered by jurisdiction like any row with a place.
/// </summary>
internal abstract partial class ReportingDb
{
    public DbSet<SummaryTemplate> SummaryTemplates => Set<SummaryTemplate>();

    public DbSet<SummaryDocument> SummaryDocuments => Set<SummaryDocument>();

    partial void ConfigureSummary(ModelBuilder b)
    {
        b.Entity<SummaryTemplate>(e =>
        {
            e.ToTable("summary_templates");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.DivisionCode, x.Year }).IsUnique();
            e.HasMany(x => x.Sections).WithOne().HasForeignKey(s => s.TemplateId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SummaryTemplateSection>(e =>
        {
            e.ToTable("summary_template_sections");
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Text).HasMaxLength(8000);
            e.HasIndex(x => new { x.TemplateId, x.No }).IsUnique();
        });
        b.Entity<SummaryDocument>(e =>
        {
            e.ToTable("summary_documents");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.DivisionName).HasMaxLength(100);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.TemplateDivision).HasMaxLength(12);
            e.Property(x => x.GeneratedBy).HasMaxLength(256);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Year });
            e.HasMany(x => x.Sections).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Figures).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<SummaryDocumentSection>(e =>
        {
            e.ToTable("summary_document_sections");
            e.Property(x => x.Title).HasMaxLength(100);
            e.HasIndex(x => new { x.DocumentId, x.No }).IsUnique();
        });
        b.Entity<SummaryFigure>(e =>
        {
            e.ToTable("summary_figures");
            e.Property(x => x.Placeholder).HasMaxLength(200);
            e.Property(x => x.MetricKey).HasMaxLength(80);
            e.Property(x => x.MetricTitle).HasMaxLength(100);
            e.Property(x => x.Period).HasMaxLength(40);
            e.Property(x => x.PeriodKey).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Value).HasPrecision(20, 4);
            e.Property(x => x.Display).HasMaxLength(100);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.Query).HasMaxLength(4000);
            e.HasIndex(x => new { x.DocumentId, x.No }).IsUnique();
        });
    }
}
