using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Offices;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>The periodic chores mark a booking whose session is over as 爽约, and leave a future one alone.</summary>
public abstract class NoShowChoresTests(AppFixture app)
{
    [Fact]
    public async Task A_booking_left_unattended_on_a_past_day_becomes_a_no_show_and_a_future_one_stays_booked()
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var office = await db.Offices.SingleAsync(o => o.Code == "YT");
        var today = ChinaTime.Today(TimeProvider.System);
        Appointment Booking(DateOnly date) => new()
        {
            Code = "NS" + Random.Shared.Next(100000, 999999), SessionId = Guid.CreateVersion7(), OfficeId = office.Id, DivisionCode = office.DivisionCode,
            Date = date, Period = SessionPeriod.Morning, ServiceType = ServiceType.Marriage, Status = AppointmentStatus.Confirmed,
            PartyAIdNumber = Ids.Of(Sex.Male, 1990), PartyAName = "爽约甲", PartyAPhone = "13800000011", BookedBy = "test", CreatedAtUtc = DateTime.UtcNow,
        };
        var past = Booking(today.AddDays(-3));
        var future = Booking(today.AddDays(300));
        db.Appointments.AddRange(past, future);
        await db.SaveChangesAsync();

        await scope.ServiceProvider.GetRequiredService<MarriageChores>().MarkNoShowsAsync(CancellationToken.None);

        db.ChangeTracker.Clear();
        Assert.Equal(AppointmentStatus.NoShow, (await db.Appointments.SingleAsync(a => a.Id == past.Id)).Status);
        Assert.Equal(AppointmentStatus.Confirmed, (await db.Appointments.SingleAsync(a => a.Id == future.Id)).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NoShowChoresTestsOnSqlite(SqliteApp app) : NoShowChoresTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NoShowChoresTestsOnPostgres(PostgresApp app) : NoShowChoresTests(app);
