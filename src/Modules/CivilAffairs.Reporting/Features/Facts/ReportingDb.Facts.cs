using CivilAffairs.Reporting.Features.Facts;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Data;

/// <summary>
/// Monthly figures are filtered by jurisdiction like any row with a place, except that a level
/// (a standard set for the whole city, division "4403") is visible to the districts below it:
/// the filter lets through a row whose code is a prefix of the user's jurisdiction, and only
/// max/min metrics ever read such rows (MetricValues).
/// </summary>
internal abstract partial class ReportingDb
{
    public DbSet<MonthlyFact> Facts => Set<MonthlyFact>();

    public DbSet<RefreshState> RefreshStates => Set<RefreshState>();

    public DbSet<RefreshRun> RefreshRuns => Set<RefreshRun>();

    partial void ConfigureFacts(ModelBuilder b)
    {
        b.Entity<MonthlyFact>(e =>
        {
            e.ToTable("monthly_facts");
            e.Property(x => x.MetricKey).HasMaxLength(80);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.Value).HasPrecision(20, 4);
            e.HasIndex(x => new { x.MetricKey, x.Period, x.DivisionCode }).IsUnique();
            e.HasIndex(x => new { x.MetricKey, x.DistrictCode, x.Period });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) || ScopePrefix.StartsWith(x.DivisionCode));
        });
        b.Entity<RefreshState>(e =>
        {
            e.ToTable("refresh_states");
            e.HasKey(x => x.MetricKey);
            e.Property(x => x.MetricKey).HasMaxLength(80);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<RefreshRun>(e =>
        {
            e.ToTable("refresh_runs");
            e.Property(x => x.Mode).HasMaxLength(8);
            e.Property(x => x.StartedBy).HasMaxLength(256);
            e.Property(x => x.Errors).HasMaxLength(4000);
            e.HasIndex(x => x.StartedAt);
        });
    }
}
