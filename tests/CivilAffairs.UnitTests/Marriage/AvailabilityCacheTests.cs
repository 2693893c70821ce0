using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;

namespace CivilAffairs.UnitTests.Marriage;

/// <summary>
/// The availability cache is never wrong in the "has free slots" direction for more than one
/// second, shares concurrent loads, and answers "full" at once after a claim found no slot.
/// </summary>
public sealed class AvailabilityCacheTests
{
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 5, 20, 0, 30, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>The "database": a session's remaining slots, and how often it was read.</summary>
    private sealed class Listing
    {
        public int Remaining { get; set; } = 1;

        public int Reads { get; private set; }

        public Task<List<int>> LoadAsync()
        {
            Reads++;
            return Task.FromResult(new List<int> { Remaining });
        }
    }

    [Fact]
    public async Task After_a_session_sells_out_the_listing_shows_no_free_slot_within_one_second()
    {
        var clock = new ManualClock();
        var cache = new AvailabilityCache(clock);
        var db = new Listing();
        Assert.Equal(1, (await cache.GetOrLoadAsync("sessions", db.LoadAsync))[0]);

        clock.Advance(TimeSpan.FromMilliseconds(300));
        db.Remaining = 0; // the last slot is taken by a successful claim (no "full" answer marks the cache)
        clock.Advance(TimeSpan.FromMilliseconds(699));
        Assert.Equal(1, (await cache.GetOrLoadAsync("sessions", db.LoadAsync))[0]); // 0.999 s after the read: still allowed
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, (await cache.GetOrLoadAsync("sessions", db.LoadAsync))[0]); // one second after the read: never older
        Assert.Equal(2, db.Reads);
    }

    [Fact]
    public async Task A_full_answer_clears_the_listings_and_marks_the_session_full_for_a_second_unless_a_slot_comes_back()
    {
        var clock = new ManualClock();
        var cache = new AvailabilityCache(clock);
        var db = new Listing();
        var session = Guid.NewGuid();
        await cache.GetOrLoadAsync("sessions", db.LoadAsync);

        db.Remaining = 0;
        cache.MarkFull(session, ServiceType.Marriage);
        Assert.Equal(0, (await cache.GetOrLoadAsync("sessions", db.LoadAsync))[0]); // at once, not a second later
        Assert.True(cache.KnownFull(session, ServiceType.Marriage));
        Assert.False(cache.KnownFull(session, ServiceType.Divorce));
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.True(cache.KnownFull(session, ServiceType.Marriage));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(cache.KnownFull(session, ServiceType.Marriage)); // the next claim asks the database again

        cache.MarkFull(session, ServiceType.Marriage);
        db.Remaining = 1;
        cache.Invalidate(session, ServiceType.Marriage); // a cancellation gave a slot back
        Assert.False(cache.KnownFull(session, ServiceType.Marriage));
        Assert.Equal(1, (await cache.GetOrLoadAsync("sessions", db.LoadAsync))[0]);
    }

    [Fact]
    public async Task Concurrent_misses_share_one_load_and_a_failed_load_is_not_kept()
    {
        var cache = new AvailabilityCache(new ManualClock());
        var gate = new TaskCompletionSource<List<int>>();
        var loads = 0;
        Task<List<int>> Slow()
        {
            Interlocked.Increment(ref loads);
            return gate.Task;
        }
        var readers = Enumerable.Range(0, 20).Select(_ => cache.GetOrLoadAsync("sessions", Slow)).ToList();
        gate.SetResult([7]);
        Assert.All(await Task.WhenAll(readers), r => Assert.Equal(7, r[0]));
        Assert.Equal(1, loads);

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrLoadAsync<List<int>>("other", () => throw new InvalidOperationException("down")));
        Assert.Equal(3, (await cache.GetOrLoadAsync("other", () => Task.FromResult(new List<int> { 3 })))[0]);
    }
}
