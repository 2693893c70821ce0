using System.Collections.Concurrent;
using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>
/// Availability for the portal during a rush. An entry lives at most <see cref="Ttl"/> (one
/// second) counted from the moment its load began, so a listing never shows free slots that were
/// gone more than a second ago. Concurrent misses of one key share a single load, so a crowd
/// refreshing the listing costs the database one query per key per second. A claim that finds a
/// session full marks it at once, and later claims for it are answered "full" without touching
/// the database (nor the token bucket) until the mark expires or a cancellation clears it.
/// Singleton, per process; in a farm each node is wrong for at most the same second.
/// </summary>
internal sealed class AvailabilityCache(TimeProvider clock)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1);

    private sealed record Entry(DateTimeOffset Expires, Task<object> Value);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private readonly ConcurrentDictionary<(Guid, ServiceType), DateTimeOffset> _full = new();

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load) where T : class
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var hit) && hit.Expires > now)
        {
            try
            {
                if (await hit.Value is T shared)
                {
                    return shared;
                }
            }
            catch (Exception) when (!hit.Value.IsCompletedSuccessfully)
            {
                // the load it shared failed (or its request was cancelled): this caller loads for itself
                _entries.TryRemove(KeyValuePair.Create(key, hit));
            }
        }
        var mine = new Entry(now + Ttl, LoadAsync(load));
        _entries[key] = mine;
        try
        {
            return (T)await mine.Value;
        }
        catch
        {
            _entries.TryRemove(KeyValuePair.Create(key, mine));
            throw;
        }
    }

    private static async Task<object> LoadAsync<T>(Func<Task<T>> load) where T : class => await load();

    public bool KnownFull(Guid sessionId, ServiceType type) =>
        _full.TryGetValue((sessionId, type), out var until) && until > clock.GetUtcNow();

    /// <summary>A claim found no slot left: answer "full" at once for a second, and reload the listings.</summary>
    public void MarkFull(Guid sessionId, ServiceType type)
    {
        _full[(sessionId, type)] = clock.GetUtcNow() + Ttl;
        ClearListings();
    }

    /// <summary>A slot was given back: the session is no longer full, listings are reloaded on the next read.</summary>
    public void Invalidate(Guid sessionId, ServiceType type)
    {
        _full.TryRemove((sessionId, type), out _);
        ClearListings();
    }

    /// <summary>An office or its sessions changed (closure, opening, settings): forget everything, sessions for booking included.</summary>
    public void Reset()
    {
        _full.Clear();
        _entries.Clear();
    }

    private void ClearListings()
    {
        foreach (var key in _entries.Keys)
        {
            if (!key.StartsWith(SessionPrefix, StringComparison.Ordinal))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    /// <summary>Key prefix of a bookable session and its office (not availability, so not cleared by a claim).</summary>
    public const string SessionPrefix = "session-for-booking:";
}
