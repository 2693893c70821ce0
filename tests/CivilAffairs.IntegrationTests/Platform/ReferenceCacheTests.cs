using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Caching;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Registry.Features.Divisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Platform;

/// <summary>
/// Parameters and divisions served from the in-memory cache (decision D10) answer exactly what the
/// database answers; on both databases, against the seeded history with its district overrides.
/// </summary>
public abstract class ReferenceCacheTests(AppFixture app)
{
    private static readonly string[] Divisions = ["4403", "440304", "440304004", "440305001", "440306027", "440311001"];

    private static ReferenceCache<TKey, TValue> Off<TKey, TValue>() where TKey : notnull =>
        new(new ReferenceCacheOptions(TimeSpan.Zero), TimeProvider.System, 1);

    [Fact]
    public async Task Cached_parameters_equal_a_fresh_read_for_every_key_boundary_day_and_division()
    {
        List<DateOnly> days;
        IReadOnlyList<string> keys;
        await using (var scope = app.Scope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<PlatformDb>().Parameters.AsNoTracking().ToListAsync();
            keys = scope.ServiceProvider.GetRequiredService<ParameterStore>().Definitions.Select(d => d.Key).ToList();
            // the first and last day of every version and the days either side: where a wrong resolution would show
            days = rows.SelectMany(p => new[] { p.ValidFrom.AddDays(-1), p.ValidFrom, p.ValidTo ?? p.ValidFrom, (p.ValidTo ?? p.ValidFrom).AddDays(1) })
                .Concat(Enumerable.Range(0, 20).Select(y => new DateOnly(2014 + y, 6, 1))).Distinct().Order().ToList();
        }
        Assert.True(days.Count > 40, $"only {days.Count} days to compare");
        var compared = 0;
        // twice: the first pass fills the cache, the second is served from it
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var division in Divisions)
            {
                await using var scope = app.Scope();
                var sp = scope.ServiceProvider;
                var cached = sp.GetRequiredService<ParameterStore>();
                var fresh = new ParameterStore(sp, sp.GetServices<ParameterDefinition>(), new SystemCurrentUser(),
                    TimeProvider.System, Off<string, Parameter[]>());
                foreach (var day in days)
                {
                    var expected = await fresh.FindManyAsync(keys, day, division);
                    var actual = await cached.FindManyAsync(keys, day, division);
                    Assert.Equal(Describe(expected), Describe(actual));
                    compared += expected.Count;
                }
            }
        }
        Assert.True(compared > 1000, $"only {compared} values compared");
    }

    private static List<string> Describe(IReadOnlyDictionary<string, Parameter> found) =>
        found.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}={x.Value.Id}|{x.Value.DivisionCode}|{x.Value.Value}|{x.Value.ValidFrom}|{x.Value.ValidTo}|{x.Value.LegalBasis}").ToList();

    [Fact]
    public async Task Cached_divisions_equal_a_fresh_read_including_renumbered_codes()
    {
        DateOnly?[] days = [null, new(2017, 6, 1), new(2018, 9, 18), new(2018, 9, 19), new(2019, 1, 1)];
        for (var pass = 0; pass < 2; pass++)
        {
            await using var scope = app.Scope();
            var sp = scope.ServiceProvider;
            var cached = sp.GetRequiredService<DivisionDirectory>();
            var fresh = new DivisionDirectory(sp, sp.GetRequiredService<TimeProvider>(), Off<(string, DateOnly), DivisionView>());
            foreach (var code in Divisions.Append("441521103").Append("999999"))
            {
                foreach (var day in days)
                {
                    Assert.Equal(await fresh.GetAsync(code, day, default), await cached.GetAsync(code, day, default));
                }
            }
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReferenceCacheTestsOnSqlite(SqliteApp app) : ReferenceCacheTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReferenceCacheTestsOnPostgres(PostgresApp app) : ReferenceCacheTests(app);

/// <summary>
/// Another node's change (here: a row written straight to the database, as another process would)
/// is seen once the cache lifetime has passed; the clock is moved, nothing waits.
/// </summary>
[Collection(ClockedSqliteCollection.Name)]
public sealed class ReferenceCacheLifetimeTests(ClockedSqliteApp app)
{
    [Fact]
    public async Task A_change_made_by_another_node_is_read_once_the_cache_lifetime_has_passed()
    {
        var key = $"test.other_node.{Guid.NewGuid():N}";
        var day = new DateOnly(2020, 1, 1);
        async Task<string?> ReadAsync()
        {
            await using var scope = app.Scope();
            return (await scope.ServiceProvider.GetRequiredService<ParameterStore>().FindAsync(key, day, "440304004"))?.Value;
        }
        Assert.Null(await ReadAsync());
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
            db.Parameters.Add(new Parameter { Key = key, DivisionCode = "4403", Value = "42", ValidFrom = new(2019, 1, 1), LegalBasis = "另一节点", CreatedBy = "test" });
            await db.SaveChangesAsync();
        }
        // this node did not see the write: it keeps answering from memory for up to the lifetime (30 s by default) ...
        Assert.Null(await ReadAsync());
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        // ... and reads the database again after it
        Assert.Equal("42", await ReadAsync());
    }
}
