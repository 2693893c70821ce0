using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using CivilAffairs.Rescue.Features.Face;

/// <summary>
/// Issue 6 face search: one 512-d query against N (default 1,000,000) embeddings, exact top-10,
/// with the index the app runs (<see cref="FaceVectorSet"/>: int8 SIMD first pass, float re-rank),
/// against FAISS IndexFlatIP (Debian python3-faiss) on the same vectors in the same run, and a
/// brute-force float scan. Vectors are synthetic identities with noise (<see cref="SyntheticFaces"/>):
/// N/5 people, 5 photos each; each query is a new photo of a stored person, so its top-10 holds
/// 5 genuine matches and 5 close strangers, where int8 errors would show.
/// Usage: dotnet run -c Release --project bench/CivilAffairs.Bench -- face [N] [queries]   (CA_PYTHON: python with faiss, default /usr/bin/python3)
/// </summary>
internal static class FaceSearchBench
{
    private const int Dim = 512;
    private const int K = 10;
    private const int Rerank = 256;

    public static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var queries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        Console.WriteLine($"Face search bench  n={n:N0}  d={Dim}  k={K}  rerank={Rerank}  queries={queries}  {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  cores={Environment.ProcessorCount}  " +
            $"AVX-512BW={System.Runtime.Intrinsics.X86.Avx512BW.IsSupported}  loadavg={Load()}");
        var dir = Path.Combine(Path.GetTempPath(), "ca-face-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var faces = new SyntheticFaces(Dim, 2018);
            using var set = new FaceVectorSet(Dim);
            var sw = Stopwatch.StartNew();
            const int Block = 16_384;
            await using (var file = File.Create(Path.Combine(dir, "base.f32")))
            {
                var buffer = new float[Block * Dim];
                for (var start = 0; start < n; start += Block)
                {
                    var count = Math.Min(Block, n - start);
                    Parallel.For(0, count, i =>
                    {
                        var v = FaceVectors.Normalized(faces.Photo((start + i) / 5, (start + i) % 5))!;
                        v.CopyTo(buffer, i * Dim);
                    });
                    for (var i = 0; i < count; i++)
                    {
                        set.Add(buffer.AsSpan(i * Dim, Dim));
                    }
                    file.Write(MemoryMarshal.AsBytes(buffer.AsSpan(0, count * Dim)));
                }
            }
            Console.WriteLine($"generated, indexed and written {n:N0} vectors in {sw.Elapsed.TotalSeconds:F1} s");

            var rng = new Random(6);
            var qs = Enumerable.Range(0, queries).Select(_ => FaceVectors.Normalized(faces.Photo(rng.Next(n / 5), 7))!).ToArray();
            await using (var qf = File.Create(Path.Combine(dir, "queries.f32")))
            {
                foreach (var q in qs)
                {
                    qf.Write(MemoryMarshal.AsBytes(q.AsSpan()));
                }
            }

            // warm-up (JIT, page faults), then one query at a time
            set.Search(qs[0], K, Rerank);
            var ours = new List<VectorHit>[queries];
            var oursMs = new double[queries];
            for (var i = 0; i < queries; i++)
            {
                var t = Stopwatch.GetTimestamp();
                ours[i] = set.Search(qs[i], K, Rerank);
                oursMs[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }
            var exact = new List<VectorHit>[queries];
            var exactMs = new double[Math.Min(queries, 5)];
            for (var i = 0; i < queries; i++)
            {
                var t = Stopwatch.GetTimestamp();
                exact[i] = set.SearchExact(qs[i], K);
                if (i < exactMs.Length)
                {
                    exactMs[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                }
            }
            var recall = Recall(ours, exact.Select(e => e.Select(h => h.Index).ToArray()).ToArray());
            var genuine = ours.Average(o => o.Take(5).Count(h => h.Index / 5 == o[0].Index / 5)) / 5;
            Console.WriteLine($"ours  int8+rerank (all cores): median {Median(oursMs):F1} ms  p90 {P90(oursMs):F1} ms  min {oursMs.Min():F1} ms   recall@10 vs exact float = {recall:F4}");
            Console.WriteLine($"ours  float brute force (1 thread, reference): median {Median(exactMs):F1} ms");
            Console.WriteLine($"      top-5 are the query person's 5 photos in {genuine:P1} of queries' slots; top-1 score median {Median(ours.Select(o => (double)o[0].Score).ToArray()):F3}, 10th {Median(ours.Select(o => (double)o[^1].Score).ToArray()):F3}");

            var faiss = RunFaiss(dir, n, queries);
            if (faiss is null)
            {
                return 0;
            }
            var faissMs = faiss.Value.GetProperty("times_ms").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            var faissIds = faiss.Value.GetProperty("ids").EnumerateArray().Select(r => r.EnumerateArray().Select(x => x.GetInt32()).ToArray()).ToArray();
            var agree = Recall(exact, faissIds);
            Console.WriteLine($"FAISS IndexFlatIP {faiss.Value.GetProperty("version").GetString()} ({faiss.Value.GetProperty("threads").GetInt32()} threads): median {Median(faissMs):F1} ms  p90 {P90(faissMs):F1} ms  min {faissMs.Min():F1} ms  " +
                $"(add {faiss.Value.GetProperty("add_s").GetDouble():F1} s)");
            var batch = faiss.Value.GetProperty("batch_ms").GetDouble();
            Console.WriteLine($"FAISS batch of {queries} queries in one call (BLAS): {batch:F1} ms in all, {batch / queries:F1} ms per query");
            Console.WriteLine($"      recall@10 of ours vs FAISS ids = {Recall(ours, faissIds):F4}; exact float vs FAISS = {agree:F4}");
            Console.WriteLine($"ratio ours/FAISS (median) = {Median(oursMs) / Median(faissMs):F2}   loadavg={Load()}");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static double Recall(List<VectorHit>[] got, int[][] truth) =>
        (double)got.Select((g, i) => g.Select(h => h.Index).Intersect(truth[i]).Count()).Sum() / truth.Sum(t => t.Length);

    private static double Median(double[] xs) => xs.Order().ElementAt(xs.Length / 2);

    private static double P90(double[] xs) => xs.Order().ElementAt(Math.Min(xs.Length - 1, (int)(xs.Length * 0.9)));

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static JsonElement? RunFaiss(string dir, int n, int queries)
    {
        var script = Path.Combine(dir, "faiss_bench.py");
        File.WriteAllText(script, """
            import json, sys, time
            import numpy as np
            import faiss
            d, n, nq, k, base, qpath = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
            xb = np.memmap(base, dtype='<f4', mode='r', shape=(n, d))
            xq = np.fromfile(qpath, dtype='<f4').reshape(nq, d)
            t = time.perf_counter()
            index = faiss.IndexFlatIP(d)
            index.add(np.ascontiguousarray(xb))
            add_s = time.perf_counter() - t
            index.search(xq[:1], k)  # warm-up, as for ours
            times, ids = [], []
            for i in range(nq):
                t = time.perf_counter()
                _, I = index.search(xq[i:i + 1], k)
                times.append((time.perf_counter() - t) * 1000)
                ids.append([int(x) for x in I[0]])
            # all queries in one call: FAISS then uses BLAS over the whole batch (a single query is scanned by one thread)
            t = time.perf_counter()
            index.search(xq, k)
            batch_ms = (time.perf_counter() - t) * 1000
            print(json.dumps({"version": faiss.__version__, "threads": faiss.omp_get_max_threads(), "add_s": add_s, "times_ms": times, "ids": ids, "batch_ms": batch_ms}))
            """);
        var python = Environment.GetEnvironmentVariable("CA_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";
        var psi = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList = { script, Dim.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture), queries.ToString(CultureInfo.InvariantCulture),
                K.ToString(CultureInfo.InvariantCulture), Path.Combine(dir, "base.f32"), Path.Combine(dir, "queries.f32") },
        };
        try
        {
            using var proc = Process.Start(psi)!;
            var stderr = proc.StandardError.ReadToEndAsync();
            var stdout = proc.StandardOutput.ReadToEnd();
            proc.WaitForExit();
            if (proc.ExitCode != 0)
            {
                Console.WriteLine($"FAISS run failed ({python}, exit {proc.ExitCode}): {stderr.Result.Trim().Split('\n').LastOrDefault()}");
                return null;
            }
            return JsonDocument.Parse(stdout.Trim().Split('\n')[^1]).RootElement.Clone();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.WriteLine($"FAISS not run: {python}: {ex.Message}");
            return null;
        }
    }
}
