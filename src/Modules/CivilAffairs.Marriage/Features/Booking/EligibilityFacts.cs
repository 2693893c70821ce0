using System.Threading.Channels;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>A recorded no-show of one of the persons asked about.</summary>
internal sealed record NoShowRow(DateOnly Date, string PartyAIdNumber, string? PartyBIdNumber);

/// <summary>What eligibility needs from the databases about some persons: registry facts and recent no-shows.</summary>
internal sealed record PartyFacts(IReadOnlyDictionary<string, ResidentFacts> Residents, IReadOnlyList<NoShowRow> NoShows);

/// <summary>
/// Reads the facts eligibility needs for many bookings at once. During a rush thousands of
/// couples are checked a second; asked one by one, that is two queries per booking, most of a
/// booking's cost. Requests queue here; one reader asks the registry and the no-show history about
/// everyone who arrived while its previous round was out, then hands each caller its own persons'
/// rows. A lone request is answered at once, so a quiet day pays nothing for this. Singleton.
/// </summary>
internal sealed class EligibilityFacts : IAsyncDisposable
{
    private const int MaxPersons = 1_000;

    private sealed record Request(IReadOnlyList<string> Ids, DateOnly NoShowsSince, TaskCompletionSource<PartyFacts> Done);

    private readonly Channel<Request> _queue = Channel.CreateUnbounded<Request>();
    private readonly IServiceScopeFactory _scopes;
    private readonly Task _reader;

    public EligibilityFacts(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        using (ExecutionContext.SuppressFlow())
        {
            _reader = Task.Run(ReadAsync);
        }
    }

    private long _rounds;
    private long _requests;

    /// <summary>Rounds of queries and the requests they answered (for the benchmark).</summary>
    public (long Rounds, long Requests) Answered => (Interlocked.Read(ref _rounds), Interlocked.Read(ref _requests));

    /// <summary>Registry facts of the persons, and their no-shows on or after <paramref name="noShowsSince"/>.</summary>
    public Task<PartyFacts> GetAsync(IReadOnlyList<string> ids, DateOnly noShowsSince, CancellationToken ct)
    {
        var r = new Request(ids, noShowsSince, new TaskCompletionSource<PartyFacts>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(r) ? r.Done.Task.WaitAsync(ct) : throw new InvalidOperationException("The eligibility reader has stopped.");
    }

    private async Task ReadAsync()
    {
        // one scope (and its two DbContexts) for many rounds: creating them costs about as much as the queries
        AsyncServiceScope? scope = null;
        var batch = new List<Request>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            var persons = 0;
            while (persons < MaxPersons && _queue.Reader.TryRead(out var r))
            {
                batch.Add(r);
                persons += r.Ids.Count;
            }
            try
            {
                if (scope is null)
                {
                    scope = _scopes.CreateAsyncScope();
                    // a booking is checked against every person's record, whoever asks: the system reads
                    scope.Value.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("marriage-eligibility");
                }
                await AnswerAsync(batch, scope.Value.ServiceProvider);
                Interlocked.Increment(ref _rounds);
                Interlocked.Add(ref _requests, batch.Count);
            }
            catch (Exception ex)
            {
                foreach (var r in batch)
                {
                    r.Done.TrySetException(ex);
                }
                if (scope is { } broken)
                {
                    scope = null;
                    await broken.DisposeAsync();
                }
            }
        }
        if (scope is { } last)
        {
            await last.DisposeAsync();
        }
    }

    private static async Task AnswerAsync(List<Request> batch, IServiceProvider services)
    {
        var ids = batch.SelectMany(r => r.Ids).Distinct().ToList();
        var since = batch.Min(r => r.NoShowsSince);
        var residents = await services.GetRequiredService<IMaritalStatusRegistry>().GetAsync(ids, CancellationToken.None);
        var noShows = await services.GetRequiredService<MarriageDb>().Appointments.IgnoreQueryFilters().AsNoTracking()
            .Where(x => x.Status == AppointmentStatus.NoShow && x.Date >= since
                && (ids.Contains(x.PartyAIdNumber) || (x.PartyBIdNumber != null && ids.Contains(x.PartyBIdNumber))))
            .Select(x => new NoShowRow(x.Date, x.PartyAIdNumber, x.PartyBIdNumber)).ToListAsync(CancellationToken.None);
        foreach (var r in batch)
        {
            var mine = r.Ids.ToHashSet(StringComparer.OrdinalIgnoreCase);
            r.Done.TrySetResult(new PartyFacts(
                residents.Where(x => mine.Contains(x.Key)).ToDictionary(x => x.Key, x => x.Value, StringComparer.OrdinalIgnoreCase),
                noShows.Where(n => n.Date >= r.NoShowsSince && (mine.Contains(n.PartyAIdNumber) || (n.PartyBIdNumber is { } b && mine.Contains(b)))).ToList()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _reader;
    }
}
