using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>The registration office's 待办提醒: call-backs for a closed session, divorces about to lapse; only in its district.</summary>
public abstract class MarriageRemindersTests(AppFixture app)
{
    private async Task<string> HomeAsync(string user) =>
        await (await (await app.ClientForAsync(user)).GetAsync("/")).Content.ReadAsStringAsync();

    [Fact]
    public async Task A_futian_registrar_is_reminded_of_bookings_on_a_closed_session_and_a_lapsing_divorce_and_nanshan_is_not()
    {
        await app.OnceAsync("marriage-reminders", async () =>
        {
            await using var scope = app.Scope();
            var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
            var office = await db.Offices.SingleAsync(o => o.Code == "FT");
            var today = ChinaTime.Today(TimeProvider.System);
            // a session far enough ahead that no other test books it, closed after a couple booked it
            var session = new Session
            {
                OfficeId = office.Id, DivisionCode = office.DivisionCode, Date = today.AddDays(400), Period = SessionPeriod.Morning,
                Start = new TimeOnly(9, 0), End = new TimeOnly(11, 30), Kind = SessionKind.Weekday, IsClosed = true, ClosedReason = "台风停办",
                Quotas = [new SessionQuota { ServiceType = ServiceType.Marriage, Capacity = 10, Remaining = 9 }],
            };
            db.Sessions.Add(session);
            db.Appointments.Add(new Appointment
            {
                Code = "RMD" + Random.Shared.Next(10000, 99999), SessionId = session.Id, OfficeId = office.Id, DivisionCode = office.DivisionCode,
                Date = session.Date, Period = session.Period, ServiceType = ServiceType.Marriage, Status = AppointmentStatus.Confirmed,
                PartyAIdNumber = Ids.Of(Sex.Male, 1990), PartyAName = "提醒甲", PartyAPhone = "13800000001",
                PartyBIdNumber = Ids.Of(Sex.Female, 1991), PartyBName = "提醒乙", PartyBPhone = "13800000002", BookedBy = "test",
                CreatedAtUtc = DateTime.UtcNow,
            });
            db.Divorces.Add(new DivorceApplication
            {
                OfficeId = office.Id, DivisionCode = office.DivisionCode, AppliedOn = today.AddDays(-58), EarliestRegistrationOn = today.AddDays(-27),
                LapsesAfter = today.AddDays(2), Status = DivorceStatus.CoolingOff, PartyAIdNumber = Ids.Of(Sex.Male, 1980), PartyAName = "离甲",
                PartyBIdNumber = Ids.Of(Sex.Female, 1982), PartyBName = "离乙", CreatedAtUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            return "done";
        });

        var futian = await HomeAsync("futian.marriage");
        Assert.Contains("停办场次需电话通知的预约", futian, StringComparison.Ordinal);
        Assert.Contains("离婚申请3日内期满", futian, StringComparison.Ordinal);
        Assert.Contains("/marriage/divorces", futian, StringComparison.Ordinal);
        Assert.DoesNotContain("停办场次需电话通知的预约", await HomeAsync("nanshan.street"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MarriageRemindersTestsOnSqlite(SqliteApp app) : MarriageRemindersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MarriageRemindersTestsOnPostgres(PostgresApp app) : MarriageRemindersTests(app);
