using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Sms;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>The periodic chores, each idempotent: open the rolling window, mark no-shows, lapse divorces, send SMS.</summary>
internal sealed class MarriageChores(MarriageDb db, SessionGenerator sessions, MarriagePolicyReader policies, SmsDispatcher sms, TimeProvider clock)
{
    public sealed record Result(int SessionsCreated, int NoShows, int Lapsed, int SmsSent);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var window = await policies.BookingAsync(today, "4403", ct);
        var created = await sessions.EnsureAsync(today, today.AddDays(window.MaxDaysAhead), null, ct);
        var noShows = await MarkNoShowsAsync(ct);
        var lapsed = await db.Divorces.Where(d => d.Status == DivorceStatus.CoolingOff && d.LapsesAfter != null && d.LapsesAfter < today)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DivorceStatus.Lapsed).SetProperty(d => d.ClosedReason, "期满未申请发给离婚证，视为撤回"), ct);
        var sent = await sms.SendPendingAsync(500, ct);
        return new Result(created, noShows, lapsed, sent);
    }

    /// <summary>Bookings still "已预约" after their session ended did not come (爽约).</summary>
    public async Task<int> MarkNoShowsAsync(CancellationToken ct)
    {
        var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var time = TimeOnly.FromDateTime(now);
        // only today's sessions need their end time; every earlier day has ended (no list of all past sessions)
        var endedToday = await db.Sessions.Where(s => s.Date == today && s.End <= time).Select(s => s.Id).ToListAsync(ct);
        var late = await db.Appointments.Where(a => a.Status == AppointmentStatus.Confirmed
            && (a.Date < today || (a.Date == today && endedToday.Contains(a.SessionId)))).ToListAsync(ct);
        foreach (var a in late)
        {
            a.Status = AppointmentStatus.NoShow;
            a.Version++;
        }
        await db.SaveChangesAsync(ct);
        return late.Count;
    }
}

/// <summary>Runs <see cref="MarriageChores"/> every few minutes (Marriage:ChoresMinutes, 0 = off, as in tests).</summary>
internal sealed partial class MarriageHousekeeping(IServiceScopeFactory scopes, IConfiguration config, ILogger<MarriageHousekeeping> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = config.GetValue("Marriage:ChoresMinutes", 5);
        if (minutes <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("marriage-chores");
                var r = await scope.ServiceProvider.GetRequiredService<MarriageChores>().RunAsync(stoppingToken);
                Ran(log, r.SessionsCreated, r.NoShows, r.Lapsed, r.SmsSent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(log, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Marriage chores: {Sessions} sessions opened, {NoShows} no-shows, {Lapsed} divorces lapsed, {Sms} SMS sent")]
    private static partial void Ran(ILogger logger, int sessions, int noShows, int lapsed, int sms);

    [LoggerMessage(Level = LogLevel.Error, Message = "Marriage chores failed")]
    private static partial void Failed(ILogger logger, Exception ex);
}
