using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Rescue.Domain.Kinship;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// Issue 6, DNA database search: one 20-locus profile against N generated profiles (allele
/// frequencies of the embedded Chinese table) for parent–child and full-sibling candidates, by the
/// module's in-memory index, and the same search as one PostgreSQL query over the same profiles in
/// the same run (CA_PG_CONN). The query gets the same per-locus tables as parameters (float8
/// arrays indexed by the genotype code), so both sides do the same arithmetic; the candidates of
/// both must agree. A father and a full sibling of the query are planted among the profiles.
/// Usage: CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- dna [profiles]
/// </summary>
internal static class DnaBench
{
    private const int Width = 128;
    private const short Missing = (Width * Width) - 1;

    public static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var freq = AlleleFrequencies.ChineseReference();
        var settings = new KinshipSettings();
        var loci = ProfileGenerator.Panel20;
        var gen = new ProfileGenerator(freq, loci, 42);
        Console.WriteLine($"DNA search bench  profiles={n:N0}  loci={loci.Length}  {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  cores={Environment.ProcessorCount}");
        var father = gen.Random();
        var mother = gen.Random();
        var query = gen.Child(father, mother);
        var sibling = gen.Child(father, mother);
        int fatherAt = n / 3, siblingAt = 2 * n / 3;

        // allele numbering for the SQL side: the table's order per locus (the generator draws only table alleles)
        var numbers = loci.Select(l => freq.Distribution(l).Select((a, i) => (a.Allele, i)).ToDictionary(x => x.Allele, x => x.i, StringComparer.Ordinal)).ToArray();
        var pg = Environment.GetEnvironmentVariable("CA_PG_CONN");
        await using var scratch = pg is { Length: > 0 } ? await ScratchDatabase.CreateAsync(pg, "ca_bench_dna", commandTimeout: 600) : null;
        NpgsqlConnection? conn = null;
        NpgsqlBinaryImporter? copy = null;
        if (scratch is not null)
        {
            conn = new NpgsqlConnection(scratch.ConnectionString);
            await conn.OpenAsync();
            var cols = string.Join(", ", loci.Select((_, i) => $"g{i} smallint not null"));
            await using (var create = new NpgsqlCommand($"CREATE UNLOGGED TABLE profiles (id int primary key, {cols})", conn))
            {
                await create.ExecuteNonQueryAsync();
            }
            copy = await conn.BeginBinaryImportAsync($"COPY profiles (id, {string.Join(", ", loci.Select((_, i) => $"g{i}"))}) FROM STDIN (FORMAT BINARY)");
        }

        var index = new ProfileIndex();
        index.Reserve(n);
        var load = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            var p = i == fatherAt ? father : i == siblingAt ? sibling : gen.Random();
            index.Add(Id(i), 0, p);
            if (copy is not null)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(i, NpgsqlDbType.Integer);
                for (var l = 0; l < loci.Length; l++)
                {
                    await copy.WriteAsync(Code(numbers[l], p[loci[l]]), NpgsqlDbType.Smallint);
                }
            }
        }
        if (copy is not null)
        {
            await copy.CompleteAsync();
            await copy.DisposeAsync();
            await using var analyze = new NpgsqlCommand("VACUUM ANALYZE profiles", conn);
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"generated and loaded in {load.Elapsed.TotalSeconds:0.0} s (index{(conn is null ? "" : " + PostgreSQL COPY")}); managed heap {GC.GetTotalMemory(true) / 1048576} MiB");

        const double threshold = 1000;
        const int minShared = 18, max = 10;
        SearchKind[] kinds = [new(KinshipRelationship.ParentChild, false, 1), new(KinshipRelationship.FullSiblings, false, 1)];
        List<IndexHit> hits = [];
        var times = new List<double>();
        var cpu = new List<double>();
        using var me = Process.GetCurrentProcess();
        for (var run = 0; run < 6; run++)
        {
            me.Refresh();
            var cpu0 = me.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            hits = index.Search(query, kinds, freq, settings, minShared, threshold, max);
            sw.Stop();
            me.Refresh();
            if (run > 0)
            {
                times.Add(sw.Elapsed.TotalMilliseconds); // the first run warms the JIT
                cpu.Add((me.TotalProcessorTime - cpu0).TotalMilliseconds);
            }
        }
        var median = Median(times);
        var cpuMedian = Median(cpu);
        Console.WriteLine($"in-memory index: median {median:0.0} ms (min {times.Min():0.0}, max {times.Max():0.0}) over {times.Count} runs; " +
            $"{n / (median / 1000):N0} profiles/s for both relationships; CPU {cpuMedian:0} ms per search (all threads)");
        var pcHits = hits.Where(h => h.KindIndex == 0).ToList();
        var fsHits = hits.Where(h => h.KindIndex == 1).ToList();
        Console.WriteLine($"  parent-child: {pcHits.Count} candidates, top {Describe(pcHits, fatherAt, siblingAt)}");
        Console.WriteLine($"  full sibling: {fsHits.Count} candidates, top {Describe(fsHits, fatherAt, siblingAt)}");
        var siblingFsi = KinshipEngine.Compare(KinshipRelationship.FullSiblings, sibling, query, null, freq, settings).CombinedIndex;
        var fatherPi = KinshipEngine.Compare(KinshipRelationship.ParentChild, father, query, null, freq, settings).CombinedIndex;
        Console.WriteLine($"  planted father CPI {fatherPi:0.##E+0}; planted sibling FSI {siblingFsi:0.##E+0} " +
            $"(random profiles above it in the sibling list: {fsHits.Count(h => h.CombinedIndex > siblingFsi)}{(fsHits.Count == max && fsHits[^1].CombinedIndex > siblingFsi ? "+" : "")})");
        var ok = pcHits.Count > 0 && pcHits[0].ProfileId == Id(fatherAt);

        if (conn is not null)
        {
            var sqlTimes = new List<double>();
            var agree = true;
            for (var run = 0; run < 3; run++)
            {
                var sw = Stopwatch.StartNew();
                for (var k = 0; k < kinds.Length; k++)
                {
                    var ids = await SqlSearchAsync(conn, kinds[k], query, loci, numbers, freq, settings, threshold, minShared, max);
                    var mine = hits.Where(h => h.KindIndex == k).Select(h => h.ProfileId).ToList();
                    agree &= ids.Select(Id).SequenceEqual(mine);
                }
                sw.Stop();
                sqlTimes.Add(sw.Elapsed.TotalMilliseconds);
            }
            var sqlMedian = Median(sqlTimes);
            // CPU of the same query without parallel workers (their CPU cannot be read once they exit): the backend's own /proc time
            await using (var serial = new NpgsqlCommand("SET max_parallel_workers_per_gather = 0", conn))
            {
                await serial.ExecuteNonQueryAsync();
            }
            var before = CpuMeter.Backends(scratch!.Name);
            var serialWatch = Stopwatch.StartNew();
            foreach (var kind in kinds)
            {
                await SqlSearchAsync(conn, kind, query, loci, numbers, freq, settings, threshold, minShared, max);
            }
            var serialMs = serialWatch.Elapsed.TotalMilliseconds;
            var after = CpuMeter.Backends(scratch.Name);
            var sqlCpu = after.Sum(a => a.Value - before.GetValueOrDefault(a.Key)) * 1000;
            Console.WriteLine($"PostgreSQL serial (no parallel workers): {serialMs:0} ms, backend CPU {sqlCpu:0} ms; CPU ratio PostgreSQL / index: {sqlCpu / cpuMedian:0.0}x");
            Console.WriteLine($"PostgreSQL query: median {sqlMedian:0.0} ms (min {sqlTimes.Min():0.0}) over {sqlTimes.Count} runs; {n / (sqlMedian / 1000):N0} profiles/s; " +
                $"same candidates as the index: {(agree ? "yes" : "NO")}");
            Console.WriteLine($"ratio PostgreSQL / index: {sqlMedian / median:0.0}x");
            ok &= agree;
            await conn.DisposeAsync();
        }
        Console.WriteLine(median <= 200 ? "target ≤ 200 ms: met" : "target ≤ 200 ms: NOT met");
        return ok ? 0 : 1;
    }

    /// <summary>The same search as SQL: per locus the kinship index and inconsistency flag are read from arrays indexed by the genotype code.</summary>
    private static async Task<List<int>> SqlSearchAsync(NpgsqlConnection conn, SearchKind kind, Dictionary<string, Genotype> query, string[] loci,
        Dictionary<string, int>[] numbers, AlleleFrequencies freq, KinshipSettings settings, double threshold, int minShared, int max)
    {
        var product = new StringBuilder();
        var bad = new StringBuilder();
        var typed = new StringBuilder();
        await using var cmd = new NpgsqlCommand { Connection = conn };
        for (var l = 0; l < loci.Length; l++)
        {
            var (index, flags) = Table(loci[l], numbers[l], query[loci[l]], kind, freq, settings);
            cmd.Parameters.Add(new NpgsqlParameter($"i{l}", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = index });
            cmd.Parameters.Add(new NpgsqlParameter($"b{l}", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { Value = flags });
            product.Append(l == 0 ? "" : " * ").Append(CultureInfo.InvariantCulture, $"@i{l}[g{l} + 1]");
            bad.Append(l == 0 ? "" : " + ").Append(CultureInfo.InvariantCulture, $"@b{l}[g{l} + 1]");
            typed.Append(l == 0 ? "" : " + ").Append(CultureInfo.InvariantCulture, $"(g{l} <> {Missing})::int");
        }
        var exclusion = kind.Relationship == KinshipRelationship.ParentChild ? settings.ExclusionInconsistencies : int.MaxValue;
        cmd.CommandText = $"""
            SELECT id FROM (SELECT id, {product} AS ci, {bad} AS bad, {typed} AS typed FROM profiles) s
            WHERE ci >= {threshold.ToString(CultureInfo.InvariantCulture)} AND typed >= {minShared} AND bad < {exclusion}
            ORDER BY ci DESC, id LIMIT {max}
            """;
        var ids = new List<int>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }
        return ids;
    }

    private static (double[] Index, short[] Flags) Table(string locus, Dictionary<string, int> numbers, Genotype query, SearchKind kind, AlleleFrequencies freq,
        KinshipSettings settings)
    {
        var index = new double[Width * Width];
        var flags = new short[Width * Width];
        index[Missing] = 1;
        double P(string a) => freq.Of(locus, a, out _);
        foreach (var (x, a) in numbers)
        {
            foreach (var (y, b) in numbers.Where(e => e.Value >= a))
            {
                var g = new Genotype(x, y);
                var (value, consistent, _) = kind.QueryIsParent
                    ? KinshipEngine.Locus(kind.Relationship, query, g, null, P, settings)
                    : KinshipEngine.Locus(kind.Relationship, g, query, null, P, settings);
                index[a * Width + b] = value;
                flags[a * Width + b] = (short)(consistent ? 0 : 1);
            }
        }
        return (index, flags);
    }

    private static short Code(Dictionary<string, int> numbers, Genotype g)
    {
        var a = numbers[g.First];
        var b = numbers[g.Second];
        return (short)(Math.Min(a, b) * Width + Math.Max(a, b));
    }

    private static Guid Id(int i) => new(i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static string Describe(List<IndexHit> hits, int fatherAt, int siblingAt) => string.Join(", ", hits.Take(3).Select(h =>
        (h.ProfileId == Id(fatherAt) ? "planted father" : h.ProfileId == Id(siblingAt) ? "planted sibling" : "other") + $" {h.CombinedIndex:0.##E+0}"));

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
