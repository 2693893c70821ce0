using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.UnitTests.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Marriage.MarriageTestData;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>
/// The registration window through the API: a walk-in booked at the window, checked in, registered
/// with a certificate number; the marital status in the Registry; the divorce cooling-off and its
/// withdrawal; the refusals; and what a registrar of another district cannot see.
/// </summary>
public abstract class RegistrationApiTests(AppFixture app)
{
    private const string Clerk = "futian.marriage";

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    private async Task<JsonElement> WindowBookAsync(Guid sessionId, string a, string b, string type = "Marriage")
    {
        var r = await BookAsync(await app.ClientForAsync(Clerk), sessionId, a, b, type);
        var body = await r.JsonAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"window booking: {(int)r.StatusCode} {body}");
        Assert.Equal("Window", body.GetProperty("channel").GetString());
        return body;
    }

    private async Task<string> CheckedInAsync(Guid sessionId, string a, string b, string type = "Marriage")
    {
        var code = (await WindowBookAsync(sessionId, a, b, type)).GetProperty("code").GetString()!;
        var r = await (await app.ClientForAsync(Clerk)).PostAsJsonAsync("/api/v1/marriage/check-ins", new { code });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("已签到", (await r.JsonAsync()).GetProperty("statusName").GetString());
        return code;
    }

    private async Task<HttpResponseMessage> RegisterAsync(string code, bool declarationsSigned = true) =>
        await (await app.ClientForAsync(Clerk)).PostAsJsonAsync("/api/v1/marriage/registrations", new { appointmentCode = code, declarationsSigned, note = "测试" });

    [Fact]
    public async Task A_walk_in_couple_is_married_at_the_window_and_the_registry_records_a_first_marriage()
    {
        var registry = await app.ClientForAsync("futian.clerk");
        var (man, woman) = Couple();
        var personId = (await (await registry.PostAsJsonAsync("/api/v1/persons", new { idNumber = man, name = "窗口新郎", divisionCode = "440304004022" })).JsonAsync())
            .GetProperty("id").GetString();
        var before = await registry.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{personId}");
        Assert.False(before.TryGetProperty("maritalStatusCode", out var none) && none.ValueKind != JsonValueKind.Null);

        var session = await OpenSessionTodayAsync(app);
        var code = await CheckedInAsync(session, man, woman);

        var refused = await RegisterAsync(code, declarationsSigned: false);
        Assert.Contains("声明书", await refused.FieldErrorAsync("declarationsSigned"), StringComparison.Ordinal);

        var r = await RegisterAsync(code);
        var body = await r.JsonAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"register: {(int)r.StatusCode} {body}");
        Assert.Equal("Registered", body.GetProperty("outcome").GetString());
        var registration = body.GetProperty("registration");
        var number = registration.GetProperty("certificateNumber").GetString()!;
        Assert.Matches($"^J440304-{Today.Year}-\\d{{6}}$", number);
        Assert.Equal(r.Headers.Location?.OriginalString, $"/api/v1/marriage/registrations/{registration.GetProperty("id").GetGuid()}");
        Assert.Equal(Masking.IdNumber(man), registration.GetProperty("partyAIdNumber").GetString());

        var after = await registry.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{personId}");
        Assert.True(after.TryGetProperty("maritalStatusCode", out var ms), after.ToString());
        Assert.Equal("21", ms.GetString());
        Assert.Equal("初婚", after.GetProperty("maritalStatusName").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), after.GetProperty("maritalStatusSince").GetString());

        var clerk = await app.ClientForAsync(Clerk);
        var again = await RegisterAsync(code);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var list = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/registrations?type=Marriage&from={Today:yyyy-MM-dd}&pageSize=200");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), x => x.GetProperty("certificateNumber").GetString() == number);
        var desk = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/desk/bookings/{code}");
        Assert.Equal(number, desk.GetProperty("registration").GetProperty("certificateNumber").GetString());
        Assert.Equal("已办结", desk.GetProperty("booking").GetProperty("statusName").GetString());
        var today = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/marriage/desk/today");
        Assert.Contains(today.GetProperty("appointments").EnumerateArray(), a => a.GetProperty("code").GetString() == code);
        Assert.Contains(today.GetProperty("sessions").EnumerateArray(), s => s.GetProperty("id").GetGuid() == session && s.GetProperty("completed").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_registration_record_pdf_states_the_certificate_number_and_masks_the_ids()
    {
        var (man, woman) = Couple();
        var code = await CheckedInAsync(await OpenSessionTodayAsync(app), man, woman);
        var registration = (await (await RegisterAsync(code)).JsonAsync()).GetProperty("registration");
        var r = await (await app.ClientForAsync(Clerk)).GetAsync($"/api/v1/marriage/registrations/{registration.GetProperty("id").GetGuid()}/record.pdf");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        var path = Poppler.Save(bytes, "marriage-record");
        try
        {
            Poppler.KeepArtifact(bytes, $"marriage-record-{app.ProviderName}.pdf");
            var text = Poppler.WhitespaceRemoved(Poppler.Text(path));
            Assert.Contains("结婚登记审查处理表", text, StringComparison.Ordinal);
            Assert.Contains(registration.GetProperty("certificateNumber").GetString()!, text, StringComparison.Ordinal);
            Assert.Contains("福田区婚姻登记处", text, StringComparison.Ordinal);
            Assert.Contains(Masking.IdNumber(man), text, StringComparison.Ordinal);
            Assert.DoesNotContain(man, text, StringComparison.Ordinal);
            Assert.DoesNotContain(woman, text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_booking_not_checked_in_cannot_be_registered()
    {
        var (man, woman) = Couple();
        var code = (await WindowBookAsync(await OpenSessionTodayAsync(app), man, woman)).GetProperty("code").GetString()!;
        var r = await RegisterAsync(code);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("签到", (await r.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_divorce_today_enters_cooling_off_an_earlier_booking_is_refused_and_the_application_can_be_withdrawn()
    {
        var (man, woman) = Couple(1985, 1987);
        var code = await CheckedInAsync(await OpenSessionTodayAsync(app), man, woman, "Divorce");
        var r = await RegisterAsync(code);
        var body = await r.JsonAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"divorce: {(int)r.StatusCode} {body}");
        Assert.Equal("CoolingOff", body.GetProperty("outcome").GetString());
        Assert.False(body.TryGetProperty("registration", out var reg) && reg.ValueKind != JsonValueKind.Null);
        var divorce = body.GetProperty("divorce");
        Assert.Equal(Today.AddDays(31).ToString("yyyy-MM-dd"), divorce.GetProperty("earliestRegistrationOn").GetString());
        Assert.Equal("冷静期中", divorce.GetProperty("statusName").GetString());

        // coming back for the certificate before the cooling-off has passed is refused at booking
        var clerk = await app.ClientForAsync(Clerk);
        var early = await SessionAsync(clerk, "Divorce", free: 1);
        var refused = await BookAsync(clerk, early.GetProperty("id").GetGuid(), man, woman, "Divorce");
        Assert.Contains("冷静期", await refused.FieldErrorAsync("eligibility"), StringComparison.Ordinal);

        var id = divorce.GetProperty("id").GetGuid();
        var list = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/marriage/divorces?status=CoolingOff&pageSize=200");
        var row = list.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == id);
        Assert.True(row.GetProperty("canWithdraw").GetBoolean());
        Assert.Equal("冷静期中", row.GetProperty("stageName").GetString());
        Assert.Equal(Masking.IdNumber(man), row.GetProperty("partyAIdNumber").GetString());

        var withdrawn = await clerk.PostAsJsonAsync($"/api/v1/marriage/divorces/{id}/withdraw", new { reason = "女方到场撤回" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("已撤回", (await withdrawn.JsonAsync()).GetProperty("statusName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsJsonAsync($"/api/v1/marriage/divorces/{id}/withdraw", new { reason = "再次" })).StatusCode);
        // withdrawn: the couple may book again at once
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(clerk, early.GetProperty("id").GetGuid(), man, woman, "Divorce")).StatusCode);
    }

    [Fact]
    public async Task The_clerk_reveals_full_id_numbers_and_the_reveal_is_audited()
    {
        var (man, woman) = Couple();
        var code = await CheckedInAsync(await OpenSessionTodayAsync(app), man, woman);
        var clerk = await app.ClientForAsync(Clerk);
        var masked = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/desk/bookings/{code}");
        Assert.Equal(Masking.IdNumber(man), masked.GetProperty("booking").GetProperty("partyAIdNumber").GetString());
        Assert.True(masked.GetProperty("canRegister").GetBoolean());
        Assert.NotEmpty(masked.GetProperty("documents").EnumerateArray());

        var r = await clerk.PostAsJsonAsync($"/api/v1/marriage/appointments/{code}/reveal-ids", new { reason = (string?)null });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var full = await r.JsonAsync();
        Assert.Equal(man, full.GetProperty("partyAIdNumber").GetString());
        Assert.Equal(woman, full.GetProperty("partyBIdNumber").GetString());

        var audit = await (await app.ClientForAsync("auditor")).GetFromJsonAsync<JsonElement>(
            $"/api/v1/audit?action=reveal_id&entity=Appointment&userName={Clerk}&pageSize=200");
        var mine = audit.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("summary").GetString() ?? "").Where(s => s.Contains(code, StringComparison.Ordinal)).ToList();
        Assert.Single(mine);
        Assert.DoesNotContain(man, mine[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registrar_of_another_district_sees_nothing_and_staff_without_the_desk_permission_are_refused()
    {
        var (man, woman) = Couple();
        var code = await CheckedInAsync(await OpenSessionTodayAsync(app), man, woman);
        var registration = (await (await RegisterAsync(code)).JsonAsync()).GetProperty("registration");
        var id = registration.GetProperty("id").GetGuid();

        var nanshanRegistrar = await app.OnceAsync("nanshan-registrar", () => app.CreateUserAsync(Roles.MarriageRegistrar, "440305"));
        var other = await app.ClientForAsync(nanshanRegistrar.UserName);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/marriage/registrations/{id}/record.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/marriage/registrations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/marriage/desk/bookings/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/marriage/appointments/{code}/reveal-ids", new { reason = "越权" })).StatusCode);
        var theirs = await other.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/registrations?from={Today:yyyy-MM-dd}&pageSize=200");
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
        var search = await other.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/appointments?code={code}");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/v1/marriage/check-ins", new { code })).StatusCode);

        var street = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PostAsJsonAsync("/api/v1/marriage/check-ins", new { code })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PostAsJsonAsync("/api/v1/marriage/registrations", new { appointmentCode = code, declarationsSigned = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await street.GetAsync("/api/v1/marriage/registrations")).StatusCode);

        // the own district's search finds it by either party's ID number, masked
        var found = await (await app.ClientForAsync(Clerk)).GetFromJsonAsync<JsonElement>($"/api/v1/marriage/appointments?idNumber={woman}");
        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(code, item.GetProperty("code").GetString());
        Assert.Equal(Masking.IdNumber(woman), item.GetProperty("partyBIdNumber").GetString());
    }

    /// <summary>
    /// Check-in only works on the booking's day, so the tests make sure the Futian office has a
    /// session today that is still open (until 23:59) with room, whatever the calendar says:
    /// weekends, holidays and evenings would otherwise have none.
    /// </summary>
    public static async Task<Guid> OpenSessionTodayAsync(AppFixture app, int room = 10)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        return await OpenSessionTodayAsync(db, ChinaTime.Today(TimeProvider.System), room);
    }

    internal static async Task<Guid> OpenSessionTodayAsync(MarriageDb db, DateOnly today, int room)
    {
        var office = await db.Offices.SingleAsync(o => o.Code == "FT");
        var session = await db.Sessions.Include(s => s.Quotas).FirstOrDefaultAsync(s => s.OfficeId == office.Id && s.Date == today && s.Period == SessionPeriod.Afternoon);
        if (session is null)
        {
            session = new Session
            {
                OfficeId = office.Id, DivisionCode = office.DivisionCode, Date = today, Period = SessionPeriod.Afternoon, Start = new TimeOnly(13, 30),
                Kind = SessionKind.Special, Label = "加开场次",
            };
            db.Sessions.Add(session);
        }
        session.End = new TimeOnly(23, 59, 59);
        session.IsClosed = false;
        session.ClosedReason = null;
        foreach (var type in new[] { ServiceType.Marriage, ServiceType.Divorce })
        {
            var quota = session.Quotas.FirstOrDefault(q => q.ServiceType == type);
            if (quota is null)
            {
                quota = new SessionQuota { ServiceType = type };
                session.Quotas.Add(quota);
            }
            // capacity grows with what is added, so Capacity = Remaining + bookings still holds
            var add = Math.Max(0, room - quota.Remaining);
            quota.Capacity += add;
            quota.Remaining += add;
        }
        await db.SaveChangesAsync();
        return session.Id;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistrationApiTestsOnSqlite(SqliteApp app) : RegistrationApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistrationApiTestsOnPostgres(PostgresApp app) : RegistrationApiTests(app);
