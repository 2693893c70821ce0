using System.Collections.Concurrent;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Rescue.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>A stored embedding's best similarity to a query.</summary>
internal sealed record FaceIndexHit(Guid EmbeddingId, Guid OwnerId, string DivisionCode, float Score);

/// <summary>
/// The process-wide face index: one <see cref="FaceVectorSet"/> per model (and version) and owner
/// kind, loaded from the database on first use and appended to as embeddings are saved. It holds
/// every division's embeddings; callers filter hits by jurisdiction. One instance per process: a
/// second app server would load its own copy and miss the other's additions until restarted.
/// </summary>
internal sealed class FaceIndex(IServiceScopeFactory scopes, IOptions<FaceOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ConcurrentDictionary<(string Key, FaceOwnerKind Kind), Partition> _partitions = new();
    private readonly ConcurrentDictionary<Guid, (Partition Part, int Index)> _byId = new();
    private volatile bool _loaded;

    public int Count => _byId.Count;

    public async Task EnsureLoadedAsync(CancellationToken ct)
    {
        if (_loaded)
        {
            return;
        }
        await _loading.WaitAsync(ct);
        try
        {
            if (_loaded)
            {
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("face-index");
            var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
            await foreach (var e in db.FaceEmbeddings.IgnoreQueryFilters().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            {
                AddLoaded(e);
            }
            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Adds a saved embedding (once: the load may already have read it).</summary>
    public async Task AddAsync(FaceEmbedding e, CancellationToken ct)
    {
        await EnsureLoadedAsync(ct);
        AddLoaded(e);
    }

    public void Remove(Guid embeddingId)
    {
        if (_byId.TryRemove(embeddingId, out var at))
        {
            at.Part.Vectors.Remove(at.Index);
        }
    }

    /// <summary>Counts per model and owner kind, for the status panel.</summary>
    public IReadOnlyList<(string Model, FaceOwnerKind Kind, int Count, int Dimension)> Partitions() =>
        [.. _partitions.Select(p => (p.Key.Key, p.Key.Kind, p.Value.Live, p.Value.Vectors.Dimension)).OrderBy(p => p.Key).ThenBy(p => p.Kind)];

    /// <summary>
    /// The best <paramref name="k"/> owners of kind <paramref name="kind"/> for a query of the
    /// given model, one hit per owner (their best embedding), exact cosine.
    /// </summary>
    public List<FaceIndexHit> Search(string indexKey, FaceOwnerKind kind, float[] query, int k, Func<string, bool>? acceptDivision = null)
    {
        if (!_partitions.TryGetValue((indexKey, kind), out var part) || part.Vectors.Dimension != query.Length)
        {
            return [];
        }
        Func<int, bool>? accept = acceptDivision is null ? null : i => acceptDivision(part.EntryAt(i).DivisionCode);
        // several embeddings of one person may fill the list: ask for more, keep each owner's best
        var hits = part.Vectors.Search(query, k * 4, Math.Max(options.Value.Rerank, k * 4), accept);
        return [.. hits.Select(h => (h, e: part.EntryAt(h.Index)))
            .GroupBy(x => x.e.OwnerId)
            .Select(g => g.OrderByDescending(x => x.h.Score).First())
            .OrderByDescending(x => x.h.Score)
            .Take(k)
            .Select(x => new FaceIndexHit(x.e.EmbeddingId, x.e.OwnerId, x.e.DivisionCode, x.h.Score))];
    }

    public void Dispose()
    {
        foreach (var p in _partitions.Values)
        {
            p.Vectors.Dispose();
        }
        _loading.Dispose();
    }

    private void AddLoaded(FaceEmbedding e)
    {
        var owner = e.CaseId ?? e.ReportId;
        if (owner is null || _byId.ContainsKey(e.Id))
        {
            return;
        }
        var part = _partitions.GetOrAdd((e.IndexKey, e.OwnerKind), _ => new Partition(new FaceVectorSet(e.Dimension)));
        var vector = FaceVectors.Decode(e.Vector);
        if (vector.Length != part.Vectors.Dimension || FaceVectors.Normalized(vector) is null)
        {
            return; // refused at entry; a row changed by hand is left out rather than breaking the search
        }
        lock (part)
        {
            if (_byId.ContainsKey(e.Id))
            {
                return;
            }
            // the entry first: a search may see the vector as soon as Add returns
            part.Append(new Entry(e.Id, owner.Value, e.DivisionCode));
            var index = part.Vectors.Add(vector);
            _byId[e.Id] = (part, index);
        }
    }

    private sealed record Entry(Guid EmbeddingId, Guid OwnerId, string DivisionCode);

    private sealed class Partition(FaceVectorSet vectors)
    {
        private Entry[] _entries = new Entry[64];
        private int _count;

        public FaceVectorSet Vectors { get; } = vectors;

        public int Live => _count;

        public void Append(Entry e)
        {
            if (_count == _entries.Length)
            {
                var bigger = new Entry[_entries.Length * 2];
                _entries.CopyTo(bigger, 0);
                Volatile.Write(ref _entries, bigger);
            }
            _entries[_count] = e;
            _count++;
        }

        // positions below the set's count are always written before the set publishes them
        public Entry EntryAt(int index) => Volatile.Read(ref _entries)[index];
    }
}
