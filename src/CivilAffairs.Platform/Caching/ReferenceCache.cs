using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Platform.Caching;

/// <summary>
/// How long reference data may be served from memory (<c>Caching:ReferenceDataSeconds</c>, default 30;
/// 0 turns caching off). A change made in this process is seen at once; this lifetime only bounds how
/// long another node of a multi-node deployment keeps serving the value it read before (decision D10).
/// </summary>
public sealed record ReferenceCacheOptions(TimeSpan Lifetime)
{
    public const string Key = "Caching:ReferenceDataSeconds";

    public static ReferenceCacheOptions From(IConfiguration configuration) =>
        new(TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(Key, 30))));
}

/// <summary>Lets code that writes reference data behind the stores' backs (seeders) drop every cached copy.</summary>
public interface IReferenceCache
{
    void Invalidate();
}

/// <summary>
/// An in-memory copy of rarely changing rows, shared by all requests of this process. An entry is
/// served while it is younger than the configured lifetime and no invalidation happened since it
/// was read from the database.
/// </summary>
public sealed class ReferenceCache<TKey, TValue>(ReferenceCacheOptions options, TimeProvider clock, int capacity) : IReferenceCache
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private long _generation;

    public bool Enabled => options.Lifetime > TimeSpan.Zero;

    /// <summary>
    /// Read this before querying the database and hand it to <see cref="Set"/>: a query that ran while
    /// a writer invalidated may have read the old rows, and must not be kept as if it were current.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (Enabled && _entries.TryGetValue(key, out var e) && e.Generation == Generation)
        {
            var age = clock.GetUtcNow() - e.ReadAt;
            // a clock set back (tests, NTP) makes the age negative: distrust the entry rather than keep it forever
            if (age >= TimeSpan.Zero && age < options.Lifetime)
            {
                value = e.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    public void Set(TKey key, TValue value, long generation)
    {
        if (!Enabled || generation != Generation)
        {
            return;
        }
        // keys can come from requests (any date, any code): a full cache starts over instead of growing without bound
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
        _entries[key] = new Entry(value, generation, clock.GetUtcNow());
    }

    /// <summary>Call after the change is committed, so that no request can read the old rows back in afterwards.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(TValue Value, long Generation, DateTimeOffset ReadAt);
}

public static class ReferenceCacheRegistration
{
    /// <summary>A singleton cache, also listed as <see cref="IReferenceCache"/> so that seeding can clear it.</summary>
    public static IServiceCollection AddReferenceCache<TKey, TValue>(this IServiceCollection services, int capacity)
        where TKey : notnull
    {
        services.AddSingleton(sp => new ReferenceCache<TKey, TValue>(
            sp.GetRequiredService<ReferenceCacheOptions>(), sp.GetRequiredService<TimeProvider>(), capacity));
        services.AddSingleton<IReferenceCache>(sp => sp.GetRequiredService<ReferenceCache<TKey, TValue>>());
        return services;
    }
}
