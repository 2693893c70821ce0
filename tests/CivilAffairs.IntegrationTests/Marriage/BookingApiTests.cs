using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Marriage.MarriageTestData;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>Booking through the API: the code and SMS, the 409 kinds, ineligibility, cancel, and who sees what.</summary>
public abstract class BookingApiTests(AppFixture app)
{
    [Fact]
    public async Task A_citizen_books_gets_a_code_and_an_sms_and_the_session_has_one_slot_less()
    {
        var client = await app.ClientForAsync("citizen.demo");
        var session = await SessionAsync(client);
        var before = session.GetProperty("quotas").EnumerateArray().First(q => q.GetProperty("serviceType").GetString() == "Marriage").GetProperty("remaining").GetInt32();
        var (man, woman) = Couple();
        var r = await BookAsync(client, session.GetProperty("id").GetGuid(), man, woman);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = await r.JsonAsync();
        var code = body.GetProperty("code").GetString()!;
        Assert.Matches("^[2-9A-HJ-NP-Z]{8}$", code);
        Assert.Equal("已预约", body.GetProperty("statusName").GetString());
        Assert.DoesNotContain(man[6..14], body.GetProperty("partyAIdNumber").GetString(), StringComparison.Ordinal);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var quota = await db.Quotas.IgnoreQueryFilters().SingleAsync(q => q.SessionId == session.GetProperty("id").GetGuid() && q.ServiceType == ServiceType.Marriage);
        var holding = await db.Appointments.IgnoreQueryFilters().CountAsync(a => a.SessionId == quota.SessionId && a.ServiceType == ServiceType.Marriage
            && a.Status != AppointmentStatus.Cancelled);
        Assert.Equal(quota.Capacity, quota.Remaining + holding);
        Assert.True(quota.Remaining < before);
        var sms = await db.Sms.Where(s => s.Topic == "appointment:" + code).ToListAsync();
        Assert.Equal(2, sms.Count);
        Assert.All(sms, s => Assert.Contains(code, s.Text, StringComparison.Ordinal));
        Assert.All(sms, s => Assert.DoesNotContain(man, s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_person_twice_on_a_day_is_a_409_duplicate_booking()
    {
        var client = await app.ClientForAsync("citizen.demo");
        var session = await SessionAsync(client, free: 3);
        var (man, woman) = Couple();
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(client, session.GetProperty("id").GetGuid(), man, woman)).StatusCode);
        var again = await BookAsync(client, session.GetProperty("id").GetGuid(), man, Couple().Woman);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.JsonAsync();
        Assert.Equal("/problems/duplicate-booking", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_under_age_groom_is_refused_with_the_reason_before_any_slot_is_taken()
    {
        var client = await app.ClientForAsync("citizen.demo");
        var session = await SessionAsync(client);
        var young = Ids.Of(CivilAffairs.Platform.Values.Sex.Male, DateTime.UtcNow.Year - 21);
        var r = await BookAsync(client, session.GetProperty("id").GetGuid(), young, Couple().Woman);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("22周岁", await r.FieldErrorAsync("eligibility"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Since_May_2025_a_couple_whose_hukou_is_elsewhere_may_book_any_office()
    {
        // 2018–2025 the office had to serve one party's hukou (unit-tested); 国务院令第804号 made registration nationwide
        var client = await app.ClientForAsync("citizen.demo");
        var session = await SessionAsync(client);
        var r = await BookAsync(client, session.GetProperty("id").GetGuid(),
            Ids.Of(CivilAffairs.Platform.Values.Sex.Male, 1990, "440305"), Ids.Of(CivilAffairs.Platform.Values.Sex.Female, 1991, "110101"));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
    }

    [Fact]
    public async Task Cancelling_gives_the_slot_back_and_another_citizen_cannot_see_or_cancel_it()
    {
        var client = await app.ClientForAsync("citizen.demo");
        var session = await SessionAsync(client);
        var (man, woman) = Couple();
        var code = (await (await BookAsync(client, session.GetProperty("id").GetGuid(), man, woman)).JsonAsync()).GetProperty("code").GetString();
        var clerkOfAnotherDistrict = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await clerkOfAnotherDistrict.GetAsync($"/api/v1/marriage/appointments/{code}")).StatusCode);
        var mine = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/marriage/appointments/mine");
        Assert.Contains(mine.EnumerateArray(), a => a.GetProperty("code").GetString() == code);

        var del = await client.DeleteAsync($"/api/v1/marriage/appointments/{code}");
        Assert.Equal(HttpStatusCode.OK, del.StatusCode);
        Assert.Equal("已取消", (await del.JsonAsync()).GetProperty("statusName").GetString());
        // the same couple may book again that day: their day locks went with the cancellation
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(client, session.GetProperty("id").GetGuid(), man, woman)).StatusCode);
    }

    [Fact]
    public async Task Registries_and_sessions_are_public_and_booking_needs_an_account()
    {
        var anonymous = app.CreateClient();
        var session = await SessionAsync(anonymous);
        var (man, woman) = Couple();
        Assert.Equal(HttpStatusCode.Unauthorized, (await BookAsync(anonymous, session.GetProperty("id").GetGuid(), man, woman)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BookingApiTestsOnSqlite(SqliteApp app) : BookingApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BookingApiTestsOnPostgres(PostgresApp app) : BookingApiTests(app);
