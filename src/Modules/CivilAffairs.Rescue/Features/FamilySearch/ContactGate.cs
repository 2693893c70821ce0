using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CivilAffairs.Rescue.Features.FamilySearch;

/// <summary>
/// Per-IP fixed window on "我可能认识此人" replies (the only anonymous write in the module), shared by
/// the API endpoint and the page so both draw on one allowance. Rescue:ContactPerHour sets the limit.
/// </summary>
internal sealed class ContactGate(IConfiguration config) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(ip =>
        RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, config.GetValue("Rescue:ContactPerHour", 5)),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public const string TooMany = "提交过于频繁，请一小时后再试，或直接拨打公告上的救助站电话。";

    public bool TryEnter(HttpContext ctx)
    {
        using var lease = _limiter.AttemptAcquire(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
