using System.Diagnostics;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>Diagnostics (CA_BENCH_PROBE=1): the CPU cost of the pieces of a claim, one at a time, sequentially.</summary>
internal static class MarriageProbe
{
    public static async Task RunAsync(IServiceProvider services, Guid sessionId, string cs)
    {
        const int n = 400;
        var ids = new[] { IdNumber.Create("440304", new DateOnly(1990, 1, 1), 101), IdNumber.Create("440304", new DateOnly(1990, 1, 1), 102) };
        await MeasureAsync("scope + resolve BookingService", n, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<BookingService>();
        });
        await MeasureAsync("scope + MarriageDb first query (AnyAsync)", n, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MarriageDb>().Sessions.AnyAsync(s => s.Id == sessionId);
        });
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
            await MeasureAsync("second EF query on the same context", n, () => db.Sessions.AnyAsync(s => s.Id == sessionId));
            if (Environment.GetEnvironmentVariable("CA_BENCH_PROBE_LONG") == "1")
            {
                await MeasureAsync("second EF query, long (for perf)", 30_000, () => db.Sessions.AnyAsync(s => s.Id == sessionId));
            }
            var registry = scope.ServiceProvider.GetRequiredService<IMaritalStatusRegistry>();
            await MeasureAsync("registry GetAsync (same scope)", n, () => registry.GetAsync(ids, default));
        }
        await MeasureAsync("raw Npgsql SELECT 1 (pooled)", n, async () =>
        {
            await using var c = new NpgsqlConnection(cs);
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT 1", c);
            await cmd.ExecuteScalarAsync();
        });
        var session = await services.CreateAsyncScope().ServiceProvider.GetRequiredService<MarriageDb>().Sessions.AsNoTracking().Include(s => s.Quotas).SingleAsync(s => s.Id == sessionId);
        var office = await services.CreateAsyncScope().ServiceProvider.GetRequiredService<MarriageDb>().Offices.AsNoTracking().Include(o => o.Served).SingleAsync(o => o.Id == session.OfficeId);
        var k = 0;
        await MeasureAsync("scope + eligibility CheckAsync", n, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var i = Interlocked.Increment(ref k);
            var r = new BookAppointmentRequest(sessionId, ServiceType.Marriage,
                new PartyInput(IdNumber.Create("440304", new DateOnly(1970, 1, 1).AddDays(i), 301), "测试甲", "13800138001"),
                new PartyInput(IdNumber.Create("440304", new DateOnly(1970, 1, 1).AddDays(i), 302), "测试乙", "13800138002"));
            await scope.ServiceProvider.GetRequiredService<BookingEligibility>().CheckAsync(r, session, office, default);
        });
    }

    private static async Task MeasureAsync(string what, int n, Func<Task> action)
    {
        for (var i = 0; i < 50; i++)
        {
            await action();
        }
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            await action();
        }
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds * 1000 / n;
        Console.WriteLine($"  probe {what,-45} {sw.Elapsed.TotalMilliseconds * 1000 / n,8:F0} µs wall  {cpu,8:F0} µs CPU (app)");
    }
}
