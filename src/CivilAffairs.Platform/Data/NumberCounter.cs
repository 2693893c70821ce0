using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Platform.Data;

/// <summary>A yearly number sequence (项目编号, 文号, 提案编号 …) kept in a module's own schema: numbers come from here, never from count + 1.</summary>
public sealed class NumberCounter
{
    /// <summary>E.g. "WSS-2026".</summary>
    public string Key { get; set; } = "";

    public int Last { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// Yearly numbers such as WSS-2026-000012. The counter row is tracked and saved with the record that
/// takes the number, so a number is used once; two concurrent takers collide on the row's version
/// (409, try again) instead of sharing a number.
/// </summary>
public static class NumberCounters
{
    /// <summary>Maps the counter table ("number_counters") in the module's schema.</summary>
    public static void Configure(ModelBuilder b) =>
        b.Entity<NumberCounter>(e =>
        {
            e.ToTable("number_counters");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(32);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

    public static async Task<string> NextAsync(DbSet<NumberCounter> counters, string prefix, int year, CancellationToken ct)
    {
        var key = $"{prefix}-{year}";
        // Find looks in the identity map (an added, unsaved counter included) before the database; DbSet.Local
        // would run DetectChanges over every tracked entity on each call — 21 s for 1,500 numbers in one batch
        var counter = await counters.FindAsync([key], ct);
        if (counter is null)
        {
            counter = new NumberCounter { Key = key };
            counters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return $"{prefix}-{year}-{counter.Last:000000}";
    }
}
