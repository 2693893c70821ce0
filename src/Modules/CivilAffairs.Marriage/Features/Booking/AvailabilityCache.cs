using System.Collections.Concurrent;
using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>
/// Availability for the portal during a rush. Listings live at most <see cref="Ttl"/> (one
/// second), so a sold-out session never shows free slots for longer than that; a claim that finds
/// a session full marks it at once, and later claims for it are answered "full" without touching
/// the database until the mark expires or a cancellation clears it. Singleton, per process.
/// </summary>
internal sealed class AvailabilityCache(TimeProvider clock)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, object Value)> _listings = new();
    private readonly ConcurrentDictionary<(Guid, ServiceType), DateTimeOffset> _full = new();

    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load) where T : class
    {
        var now = clock.GetUtcNow();
        if (_listings.TryGetValue(key, out var hit) && hit.Expires > now && hit.Value is T value)
        {
            return value;
        }
        var fresh = await load();
        _listings[key] = (now + Ttl, fresh);
        return fresh;
    }

    public bool KnownFull(Guid sessionId, ServiceType type) =>
        _full.TryGetValue((sessionId, type), out var until) && until > clock.GetUtcNow();

    public void MarkFull(Guid sessionId, ServiceType type)
    {
        _full[(sessionId, type)] = clock.GetUtcNow() + Ttl;
        _listings.Clear();
    }

    /// <summary>A slot was taken or given back: listings are reloaded on the next read.</summary>
    public void Invalidate(Guid sessionId, ServiceType type)
    {
        _full.TryRemove((sessionId, type), out _);
        _listings.Clear();
    }
}
