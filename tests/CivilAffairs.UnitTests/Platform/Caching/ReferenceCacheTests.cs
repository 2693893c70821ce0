using CivilAffairs.Platform.Caching;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.UnitTests.Platform.Caching;

/// <summary>The in-memory copy of reference data: lifetime, invalidation, the read-while-writing race, and the parameter resolution both paths share.</summary>
public class ReferenceCacheTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static (ReferenceCache<string, string> Cache, ManualClock Clock) Create(int seconds = 30, int capacity = 100)
    {
        var clock = new ManualClock();
        return (new ReferenceCache<string, string>(new ReferenceCacheOptions(TimeSpan.FromSeconds(seconds)), clock, capacity), clock);
    }

    [Fact]
    public void An_entry_is_served_for_its_lifetime_and_then_read_again()
    {
        var (cache, clock) = Create();
        cache.Set("k", "v", cache.Generation);
        clock.Now += TimeSpan.FromSeconds(29);
        Assert.True(cache.TryGet("k", out var v));
        Assert.Equal("v", v);
        clock.Now += TimeSpan.FromSeconds(1);
        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void A_clock_set_back_does_not_keep_an_entry_forever()
    {
        var (cache, clock) = Create();
        cache.Set("k", "v", cache.Generation);
        clock.Now -= TimeSpan.FromMinutes(5);
        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void Invalidating_drops_every_entry()
    {
        var (cache, _) = Create();
        cache.Set("a", "1", cache.Generation);
        cache.Set("b", "2", cache.Generation);
        cache.Invalidate();
        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
    }

    [Fact]
    public void Rows_read_before_an_invalidation_are_not_kept()
    {
        var (cache, _) = Create();
        var generation = cache.Generation; // a reader starts its query ...
        cache.Invalidate();                // ... a writer commits and invalidates ...
        cache.Set("k", "old", generation); // ... and the reader's old rows arrive
        Assert.False(cache.TryGet("k", out _));
        cache.Set("k", "new", cache.Generation);
        Assert.True(cache.TryGet("k", out var v));
        Assert.Equal("new", v);
    }

    [Fact]
    public void A_lifetime_of_zero_turns_caching_off()
    {
        var (cache, _) = Create(seconds: 0);
        Assert.False(cache.Enabled);
        cache.Set("k", "v", cache.Generation);
        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void A_full_cache_starts_over_instead_of_growing()
    {
        var (cache, _) = Create(capacity: 3);
        foreach (var k in new[] { "a", "b", "c", "d" })
        {
            cache.Set(k, k, cache.Generation);
        }
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("d", out _));
    }

    private static Parameter P(string division, string value, string from, string? to = null) => new()
    {
        Key = "assistance.mlg.standard", DivisionCode = division, Value = value,
        ValidFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
        ValidTo = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static readonly Parameter[] Versions =
    [
        P("4403", "900", "2017-01-01", "2017-12-31"),
        P("4403", "1070", "2018-01-01"),
        P("440304", "1200", "2018-07-01", "2018-12-31"),
    ];

    [Theory]
    [InlineData("2016-12-31", "440304004", null)]   // before the first version
    [InlineData("2017-12-31", "440304004", "900")]  // last day of a closed version
    [InlineData("2018-01-01", "440304004", "1070")]
    [InlineData("2018-07-01", "440304004", "1200")] // Futian's own value overrides the city's inside Futian ...
    [InlineData("2018-07-01", "440304", "1200")]
    [InlineData("2018-07-01", "440305001", "1070")] // ... and nowhere else
    [InlineData("2018-07-01", "4403", "1070")]
    [InlineData("2019-01-01", "440304004", "1070")] // after the district version ended, the city's applies again
    public void Resolution_picks_the_most_specific_division_in_force_on_the_day(string date, string division, string? expected)
    {
        var found = ParameterStore.Resolve(Versions, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), division);
        Assert.Equal(expected, found.GetValueOrDefault("assistance.mlg.standard")?.Value);
    }
}
