using System.Diagnostics;
using System.Globalization;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using CivilAffairs.Registry.Features.Persons;
using CivilAffairs.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Registry write and read paths, each against a baseline measured in the same run:
//  - audited create (validation + duplicate check + hash-chained audit row per person)
//    vs. a bulk insert of the same number of rows with one summary audit row;
//  - exact ID-number search vs. name search over the same data.
// Usage: dotnet run -c Release --project bench/CivilAffairs.Bench [-- N]   (CA_PG_CONN adds PostgreSQL)
// Third mode, the economic cross-check at scale (PostgreSQL): see CrossCheckBench.cs.
//        dotnet run -c Release --project bench/CivilAffairs.Bench -- xcheck [households] [records]
// Second mode, the trial calculation over HTTP under load (issue 3): see CalculationLoad.cs.
//        dotnet run -c Release --project bench/CivilAffairs.Bench -- calc [requests] [uncached]
if (args is ["xcheck", ..])
{
    Environment.ExitCode = await CrossCheckBench.RunAsync(args);
    return;
}
// Third mode, the monthly payment run (issue 3, PostgreSQL only): see PaymentBench.cs.
//        CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- pay [households] [batchSize]
if (args is ["paycompute", ..])
{
    PaymentComputeProbe.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
    return;
}
if (args is ["pay", ..])
{
    Environment.ExitCode = await PaymentBench.RunAsync(args);
    return;
}
// Fourth mode, the marriage booking rush (issue 4, PostgreSQL only): see MarriageRushBench.cs.
//        CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- marriage [seconds] [clients,clients]
if (args is ["marriage", ..])
{
    Environment.ExitCode = await MarriageRushBench.RunAsync(args);
    return;
}
// Issue 6, face search at 1M embeddings vs FAISS IndexFlatIP: see FaceSearchBench.cs.
//        dotnet run -c Release --project bench/CivilAffairs.Bench -- face [n] [queries]
if (args is ["face", ..])
{
    Environment.ExitCode = await FaceSearchBench.RunAsync(args);
    return;
}
// Fifth mode, the DNA database search (issue 6): see DnaBench.cs.
//        CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- dna [profiles]
if (args is ["dna", ..])
{
    Environment.ExitCode = await DnaBench.RunAsync(args);
    return;
}
// Issue 7, meal aid: 1M meal records through the product's ingest, then the monthly settlement: see MealsBench.cs.
//        CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- meals [records] [elders]
if (args is ["meals", ..])
{
    Environment.ExitCode = await MealsBench.RunAsync(args);
    return;
}
// Issue 10, statistics at city scale: refresh, dashboards and the annual summary's figures: see ReportingBench.cs.
//        CA_PG_CONN=... dotnet run -c Release --project bench/CivilAffairs.Bench -- reporting [events] [persons]
if (args is ["reporting", ..])
{
    Environment.ExitCode = await ReportingBench.RunAsync(args);
    return;
}
if (args is ["calc", ..])
{
    Environment.ExitCode = await CalculationLoad.RunAsync(args);
    return;
}
var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
Console.WriteLine($"CivilAffairs.Bench  n={n}  {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z  cores={Environment.ProcessorCount}");
var file = Path.Combine(Path.GetTempPath(), $"ca-bench-{Guid.NewGuid():N}.db");
await RunAsync("Sqlite", $"Data Source={file}", n);
if (Environment.GetEnvironmentVariable("CA_PG_CONN") is { Length: > 0 } pg)
{
    await using var db = await ScratchDatabase.CreateAsync(pg, "ca_bench_registry");
    await RunAsync("PostgreSQL", db.ConnectionString, n);
}

static async Task RunAsync(string provider, string cs, int n)
{
    var builder = Host.CreateApplicationBuilder();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = provider, ["ConnectionStrings:Default"] = cs, ["DataProtection:KeysPath"] = Path.GetTempPath(),
    });
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddCivilAffairs(builder.Configuration);
    builder.Services.AddScoped<ICurrentUser>(_ => new SystemCurrentUser("bench"));
    using var host = builder.Build();
    await host.Services.PrepareDatabaseAsync(builder.Configuration);

    var bulk = await TimeAsync(async () =>
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
        db.Scope.BulkLoad = true;
        db.Persons.AddRange(Enumerable.Range(0, n).Select(i => NewPerson(i, "440305")));
        await db.SaveChangesAsync();
    });
    var audited = await TimeAsync(async () =>
    {
        for (var i = 0; i < n; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var h = scope.ServiceProvider.GetRequiredService<SavePersonHandler>();
            var p = NewPerson(i, "440304");
            await h.CreateAsync(new PersonInput { IdNumber = p.IdNumber, Name = p.Name, DivisionCode = p.DivisionCode }, default);
        }
    });
    var ids = Enumerable.Range(0, 50).Select(i => NewPerson(i * (n / 50), "440304").IdNumber).ToList();
    var byId = await TimeAsync(() => SearchAsync(host, ids));
    var byName = await TimeAsync(() => SearchAsync(host, ids.Select((_, i) => "测试" + i).ToList()));
    Console.WriteLine($"[{provider}] create: audited {Per(audited, n)} ms/row vs bulk baseline {Per(bulk, n)} ms/row  ratio {audited / bulk:F1}x");
    Console.WriteLine($"[{provider}] search: by ID {Per(byId, 50)} ms/query vs by name {Per(byName, 50)} ms/query  ratio {byName / byId:F2}x");
}

static async Task SearchAsync(IHost host, List<string> queries)
{
    foreach (var q in queries)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PersonQueries>().SearchAsync(new PersonSearch { Q = q }, default);
    }
}

static Person NewPerson(int i, string county) => new()
{
    IdNumber = IdNumber.Create(county, new DateOnly(1950, 1, 1).AddDays(i % 20000), 100 + i / 20000),
    Name = "测试" + i, BirthDate = new DateOnly(1950, 1, 1), DivisionCode = county == "440304" ? "440304004022" : "440305001",
    CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
};

static string Per(double ms, int count) => (ms / count).ToString("F3", CultureInfo.InvariantCulture);

static async Task<double> TimeAsync(Func<Task> action)
{
    var sw = Stopwatch.StartNew();
    await action();
    return sw.Elapsed.TotalMilliseconds;
}
