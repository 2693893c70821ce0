#pragma warning disable CA2100 // every statement is built from the bench's own constants and numbers, never from input

using System.Diagnostics;
using System.Globalization;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Features.Dashboards;
using CivilAffairs.Reporting.Features.Facts;
using CivilAffairs.Reporting.Features.Metrics;
using CivilAffairs.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// Issue 10: statistics at city scale on PostgreSQL. Ten years of a city's records (default 10 M
/// events over 12 "modules", 500 k persons on a register; the issue's scale is 100 M / 5 M) are
/// generated straight into a <c>benchdata</c> schema (not timed), published through a bench
/// <see cref="IReportingSource"/> shaped like the real ones (flows by kind, stocks with an end date,
/// a level, ratios; 40 metrics), then the product's own paths are timed: the full and the
/// incremental refresh of <c>reporting.monthly_facts</c>, the city and a district dashboard with the
/// focus metric's page, and every figure of the annual summary. Baseline in the same run: the
/// dashboard's numbers computed straight from the raw tables with one GROUP BY.
/// The bench source replaces the modules' sources, so the catalogue is the bench's 40 metrics.
/// Usage: CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- reporting [events] [persons]
/// (CA_BENCH_KEEP=1 keeps the database to inspect plans).
/// </summary>
internal static class ReportingBench
{
    public const int Modules = 12;
    private const int DivisionCount = 600;
    private const long Chunk = 2_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var events = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
        var persons = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 500_000;
        if (Environment.GetEnvironmentVariable("CA_PG_CONN") is not { Length: > 0 } pg)
        {
            Console.Error.WriteLine("reporting: set CA_PG_CONN (PostgreSQL)");
            return 2;
        }
        var today = ChinaTime.Today(TimeProvider.System);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-119);
        var year = today.Year - 1;
        Console.WriteLine($"CivilAffairs.Bench reporting  events={events:N0}  persons={persons:N0}  {start:yyyy-MM}..{today:yyyy-MM-dd}  " +
                          $"{DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  cores={Environment.ProcessorCount}  load {Load()}  .NET {Environment.Version}");
        await using var db = await ScratchDatabase.CreateAsync(pg, "ca_bench_reporting", Environment.GetEnvironmentVariable("CA_BENCH_KEEP") == "1", commandTimeout: 14_400);
        await using (var c = new NpgsqlConnection(db.ConnectionString))
        {
            await c.OpenAsync();
            Console.WriteLine($"server: {await ScalarAsync(c, "SELECT version()")}");
            await GenerateAsync(c, events, persons, start, today);
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Default"] = db.ConnectionString, ["DataProtection:KeysPath"] = Path.GetTempPath(),
            ["Reporting:RefreshMinutes"] = "0",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCivilAffairs(builder.Configuration);
        foreach (var d in builder.Services.Where(d => d.ServiceType == typeof(IReportingSource)).ToList())
        {
            builder.Services.Remove(d);
        }
        builder.Services.AddSingleton<IReportingSource, BenchReportingSource>();
        builder.Services.AddScoped(_ => BenchUser.Current);
        using var host = builder.Build();
        var prep = Stopwatch.StartNew();
        await host.Services.PrepareDatabaseAsync(builder.Configuration);
        Console.WriteLine($"migrations, reference data and the {new BenchReportingSource().Views.Count} bench views in {prep.Elapsed.TotalSeconds:F1} s (not timed)");

        // (1) and (2): the refresh, as the background job runs it
        BenchUser.Current = new SystemCurrentUser("bench");
        var (fullRun, fullMs) = await TimeAsync(() => WithAsync(host, sp => sp.GetRequiredService<FactsRefresher>().RefreshAsync(full: true, default)));
        long facts;
        await using (var c = new NpgsqlConnection(db.ConnectionString))
        {
            await c.OpenAsync();
            facts = Convert.ToInt64(await ScalarAsync(c, "SELECT count(*) FROM reporting.monthly_facts"), CultureInfo.InvariantCulture);
            await ExecAsync(c, "ANALYZE reporting.monthly_facts");
        }
        Console.WriteLine($"(1) full refresh              {fullMs / 1000,9:F1} s   {fullRun.Metrics} metrics, {fullRun.Rows:N0} rows written, {fullRun.FromPeriod}-{fullRun.ToPeriod}, monthly_facts {facts:N0} rows{Errors(fullRun)}");
        var (incRun, incMs) = await TimeAsync(() => WithAsync(host, sp => sp.GetRequiredService<FactsRefresher>().RefreshAsync(full: false, default)));
        Console.WriteLine($"(2) incremental refresh       {incMs / 1000,9:F1} s   {incRun.Metrics} metrics, {incRun.Rows:N0} rows written, {incRun.FromPeriod}-{incRun.ToPeriod}{Errors(incRun)}");

        // (3) the dashboards, warm: the overview as the city sees it, all 40 figures, a district
        var period = Period.Year(year);
        var city = new BenchUser("bench.city", "4403");
        var overview = await DashboardAsync(host, city, period, null, "city overview (12 headlines)");
        var module = await DashboardAsync(host, city, period, "bench", "city, all 40 metrics      ");
        await DashboardAsync(host, new BenchUser("bench.district", "440304"), period, null, "district 440304 overview   ");

        await ProbesAsync(db.ConnectionString, period, start, today);

        // (4) the annual summary's figures: every metric for the year, city level
        BenchUser.Current = city;
        var keys = new BenchReportingSource().Metrics.Select(m => m.Key).ToList();
        var summary = new List<double>();
        IReadOnlyList<MetricFigure> figures = [];
        for (var i = 0; i < 3; i++)
        {
            var (f, ms) = await TimeAsync(() => WithAsync(host, async sp =>
            {
                var v = sp.GetRequiredService<MetricValues>();
                var list = new List<MetricFigure>();
                foreach (var k in keys)
                {
                    list.Add(await v.FigureAsync(k, period, null, default));
                }
                return (IReadOnlyList<MetricFigure>)list;
            }));
            figures = f;
            summary.Add(ms);
        }
        Console.WriteLine($"(4) annual summary figures    {Median(summary),9:F1} ms  median of 3 (runs {string.Join(" / ", summary.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))} ms), {figures.Count} figures with the year before   target <= 30 s: {(Median(summary) <= 30_000 ? "met" : "NOT met")}");

        // (5) baseline: the same numbers straight from the raw tables, one GROUP BY each
        var baseline = new List<double>();
        Dictionary<string, decimal> raw = [];
        await using (var c = new NpgsqlConnection(db.ConnectionString))
        {
            await c.OpenAsync();
            for (var i = 0; i < 3; i++)
            {
                var sw = Stopwatch.StartNew();
                raw = await BaselineAsync(c, year);
                baseline.Add(sw.Elapsed.TotalMilliseconds);
            }
        }
        var b = Median(baseline);
        Console.WriteLine($"(5) baseline from raw tables  {b,9:F1} ms  median of 3 (runs {string.Join(" / ", baseline.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))} ms): events GROUP BY module, kind over {year - 1}-{year}; persons standing at both year ends");
        Console.WriteLine($"    ratio overview dashboard / baseline   {overview / b:F3}x");
        Console.WriteLine($"    ratio 40-metric dashboard / baseline  {module / b:F3}x");
        Console.WriteLine($"    ratio annual summary / baseline       {Median(summary) / b:F3}x");
        var mismatches = 0;
        foreach (var f in figures)
        {
            if (raw.TryGetValue(f.Key, out var expected) && f.Value != expected)
            {
                mismatches++;
                Console.WriteLine($"    MISMATCH {f.Key}: figure {f.Value} vs raw {expected}");
            }
        }
        Console.WriteLine($"    figures checked against the raw tables: {figures.Count(f => raw.ContainsKey(f.Key))}, mismatches {mismatches}");
        return mismatches == 0 ? 0 : 1;
    }

    private static async Task<double> DashboardAsync(IHost host, ICurrentUser user, Period period, string? module, string label)
    {
        BenchUser.Current = user;
        await RenderAsync(host, period, module); // warm-up: plans, caches, the division directory
        var total = new List<double>();
        var parts = new List<(double Headlines, double Places, double Detail)>();
        var (dash, detail) = (default(DashboardData), default(MetricDetail));
        for (var i = 0; i < 5; i++)
        {
            var r = await RenderAsync(host, period, module);
            (dash, detail) = (r.Item1, r.Item2);
            // what the page costs: the build (places below included) and the focus metric, not the extra places timing
            total.Add(r.Item3 + r.Item4 + r.Item5);
            parts.Add((r.Item3, r.Item4, r.Item5));
        }
        if (dash is null || detail is null)
        {
            throw new InvalidOperationException("no dashboard rendered");
        }
        var median = Median(total);
        Console.WriteLine($"(3) dashboard {label} {median,9:F1} ms  median of 5, max {total.Max():F1} ms; {dash.Headlines.Count} headlines, {dash.Places.Count} places below; " +
                          $"focus {detail.Figure.Key} = {detail.Figure.Value:N2} ({detail.Places.Count} places)   target <= 1 s: {(median <= 1000 ? "met" : "NOT met")}");
        Console.WriteLine($"      of which: headlines+refreshed {Median(parts.Select(p => p.Headlines)):F1} ms, places below {Median(parts.Select(p => p.Places)):F1} ms, focus metric page {Median(parts.Select(p => p.Detail)):F1} ms");
        return median;
    }

    /// <summary>
    /// Two engine changes measured on the same data: the places below from the headline metrics'
    /// rows of the period (the index) instead of every monthly fact; a stock's full history from
    /// its starts and ends (+1/-1 per month, running sum) instead of joining every month to every row.
    /// </summary>
    private static async Task ProbesAsync(string cs, Period period, DateOnly start, DateOnly today)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        var keys = string.Join(", ", new BenchReportingSource().Metrics.Take(12).Select(m => $"'{m.Key}'"));
        var places = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            await ScalarAsync(c, "SELECT count(*) FROM (SELECT DISTINCT substr(division_code, 1, 6) FROM reporting.monthly_facts " +
                                 $"WHERE metric_key IN ({keys}) AND period >= {period.From} AND period <= {period.To} AND division_code LIKE '4403%') x");
            places.Add(sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"    probe: places below from the headline metrics' rows of the period {Median(places):F1} ms (median of 5)");
        var first = start.Year * 100 + start.Month;
        var last = today.Year * 100 + today.Month;
        var delta =
            "WITH delta AS (SELECT CAST(to_char(valid_from, 'YYYYMM') AS integer) AS p, division_code AS d, 1 AS n FROM reporting.bench_persons " +
            "UNION ALL SELECT CAST(to_char(valid_to, 'YYYYMM') AS integer), division_code, -1 FROM reporting.bench_persons WHERE valid_to IS NOT NULL), " +
            $"agg AS (SELECT greatest(p, {first}) AS p, d, sum(n) AS n FROM delta WHERE p <= {last} GROUP BY 1, 2), " +
            $"months AS (SELECT CAST(to_char(m, 'YYYYMM') AS integer) AS p FROM generate_series(DATE '{start:yyyy-MM-dd}', DATE '{today:yyyy-MM-01}', interval '1 month') m), " +
            "divs AS (SELECT DISTINCT d FROM agg), " +
            "grid AS (SELECT mo.p, dv.d, sum(coalesce(a.n, 0)) OVER (PARTITION BY dv.d ORDER BY mo.p) AS v FROM months mo CROSS JOIN divs dv LEFT JOIN agg a ON a.p = mo.p AND a.d = dv.d) ";
        var sw2 = Stopwatch.StartNew();
        var rows = await ScalarAsync(c, delta + "SELECT count(*) FROM grid WHERE v <> 0");
        var ms = sw2.Elapsed.TotalMilliseconds;
        var diff = await ScalarAsync(c, delta + "SELECT count(*) FROM ((SELECT p, d, v FROM grid WHERE v <> 0 EXCEPT SELECT period, division_code, value FROM reporting.monthly_facts " +
                                          "WHERE metric_key = 'bench.persons.total') UNION ALL (SELECT period, division_code, value FROM reporting.monthly_facts " +
                                          "WHERE metric_key = 'bench.persons.total' EXCEPT SELECT p, d, v FROM grid WHERE v <> 0)) x");
        Console.WriteLine($"    probe: bench.persons.total full history by starts and ends {ms:F1} ms, {rows} rows, rows differing from the refresh's: {diff}");
    }

    /// <summary>What the dashboard page does: the dashboard, then the focus metric's months, year before and places.</summary>
    private static Task<(DashboardData, MetricDetail, double, double, double)> RenderAsync(IHost host, Period period, string? module) =>
        WithAsync(host, async sp =>
        {
            var dashboards = sp.GetRequiredService<Dashboards>();
            var sw = Stopwatch.StartNew();
            var dash = await dashboards.BuildAsync(period, null, module, default);
            var all = sw.Elapsed.TotalMilliseconds;
            // the places below, timed once more on their own to show their share of the build
            sw.Restart();
            await dashboards.PlacesBelowAsync(dash.Division, dash.Headlines.Select(h => h.Key).ToList(), period, default);
            var places = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var detail = await DashboardsFeature.DetailAsync(sp.GetRequiredService<MetricValues>(), dash.Headlines[0].Key, period, null, default);
            var d = sw.Elapsed.TotalMilliseconds;
            return (dash, detail, all - places, places, d);
        });

    /// <summary>The figures straight from benchdata: one GROUP BY over the events of two years, one over the register at two dates.</summary>
    private static async Task<Dictionary<string, decimal>> BaselineAsync(NpgsqlConnection c, int year)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var byModule = new Dictionary<int, (decimal Count, decimal Amount)>();
        await using (var cmd = new NpgsqlCommand(
            $"SELECT CAST(extract(year FROM occurred_on) AS integer), module, kind, count(*), sum(amount), max(amount) FROM benchdata.events " +
            $"WHERE occurred_on >= DATE '{year - 1}-01-01' AND occurred_on < DATE '{year + 1}-01-01' GROUP BY 1, 2, 3", c))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                if (r.GetInt32(0) != year)
                {
                    continue;
                }
                int m = r.GetInt16(1), k = r.GetInt16(2);
                var (n, sum, max) = (r.GetInt64(3), r.GetDecimal(4), r.GetDecimal(5));
                var acc = byModule.GetValueOrDefault(m);
                byModule[m] = (acc.Count + n, acc.Amount + sum);
                if (k == BenchReportingSource.KindOf(m))
                {
                    result[$"bench.m{m:00}.k{k}.count"] = n;
                }
                if (m == Modules && k == 1)
                {
                    result["bench.m12.amount.max"] = max;
                }
            }
        }
        foreach (var (m, v) in byModule)
        {
            result[$"bench.m{m:00}.count"] = v.Count;
            result[$"bench.m{m:00}.amount"] = v.Amount;
        }
        await using (var cmd = new NpgsqlCommand(
            $"SELECT e.d, p.category, count(*) FROM (VALUES (DATE '{year + 1}-01-01'), (DATE '{year}-01-01')) e(d) " +
            "JOIN benchdata.persons p ON p.valid_from < e.d AND (p.valid_to IS NULL OR p.valid_to >= e.d) GROUP BY 1, 2", c))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                if (r.GetFieldValue<DateOnly>(0).Year != year + 1)
                {
                    continue;
                }
                var n = r.GetInt64(2);
                result["bench.persons.total"] = result.GetValueOrDefault("bench.persons.total") + n;
                if (r.GetInt16(1) is 1 or 2 or 3)
                {
                    result[$"bench.persons.c{r.GetInt16(1)}"] = n;
                }
            }
        }
        return result;
    }

    /// <summary>benchdata: 600 real community codes, events partitioned by module (each module keeps its own table, as in the product), a register.</summary>
    private static async Task GenerateAsync(NpgsqlConnection c, long events, long persons, DateOnly start, DateOnly today)
    {
        var gen = Stopwatch.StartNew();
        var days = today.DayNumber - start.DayNumber + 1;
        await ExecAsync(c, "SET synchronous_commit = off");
        await ExecAsync(c, "CREATE SCHEMA benchdata");
        await ExecAsync(c, "CREATE TABLE benchdata.divisions (idx integer PRIMARY KEY, code varchar(12) NOT NULL)");
        var codes = Communities();
        await ExecAsync(c, "INSERT INTO benchdata.divisions VALUES " + string.Join(", ", codes.Select((x, i) => $"({i}, '{x}')")));
        await ExecAsync(c, "CREATE TABLE benchdata.events (id bigint NOT NULL, module smallint NOT NULL, kind smallint NOT NULL, division_code varchar(12) NOT NULL, " +
                           "occurred_on date NOT NULL, amount numeric(14,2) NOT NULL) PARTITION BY LIST (module)");
        for (var m = 1; m <= Modules; m++)
        {
            // unlogged: the source data is not what is measured, and it halves the generation time
            await ExecAsync(c, $"CREATE UNLOGGED TABLE benchdata.events_m{m:00} PARTITION OF benchdata.events FOR VALUES IN ({m})");
        }
        await ExecAsync(c, "CREATE UNLOGGED TABLE benchdata.persons (id bigint NOT NULL, division_code varchar(12) NOT NULL, valid_from date NOT NULL, valid_to date NULL, category smallint NOT NULL)");
        var perModule = events / Modules;
        for (var m = 1; m <= Modules; m++)
        {
            var n = m == Modules ? events - perModule * (Modules - 1) : perModule;
            for (long a = 0; a < n; a += Chunk)
            {
                var b = Math.Min(n, a + Chunk);
                // rows in date order within a module, as records are entered; kinds 50/25/15/10 %; amounts 100.00-5,000.00
                await ExecAsync(c,
                    $"INSERT INTO benchdata.events_m{m:00} (id, module, kind, division_code, occurred_on, amount) " +
                    $"SELECT {m}::bigint * 10000000000 + i, {m}, " +
                    "CASE WHEN (i * 2654435761 % 1000003) % 100 < 50 THEN 1 WHEN (i * 2654435761 % 1000003) % 100 < 75 THEN 2 " +
                    "WHEN (i * 2654435761 % 1000003) % 100 < 90 THEN 3 ELSE 4 END, dv.code, " +
                    $"DATE '{start:yyyy-MM-dd}' + CAST(i * {days} / {n} AS integer), 100 + ((i * 48271 + {m * 7}) % 490001) / 100.0 " +
                    $"FROM generate_series({a}::bigint, {b - 1}::bigint) i JOIN benchdata.divisions dv ON dv.idx = (i * 7919 + {m * 31}) % {codes.Count}");
            }
            Console.WriteLine($"  generated module {m,2}: {n:N0} events  ({gen.Elapsed.TotalSeconds:F0} s)");
        }
        for (long a = 0; a < persons; a += Chunk)
        {
            var b = Math.Min(persons, a + Chunk);
            // 30 % leave the register 1-67 months after joining; categories 60/30/10 %
            await ExecAsync(c,
                "INSERT INTO benchdata.persons (id, division_code, valid_from, valid_to, category) " +
                $"SELECT i, dv.code, DATE '{start:yyyy-MM-dd}' + CAST(i * {days} / {persons} AS integer), " +
                $"CASE WHEN i % 10 < 3 THEN DATE '{start:yyyy-MM-dd}' + CAST(i * {days} / {persons} AS integer) + 30 + CAST((i * 104729) % 2000 AS integer) END, " +
                "CASE WHEN (i * 2654435761 % 1000003) % 10 < 6 THEN 1 WHEN (i * 2654435761 % 1000003) % 10 < 9 THEN 2 ELSE 3 END " +
                $"FROM generate_series({a}::bigint, {b - 1}::bigint) i JOIN benchdata.divisions dv ON dv.idx = (i * 7919) % {codes.Count}");
        }
        var filled = gen.Elapsed.TotalSeconds;
        var ix = Stopwatch.StartNew();
        await ExecAsync(c, "SET maintenance_work_mem = '1GB'");
        // what the refresh needs: the month range of one module (partition) and the register by start date
        await ExecAsync(c, "CREATE INDEX ON benchdata.events (occurred_on)");
        await ExecAsync(c, "CREATE INDEX ON benchdata.persons (valid_from)");
        await ExecAsync(c, "ANALYZE benchdata.events");
        await ExecAsync(c, "ANALYZE benchdata.persons");
        var size = await ScalarAsync(c, "SELECT pg_size_pretty(pg_database_size(current_database()))");
        Console.WriteLine($"generated {events:N0} events and {persons:N0} persons over {codes.Count} communities in {filled:F1} s, indexes + ANALYZE {ix.Elapsed.TotalSeconds:F1} s, database {size} (not timed)");
    }

    /// <summary>
    /// 600 of Shenzhen's community codes from the Registry's reference data, spread over all districts. The file also lists
    /// 深汕特别合作区's communities under Shanwei's code 441521: they are left out, as a city user's prefix 4403 never sees them.
    /// </summary>
    private static List<string> Communities()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "src", "Modules", "CivilAffairs.Registry", "ReferenceData", "communities-shenzhen.csv");
            if (File.Exists(file))
            {
                var all = File.ReadLines(file).Skip(1).Select(l => l.Split(',')[0]).Where(x => x.Length == 12 && x.StartsWith("4403", StringComparison.Ordinal)).ToList();
                return Enumerable.Range(0, Math.Min(DivisionCount, all.Count)).Select(i => all[i * all.Count / Math.Min(DivisionCount, all.Count)]).ToList();
            }
        }
        // plausible codes over the nine districts when run outside the repository
        string[] districts = ["440303", "440304", "440305", "440306", "440307", "440308", "440309", "440310", "440311"];
        return Enumerable.Range(0, DivisionCount)
            .Select(i => districts[i % 9] + (1 + i / 9 % 8).ToString("000", CultureInfo.InvariantCulture) + (1 + i / 72).ToString("000", CultureInfo.InvariantCulture)).ToList();
    }

    private static async Task<T> WithAsync<T>(IHost host, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static async Task<(T Result, double Ms)> TimeAsync<T>(Func<Task<T>> action)
    {
        var sw = Stopwatch.StartNew();
        var r = await action();
        return (r, sw.Elapsed.TotalMilliseconds);
    }

    private static double Median(IEnumerable<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string Errors(RefreshRun run) => run.Errors is null ? "" : $"\n    ERRORS: {run.Errors}";

    private static string Load()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static async Task ExecAsync(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        return await cmd.ExecuteScalarAsync();
    }
}

/// <summary>The user the bench acts as: the system for the refresh, a city or district officer for reading.</summary>
internal sealed class BenchUser(string userName, string jurisdiction) : ICurrentUser
{
    public static ICurrentUser Current { get; set; } = new SystemCurrentUser("bench");

    public string UserName => userName;

    public string DisplayName => userName;

    public string Role => "bench";

    public string? Jurisdiction => jurisdiction;

    public bool Has(string permission) => true;

    public string? Organization => null;
}

/// <summary>
/// 40 metrics shaped like the modules' real ones: per module a count and an amount (flows), a count
/// of one kind for nine modules (a filtered flow), the register's standing counts by category
/// (stocks with an end date), a level (max) and two ratios.
/// </summary>
internal sealed class BenchReportingSource : IReportingSource
{
    public string Module => "bench";

    /// <summary>The kind counted on its own for module m.</summary>
    public static int KindOf(int m) => 1 + m % 4;

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        .. Enumerable.Range(1, ReportingBench.Modules).Select(m => new ReportingView($"bench_m{m:00}", "bench", $"基准事件（模块{m}）",
            $"SELECT e.id AS id, e.division_code AS division_code, e.occurred_on AS occurred_on, e.kind AS kind, e.amount AS amount, " +
            $"'E' || e.id AS ref, '/bench/' || e.id AS link FROM {{benchdata.events}} e WHERE e.module = {m}",
            [new("ref", "编号"), new("occurred_on", "日期"), new("kind", "类别"), new("amount", "金额（元）"), new("division_code", "区划")])),
        new("bench_persons", "bench", "基准在册人员",
            "SELECT p.id AS id, p.division_code AS division_code, p.valid_from AS valid_from, p.valid_to AS valid_to, p.category AS category, " +
            "'P' || p.id AS ref, '/bench/persons/' || p.id AS link FROM {benchdata.persons} p",
            [new("ref", "编号"), new("valid_from", "纳入日期"), new("valid_to", "退出日期"), new("category", "类别"), new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } = Build();

    private static List<ReportingMetric> Build()
    {
        // sections chosen so that the overview (the first 12 by section) mixes stocks, a level, a ratio and flows, like the real one
        var list = new List<ReportingMetric>
        {
            new("bench.persons.total", "bench_persons", "在册人数", "Persons on the register", "人", MetricKind.Stock, "count(*)", "valid_from", EndColumn: "valid_to", Section: 1),
            new("bench.persons.c1", "bench_persons", "在册人数（一类）", "Persons on the register, category 1", "人", MetricKind.Stock, "count(*)", "valid_from",
                EndColumn: "valid_to", Filter: "category = 1", Section: 1),
            new("bench.persons.c1.share", "bench_persons", "一类占比", "Share of category 1", "%", MetricKind.Ratio, "", null,
                Numerator: "bench.persons.c1", Denominator: "bench.persons.total", Decimals: 1, Section: 1),
            new("bench.m12.amount.max", "bench_m12", "最高单笔标准", "Highest single amount", "元", MetricKind.Flow, "max(amount)", "occurred_on",
                Filter: "kind = 1", Decimals: 2, Section: 1),
            new("bench.persons.c2", "bench_persons", "在册人数（二类）", "Persons on the register, category 2", "人", MetricKind.Stock, "count(*)", "valid_from",
                EndColumn: "valid_to", Filter: "category = 2", Section: 8),
            new("bench.persons.c3", "bench_persons", "在册人数（三类）", "Persons on the register, category 3", "人", MetricKind.Stock, "count(*)", "valid_from",
                EndColumn: "valid_to", Filter: "category = 3", Section: 8),
        };
        for (var m = 1; m <= ReportingBench.Modules; m++)
        {
            var section = m switch { 1 => 2, 2 or 3 => 3, _ => 4 + (m - 4) % 7 };
            list.Add(new($"bench.m{m:00}.count", $"bench_m{m:00}", $"模块{m}办理件数", $"Module {m} cases", "件", MetricKind.Flow, "count(*)", "occurred_on", Section: section));
            list.Add(new($"bench.m{m:00}.amount", $"bench_m{m:00}", $"模块{m}金额", $"Module {m} amount", "元", MetricKind.Flow, "sum(amount)", "occurred_on",
                Decimals: 2, Section: section));
            if (m <= 9)
            {
                var k = KindOf(m);
                list.Add(new($"bench.m{m:00}.k{k}.count", $"bench_m{m:00}", $"模块{m}第{k}类件数", $"Module {m} cases of kind {k}", "件", MetricKind.Flow, "count(*)",
                    "occurred_on", Filter: $"kind = {k}", Section: m == 1 ? 2 : 10));
            }
        }
        list.Add(new("bench.m01.k2.share", "bench_m01", "模块1第2类占比", "Module 1 share of kind 2", "%", MetricKind.Ratio, "", null,
            Numerator: "bench.m01.k2.count", Denominator: "bench.m01.count", Decimals: 1, Section: 2));
        return list;
    }
}
