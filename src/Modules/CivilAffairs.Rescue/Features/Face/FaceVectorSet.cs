namespace CivilAffairs.Rescue.Features.Face;

/// <summary>A position in a <see cref="FaceVectorSet"/> and its cosine similarity to the query.</summary>
internal readonly record struct VectorHit(int Index, float Score);

/// <summary>
/// Exact cosine search over unit vectors of one model. Two copies of each vector: int8 codes
/// (one scale per vector) scanned in full by a SIMD first pass over chunks in parallel, and the
/// float originals that re-rank the best <c>rerank</c> of that pass exactly. The first pass only
/// has to keep the true top-k inside its shortlist (recall measured by tests and the bench); every
/// score returned is the exact float cosine. Appends and removals take a write lock, searches a read lock.
/// </summary>
internal sealed class FaceVectorSet : IDisposable
{
    private const int BlockSize = 4096;

    private readonly int _chunkSize;
    private readonly List<sbyte[]> _codes = [];
    private readonly List<float[]> _scales = [];
    private readonly List<float[]> _floats = [];
    private readonly List<bool[]> _removed = [];
    private readonly ReaderWriterLockSlim _lock = new();

    public FaceVectorSet(int dimension, int chunkSize = 8 * BlockSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (chunkSize % BlockSize != 0)
        {
            throw new ArgumentException($"chunk size must be a multiple of {BlockSize}", nameof(chunkSize));
        }
        Dimension = dimension;
        _chunkSize = chunkSize;
    }

    public int Dimension { get; }

    /// <summary>Vectors added, removed ones included (positions are never reused).</summary>
    public int Count { get; private set; }

    public void Dispose() => _lock.Dispose();

    /// <summary>Adds a vector (normalised here) and returns its position.</summary>
    public int Add(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimension)
        {
            throw new ArgumentException($"expected {Dimension} dimensions, got {vector.Length}", nameof(vector));
        }
        var unit = FaceVectors.Normalized(vector) ?? throw new ArgumentException("zero or non-finite vector", nameof(vector));
        _lock.EnterWriteLock();
        try
        {
            var index = Count;
            var (chunk, slot) = Math.DivRem(index, _chunkSize);
            if (chunk == _codes.Count)
            {
                _codes.Add(new sbyte[_chunkSize * Dimension]);
                _scales.Add(new float[_chunkSize]);
                _floats.Add(new float[_chunkSize * Dimension]);
                _removed.Add(new bool[_chunkSize]);
            }
            unit.CopyTo(_floats[chunk].AsSpan(slot * Dimension, Dimension));
            _scales[chunk][slot] = FaceVectors.Quantize(unit, _codes[chunk].AsSpan(slot * Dimension, Dimension));
            Count = index + 1;
            return index;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Remove(int index)
    {
        _lock.EnterWriteLock();
        try
        {
            var (chunk, slot) = Math.DivRem(index, _chunkSize);
            _removed[chunk][slot] = true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The k most similar vectors, best first, with exact cosine scores. <paramref name="rerank"/>
    /// is the shortlist of the int8 pass; <paramref name="accept"/> (when given) drops positions the
    /// caller may not use (another owner kind, outside the jurisdiction) before they take a place in it.
    /// </summary>
    public List<VectorHit> Search(ReadOnlySpan<float> query, int k, int rerank = 256, Func<int, bool>? accept = null)
    {
        var unit = Unit(query);
        var q = new sbyte[Dimension];
        FaceVectors.Quantize(unit, q);
        var wide = new short[Dimension];
        for (var i = 0; i < wide.Length; i++)
        {
            wide[i] = q[i];
        }
        var pool = Math.Max(k, rerank);
        _lock.EnterReadLock();
        try
        {
            var count = Count;
            var blocks = (count + BlockSize - 1) / BlockSize;
            var merged = new TopN(pool);
            var gate = new object();
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new TopN(pool),
                (b, _, top) =>
                {
                    ScanBlock(wide, b * BlockSize, Math.Min(count, (b + 1) * BlockSize), top, accept);
                    return top;
                },
                top =>
                {
                    lock (gate)
                    {
                        merged.MergeFrom(top);
                    }
                });
            var hits = new List<VectorHit>(merged.Count);
            foreach (var index in merged.Indices())
            {
                var (chunk, slot) = Math.DivRem(index, _chunkSize);
                hits.Add(new VectorHit(index, FaceVectors.Dot(unit, _floats[chunk].AsSpan(slot * Dimension, Dimension))));
            }
            return Best(hits, k);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Brute-force float search, the reference the int8 path is measured against.</summary>
    public List<VectorHit> SearchExact(ReadOnlySpan<float> query, int k, Func<int, bool>? accept = null)
    {
        var unit = Unit(query);
        _lock.EnterReadLock();
        try
        {
            var hits = new List<VectorHit>(Count);
            for (var index = 0; index < Count; index++)
            {
                var (chunk, slot) = Math.DivRem(index, _chunkSize);
                if (!_removed[chunk][slot] && (accept is null || accept(index)))
                {
                    hits.Add(new VectorHit(index, FaceVectors.Dot(unit, _floats[chunk].AsSpan(slot * Dimension, Dimension))));
                }
            }
            return Best(hits, k);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private float[] Unit(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimension)
        {
            throw new ArgumentException($"expected {Dimension} dimensions, got {query.Length}", nameof(query));
        }
        return FaceVectors.Normalized(query) ?? throw new ArgumentException("zero or non-finite vector", nameof(query));
    }

    private static List<VectorHit> Best(List<VectorHit> hits, int k)
    {
        hits.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        if (hits.Count > k)
        {
            hits.RemoveRange(k, hits.Count - k);
        }
        return hits;
    }

    private void ScanBlock(short[] query, int from, int to, TopN top, Func<int, bool>? accept)
    {
        var (chunk, slot) = Math.DivRem(from, _chunkSize);
        var codes = _codes[chunk];
        var scales = _scales[chunk];
        var removed = _removed[chunk];
        var d = Dimension;
        for (var index = from; index < to; index++, slot++)
        {
            // the query's own scale is common to all and does not change the order
            var score = FaceVectors.Dot(query, codes.AsSpan(slot * d, d)) * scales[slot];
            if (score > top.Threshold && !removed[slot] && (accept is null || accept(index)))
            {
                top.Push(index, score);
            }
        }
    }

    /// <summary>A fixed-size min-heap of the best scores seen.</summary>
    private sealed class TopN(int capacity)
    {
        private readonly float[] _scores = new float[capacity];
        private readonly int[] _indices = new int[capacity];

        public int Count { get; private set; }

        public float Threshold => Count < capacity ? float.NegativeInfinity : _scores[0];

        public void Push(int index, float score)
        {
            if (Count < capacity)
            {
                var i = Count++;
                _scores[i] = score;
                _indices[i] = index;
                while (i > 0)
                {
                    var parent = (i - 1) / 2;
                    if (_scores[parent] <= _scores[i])
                    {
                        break;
                    }
                    Swap(i, parent);
                    i = parent;
                }
                return;
            }
            if (score <= _scores[0])
            {
                return;
            }
            _scores[0] = score;
            _indices[0] = index;
            var j = 0;
            while (true)
            {
                var l = (2 * j) + 1;
                var r = l + 1;
                var m = j;
                if (l < Count && _scores[l] < _scores[m])
                {
                    m = l;
                }
                if (r < Count && _scores[r] < _scores[m])
                {
                    m = r;
                }
                if (m == j)
                {
                    break;
                }
                Swap(j, m);
                j = m;
            }
        }

        public void MergeFrom(TopN other)
        {
            for (var i = 0; i < other.Count; i++)
            {
                if (other._scores[i] > Threshold)
                {
                    Push(other._indices[i], other._scores[i]);
                }
            }
        }

        public IEnumerable<int> Indices() => _indices.Take(Count);

        private void Swap(int a, int b)
        {
            (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
            (_indices[a], _indices[b]) = (_indices[b], _indices[a]);
        }
    }
}
