using System.Threading.Channels;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>One booking waiting for its slot, and who asked (for its audit record).</summary>
internal sealed class PendingClaim(Appointment booking, IReadOnlyList<string> idNumbers, IReadOnlyList<SmsMessage> sms, string actorRole, string? clientIp)
{
    public Appointment Booking { get; } = booking;

    public IReadOnlyList<string> IdNumbers { get; } = idNumbers.Distinct().ToList();

    public IReadOnlyList<SmsMessage> Sms { get; } = sms;

    public string ActorRole { get; } = actorRole;

    public string? ClientIp { get; } = clientIp;

    public TaskCompletionSource<ClaimOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Another booking already has this code: take a new one, in the SMS texts too.</summary>
    public void Recode(string code)
    {
        var old = Booking.Code;
        Booking.Code = code;
        foreach (var s in Sms)
        {
            s.Text = s.Text.Replace(old, code, StringComparison.Ordinal);
            s.Topic = s.Topic.Replace(old, code, StringComparison.Ordinal);
        }
    }
}

/// <summary>
/// Group commit for the rush. Every audited transaction takes the audit chain's global lock
/// until it commits, so one claim per transaction caps the whole city at one transaction's
/// round trips (measured: a few dozen claims a second under load). Claims therefore queue here
/// and a writer commits whatever has gathered while the previous transaction ran — up to
/// <see cref="RushSettings.MaxBatch"/> — in one transaction (<see cref="SlotClaimer.ClaimBatchAsync"/>).
/// Each claim still gets its own answer, its own booking row, day locks, SMS rows and audit record;
/// the database constraints decide, so several processes may run this side by side.
/// Singleton, per process.
/// </summary>
internal sealed partial class ClaimQueue : IAsyncDisposable
{
    private const int Retries = 3;

    private readonly Channel<PendingClaim> _queue = Channel.CreateUnbounded<PendingClaim>();
    private readonly IServiceScopeFactory _scopes;
    private readonly RushSettings _settings;
    private readonly ILogger<ClaimQueue> _log;
    private readonly Task[] _writers;

    public ClaimQueue(IServiceScopeFactory scopes, RushSettings settings, DatabaseOptions db, ILogger<ClaimQueue> log)
    {
        _scopes = scopes;
        _settings = settings;
        _log = log;
        // SQLite has one writer at a time: a second would only wait on the file lock
        var writers = db.Provider == DatabaseProvider.Sqlite ? 1 : settings.ClaimWriters;
        // no request's context (HttpContext, user) flows into the writers
        using (ExecutionContext.SuppressFlow())
        {
            _writers = Enumerable.Range(0, writers).Select(_ => Task.Run(WriteAsync)).ToArray();
        }
    }

    private long _batches;
    private long _claims;

    /// <summary>Transactions committed and claims they carried (for the benchmark's average batch size).</summary>
    public (long Batches, long Claims) Committed => (Interlocked.Read(ref _batches), Interlocked.Read(ref _claims));

    public Task<ClaimOutcome> ClaimAsync(PendingClaim claim) =>
        _queue.Writer.TryWrite(claim) ? claim.Done.Task : throw new InvalidOperationException("The claim queue has stopped.");

    /// <summary>
    /// One writer's DI scope and DbContext, kept from batch to batch: creating them costs about
    /// as much as a batch's statements. Replaced after any failure, so a broken connection or
    /// context never carries over.
    /// </summary>
    private sealed class Writer(IServiceScopeFactory scopes) : IAsyncDisposable
    {
        private AsyncServiceScope? _scope;
        private SlotClaimer? _claimer;

        public SlotClaimer Claimer
        {
            get
            {
                if (_claimer is null)
                {
                    var scope = scopes.CreateAsyncScope();
                    // the batch acts as the system; each booking's audit record names its own booker
                    scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("marriage-claims");
                    _scope = scope;
                    _claimer = scope.ServiceProvider.GetRequiredService<SlotClaimer>();
                }
                return _claimer;
            }
        }

        public async ValueTask DisposeAsync()
        {
            _claimer = null;
            if (_scope is { } s)
            {
                _scope = null;
                await s.DisposeAsync();
            }
        }
    }

    private async Task WriteAsync()
    {
        await using var writer = new Writer(_scopes);
        var batch = new List<PendingClaim>(_settings.MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _settings.MaxBatch && _queue.Reader.TryRead(out var c))
            {
                batch.Add(c);
            }
            if (batch.Count > 0)
            {
                await CommitAsync(batch, writer);
            }
        }
    }

    private async Task CommitAsync(IReadOnlyList<PendingClaim> batch, Writer writer)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                ClaimOutcome[] outcomes;
                try
                {
                    outcomes = await writer.Claimer.ClaimBatchAsync(batch, CancellationToken.None);
                }
                catch
                {
                    await writer.DisposeAsync();
                    throw;
                }
                Interlocked.Increment(ref _batches);
                Interlocked.Add(ref _claims, batch.Count);
                for (var i = 0; i < batch.Count; i++)
                {
                    if (outcomes[i] != ClaimOutcome.Retry)
                    {
                        batch[i].Done.TrySetResult(outcomes[i]);
                    }
                    else if (!_queue.Writer.TryWrite(batch[i]))
                    {
                        batch[i].Done.TrySetException(new InvalidOperationException("The claim queue has stopped."));
                    }
                }
                return;
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < Retries)
            {
                Retrying(_log, batch.Count, attempt, ex.Message);
            }
            catch (Exception ex) when (batch.Count == 1 && DbErrors.IsUniqueViolation(ex) && attempt < Retries)
            {
                // day locks cannot collide (ON CONFLICT), so this is the booking code (1 in 32^8 per pair): draw another
                Retrying(_log, 1, attempt, "booking code already taken");
                batch[0].Recode(BookingService.NewCode());
            }
            catch (Exception ex) when (batch.Count > 1)
            {
                // one claim's unexpected failure must not fail the others: each goes on its own
                Splitting(_log, batch.Count, ex);
                foreach (var c in batch)
                {
                    await CommitAsync([c], writer);
                }
                return;
            }
            catch (Exception ex)
            {
                batch[0].Done.TrySetException(ex);
                return;
            }
        }
    }

    /// <summary>Deadlock or serialisation failure (another process, or a cancellation crossing a batch), or SQLite busy.</summary>
    private static bool IsTransient(Exception ex) => (ex is DbUpdateException { InnerException: { } inner } ? inner : ex) switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        SqliteException s => s.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        _ => false,
    };

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Claim batch of {Count} retried (attempt {Attempt}): {Reason}")]
    private static partial void Retrying(ILogger logger, int count, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Claim batch of {Count} failed; committing its claims one by one")]
    private static partial void Splitting(ILogger logger, int count, Exception ex);
}
