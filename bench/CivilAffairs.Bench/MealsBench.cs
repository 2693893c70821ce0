using System.Diagnostics;
using System.Globalization;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Meals;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// Issue 7: one month of meal aid in a large district on PostgreSQL. 60,000 enrolled elders, 50
/// canteens, the working days of last month; N meal records (default 1,000,000) go through the
/// product's ingest (MealIngest: enrolments and rates loaded once, group, subsidy and flags computed
/// in memory, binary COPY), one call per day as a district's daily file; then every canteen submits
/// its monthly settlement (MealSettlements: one GROUP BY each). Baseline in the same run: a bare
/// binary COPY of the same rows into a table with the same indexes (no eligibility, no subsidy).
/// Usage: CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- meals [records] [elders]
/// </summary>
internal static class MealsBench
{
    private const int Canteens = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var elders = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 60_000;
        if (Environment.GetEnvironmentVariable("CA_PG_CONN") is not { Length: > 0 } pg)
        {
            Console.Error.WriteLine("meals: set CA_PG_CONN (PostgreSQL)");
            return 2;
        }
        Console.WriteLine($"CivilAffairs.Bench meals  records={n:N0}  elders={elders:N0}  canteens={Canteens}  {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  cores={Environment.ProcessorCount}  .NET {Environment.Version}");
        await using var db = await ScratchDatabase.CreateAsync(pg, "ca_bench_meals", commandTimeout: 600);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Default"] = db.ConnectionString, ["DataProtection:KeysPath"] = Path.GetTempPath(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCivilAffairs(builder.Configuration);
        builder.Services.AddScoped<ICurrentUser>(_ => new SystemCurrentUser("bench"));
        using var host = builder.Build();
        await host.Services.PrepareDatabaseAsync(builder.Configuration);

        var gen = Stopwatch.StartNew();
        var (cards, canteenOf) = await SeedAsync(host.Services, elders);
        var today = ChinaTime.Today(TimeProvider.System);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        WorkingDays calendar;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            calendar = await scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>().GetAsync();
        }
        var days = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays).Where(calendar.IsWorkingDay).ToList();
        var perDay = (n + days.Count - 1) / days.Count;
        if (perDay > elders)
        {
            Console.Error.WriteLine($"meals: {perDay:N0} meals a day needs at least as many elders");
            return 2;
        }
        var random = new Random(7);
        var input = days.Select((d, k) => Enumerable.Range(0, Math.Max(0, Math.Min(perDay, n - k * perDay))).Select(j =>
        {
            var e = (j + k * 1_003) % elders;
            return new MealInput(j + 2, canteenOf[e], cards[e], null, d, 11 * 60 + random.Next(0, 120), MealKind.Lunch);
        }).ToList()).Where(x => x.Count > 0).ToList();
        Console.WriteLine($"generated {elders:N0} enrolments, {Canteens} canteens and {input.Sum(x => x.Count):N0} meal inputs over {input.Count} working days of {month:yyyy-MM} in {gen.Elapsed.TotalSeconds:F1} s (not timed)");

        // the product's ingest, one district file per day
        var all = new List<MealRecord>(n);
        var ingest = Stopwatch.StartNew();
        var accepted = 0;
        foreach (var day in input)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var r = await scope.ServiceProvider.GetRequiredService<MealIngest>().IngestAsync(day, MealRecordSource.Upload, null, default);
            accepted += r.Accepted;
            all.AddRange(r.Records);
            if (r.Errors.Count > 0)
            {
                Console.WriteLine($"  {r.Errors.Count} errors on {day[0].Date:yyyy-MM-dd}, first: {r.Errors[0].Message}");
            }
        }
        var ingestS = ingest.Elapsed.TotalSeconds;

        // settlement: every canteen submits its month (set-based GROUP BY over the stored records)
        var settle = Stopwatch.StartNew();
        decimal total = 0;
        var subsidised = 0;
        foreach (var code in Enumerable.Range(1, Canteens).Select(Code))
        {
            await using var scope = host.Services.CreateAsyncScope();
            var s = await scope.ServiceProvider.GetRequiredService<MealSettlements>().SubmitAsync(new MealSettlementSubmit { Canteen = code, Month = month }, default);
            total += s.SubsidyTotal;
            subsidised += s.SubsidisedMeals;
        }
        var settleS = settle.Elapsed.TotalSeconds;

        // baseline: the same rows, already computed, COPYed bare into a table with the same indexes
        double floorS;
        await using (var c = new NpgsqlConnection(db.ConnectionString))
        {
            await c.OpenAsync();
            await new NpgsqlCommand("CREATE TABLE eldercare.meal_records_floor (LIKE eldercare.meal_records INCLUDING ALL)", c).ExecuteNonQueryAsync();
            var floor = Stopwatch.StartNew();
            await using (var tx = await c.BeginTransactionAsync())
            {
                await MealRecordWriter.CopyAsync(c, all, default, "eldercare.meal_records_floor");
                await tx.CommitAsync();
            }
            floorS = floor.Elapsed.TotalSeconds;
        }
        var flagged = all.Count(r => r.Flags != MealFlags.None);
        Console.WriteLine($"ingest (product path)    {ingestS:F1} s for {accepted:N0} records  ({accepted / ingestS:N0} /s)   target <= 30 s: {(ingestS <= 30 ? "met" : "NOT met")}");
        Console.WriteLine($"  subsidised {subsidised:N0} meals, {total:N2} yuan; flagged {flagged:N0}");
        Console.WriteLine($"settlement, {Canteens} canteens {settleS:F1} s   target <= 10 s: {(settleS <= 10 ? "met" : "NOT met")}");
        Console.WriteLine($"bare COPY baseline       {floorS:F1} s for {all.Count:N0} rows   overhead ratio ingest/COPY {ingestS / floorS:F2}x");
        return 0;
    }

    private static string Code(int i) => "ZC4403049" + i.ToString("00", CultureInfo.InvariantCulture);

    private static string Street(int i) => "4403040" + (1 + i % 10).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>50 canteens in 福田's ten streets and the enrolments (95 % 福田 户籍, 5 % 南山) straight into the tables.</summary>
    private static async Task<(string[] Cards, string[] CanteenOf)> SeedAsync(IServiceProvider services, int elders)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
        var now = DateTime.UtcNow;
        db.Scope.BulkLoad = true;
        for (var i = 1; i <= Canteens; i++)
        {
            db.Institutions.Add(new Institution
            {
                Code = Code(i), Name = $"基准助餐点{i}", Kind = InstitutionKind.MealProvider, Ownership = InstitutionOwnership.PublicBuiltPrivateRun,
                DivisionCode = Street(i), Address = "深圳市福田区基准地址", CreatedAtUtc = now, UpdatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync();
        var cards = new string[elders];
        var canteenOf = new string[elders];
        var groups = new[] { MealGroup.Priority, MealGroup.Age70To99, MealGroup.Age70To99, MealGroup.Age70To99, MealGroup.Ordinary, MealGroup.Ordinary };
        for (var i = 0; i < elders; i++)
        {
            cards[i] = "440304" + (i + 1).ToString("0000000", CultureInfo.InvariantCulture);
            canteenOf[i] = Code(1 + i % Canteens);
            var hukou = i % 20 == 0 ? "440305" : "440304";
            db.MealEnrolments.Add(new MealEnrolment
            {
                CardNumber = cards[i], PersonId = Guid.CreateVersion7(), IdNumber = IdNumber.Create(hukou, new DateOnly(1930, 1, 1).AddDays(i / 999), i % 999),
                DivisionCode = Street(i), HukouDistrictCode = hukou, Group = groups[i % groups.Length], GroupReason = "基准", ValidFrom = new DateOnly(2018, 1, 1),
                CheckedOn = new DateOnly(2018, 1, 1), EnrolledBy = "bench", CreatedAtUtc = now, UpdatedAtUtc = now,
            });
            if (i % 10_000 == 9_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        return (cards, canteenOf);
    }
}
