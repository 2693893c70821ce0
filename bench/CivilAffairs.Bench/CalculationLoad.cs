using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Issue 3: the trial calculation (POST /api/v1/assistance/calculations) under 50 concurrent clients,
/// against a baseline measured in the same run (GET /api/v1/me: HTTP + bearer auth + JSON, no work).
/// The real web app runs in-process on Kestrel, loopback only. Three more loops, in-process without
/// HTTP, time the handler itself, its parameter lookup (one batched call) alone and its division lookup
/// alone: they split the calculation's cost. "uncached" sets Caching:ReferenceDataSeconds=0, the
/// behaviour before the reference-data cache, so both can be measured on the same machine back to back.
/// Usage: dotnet run -c Release --project bench/CivilAffairs.Bench -- calc [requests] [uncached]   (CA_PG_CONN adds PostgreSQL)
/// </summary>
internal static class CalculationLoad
{
    private const int Clients = 50;
    // requests per workload in each warm-up round, with pauses, so that tiered JIT (tier 0 -> PGO -> tier 1) has finished
    // before timing starts: with 200 requests the first timed pass ran at half speed. At least two rounds and WarmUpTime:
    // once the calculation was cached, two rounds took a second and the first provider's pass still ran at half speed
    private const int WarmUp = 1000;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(15);
    private const int Rounds = 5;
    private const string Division = "440304004";
    private static readonly DateOnly Date = new(2019, 3, 1);

    // the keys CalculateHandler reads for programme Mlg (AssistanceParameters is internal to the module)
    private static readonly string[] MlgKeys =
    [
        "assistance.mlg.standard", "assistance.assets.financial_months", "assistance.assets.max_residential_units",
        "assistance.assets.max_non_residential_units", "assistance.assets.max_vehicles", "assistance.assets.max_business_registrations",
        "assistance.income.excluded_kinds", "assistance.addon.elderly_pct", "assistance.addon.minor_pct",
        "assistance.addon.severe_disability_pct", "assistance.addon.serious_illness_pct", "assistance.addon.student_pct",
        "assistance.elderly_age",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
        var uncached = args.Length > 2 && args[2] == "uncached";
        if (n < Rounds * Clients)
        {
            Console.Error.WriteLine($"requests must be at least {Rounds * Clients}");
            return 2;
        }
        Console.WriteLine($"CivilAffairs.Bench calc  requests={n}  clients={Clients}  {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  cores={Environment.ProcessorCount}  .NET {Environment.Version}  GC={(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}  reference cache {(uncached ? "OFF" : "on")}");
        var failures = 0;
        var file = Path.Combine(Path.GetTempPath(), $"ca-bench-calc-{Guid.NewGuid():N}.db");
        try
        {
            failures += await RunProviderAsync("Sqlite", $"Data Source={file}", n, uncached);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
        if (Environment.GetEnvironmentVariable("CA_PG_CONN") is { Length: > 0 } pg)
        {
            await using var db = await ScratchDatabase.CreateAsync(pg, "ca_bench_calc");
            failures += await RunProviderAsync("PostgreSQL", db.ConnectionString, n, uncached);
        }
        Console.WriteLine(failures == 0 ? "all responses 200" : $"FAILED: {failures} non-200 responses");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunProviderAsync(string provider, string cs, int n, bool uncached)
    {
        var keys = Directory.CreateTempSubdirectory("ca-bench-keys-");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // the web project's name, so that MapStaticAssets finds its manifest as under WebApplicationFactory
            ApplicationName = typeof(Composition).Assembly.GetName().Name,
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Default"] = cs,
            ["Demo:Seed"] = "true",
            ["Security:ForcePasswordChange"] = "false",
            ["Security:LoginRequestsPerMinute"] = "100000",
            ["DataProtection:KeysPath"] = keys.FullName,
            // appsettings.json (copied from the web project) says Information; the bench wants Warning throughout
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            // a fresh PostgreSQL database has no migrations table yet: EF logs that expected first query as an error
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
            ["Logging:LogLevel:Microsoft.AspNetCore.StaticFiles"] = "Error",
        });
        if (uncached)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Caching:ReferenceDataSeconds"] = "0" });
        }
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel();
        builder.Services.AddCivilAffairs(builder.Configuration);
        await using var app = builder.Build();
        await app.Services.PrepareDatabaseAsync(builder.Configuration);
        app.UseCivilAffairs();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var baseAddress = new Uri(app.Urls.Single());
            if (!IPAddress.IsLoopback(IPAddress.Parse(baseAddress.Host)))
            {
                throw new InvalidOperationException($"refusing to load a non-loopback address {baseAddress}");
            }
            using var sockets = new SocketsHttpHandler { MaxConnectionsPerServer = Clients * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false };
            using var client = new HttpClient(sockets) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
            var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "futian.clerk", password = "Demo#2018" });
            token.EnsureSuccessStatusCode();
            var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

            var body = JsonSerializer.SerializeToUtf8Bytes(new
            {
                programme = "Mlg", date = "2019-03-01", divisionCode = "440304004",
                members = new object[]
                {
                    new { idNumber = IdNumber.Create("440304", new DateOnly(1980, 1, 1), 101), relation = "02", monthlyIncome = 1500m, shenzhenHukou = true },
                    new { idNumber = IdNumber.Create("440304", new DateOnly(1982, 5, 17), 102), relation = "10", monthlyIncome = 0m, shenzhenHukou = false },
                    new { idNumber = IdNumber.Create("440304", new DateOnly(2010, 9, 3), 103), relation = "20", monthlyIncome = 0m, shenzhenHukou = false },
                },
            });
            Func<HttpRequestMessage> me = () => new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
            Func<HttpRequestMessage> calc = () => new HttpRequestMessage(HttpMethod.Post, "/api/v1/assistance/calculations")
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            };

            // one correctness check of the answer before timing anything
            using (var check = await client.SendAsync(calc()))
            {
                var bytes = await check.Content.ReadAsByteArrayAsync();
                var json = JsonSerializer.Deserialize<JsonElement>(bytes);
                Console.WriteLine($"[{provider}] check: {(int)check.StatusCode} {bytes.Length} bytes eligible={json.GetProperty("eligible")} monthlyBenefit={json.GetProperty("monthlyBenefit")} parameters={json.GetProperty("parameters").GetArrayLength()}");
            }

            var request = JsonSerializer.Deserialize<CalculationRequest>(body, JsonSerializerOptions.Web)!;
            var handlerCall = HandlerCall(request);
            var warming = Stopwatch.StartNew();
            for (var round = 0; round < 2 || warming.Elapsed < WarmUpTime; round++)
            {
                await LoadAsync(client, me, WarmUp);
                await LoadAsync(client, calc, WarmUp);
                await InProcessAsync(app.Services, handlerCall, WarmUp);
                await InProcessAsync(app.Services, ParameterLookups, WarmUp);
                await InProcessAsync(app.Services, DivisionLookup, WarmUp);
                await Task.Delay(1000);
            }

            // Rounds of every workload in turn, so that each one samples the same background load (the machine
            // is shared); the spread of the rounds' throughput shows how steady that load was.
            var runs = new List<Result>[5];
            for (var i = 0; i < runs.Length; i++)
            {
                runs[i] = [];
            }
            for (var round = 0; round < Rounds; round++)
            {
                var count = n / Rounds + (round < n % Rounds ? 1 : 0); // n in all
                runs[0].Add(await LoadAsync(client, me, count));
                runs[1].Add(await LoadAsync(client, calc, count));
                runs[2].Add(await InProcessAsync(app.Services, handlerCall, count));
                runs[3].Add(await InProcessAsync(app.Services, ParameterLookups, count));
                runs[4].Add(await InProcessAsync(app.Services, DivisionLookup, count));
            }
            var (baseline, calculation, handler, parameters, division) = (Merge(runs[0]), Merge(runs[1]), Merge(runs[2]), Merge(runs[3]), Merge(runs[4]));
            // one client, no queueing: the latency of a single calculation on this machine
            var single = await LoadAsync(client, calc, Math.Max(100, n / 10), clients: 1);

            Print(provider, "baseline GET /api/v1/me", baseline);
            Print(provider, "POST /api/v1/assistance/calculations", calculation);
            Print(provider, "POST calculations, 1 client (no queueing)", single);
            PrintThroughput(provider, "in-process: CalculateHandler.HandleAsync", handler);
            PrintThroughput(provider, "in-process: its parameter lookup alone", parameters);
            PrintThroughput(provider, "in-process: its division lookup alone", division);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{provider}] {Rounds} rounds of {n / Rounds}, req/s min-max: baseline {runs[0].Min(r => r.PerSecond):F0}-{runs[0].Max(r => r.PerSecond):F0}, calculation {runs[1].Min(r => r.PerSecond):F0}-{runs[1].Max(r => r.PerSecond):F0}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{provider}] ratio calc/baseline: p50 {calculation.P50 / baseline.P50:F2}x  p95 {calculation.P95 / baseline.P95:F2}x  p99 {calculation.P99 / baseline.P99:F2}x  throughput {calculation.PerSecond / baseline.PerSecond:F2}x"));
            // with every core busy, machine time per operation = 1 / throughput (both cores, client and server together)
            double Ms(Result r) => 1000 / r.PerSecond;
            var (perCalc, perBaseline, perParams) = (Ms(calculation), Ms(baseline), Ms(parameters));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{provider}] machine time per request: calc {perCalc:F3} ms = baseline {perBaseline:F3} + handler {Ms(handler):F3} (parameters {perParams:F3}, division {Ms(division):F3}, rest {Ms(handler) - perParams - Ms(division):F3}) + other {perCalc - perBaseline - Ms(handler):F3} ms"));
            var perLookups = perParams + Ms(division);
            if (perLookups >= perCalc - perBaseline)
            {
                // the parts were timed at different moments; under changing background load they need not add up
                Console.WriteLine($"[{provider}] the parts add up to more than the whole: background load changed during the run, no estimate");
            }
            else
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{provider}] parameter lookups are {perParams / perCalc:P0} of the calculation's machine time, parameter + division lookups {perLookups / perCalc:P0}"));
                // Little's law: with 50 clients back to back, latency = 50 / throughput, so it scales with the machine time per request
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{provider}] estimate, without the parameter lookup:            ~{1000 / (perCalc - perParams):F0} req/s ({perCalc / (perCalc - perParams):F2}x), p95 at 50 clients ~{calculation.P95 * (perCalc - perParams) / perCalc:F0} ms"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{provider}] estimate, without parameter and division lookups:  ~{1000 / (perCalc - perLookups):F0} req/s ({perCalc / (perCalc - perLookups):F2}x), p95 at 50 clients ~{calculation.P95 * (perCalc - perLookups) / perCalc:F0} ms"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{provider}] p95 target <= 20 ms at 50 clients: {(calculation.P95 <= 20 ? "met" : "NOT met")} ({calculation.P95:F1} ms); one client: {single.P95:F1} ms"));
            var failures = baseline.Failures + calculation.Failures + single.Failures;
            foreach (var f in baseline.FailureSamples.Concat(calculation.FailureSamples).Concat(single.FailureSamples).Take(5))
            {
                Console.WriteLine($"[{provider}] failure: {f}");
            }
            return failures;
        }
        finally
        {
            await app.StopAsync();
            keys.Delete(recursive: true);
        }
    }

    // CpuSeconds: this process only (load generator and web app, not PostgreSQL's server processes). Unlike 1 / throughput it
    // leaves out other work on the machine, though contention (context switches, spinning) still inflates it
    private sealed record Result(double[] Latencies, double Seconds, int Failures, IReadOnlyList<string> FailureSamples, double CpuSeconds = 0)
    {
        public int Requests => Latencies.Length;

        public double PerSecond => Latencies.Length / Seconds;

        public double P50 => At(0.50);

        public double P95 => At(0.95);

        public double P99 => At(0.99);

        public double Max => Latencies[^1];

        // nearest rank on the sorted latencies
        private double At(double q) => Latencies[Math.Clamp((int)Math.Ceiling(q * Latencies.Length) - 1, 0, Latencies.Length - 1)];
    }

    private static Result Merge(IReadOnlyList<Result> rounds) =>
        Summarise(rounds.SelectMany(r => r.Latencies).ToArray(), rounds.Sum(r => r.Seconds), rounds.Sum(r => r.Failures), rounds.SelectMany(r => r.FailureSamples).Take(5).ToList(), rounds.Sum(r => r.CpuSeconds));

    /// <summary>Exactly <paramref name="count"/> requests by <paramref name="clients"/> workers, back to back; each stops when the count is reached.</summary>
    private static async Task<Result> LoadAsync(HttpClient client, Func<HttpRequestMessage> request, int count, int clients = Clients)
    {
        var latencies = new double[count];
        var next = -1;
        var failures = 0;
        var samples = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var cpu = CpuSeconds();
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                string? failure = null;
                try
                {
                    using var response = await client.SendAsync(request());
                    var content = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failure = $"{(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(content.AsSpan(0, Math.Min(300, content.Length)))}";
                    }
                }
                catch (HttpRequestException e)
                {
                    failure = e.Message;
                }
                catch (TaskCanceledException e)
                {
                    failure = e.Message;
                }
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (failure is not null)
                {
                    Interlocked.Increment(ref failures);
                    if (samples.Count < 5)
                    {
                        samples.Enqueue(failure);
                    }
                }
            }
        })));
        return Summarise(latencies, sw.Elapsed.TotalSeconds, failures, samples.ToList(), CpuSeconds() - cpu);
    }

    /// <summary><paramref name="count"/> operations in-process (no HTTP) by <see cref="Clients"/> workers, each in its own DI scope as a request would be.</summary>
    private static async Task<Result> InProcessAsync(IServiceProvider services, Func<IServiceProvider, Task> operation, int count)
    {
        async Task OnceAsync()
        {
            await using var scope = services.CreateAsyncScope();
            await operation(scope.ServiceProvider);
        }
        var latencies = new double[count];
        var next = -1;
        var cpu = CpuSeconds();
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                await OnceAsync();
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        return Summarise(latencies, sw.Elapsed.TotalSeconds, 0, [], CpuSeconds() - cpu);
    }

    /// <summary>The module's CalculateHandler is internal; the bench reaches it by reflection rather than widening product code.</summary>
    private static Func<IServiceProvider, Task> HandlerCall(CalculationRequest request)
    {
        var type = typeof(CalculationRequest).Assembly.GetType("CivilAffairs.Assistance.Features.Calculation.CalculateHandler", throwOnError: true)!;
        var handle = type.GetMethod("HandleAsync")!;
        return async sp =>
        {
            var r = await (Task<CalculationResponse>)handle.Invoke(sp.GetRequiredService(type), [request, CancellationToken.None])!;
            if (r.Parameters.Count != MlgKeys.Length)
            {
                throw new InvalidOperationException($"expected {MlgKeys.Length} parameters, got {r.Parameters.Count}");
            }
        };
    }

    private static async Task ParameterLookups(IServiceProvider sp)
    {
        var found = await sp.GetRequiredService<ParameterStore>().FindManyAsync(MlgKeys, Date, Division);
        if (found.Count != MlgKeys.Length)
        {
            throw new InvalidOperationException($"expected {MlgKeys.Length} parameters, found {found.Count}");
        }
    }

    private static async Task DivisionLookup(IServiceProvider sp) =>
        _ = await sp.GetRequiredService<IDivisionDirectory>().FindAsync(Division, Date, default) ?? throw new InvalidOperationException($"division {Division} not found");

    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static Result Summarise(double[] latencies, double seconds, int failures, IReadOnlyList<string> samples, double cpuSeconds)
    {
        Array.Sort(latencies);
        return new Result(latencies, seconds, failures, samples, cpuSeconds);
    }

    // SQLite's async calls complete synchronously, so in-process workers barely overlap and their latencies
    // say little; with every core busy their throughput gives the machine time per operation
    private static void PrintThroughput(string provider, string what, Result r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{provider}] {what,-48} n={r.Requests}  {r.Seconds,6:F2} s  {r.PerSecond,7:F0} op/s  = {1000 / r.PerSecond:F3} ms of the machine per operation, cpu {r.CpuSeconds * 1000 / r.Requests:F3} ms"));

    private static void Print(string provider, string what, Result r) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{provider}] {what,-48} n={r.Requests}  {r.Seconds,6:F2} s  {r.PerSecond,7:F0} req/s  p50 {r.P50,6:F2}  p95 {r.P95,6:F2}  p99 {r.P99,6:F2}  max {r.Max,7:F2} ms  cpu {r.CpuSeconds * 1000 / r.Requests:F3} ms/req  failures {r.Failures}"));
}
