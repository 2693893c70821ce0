using System.Diagnostics;
using System.Globalization;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// Issue 4, the rush: successful booking claims per second and their p50/p99 latency with 64 and
/// 512 concurrent clients on PostgreSQL, all on one session (one hot quota row) with plenty of
/// capacity, side by side with pgbench doing a single-row <c>UPDATE hot SET n = n + 1 WHERE id = 1</c>
/// on the same server in the same run (the floor one hot row allows). Every claim goes through
/// <see cref="BookingService.BookAsync"/> in its own DI scope: eligibility, day locks, SMS rows,
/// the guarded decrement and the hash-chained audit row, exactly as a portal request after
/// authentication. A second pgbench script runs one booking's own SQL per transaction (no
/// application, no grouping) against copies of the tables. CPU per claim and per pgbench
/// transaction (this process or pgbench, plus the backends serving them, from /proc) makes the
/// comparison meaningful on a shared machine. Afterwards the invariant (capacity = remaining +
/// bookings holding a slot), the day locks and the audit chain are checked.
/// Usage: CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- marriage [seconds] [clients,clients]
/// Environment: CA_BENCH_WARMUP (seconds, default 20); CA_BENCH_CLAIM_ONLY=1 (the write path alone:
/// claims straight into the claim queue, no scope, no eligibility); CA_BENCH_SQL=1 (log every SQL command).
/// </summary>
internal static class MarriageRushBench
{
    // the JIT keeps re-compiling hot methods (tiered compilation) for the first 20-30 s of load on 2 shared cores
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("CA_BENCH_WARMUP"), out var w) ? w : 20);

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var clientCounts = args.Length > 2 ? args[2].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [64, 512];
        if (Environment.GetEnvironmentVariable("CA_PG_CONN") is not { Length: > 0 } pg)
        {
            Console.Error.WriteLine("marriage: set CA_PG_CONN (PostgreSQL only)");
            return 2;
        }
        Console.WriteLine($"CivilAffairs.Bench marriage  {seconds} s per run  clients={string.Join('/', clientCounts)}  {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  " +
            $"cores={Environment.ProcessorCount}  .NET {Environment.Version}  GC={(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}");
        await using var scratch = await ScratchDatabase.CreateAsync(pg, "ca_bench_marriage");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Default"] = scratch.ConnectionString,
            ["DataProtection:KeysPath"] = Path.GetTempPath(), ["Marriage:ChoresMinutes"] = "0",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (Environment.GetEnvironmentVariable("CA_BENCH_SQL") == "1")
        {
            // every SQL command with its duration, to see where a claim's time goes
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        }
        builder.Services.AddCivilAffairs(builder.Configuration);
        builder.Services.AddScoped<ICurrentUser>(_ => new SystemCurrentUser("bench.citizen"));
        using var host = builder.Build();
        await host.Services.PrepareDatabaseAsync(builder.Configuration);
        await host.StartAsync();

        var session = await HotSessionAsync(host.Services);
        Console.WriteLine($"session {session.Date:yyyy-MM-dd} {session.Period}, capacity {Capacity:N0} (结婚登记), all clients on it");
        var people = new PeopleCounter();
        await ClaimRunAsync(host.Services, scratch.Name, session.Id, 64, WarmUp, people); // JIT, pools, plans
        var failures = 0;
        foreach (var clients in clientCounts)
        {
            var claims = await ClaimRunAsync(host.Services, scratch.Name, session.Id, clients, TimeSpan.FromSeconds(seconds), people);
            NpgsqlConnection.ClearAllPools(); // pgbench needs the server's connection slots
            var bench = await PgBench.RunAsync(scratch.ConnectionString, clients, seconds);
            var floor = await PgBench.RunClaimSqlAsync(scratch.ConnectionString, clients, seconds);
            failures += claims.Errors;
            var line = $"clients {clients,4}: claims {claims.PerSecond,6:F0}/s  p50 {claims.P50,6:F1} ms  p99 {claims.P99,6:F1} ms  CPU {claims.CpuMsPerClaim:F2} ms/claim (app {claims.AppCpuMsPerClaim:F2})" +
                $"  ({claims.Succeeded:N0} booked, {claims.Errors} errors, {claims.AverageBatch:F1} per commit, {claims.AverageRead:F1} per eligibility read)" +
                $"  |  pgbench -c {bench.Clients}: {bench.Tps,6:F0} tps  p50 {bench.P50,6:F1} ms  p99 {bench.P99,6:F1} ms  CPU {bench.CpuMsPerTx:F2} ms/tx" +
                $"  |  ratio {claims.PerSecond / bench.Tps:F2}" + (bench.Note.Length > 0 ? $"  ({bench.Note})" : "");
            line += $"\n              one booking's SQL per transaction via pgbench -c {floor.Clients}: {floor.Tps,6:F0} tps  p50 {floor.P50,6:F1} ms  p99 {floor.P99,6:F1} ms" +
                $"  CPU {floor.CpuMsPerTx:F2} ms/tx  |  claims / that {claims.PerSecond / floor.Tps:F2}";
            Console.WriteLine(line);
        }
        var check = await CheckAsync(host.Services, session.Id);
        Console.WriteLine(check.Message);
        await host.StopAsync();
        return failures == 0 && check.Ok ? 0 : 1;
    }

    private const int Capacity = 5_000_000;

    private static readonly bool ClaimOnly = Environment.GetEnvironmentVariable("CA_BENCH_CLAIM_ONLY") == "1";

    /// <summary>A generated session of 福田 three days ahead (online-bookable), its marriage quota made huge.</summary>
    private static async Task<Session> HotSessionAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var today = ChinaTime.Today(TimeProvider.System);
        var office = await db.Offices.SingleAsync(o => o.Code == "FT");
        var session = await db.Sessions.Include(s => s.Quotas)
            .Where(s => s.OfficeId == office.Id && s.Date >= today.AddDays(3) && !s.IsClosed && s.Quotas.Any(q => q.ServiceType == ServiceType.Marriage))
            .OrderBy(s => s.Date).ThenBy(s => s.Period).FirstAsync();
        await db.Quotas.Where(q => q.SessionId == session.Id && q.ServiceType == ServiceType.Marriage)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Capacity, Capacity).SetProperty(q => q.Remaining, Capacity));
        return session;
    }

    private sealed class PeopleCounter
    {
        private int _next;

        /// <summary>A fresh couple, men and women born 1960–1999, all with hukou in 福田 (440304).</summary>
        public (string Man, string Woman) Next()
        {
            var i = Interlocked.Increment(ref _next);
            var birth = new DateOnly(1960, 1, 1).AddDays(i / 400 % 14_000);
            var seq = 100 + i % 400 * 2;
            return (IdNumber.Create("440304", birth, seq + 1), IdNumber.Create("440304", birth, seq));
        }
    }

    /// <param name="CpuMsPerClaim">This process (the whole application) plus the database backends serving it, per successful claim.</param>
    private sealed record ClaimResult(int Succeeded, int Errors, double PerSecond, double P50, double P99, double CpuMsPerClaim, double AppCpuMsPerClaim,
        double AverageBatch, double AverageRead);

    private static async Task<ClaimResult> ClaimRunAsync(IServiceProvider services, string database, Guid sessionId, int clients, TimeSpan duration, PeopleCounter people)
    {
        var latencies = new List<double>[clients];
        var queue = services.GetRequiredService<ClaimQueue>();
        DateOnly claimDate;
        await using (var s = services.CreateAsyncScope())
        {
            claimDate = (await s.ServiceProvider.GetRequiredService<MarriageDb>().Sessions.AsNoTracking().SingleAsync(x => x.Id == sessionId)).Date;
        }
        var errors = 0;
        using var stop = new CancellationTokenSource();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(4096);
            await start.Task;
            while (!stop.IsCancellationRequested)
            {
                var (man, woman) = people.Next();
                var request = new BookAppointmentRequest(sessionId, ServiceType.Marriage,
                    new PartyInput(man, "测试甲", "13800138001"), new PartyInput(woman, "测试乙", "13800138002"));
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    if (ClaimOnly)
                    {
                        // diagnostics: the write path alone (no scope, no eligibility), to see which half limits
                        var b = new Appointment
                        {
                            Code = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), SessionId = sessionId, OfficeId = Guid.Empty, DivisionCode = "440304",
                            Date = claimDate, Period = SessionPeriod.Afternoon, ServiceType = ServiceType.Marriage, Status = AppointmentStatus.Confirmed,
                            Channel = BookingChannel.Online, PartyAIdNumber = man, PartyAName = "测试甲", PartyAPhone = "13800138001",
                            PartyBIdNumber = woman, PartyBName = "测试乙", PartyBPhone = "13800138002", BookedBy = "bench.citizen", CreatedAtUtc = DateTime.UtcNow,
                        };
                        var sms = new[] { new SmsMessage { Phone = "13800138001", Text = "x", Topic = "appointment:" + b.Code, CreatedAtUtc = DateTime.UtcNow } };
                        var outcome = await queue.ClaimAsync(new PendingClaim(b, [man, woman], sms, "", null));
                        if (outcome != ClaimOutcome.Booked)
                        {
                            throw new InvalidOperationException(outcome.ToString());
                        }
                    }
                    else
                    {
                        await using var scope = services.CreateAsyncScope();
                        await scope.ServiceProvider.GetRequiredService<BookingService>().BookAsync(request, BookingChannel.Online, CancellationToken.None);
                    }
                    mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }
                catch (Exception ex)
                {
                    if (Interlocked.Increment(ref errors) <= 3)
                    {
                        Console.WriteLine($"  claim failed: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        })).ToArray();
        var (batches0, claims0) = queue.Committed;
        var reader = services.GetRequiredService<EligibilityFacts>();
        var (rounds0, requests0) = reader.Answered;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var server0 = CpuMeter.Backends(database);
        var sw = Stopwatch.StartNew();
        start.SetResult();
        stop.CancelAfter(duration);
        await Task.WhenAll(workers);
        var elapsed = sw.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
        var server = CpuMeter.Used(server0, CpuMeter.Backends(database)) * 1000;
        var (batches1, claims1) = queue.Committed;
        var (rounds1, requests1) = reader.Answered;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new ClaimResult(all.Length, errors, all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99),
            (cpu + server) / Math.Max(1, all.Length), cpu / Math.Max(1, all.Length), (claims1 - claims0) / (double)Math.Max(1, batches1 - batches0),
            (requests1 - requests0) / (double)Math.Max(1, rounds1 - rounds0));
    }

    internal static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private sealed record Check(bool Ok, string Message);

    /// <summary>Capacity = remaining + holding bookings, two day locks per couple, nobody twice a day, the audit chain intact.</summary>
    private static async Task<Check> CheckAsync(IServiceProvider services, Guid sessionId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var quota = await db.Quotas.AsNoTracking().SingleAsync(q => q.SessionId == sessionId && q.ServiceType == ServiceType.Marriage);
        var holding = await db.Appointments.IgnoreQueryFilters().CountAsync(a => a.SessionId == sessionId && a.ServiceType == ServiceType.Marriage
            && a.Status != AppointmentStatus.Cancelled);
        var locks = await db.DayLocks.CountAsync(l => db.Appointments.IgnoreQueryFilters().Any(a => a.Id == l.AppointmentId && a.SessionId == sessionId));
        var twice = await db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM (
              SELECT id, date FROM (
                SELECT party_a_id_number AS id, date FROM marriage.appointments WHERE status <> 'Cancelled'
                UNION ALL SELECT party_b_id_number, date FROM marriage.appointments WHERE status <> 'Cancelled' AND party_b_id_number IS NOT NULL) p
              GROUP BY id, date HAVING count(*) > 1) d
            """).SingleAsync();
        var audited = await scope.ServiceProvider.GetRequiredService<AuditReader>().VerifyAsync();
        var ok = quota.Capacity == quota.Remaining + holding && locks == 2 * holding && twice == 0 && audited.Intact;
        return new Check(ok, $"check: capacity {quota.Capacity:N0} = remaining {quota.Remaining:N0} + holding {holding:N0}: {(quota.Capacity == quota.Remaining + holding ? "yes" : "NO")};" +
            $" day locks {locks:N0} (= 2 × bookings: {(locks == 2 * holding ? "yes" : "NO")}); persons booked twice a day: {twice}; audit chain: {audited.Message}" +
            (ok ? "  -> zero over-booking" : "  -> FAILED"));
    }
}
