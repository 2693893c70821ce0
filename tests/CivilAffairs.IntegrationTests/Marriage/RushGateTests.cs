using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Marriage.MarriageTestData;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>An app whose booking token bucket holds 5 tokens and refills one a second, with no queue.</summary>
public sealed class TinyBucketSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Marriage:Rush:TokenLimit", "5");
        builder.UseSetting("Marriage:Rush:TokensPerSecond", "1");
        builder.UseSetting("Marriage:Rush:ReplenishMilliseconds", "1000");
        builder.UseSetting("Marriage:Rush:QueueLimit", "0");
    }
}

[CollectionDefinition(Name)]
public sealed class TinyBucketCollection : ICollectionFixture<TinyBucketSqliteApp>
{
    public const string Name = "sqlite-tiny-bucket";
}

/// <summary>The token bucket in front of POST /api/v1/marriage/appointments: 429 with Retry-After, in Chinese, and no over-booking.</summary>
[Collection(TinyBucketCollection.Name)]
public sealed class RushGateTests(TinyBucketSqliteApp app)
{
    [Fact]
    public async Task A_burst_beyond_the_bucket_is_told_429_with_retry_after_and_nothing_over_books()
    {
        var client = await app.ClientForAsync("citizen.demo");
        var sessionId = (await SessionAsync(client, free: 3)).GetProperty("id").GetGuid();
        await using (var scope = app.Scope())
        {
            // three slots left: the burst sells the session out
            var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
            var holding = await db.Appointments.IgnoreQueryFilters().CountAsync(a => a.SessionId == sessionId && a.ServiceType == ServiceType.Marriage
                && a.Status != AppointmentStatus.Cancelled);
            await db.Quotas.Where(q => q.SessionId == sessionId && q.ServiceType == ServiceType.Marriage)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.Capacity, holding + 3).SetProperty(q => q.Remaining, 3));
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ =>
        {
            var (man, woman) = Couple();
            return BookAsync(client, sessionId, man, woman);
        }));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.TooManyRequests }));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.True(refused.Count >= 20, $"only {refused.Count} of 40 refused by a bucket of 5");
        foreach (var r in refused)
        {
            Assert.True(r.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, "429 without Retry-After in seconds");
            var problem = await r.JsonAsync();
            Assert.Equal("/problems/too-busy", problem.GetProperty("type").GetString());
            Assert.Equal("当前预约人数较多，请稍后再试", problem.GetProperty("title").GetString());
            Assert.Equal("当前预约人数较多，请稍后再试", problem.GetProperty("detail").GetString());
            Assert.Equal(429, problem.GetProperty("status").GetInt32());
        }
        foreach (var r in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("/problems/session-full", (await r.JsonAsync()).GetProperty("type").GetString());
        }

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
            var quota = await db.Quotas.AsNoTracking().SingleAsync(q => q.SessionId == sessionId && q.ServiceType == ServiceType.Marriage);
            var holding = await db.Appointments.IgnoreQueryFilters().CountAsync(a => a.SessionId == sessionId && a.ServiceType == ServiceType.Marriage
                && a.Status != AppointmentStatus.Cancelled);
            Assert.Equal(0, quota.Remaining);
            Assert.Equal(quota.Capacity, quota.Remaining + holding);
        }

        // a session known to be full is answered "full" before a token is asked for: the empty bucket does not matter
        app.Services.GetRequiredService<AvailabilityCache>().MarkFull(sessionId, ServiceType.Marriage);
        for (var i = 0; i < 3; i++)
        {
            var (man, woman) = Couple();
            var r = await BookAsync(client, sessionId, man, woman);
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Equal("/problems/session-full", (await r.JsonAsync()).GetProperty("type").GetString());
        }
    }
}
