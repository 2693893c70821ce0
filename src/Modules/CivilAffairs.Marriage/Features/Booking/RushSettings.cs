using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>
/// Operational settings of the booking rush (configuration "Marriage:Rush", documented in
/// docs/performance-marriage.md). These size the machinery to the hardware; they are not legal
/// parameters, so they live in configuration and not in the effective-dated parameter table.
/// The defaults admit about 40 % of what one 2-core node committed in the benchmark (about 2,500
/// claims/s), leaving the rest for the portal's pages and listings; size them per node.
/// </summary>
internal sealed record RushSettings
{
    /// <summary>Burst size of the token bucket in front of POST /api/v1/marriage/appointments.</summary>
    public int TokenLimit { get; init; } = 1000;

    /// <summary>Claims admitted per second once a burst has used the bucket up.</summary>
    public int TokensPerSecond { get; init; } = 1000;

    /// <summary>Requests that may wait for a token (at most about a second) before a 429.</summary>
    public int QueueLimit { get; init; } = 1000;

    /// <summary>How often tokens are added (in steps, so the admitted load is smooth, not once a second).</summary>
    public int ReplenishMilliseconds { get; init; } = 100;

    /// <summary>Most claims committed together in one transaction (group commit).</summary>
    public int MaxBatch { get; init; } = 128;

    /// <summary>Claim transactions in flight at once on PostgreSQL (SQLite has one writer anyway).</summary>
    public int ClaimWriters { get; init; } = 2;

    public static RushSettings From(IConfiguration configuration)
    {
        var s = configuration.GetSection("Marriage:Rush").Get<RushSettings>() ?? new RushSettings();
        return s with
        {
            TokenLimit = Math.Max(1, s.TokenLimit),
            TokensPerSecond = Math.Max(1, s.TokensPerSecond),
            QueueLimit = Math.Max(0, s.QueueLimit),
            ReplenishMilliseconds = Math.Clamp(s.ReplenishMilliseconds, 10, 1000),
            MaxBatch = Math.Clamp(s.MaxBatch, 1, 1000),
            ClaimWriters = Math.Clamp(s.ClaimWriters, 1, 16),
        };
    }

    public TokenBucketRateLimiterOptions BucketOptions()
    {
        var perStep = Math.Max(1, (int)Math.Round(TokensPerSecond * ReplenishMilliseconds / 1000.0));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = TokenLimit,
            TokensPerPeriod = perStep,
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(ReplenishMilliseconds),
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }
}

/// <summary>The rush machinery: settings, the claim queue (group commit), the shared eligibility reader and the token bucket.</summary>
internal static class RushFeature
{
    public static IServiceCollection AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp => RushSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ClaimQueue>();
        services.AddSingleton<EligibilityFacts>();
        services.AddSingleton<RushGate>();
        return services;
    }
}
