using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain.Kinship;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>
/// The process-wide profile index (a singleton): loaded from the database on first use, then
/// kept current by adding each new profile and, before every search, the profiles other app
/// nodes stored since the last look (by creation time, with a margin for clock skew and
/// transactions that committed late).
/// </summary>
internal sealed class DnaSearchIndex : IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _sync = new(1, 1);
    private DateTime? _watermark;

    public ProfileIndex Index { get; } = new();

    public void Dispose() => _sync.Dispose();

    /// <summary>Tags: side × 8 + role, so a search can take just the other side's roles it weighs.</summary>
    public static byte Tag(DnaSide side, DnaDonorRole role) => (byte)(((int)side * 8) + (int)role);

    public static ulong Mask(DnaSide side, params DnaDonorRole[] roles) => roles.Aggregate(0UL, (m, r) => m | (1UL << Tag(side, r)));

    public void Add(DnaProfile p) => Index.Add(p.Id, Tag(p.Side, p.Role), StrProfile.Parse(p.Genotypes));

    /// <summary>Loads what this process has not seen yet (all profiles, whatever the user's jurisdiction: the search is the point).</summary>
    public async Task CatchUpAsync(RescueDb db, CancellationToken ct)
    {
        await _sync.WaitAsync(ct);
        try
        {
            var since = _watermark is { } w ? w - Margin : DateTime.MinValue;
            var rows = await db.DnaProfiles.IgnoreQueryFilters().AsNoTracking().Where(p => p.CreatedAtUtc >= since)
                .Select(p => new { p.Id, p.Side, p.Role, p.Genotypes, p.CreatedAtUtc }).ToListAsync(ct);
            foreach (var r in rows.Where(r => !Index.Contains(r.Id)))
            {
                Index.Add(r.Id, Tag(r.Side, r.Role), StrProfile.Parse(r.Genotypes));
            }
            if (rows.Count > 0)
            {
                var newest = rows.Max(r => r.CreatedAtUtc);
                _watermark = _watermark is { } old && old > newest ? old : newest;
            }
            else
            {
                _watermark ??= DateTime.MinValue + Margin;
            }
        }
        finally
        {
            _sync.Release();
        }
    }
}
