using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>
/// The token bucket in front of POST /api/v1/marriage/appointments (one per process): a burst
/// up to <see cref="RushSettings.TokenLimit"/> passes at once, then
/// <see cref="RushSettings.TokensPerSecond"/>; up to <see cref="RushSettings.QueueLimit"/>
/// requests wait for a token, and the rest are told at once to come back later (HTTP 429 with
/// Retry-After), so the database only ever sees admitted claims. Claims for a session the cache
/// knows to be full are answered before a token is taken: they cost nothing and must not crowd
/// out claims that can still succeed.
/// </summary>
internal sealed class RushGate(RushSettings settings) : IAsyncDisposable
{
    private readonly TokenBucketRateLimiter _bucket = new(settings.BucketOptions());

    /// <summary>Seconds a refused client should wait: a queue's worth of tokens, at least one second.</summary>
    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling((double)(settings.QueueLimit + 1) / settings.TokensPerSecond));

    public async ValueTask<bool> AdmitAsync(CancellationToken ct)
    {
        using var lease = await _bucket.AcquireAsync(1, ct);
        return lease.IsAcquired;
    }

    /// <summary>429 with Retry-After and a Chinese problem body (type /problems/too-busy).</summary>
    public IResult TooBusy(HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Type = BookingProblems.TooBusy,
            Title = BookingProblems.TooBusyMessage,
            Detail = BookingProblems.TooBusyMessage,
        });
    }

    public ValueTask DisposeAsync() => _bucket.DisposeAsync();
}
