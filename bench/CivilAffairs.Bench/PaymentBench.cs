using System.Diagnostics;
using System.Globalization;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Payments;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Values;
using CivilAffairs.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// Issue 3: the monthly payment run for N enrolled households (default 1,000,000, about 2.5 persons
/// each) on PostgreSQL, end to end: compute with the rules, freeze snapshots, write payment lines,
/// produce the bank file. Compared in the same run with (a) a naive per-household EF Core loop on a
/// 10,000-household sample (load, compute, insert, SaveChanges each), extrapolated, and (b) raw binary
/// COPY of the same payment rows into a table with the same indexes (the floor).
/// Usage: CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- pay [households] [batchSize]
/// </summary>
internal static class PaymentBench
{
    private static readonly int Sample = int.TryParse(Environment.GetEnvironmentVariable("CA_PAY_NAIVE"), out var s) ? s : 10_000;
    private static readonly string[] Communities = Enumerable.Range(0, 40)
        .Select(i => (i % 4) switch { 0 => "440303", 1 => "440304", 2 => "440305", _ => "440306" } + "00" + (1 + i % 9) + "0" + (10 + i).ToString(CultureInfo.InvariantCulture))
        .ToArray();

    public static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var batch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;
        if (Environment.GetEnvironmentVariable("CA_PG_CONN") is not { Length: > 0 } pg)
        {
            Console.Error.WriteLine("pay: set CA_PG_CONN (PostgreSQL only)");
            return 2;
        }
        Console.WriteLine($"CivilAffairs.Bench pay  households={n:N0}  batch={batch}  {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  cores={Environment.ProcessorCount}  .NET {Environment.Version}");
        await using var db = await ScratchDatabase.CreateAsync(pg, "ca_bench_pay", keep: Environment.GetEnvironmentVariable("CA_PAY_KEEP") == "1", commandTimeout: 600);
        await RunOnAsync(db.ConnectionString, n, batch);
        return 0;
    }

    private static async Task RunOnAsync(string cs, int n, int batch)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Default"] = cs, ["DataProtection:KeysPath"] = Path.GetTempPath(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCivilAffairs(builder.Configuration);
        builder.Services.AddScoped<ICurrentUser>(_ => new SystemCurrentUser("bench"));
        using var host = builder.Build();
        await host.Services.PrepareDatabaseAsync(builder.Configuration);
        host.Services.GetRequiredService<PaymentRunSettings>().BatchSize = batch;

        var gen = Stopwatch.StartNew();
        var persons = await GenerateAsync(cs, n);
        Console.WriteLine($"generated {n:N0} households, {persons:N0} persons with COPY in {gen.Elapsed.TotalSeconds:F1} s (not timed below)");

        // (a) naive: one household at a time through EF Core, month 2020-02 so it does not meet the real run's lines
        var naive = Sample > 0 ? await TimeAsync(() => NaiveAsync(host, Sample)) : 0;
        var naiveExtrapolated = Sample > 0 ? naive * n / Sample : 0;

        // the real run, end to end
        var sw = Stopwatch.StartNew();
        RunView view;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            view = await scope.ServiceProvider.GetRequiredService<PaymentRuns>().StartAsync(new StartRunRequest { Month = "2020-01", DivisionCode = "4403" }, default);
        }
        var compute = sw.Elapsed.TotalMilliseconds;
        await using (var c = new NpgsqlConnection(cs))
        {
            // release by a second person is a click, not part of the timed work
            await c.OpenAsync();
            await new NpgsqlCommand($"UPDATE assistance.payment_runs SET status = 'Released', released_by = 'bench.checker' WHERE id = '{view.Id}'", c).ExecuteNonQueryAsync();
        }
        var fileSw = Stopwatch.StartNew();
        var path = Path.Combine(Path.GetTempPath(), $"ca-bench-bank-{view.Id:N}.csv");
        await using (var scope = host.Services.CreateAsyncScope())
        await using (var f = File.Create(path))
        {
            await scope.ServiceProvider.GetRequiredService<BankFile>().WriteCsvAsync(view.Id, f, default);
        }
        var file = fileSw.Elapsed.TotalMilliseconds;
        var total = sw.Elapsed.TotalMilliseconds;
        var fileSize = new FileInfo(path).Length;
        File.Delete(path);

        // (b) the floor: the same rows, already in memory, binary-COPYed into a table with the same indexes
        var rows = await ReadLinesAsync(cs, view.Id);
        double floor;
        await using (var c = new NpgsqlConnection(cs))
        {
            await c.OpenAsync();
            await new NpgsqlCommand("CREATE TABLE assistance.payment_lines_floor (LIKE assistance.payment_lines INCLUDING ALL)", c).ExecuteNonQueryAsync();
            floor = await TimeAsync(async () =>
            {
                await using var tx = await c.BeginTransactionAsync();
                await PaymentLineWriter.CopyAsync(c, rows, default, "assistance.payment_lines_floor");
                await tx.CommitAsync();
            });
        }

        Console.WriteLine($"run: {view.Households:N0} households paid, {view.Persons:N0} persons, {view.Amount:N2} yuan, {view.Exceptions:N0} exceptions, {view.Batches} batches");
        Console.WriteLine($"real run end to end      {total / 1000:F1} s  (compute+snapshot+lines {compute / 1000:F1} s, bank file {file / 1000:F1} s, {fileSize / 1_048_576.0:F0} MiB)");
        var t = host.Services.GetRequiredService<PaymentRunSettings>().Timings;
        Console.WriteLine("  inside the run: " + string.Join(", ", t.OrderBy(x => x.Key).Select(x => $"{x.Key} {x.Value / 1000:F1} s")));
        Console.WriteLine($"naive EF loop            {naive / 1000:F1} s for {Sample:N0}  -> {naiveExtrapolated / 1000:F0} s for {n:N0} (extrapolated)   ratio naive/real {naiveExtrapolated / total:F1}x");
        Console.WriteLine($"raw binary COPY floor    {floor / 1000:F1} s for {rows.Count:N0} rows   ratio real/floor {total / floor:F1}x  (lines only {compute / floor:F1}x)");
    }

    /// <summary>Enrolled households and members straight into the tables with binary COPY.</summary>
    private static async Task<long> GenerateAsync(string cs, int n)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        var rnd = new Random(2018);
        long persons = 0;
        var members = new List<(Guid Id, Guid Enrolment, string? IdNumber, string Relation, DateOnly Birth, decimal Income, bool Student, int? Disability)>(n * 3);
        await using (var w = await c.BeginBinaryImportAsync(
            "COPY assistance.enrolments (id, programme, head_id_number, head_name, division_code, status, enrol_from, review_category, bank_name, bank_account, " +
            "financial_assets, residential_units, non_residential_units, vehicles, business_registrations, monthly_benefit, version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < n; i++)
            {
                var id = Guid.CreateVersion7();
                var birth = new DateOnly(1940, 1, 1).AddDays(rnd.Next(0, 365 * 40));
                var head = IdNumber.Create("440304", birth, 100 + i % 800);
                var extreme = i % 20 == 0;
                await w.StartRowAsync();
                await w.WriteAsync(id, NpgsqlDbType.Uuid);
                await w.WriteAsync(extreme ? "ExtremePoverty" : "Mlg", NpgsqlDbType.Varchar);
                await w.WriteAsync(head, NpgsqlDbType.Varchar);
                await w.WriteAsync("户主" + i.ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
                await w.WriteAsync(Communities[i % Communities.Length], NpgsqlDbType.Varchar);
                await w.WriteAsync("Active", NpgsqlDbType.Varchar);
                await w.WriteAsync(new DateOnly(2019, 1, 1), NpgsqlDbType.Date);
                await w.WriteAsync("stable", NpgsqlDbType.Varchar);
                await w.WriteAsync("中国银行深圳分行", NpgsqlDbType.Varchar);
                if (i % 50 == 7)
                {
                    await w.WriteNullAsync();
                }
                else
                {
                    await w.WriteAsync("6217" + (100_000_000_000L + i).ToString(CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
                }
                await w.WriteAsync(0m, NpgsqlDbType.Numeric);
                for (var k = 0; k < 4; k++)
                {
                    await w.WriteAsync(0, NpgsqlDbType.Integer);
                }
                await w.WriteAsync(0m, NpgsqlDbType.Numeric);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
                var size = extreme ? 1 : 1 + (i % 4 == 0 ? 0 : i % 4 == 3 ? 3 : i % 4); // 1,1,2,3 / 4 pattern ≈ 2.5 on average
                members.Add((Guid.CreateVersion7(), id, head, "02", birth, extreme ? 0 : 100 * (i % 7), false, extreme ? 1 : null));
                for (var k = 1; k < size; k++)
                {
                    var b = k == 1 ? birth.AddYears(2) : new DateOnly(2005 + k, 6, 1);
                    members.Add((Guid.CreateVersion7(), id, null, k == 1 ? "10" : "20", b, k == 1 ? 300 : 0, k > 1, null));
                }
            }
            await w.CompleteAsync();
        }
        await using (var w = await c.BeginBinaryImportAsync(
            "COPY assistance.enrolment_members (id, enrolment_id, id_number, relation, birth_date, monthly_income, disability_grade, serious_illness, student, shenzhen_hukou) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var m in members)
            {
                await w.StartRowAsync();
                await w.WriteAsync(m.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(m.Enrolment, NpgsqlDbType.Uuid);
                if (m.IdNumber is null)
                {
                    await w.WriteNullAsync();
                }
                else
                {
                    await w.WriteAsync(m.IdNumber, NpgsqlDbType.Varchar);
                }
                await w.WriteAsync(m.Relation, NpgsqlDbType.Varchar);
                await w.WriteAsync(m.Birth, NpgsqlDbType.Date);
                await w.WriteAsync(m.Income, NpgsqlDbType.Numeric);
                if (m.Disability is { } d)
                {
                    await w.WriteAsync(d, NpgsqlDbType.Integer);
                }
                else
                {
                    await w.WriteNullAsync();
                }
                await w.WriteAsync(false, NpgsqlDbType.Boolean);
                await w.WriteAsync(m.Student, NpgsqlDbType.Boolean);
                await w.WriteAsync(true, NpgsqlDbType.Boolean);
                persons++;
            }
            await w.CompleteAsync();
        }
        await new NpgsqlCommand("ANALYZE assistance.enrolments; ANALYZE assistance.enrolment_members", c).ExecuteNonQueryAsync();
        return persons;
    }

    /// <summary>What a first version would do: per household a scope, a tracked load, a parameter lookup, the rules, SaveChanges.</summary>
    private static async Task NaiveAsync(IHost host, int count)
    {
        Guid runId;
        List<Guid> ids;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
            var run = new PaymentRun
            {
                Kind = PaymentRunKind.Regular, Month = new DateOnly(2020, 2, 1), ToMonth = new DateOnly(2020, 2, 1), DivisionCode = "4403",
                Status = PaymentRunStatus.Computing, PreparedBy = "bench.naive", PreparedAtUtc = DateTime.UtcNow,
            };
            db.PaymentRuns.Add(run);
            await db.SaveChangesAsync();
            runId = run.Id;
            ids = await db.Enrolments.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).Take(count).ToListAsync();
        }
        var month = new DateOnly(2020, 2, 1);
        var keys = AssistanceParameters.Definitions().Select(d => d.Key).ToList();
        foreach (var id in ids)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
            var store = scope.ServiceProvider.GetRequiredService<ParameterStore>();
            var e = await db.Enrolments.Include(x => x.Members).FirstAsync(x => x.Id == id);
            var found = await store.FindManyAsync(keys, month, e.DivisionCode);
            var set = new ParameterSet { Month = month, Values = found.Values.Select(p => new FrozenParameter(p.Key, p.Value, p.ValidFrom, p.LegalBasis, p.DivisionCode)).ToList() };
            var snapshot = HouseholdSnapshot.Of(e, e.Members, month);
            var result = snapshot.Calculate(set.PolicyFor(e.Programme));
            var line = new PaymentLine
            {
                RunId = runId, Kind = PaymentRunKind.Regular, EnrolmentId = e.Id, Month = month, Programme = e.Programme, DivisionCode = e.DivisionCode,
                PayeeName = e.HeadName, PayeeIdNumber = e.HeadIdNumber, BankName = e.BankName, BankAccount = e.BankAccount,
                HouseholdSize = snapshot.Members.Count, Amount = result.MonthlyBenefit,
                Status = e.BankAccount is null ? PaymentLineStatus.Exception : PaymentLineStatus.Pending, InputsJson = snapshot.ToJson(),
            };
            db.PaymentLines.Add(line);
            await db.SaveChangesAsync();
        }
    }

    private static async Task<List<PaymentLine>> ReadLinesAsync(string cs, Guid runId)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            $"SELECT {PaymentLineWriter.Columns} FROM assistance.payment_lines WHERE run_id = @r", c);
        cmd.Parameters.AddWithValue("r", runId);
        await using var r = await cmd.ExecuteReaderAsync();
        var list = new List<PaymentLine>();
        while (await r.ReadAsync())
        {
            list.Add(new PaymentLine
            {
                Id = r.GetGuid(0), RunId = r.GetGuid(1), Kind = Enum.Parse<PaymentRunKind>(r.GetString(2)), EnrolmentId = r.GetGuid(3),
                Month = r.GetFieldValue<DateOnly>(4), Programme = Enum.Parse<Programme>(r.GetString(5)), DivisionCode = r.GetString(6),
                PayeeName = r.GetString(7), PayeeIdNumber = r.GetString(8), BankName = r.IsDBNull(9) ? null : r.GetString(9),
                BankAccount = r.IsDBNull(10) ? null : r.GetString(10), HouseholdSize = r.GetInt32(11), Amount = r.GetDecimal(12),
                Status = Enum.Parse<PaymentLineStatus>(r.GetString(13)), Note = r.IsDBNull(14) ? null : r.GetString(14),
                BankReference = r.IsDBNull(15) ? null : r.GetString(15), InputsJson = r.GetString(16),
            });
        }
        return list;
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var sw = Stopwatch.StartNew();
        await action();
        return sw.Elapsed.TotalMilliseconds;
    }
}

/// <summary>The pure part of a run (snapshot, rules, JSON) on households in memory: where compute time goes.</summary>
internal static class PaymentComputeProbe
{
    public static void Run(int n)
    {
        var rows = new List<(Enrolment E, List<EnrolmentMember> M)>(n);
        for (var i = 0; i < n; i++)
        {
            var e = new Enrolment { Programme = Programme.Mlg, DivisionCode = "440304001010", EnrolFrom = new DateOnly(2019, 1, 1), BankAccount = "1" };
            var m = new List<EnrolmentMember> { new() { Relation = "02", BirthDate = new DateOnly(1960, 1, 1), MonthlyIncome = 100 * (i % 7), ShenzhenHukou = true } };
            if (i % 2 == 0)
            {
                m.Add(new() { Relation = "10", BirthDate = new DateOnly(1962, 1, 1), MonthlyIncome = 300, ShenzhenHukou = true });
                m.Add(new() { Relation = "20", BirthDate = new DateOnly(2010, 1, 1), Student = true, ShenzhenHukou = true });
            }
            rows.Add((e, m));
        }
        var values = new Dictionary<string, string>
        {
            ["assistance.mlg.standard"] = "1250", ["assistance.assets.financial_months"] = "24", ["assistance.assets.max_residential_units"] = "1",
            ["assistance.assets.max_non_residential_units"] = "0", ["assistance.assets.max_vehicles"] = "0", ["assistance.assets.max_business_registrations"] = "0",
            ["assistance.income.excluded_kinds"] = "social_assistance", ["assistance.addon.elderly_pct"] = "10", ["assistance.addon.minor_pct"] = "10",
            ["assistance.addon.severe_disability_pct"] = "20", ["assistance.addon.serious_illness_pct"] = "20", ["assistance.addon.student_pct"] = "10",
            ["assistance.elderly_age"] = "60",
        };
        var policy = CivilAffairs.Assistance.Features.Calculation.CalculateHandler.PolicyFrom(Programme.Mlg, k => values.GetValueOrDefault(k), k => k);
        var month = new DateOnly(2020, 1, 1);
        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            var snaps = rows.Select(r => HouseholdSnapshot.Of(r.E, r.M, month)).ToList();
            var a = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var sum = snaps.Sum(s => s.Calculate(policy).MonthlyBenefit);
            var b = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var len = snaps.Sum(s => s.ToJson().Length);
            var c = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{n:N0} households: snapshot {a:F0} ms, rules {b:F0} ms, json {c:F0} ms  (sum {sum}, {len / n} bytes/json)");
        }
    }
}
