using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CivilAffairs.Rescue.Domain.Kinship;

/// <summary>
/// What to look for in one pass: a relationship, which side is the parent, and which profiles
/// (by tag) take part. Tags are small numbers the caller gives each profile (side and role).
/// </summary>
internal sealed record SearchKind(KinshipRelationship Relationship, bool QueryIsParent, ulong TagMask);

/// <summary>One candidate: the profile, how it was weighed, and its combined index.</summary>
internal sealed record IndexHit(Guid ProfileId, int KindIndex, double CombinedIndex, int InconsistentLoci, int LociCompared);

/// <summary>
/// An in-memory STR profile index for database search. Genotypes are stored column-wise, one
/// ushort per profile per locus (the two allele numbers of the locus packed as a·64+b, a sorted
/// pair; 16383 = not typed), so a search reads the locus columns sequentially. Per search and
/// per locus the index precomputes a table of the kinship index for every genotype the column can
/// hold against the query's genotype, through <see cref="KinshipEngine.Locus"/>, so the search is
/// one table look-up and one multiplication per profile and locus and agrees with a comparison of
/// the same two profiles; typed and Mendelian-inconsistent loci are counted only for the profiles
/// that reach the threshold. Thread-safe: adds and searches take one lock (a search of a million
/// profiles takes tens of milliseconds).
/// </summary>
internal sealed class ProfileIndex
{
    private const int Width = 128;
    private const int MaxAllele = Width - 2; // allele numbers 0..126 (SE33 has 74 in the table); 127·128+127 is "not typed"
    private const ushort Missing = (Width * Width) - 1;
    private const int Chunk = 8_192;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly List<string> _loci = [];
    private readonly List<List<string>> _alleles = [];
    private readonly List<Dictionary<string, int>> _alleleNumber = [];
    private readonly List<ushort[]> _columns = [];
    private readonly HashSet<Guid> _known = [];
    private Guid[] _ids = new Guid[1024];
    private byte[] _tags = new byte[1024];
    private int _count;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public bool Contains(Guid id)
    {
        lock (_gate)
        {
            return _known.Contains(id);
        }
    }

    /// <summary>Adds a profile (ignored when already present). Tags must be below 64.</summary>
    public void Add(Guid id, byte tag, IReadOnlyDictionary<string, Genotype> profile)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tag, (byte)64);
        lock (_gate)
        {
            if (!_known.Add(id))
            {
                return;
            }
            if (_count == _ids.Length)
            {
                Grow(_ids.Length * 2);
            }
            var row = _count++;
            _ids[row] = id;
            _tags[row] = tag;
            foreach (var (locus, g) in profile)
            {
                var slot = Slot(locus);
                // callers pass normalised names (StrProfile's stored form, the frequency table's): no re-parsing a million times
                var a = Number(slot, g.First);
                var b = Number(slot, g.Second);
                if (a >= 0 && b >= 0)
                {
                    _columns[slot][row] = (ushort)(Math.Min(a, b) * Width + Math.Max(a, b));
                }
            }
        }
    }

    /// <summary>Pre-sizes the columns for a bulk load.</summary>
    public void Reserve(int capacity)
    {
        lock (_gate)
        {
            if (capacity > _ids.Length)
            {
                Grow(capacity);
            }
        }
    }

    /// <summary>
    /// Candidates per kind, best first: profiles whose tag is in the kind's mask, compared on at
    /// least <paramref name="minShared"/> loci, with a combined index ≥ <paramref name="threshold"/>
    /// and (parent–child) fewer inconsistent loci than the exclusion rule allows; at most
    /// <paramref name="max"/> per kind.
    /// </summary>
    public List<IndexHit> Search(IReadOnlyDictionary<string, Genotype> query, IReadOnlyList<SearchKind> kinds, AlleleFrequencies freq, KinshipSettings settings,
        int minShared, double threshold, int max)
    {
        lock (_gate)
        {
            var slots = query.Keys.Where(_slotOf.ContainsKey).Select(l => _slotOf[l]).ToArray();
            var tables = kinds.Select(kind => slots.Select(s => Table(s, query[_loci[s]], kind, freq, settings)).ToArray()).ToArray();
            var columns = slots.Select(s => _columns[s]).ToArray();
            var exclusion = kinds.Select(k => k.Relationship == KinshipRelationship.ParentChild ? settings.ExclusionInconsistencies : int.MaxValue).ToArray();
            var count = _count;
            var chunks = (count + Chunk - 1) / Chunk;
            var found = new List<Found>[chunks];
            Parallel.For(0, chunks, c => found[c] = ScanChunk(c * Chunk, Math.Min(Chunk, count - (c * Chunk)), columns, tables, kinds, exclusion, minShared, threshold, max));
            return [.. found.SelectMany(f => f).GroupBy(f => f.Kind).OrderBy(g => g.Key)
                .SelectMany(g => g.OrderByDescending(f => f.Score).ThenBy(f => f.Row).Take(max))
                .Select(f => new IndexHit(_ids[f.Row], f.Kind, f.Score, f.Inconsistent, f.Compared))];
        }
    }

    private readonly record struct Found(int Kind, int Row, double Score, int Inconsistent, int Compared);

    /// <summary>Per locus: index by genotype code, and a byte per code: 1 = typed, 2 = inconsistent.</summary>
    private sealed record LocusTable(double[] Index, byte[] Flags);

    /// <summary>
    /// One chunk of profiles: the product of the per-locus indices is a look-up and a multiplication
    /// per locus (the hot loop); typed and inconsistent loci are counted only for the few profiles
    /// whose product reaches the threshold, which is exact because the count never raises a score.
    /// </summary>
    private List<Found> ScanChunk(int start, int n, ushort[][] columns, LocusTable[][] tables, IReadOnlyList<SearchKind> kinds, int[] exclusion,
        int minShared, double threshold, int max)
    {
        var local = new List<Found>();
        var score = new double[n];
        for (var k = 0; k < kinds.Count; k++)
        {
            Array.Fill(score, 1.0);
            var l = 0;
            // four loci per pass: a quarter of the score loads and stores; the product stays left to right (same rounding as one by one)
            for (; l + 4 <= columns.Length; l += 4)
            {
                ref var s = ref MemoryMarshal.GetArrayDataReference(score);
                ref var c0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(columns[l]), start);
                ref var c1 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(columns[l + 1]), start);
                ref var c2 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(columns[l + 2]), start);
                ref var c3 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(columns[l + 3]), start);
                ref var t0 = ref MemoryMarshal.GetArrayDataReference(tables[k][l].Index);
                ref var t1 = ref MemoryMarshal.GetArrayDataReference(tables[k][l + 1].Index);
                ref var t2 = ref MemoryMarshal.GetArrayDataReference(tables[k][l + 2].Index);
                ref var t3 = ref MemoryMarshal.GetArrayDataReference(tables[k][l + 3].Index);
                // codes are below Width² = the tables' length by construction, so no bounds checks are needed
                for (var i = 0; i < n; i++)
                {
                    Unsafe.Add(ref s, i) = Unsafe.Add(ref s, i) * Unsafe.Add(ref t0, Unsafe.Add(ref c0, i)) * Unsafe.Add(ref t1, Unsafe.Add(ref c1, i))
                        * Unsafe.Add(ref t2, Unsafe.Add(ref c2, i)) * Unsafe.Add(ref t3, Unsafe.Add(ref c3, i));
                }
            }
            for (; l < columns.Length; l++)
            {
                var col = columns[l].AsSpan(start, n);
                var index = tables[k][l].Index;
                for (var i = 0; i < col.Length; i++)
                {
                    score[i] *= index[col[i]];
                }
            }
            var mask = kinds[k].TagMask;
            var before = local.Count;
            for (var i = 0; i < n; i++)
            {
                if (score[i] < threshold || (mask & (1UL << _tags[start + i])) == 0)
                {
                    continue;
                }
                int typed = 0, bad = 0;
                for (var j = 0; j < columns.Length; j++)
                {
                    var f = tables[k][j].Flags[columns[j][start + i]];
                    typed += f & 1;
                    bad += f >> 1;
                }
                if (typed >= minShared && bad < exclusion[k])
                {
                    local.Add(new Found(k, start + i, score[i], bad, typed));
                }
            }
            if (local.Count - before > max)
            {
                var best = local.Skip(before).OrderByDescending(f => f.Score).Take(max).ToList();
                local.RemoveRange(before, local.Count - before);
                local.AddRange(best);
            }
        }
        return local;
    }

    private LocusTable Table(int slot, Genotype query, SearchKind kind, AlleleFrequencies freq, KinshipSettings settings)
    {
        var locus = _loci[slot];
        var alleles = _alleles[slot];
        var index = new double[Width * Width];
        var flags = new byte[Width * Width];
        index[Missing] = 1;
        double P(string a) => freq.Of(locus, a, out _);
        for (var a = 0; a < alleles.Count; a++)
        {
            for (var b = a; b < alleles.Count; b++)
            {
                var g = new Genotype(alleles[a], alleles[b]);
                var (value, consistent, _) = kind.QueryIsParent
                    ? KinshipEngine.Locus(kind.Relationship, query, g, null, P, settings)
                    : KinshipEngine.Locus(kind.Relationship, g, query, null, P, settings);
                index[a * Width + b] = value;
                flags[a * Width + b] = (byte)(consistent ? 1 : 3);
            }
        }
        return new LocusTable(index, flags);
    }

    private int Slot(string locus)
    {
        if (_slotOf.TryGetValue(locus, out var slot))
        {
            return slot;
        }
        slot = _loci.Count;
        _slotOf[locus] = slot;
        _loci.Add(locus);
        _alleles.Add([]);
        _alleleNumber.Add(new Dictionary<string, int>(StringComparer.Ordinal));
        var column = new ushort[_ids.Length];
        Array.Fill(column, Missing);
        _columns.Add(column);
        return slot;
    }

    /// <summary>The allele's number at the locus, assigned on first sight; −1 when the locus has too many alleles to pack.</summary>
    private int Number(int slot, string allele)
    {
        var numbers = _alleleNumber[slot];
        if (numbers.TryGetValue(allele, out var n))
        {
            return n;
        }
        if (numbers.Count > MaxAllele)
        {
            return -1;
        }
        n = numbers.Count;
        numbers[allele] = n;
        _alleles[slot].Add(allele);
        return n;
    }

    private void Grow(int capacity)
    {
        var old = _ids.Length;
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _tags, capacity);
        for (var s = 0; s < _columns.Count; s++)
        {
            var column = _columns[s];
            Array.Resize(ref column, capacity);
            column.AsSpan(old).Fill(Missing);
            _columns[s] = column;
        }
    }
}
