using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>
/// The 8:30 rush on the real claim path (BookingService → claim queue → one transaction per
/// batch) and the real database: 2,000 attempts fired at once at a session of 100 slots.
/// </summary>
public abstract class RushTests(AppFixture app, ITestOutputHelper output)
{
    private const string Full = "/problems/session-full";
    private const string Duplicate = "/problems/duplicate-booking";

    private sealed record Attempt(string Man, string Woman);

    private sealed record Answer(Attempt Attempt, string Outcome, string? Code);

    [Fact]
    public async Task Two_thousand_concurrent_attempts_at_100_slots_book_exactly_100_and_every_other_is_told_full_or_duplicate()
    {
        var (sessionId, date) = await NewSessionAsync(slots: 100, firstDay: 40);
        // 1,900 distinct couples, and 100 men trying a second time that day with someone else, all mixed together
        var couples = Couples(1_900, seed: 0);
        var again = Couples(100, seed: 1_900).Select((c, i) => c with { Man = couples[i * 19].Man });
        var attempts = couples.Concat(again).OrderBy(_ => Random.Shared.Next()).ToList();

        var sw = Stopwatch.StartNew();
        var answers = await FireAsync(sessionId, attempts);
        output.WriteLine($"{app.ProviderName}: {attempts.Count} attempts answered in {sw.ElapsedMilliseconds} ms");

        var booked = answers.Where(a => a.Outcome == "booked").ToList();
        var odd = answers.Where(a => a.Outcome is not ("booked" or Full or Duplicate)).Select(a => a.Outcome).Distinct().ToList();
        Assert.True(odd.Count == 0, "answers other than booked/full/duplicate: " + string.Join(" | ", odd));
        Assert.Equal(100, booked.Count);
        Assert.Equal(1_900, answers.Count(a => a.Outcome is Full or Duplicate));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var quota = await db.Quotas.AsNoTracking().SingleAsync(q => q.SessionId == sessionId && q.ServiceType == ServiceType.Marriage);
        var rows = await db.Appointments.IgnoreQueryFilters().AsNoTracking().Where(a => a.SessionId == sessionId).ToListAsync();
        var holding = rows.Count(a => a.HoldsSlot);
        Assert.Equal(0, quota.Remaining);
        Assert.Equal(quota.Capacity, quota.Remaining + holding);
        // refused claims left nothing behind: exactly the 100 told "booked", each once, with both day locks
        Assert.Equal(booked.Select(b => b.Code).Order(), rows.Select(r => r.Code).Order());
        var locks = await db.DayLocks.AsNoTracking().Where(l => l.Date == date).ToListAsync();
        Assert.Equal(200, locks.Count);
        foreach (var b in booked)
        {
            var row = Assert.Single(rows, r => r.Code == b.Code);
            Assert.Equal(AppointmentStatus.Confirmed, row.Status);
            Assert.Equal(new[] { b.Attempt.Man, b.Attempt.Woman }, new[] { row.PartyAIdNumber, row.PartyBIdNumber! });
            Assert.Equal(new[] { b.Attempt.Man, b.Attempt.Woman }.Order(), locks.Where(l => l.AppointmentId == row.Id).Select(l => l.IdNumber).Order());
        }
        // nobody holds two bookings that day, the men who tried twice included
        var persons = rows.SelectMany(r => new[] { r.PartyAIdNumber, r.PartyBIdNumber! }).ToList();
        Assert.Equal(persons.Count, persons.Distinct().Count());
        Assert.Equal(200, await db.Sms.CountAsync(s => rows.Select(r => "appointment:" + r.Code).Contains(s.Topic)));

        // every booking audited (one record each), and the hash chain intact after the rush
        var platform = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var ids = rows.Select(r => r.Id.ToString()).ToList();
        Assert.Equal(100, await platform.AuditLog.CountAsync(e => e.Entity == nameof(Appointment) && e.Action == AuditActions.Create && ids.Contains(e.EntityId!)));
        var chain = await scope.ServiceProvider.GetRequiredService<AuditReader>().VerifyAsync();
        Assert.True(chain.Intact, chain.Message);

        // the public listing shows the session sold out at the latest a second after a listing was read
        var anonymous = app.CreateClient();
        var url = $"/api/v1/marriage/sessions?from={date:yyyy-MM-dd}&to={date:yyyy-MM-dd}";
        async Task<int> RemainingAsync() => (await anonymous.GetFromJsonAsync<JsonElement>(url)).EnumerateArray()
            .Single(s => s.GetProperty("id").GetGuid() == sessionId).GetProperty("quotas")[0].GetProperty("remaining").GetInt32();
        if (await RemainingAsync() > 0)
        {
            await Task.Delay(AvailabilityCache.Ttl + TimeSpan.FromMilliseconds(50));
            Assert.Equal(0, await RemainingAsync());
        }
    }

    [Fact]
    public async Task Cancellations_during_a_rush_give_their_slots_back_without_deadlock_or_over_booking()
    {
        var (sessionId, _) = await NewSessionAsync(slots: 60, firstDay: 70);
        var first = await FireAsync(sessionId, Couples(50, seed: 3_000));
        var codes = first.Where(a => a.Outcome == "booked").Select(a => a.Code!).ToList();
        Assert.Equal(50, codes.Count);

        // 30 cancellations and 300 new claims at the same moment
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancels = codes.Take(30).Select(c => Task.Run(async () =>
        {
            await start.Task;
            await using var scope = SystemScope();
            await scope.ServiceProvider.GetRequiredService<BookingService>().CancelAsync(c, "测试取消", default);
        })).ToArray();
        var claims = FireAsync(sessionId, Couples(300, seed: 3_050), start.Task);
        start.SetResult();
        await Task.WhenAll(cancels);
        var second = await claims;
        Assert.All(second, a => Assert.Contains(a.Outcome, new[] { "booked", Full }));

        await using var check = app.Scope();
        var db = check.ServiceProvider.GetRequiredService<MarriageDb>();
        var quota = await db.Quotas.AsNoTracking().SingleAsync(q => q.SessionId == sessionId && q.ServiceType == ServiceType.Marriage);
        var holding = await db.Appointments.IgnoreQueryFilters().CountAsync(a => a.SessionId == sessionId && a.Status != AppointmentStatus.Cancelled);
        Assert.Equal(quota.Capacity, quota.Remaining + holding);
        Assert.Equal(20 + second.Count(a => a.Outcome == "booked"), holding);
        Assert.InRange(holding, 30, 60);
    }

    [Fact]
    public async Task Within_one_batch_a_persons_second_claim_that_day_is_a_duplicate_only_if_the_first_was_booked()
    {
        var (full, date) = await NewSessionAsync(slots: 0, firstDay: 100);
        var (open, _) = await NewSessionAsync(slots: 5, firstDay: 100, SessionPeriod.Afternoon, date);
        var (man, woman) = Couples(1, seed: 4_000)[0];
        var other = Couples(1, seed: 4_010)[0].Woman;

        await using var scope = SystemScope();
        var claimer = scope.ServiceProvider.GetRequiredService<SlotClaimer>();
        // the first claim finds its session full: the second is not a duplicate, it is claimed again later
        var outcomes = await claimer.ClaimBatchAsync([Claim(full, date, man, woman), Claim(open, date, man, other)], default);
        Assert.Equal([ClaimOutcome.Full, ClaimOutcome.Retry], outcomes);
        // the first claim is booked: the second, same person same day, is a duplicate; nothing of it is kept
        outcomes = await claimer.ClaimBatchAsync([Claim(open, date, man, woman), Claim(open, date, man, other)], default);
        Assert.Equal([ClaimOutcome.Booked, ClaimOutcome.Duplicate], outcomes);
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        Assert.Equal(2, await db.DayLocks.CountAsync(l => l.Date == date));
        Assert.Equal(4, (await db.Quotas.AsNoTracking().SingleAsync(q => q.SessionId == open)).Remaining);
    }

    private static PendingClaim Claim(Guid sessionId, DateOnly date, string a, string b)
    {
        var booking = new Appointment
        {
            Code = BookingService.NewCode(), SessionId = sessionId, DivisionCode = "440304", Date = date, ServiceType = ServiceType.Marriage,
            Status = AppointmentStatus.Confirmed, Channel = BookingChannel.Window, PartyAIdNumber = a, PartyAName = "测试甲", PartyAPhone = "13800138001",
            PartyBIdNumber = b, PartyBName = "测试乙", PartyBPhone = "13800138002", BookedBy = "rush.test", CreatedAtUtc = DateTime.UtcNow,
        };
        return new PendingClaim(booking, [a, b], [new SmsMessage { Phone = "13800138001", Text = booking.Code, Topic = "appointment:" + booking.Code, CreatedAtUtc = DateTime.UtcNow }], "", null);
    }

    private AsyncServiceScope SystemScope()
    {
        var scope = app.Scope();
        // a window clerk of the whole city: the same eligibility and claim path as online, without the booking-window dates
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("rush.test");
        return scope;
    }

    private async Task<List<Answer>> FireAsync(Guid sessionId, IReadOnlyList<Attempt> attempts, Task? go = null)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = attempts.Select(a => Task.Run(async () =>
        {
            await start.Task;
            await using var scope = SystemScope();
            var request = new BookAppointmentRequest(sessionId, ServiceType.Marriage,
                new PartyInput(a.Man, "测试甲", "13800138001"), new PartyInput(a.Woman, "测试乙", "13800138002"));
            try
            {
                var v = await scope.ServiceProvider.GetRequiredService<BookingService>().BookAsync(request, BookingChannel.Window, default);
                return new Answer(a, "booked", v.Code);
            }
            catch (BusinessRuleException e) when (e.ProblemType is Full or Duplicate)
            {
                return new Answer(a, e.ProblemType, null);
            }
            catch (Exception e)
            {
                return new Answer(a, $"{e.GetType().Name}: {e.Message}", null);
            }
        })).ToArray();
        if (go is not null)
        {
            await go;
        }
        start.SetResult();
        return (await Task.WhenAll(tasks)).ToList();
    }

    /// <summary>A special session of 福田 far enough ahead that no generated session or other test shares its day.</summary>
    private async Task<(Guid, DateOnly)> NewSessionAsync(int slots, int firstDay, SessionPeriod period = SessionPeriod.Morning, DateOnly? on = null)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == "FT");
        var date = on ?? ChinaTime.Today(TimeProvider.System).AddDays(firstDay);
        while (on is null && await db.Sessions.AnyAsync(s => s.OfficeId == office.Id && s.Date == date))
        {
            date = date.AddDays(1);
        }
        var session = new Session
        {
            OfficeId = office.Id, DivisionCode = office.DivisionCode, Date = date, Period = period,
            Start = period == SessionPeriod.Morning ? new TimeOnly(9, 0) : new TimeOnly(14, 0),
            End = period == SessionPeriod.Morning ? new TimeOnly(11, 30) : new TimeOnly(17, 30), Kind = SessionKind.Special, Label = "抢号测试",
        };
        session.Quotas.Add(new SessionQuota { SessionId = session.Id, ServiceType = ServiceType.Marriage, Capacity = slots, Remaining = slots });
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return (session.Id, date);
    }

    /// <summary>
    /// Couples with hukou in 福田, sequence numbers below 100 (the demo residents and <see cref="Ids"/>
    /// use 100 and up), so none is in the registry as married; <paramref name="seed"/> keeps sets apart.
    /// </summary>
    private static List<Attempt> Couples(int count, int seed) => Enumerable.Range(seed, count).Select(i =>
    {
        var birth = new DateOnly(1986, 1, 1).AddDays(i / 45);
        var seq = 10 + i % 45 * 2;
        return new Attempt(IdNumber.Create("440304", birth, seq + 1), IdNumber.Create("440304", birth.AddDays(300), seq));
    }).ToList();
}

[Collection(SqliteCollection.Name)]
public sealed class RushTestsOnSqlite(SqliteApp app, ITestOutputHelper output) : RushTests(app, output);

[Collection(PostgresCollection.Name)]
public sealed class RushTestsOnPostgres(PostgresApp app, ITestOutputHelper output) : RushTests(app, output);
