using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Marriage.MarriageTestData;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>Office settings, special days and closures, and the guarded capacity change, through the API.</summary>
public abstract class OfficeAdminTests(AppFixture app)
{
    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    [Fact]
    public async Task Capacity_change_keeps_capacity_equal_to_remaining_plus_held_and_is_refused_below_what_is_held()
    {
        var citizen = await app.ClientForAsync("citizen.demo");
        var session = await SessionAsync(citizen, free: 3, skip: 1);
        var sessionId = session.GetProperty("id").GetGuid();
        for (var i = 0; i < 2; i++)
        {
            var (man, woman) = Couple();
            Assert.Equal(HttpStatusCode.Created, (await BookAsync(citizen, sessionId, man, woman)).StatusCode);
        }
        var city = await app.ClientForAsync("city.officer");
        var held = await HeldAsync(sessionId);
        Assert.True(held >= 2);

        var below = await city.PutAsJsonAsync($"/api/v1/marriage/sessions/{sessionId}/capacity", new { serviceType = "Marriage", capacity = held - 1 });
        Assert.Equal(HttpStatusCode.Conflict, below.StatusCode);
        Assert.Contains($"不能少于{held}", (await below.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertInvariantAsync(sessionId);

        var exact = await (await city.PutAsJsonAsync($"/api/v1/marriage/sessions/{sessionId}/capacity", new { serviceType = "Marriage", capacity = held })).JsonAsync();
        Assert.Equal(held, exact.GetProperty("capacity").GetInt32());
        Assert.Equal(0, exact.GetProperty("remaining").GetInt32());
        await AssertInvariantAsync(sessionId);
        var (m, w) = Couple();
        var full = await BookAsync(citizen, sessionId, m, w);
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Equal("/problems/session-full", (await full.JsonAsync()).GetProperty("type").GetString());

        var more = await (await city.PutAsJsonAsync($"/api/v1/marriage/sessions/{sessionId}/capacity", new { serviceType = "Marriage", capacity = held + 5 })).JsonAsync();
        Assert.Equal(5, more.GetProperty("remaining").GetInt32());
        Assert.Equal(held, more.GetProperty("held").GetInt32());
        await AssertInvariantAsync(sessionId);

        var invalid = await city.PutAsJsonAsync($"/api/v1/marriage/sessions/{sessionId}/capacity", new { serviceType = "Marriage", capacity = -1 });
        Assert.Contains("0至", await invalid.FieldErrorAsync("capacity"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closure_closes_the_sessions_keeps_the_bookings_and_lists_them_for_a_call_back()
    {
        var citizen = await app.ClientForAsync("citizen.demo");
        var session = await SessionAsync(citizen, free: 1, office: "YT");
        var date = session.GetProperty("date").GetString()!;
        var (man, woman) = (Ids.Of(Sex.Male, 1990, "440308"), Ids.Of(Sex.Female, 1993, "440308"));
        var booked = await BookAsync(citizen, session.GetProperty("id").GetGuid(), man, woman);
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var code = (await booked.JsonAsync()).GetProperty("code").GetString()!;

        var district = await app.ClientForAsync("city.officer");
        var yt = await OfficeIdAsync(district, "YT");
        var r = await district.PostAsJsonAsync("/api/v1/marriage/special-days", new { officeId = yt, date, isClosure = true, name = "台风预警，暂停办理", period = "WholeDay" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = await r.JsonAsync();
        Assert.True(body.GetProperty("sessionsClosed").GetInt32() >= 1);
        var row = body.GetProperty("callBack").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);
        Assert.Equal("测*甲", row.GetProperty("partyAName").GetString());
        Assert.DoesNotContain("38001", row.GetProperty("partyAPhone").GetString(), StringComparison.Ordinal);
        Assert.Contains("*", row.GetProperty("partyAPhone").GetString(), StringComparison.Ordinal);

        // not cancelled: the couple still hold their booking until they are called
        Assert.Equal("已预约", (await (await citizen.GetAsync($"/api/v1/marriage/appointments/{code}")).JsonAsync()).GetProperty("statusName").GetString());
        var sessions = await district.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/sessions?registry={yt}&from={date}&to={date}");
        Assert.All(sessions.EnumerateArray(), s => Assert.True(s.GetProperty("isClosed").GetBoolean()));
        var (m2, w2) = (Ids.Of(Sex.Male, 1991, "440308"), Ids.Of(Sex.Female, 1992, "440308"));
        Assert.Equal(HttpStatusCode.Conflict, (await BookAsync(citizen, session.GetProperty("id").GetGuid(), m2, w2)).StatusCode);
        await AssertInvariantAsync(session.GetProperty("id").GetGuid());

        var upcoming = await district.GetFromJsonAsync<JsonElement>("/api/v1/marriage/special-days");
        var closure = upcoming.EnumerateArray().First(s => s.GetProperty("date").GetString() == date && s.GetProperty("officeId").ValueKind != JsonValueKind.Null
            && s.GetProperty("officeId").GetGuid() == yt && s.GetProperty("isClosure").GetBoolean());
        Assert.True(closure.GetProperty("affectedBookings").GetInt32() >= 1);
        var list = await district.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/special-days/{closure.GetProperty("id").GetGuid()}/call-back");
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task A_special_opening_on_a_Sunday_creates_sessions_with_the_announced_capacity_once()
    {
        var city = await app.ClientForAsync("city.officer");
        var ps = await OfficeIdAsync(city, "PS");
        var sessions = await city.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/sessions?registry={ps}&from={Today.AddDays(2):yyyy-MM-dd}&to={Today.AddDays(15):yyyy-MM-dd}");
        var taken = sessions.EnumerateArray().Select(s => s.GetProperty("date").GetString()).ToHashSet();
        var sunday = Enumerable.Range(2, 14).Select(Today.AddDays).First(d => d.DayOfWeek == DayOfWeek.Sunday && !taken.Contains(d.ToString("yyyy-MM-dd")));
        var day = sunday.ToString("yyyy-MM-dd");

        var r = await city.PostAsJsonAsync("/api/v1/marriage/special-days",
            new { officeId = ps, date = day, name = "测试特别场次", period = "WholeDay", morningStart = "9:00", morningEnd = "12:00", marriage = 66, reissue = 4 });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        Assert.Equal(2, (await r.JsonAsync()).GetProperty("sessionsCreated").GetInt32());
        var opened = (await city.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/sessions?registry={ps}&from={day}&to={day}")).EnumerateArray().ToList();
        Assert.Equal(2, opened.Count);
        Assert.All(opened, s =>
        {
            // a Sunday that happens to be a public holiday opens as a holiday session
            Assert.True(s.GetProperty("kind").GetString() is "Special" or "Holiday");
            Assert.Equal("测试特别场次", s.GetProperty("label").GetString());
            var quotas = s.GetProperty("quotas").EnumerateArray().ToDictionary(q => q.GetProperty("serviceType").GetString()!, q => q.GetProperty("capacity").GetInt32());
            Assert.Equal(new Dictionary<string, int> { ["Marriage"] = 66, ["Reissue"] = 4 }, quotas);
        });
        Assert.Equal("12:00:00", opened.Single(s => s.GetProperty("period").GetString() == "Morning").GetProperty("end").GetString());

        var again = await city.PostAsJsonAsync("/api/v1/marriage/special-days", new { officeId = ps, date = day, name = "重复", period = "Morning", marriage = 10 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task An_opening_on_a_day_already_open_changes_its_sessions_through_the_guarded_update()
    {
        var city = await app.ClientForAsync("city.officer");
        var gm = await OfficeIdAsync(city, "GM");
        var weekday = (await city.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/sessions?registry={gm}&from={Today.AddDays(3):yyyy-MM-dd}&to={Today.AddDays(12):yyyy-MM-dd}"))
            .EnumerateArray().First(s => s.GetProperty("kind").GetString() == "Weekday" && !s.GetProperty("isClosed").GetBoolean()
                && s.GetProperty("period").GetString() == "Morning");
        var day = weekday.GetProperty("date").GetString()!;
        var r = await city.PostAsJsonAsync("/api/v1/marriage/special-days", new { officeId = gm, date = day, name = "集体婚礼", period = "Morning", marriage = 77 });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = await r.JsonAsync();
        Assert.Equal(1, body.GetProperty("sessionsChanged").GetInt32());
        var s = await SessionRowAsync(weekday.GetProperty("id").GetGuid());
        Assert.Equal(SessionKind.Special, s.Kind);
        Assert.Equal("集体婚礼", s.Label);
        Assert.Equal(77, s.Quotas.Single(q => q.ServiceType == ServiceType.Marriage).Capacity);
        // the announcement gives no divorce slots: they went to 0 unless bookings hold them (then a warning says so)
        var divorce = s.Quotas.SingleOrDefault(q => q.ServiceType == ServiceType.Divorce);
        var warnings = body.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        if (warnings.Count == 0)
        {
            Assert.True(divorce is null || divorce.Capacity == 0);
        }
        else
        {
            Assert.Contains(warnings, w => w.Contains("离婚登记", StringComparison.Ordinal) && w.Contains("不能少于", StringComparison.Ordinal));
        }
        await AssertInvariantAsync(s.Id);
    }

    [Fact]
    public async Task Served_districts_must_be_six_digit_county_codes_known_to_the_division_directory()
    {
        var city = await app.ClientForAsync("city.officer");
        var ps = await OfficeIdAsync(city, "PS");
        var office = await city.GetFromJsonAsync<JsonElement>($"/api/v1/marriage/registries/{ps}");
        object Body(params string[] served) => new
        {
            address = office.GetProperty("address").GetString(), phone = office.GetProperty("phone").GetString(), hours = office.GetProperty("hours").GetString(),
            servedDistricts = served, isActive = true,
        };
        var bad = await city.PutAsJsonAsync($"/api/v1/marriage/registries/{ps}", Body("4403", "999999", "440310"));
        var text = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var messages = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("servedDistricts").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("4403", StringComparison.Ordinal) && m.Contains("6位区县代码", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("999999", StringComparison.Ordinal) && m.Contains("不存在", StringComparison.Ordinal));
        Assert.Contains("至少", await (await city.PutAsJsonAsync($"/api/v1/marriage/registries/{ps}", Body())).FieldErrorAsync("servedDistricts"), StringComparison.Ordinal);

        var ok = await city.PutAsJsonAsync($"/api/v1/marriage/registries/{ps}", Body("440310", "440307"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(["440307", "440310"], (await ok.JsonAsync()).GetProperty("servedDistricts").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.OK, (await city.PutAsJsonAsync($"/api/v1/marriage/registries/{ps}", Body("440310"))).StatusCode);
    }

    [Fact]
    public async Task A_nanshan_district_user_cannot_change_the_futian_office_its_sessions_or_announce_for_it()
    {
        var nanshan = await app.ClientForAsync((await app.OnceAsync("nanshan-district", () => app.CreateUserAsync("DistrictApprover", "440305"))).UserName);
        var ft = await OfficeIdAsync(nanshan, "FT");
        var session = await SessionAsync(nanshan);
        var office = new { address = "福田区某路1号", phone = "12345", hours = "周一至周五", servedDistricts = new[] { "440304" }, isActive = true };
        Assert.Equal(HttpStatusCode.Forbidden, (await nanshan.PutAsJsonAsync($"/api/v1/marriage/registries/{ft}", office)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nanshan.PutAsJsonAsync($"/api/v1/marriage/sessions/{session.GetProperty("id").GetGuid()}/capacity",
            new { serviceType = "Marriage", capacity = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nanshan.PostAsJsonAsync("/api/v1/marriage/special-days",
            new { officeId = ft, date = Today.AddDays(3).ToString("yyyy-MM-dd"), isClosure = true, name = "越权停办" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"/api/v1/marriage/stats?registry={ft}")).StatusCode);
        // their own office they manage
        var ns = await OfficeIdAsync(nanshan, "NS");
        Assert.Equal(HttpStatusCode.OK, (await nanshan.GetAsync($"/api/v1/marriage/registries/{ns}/templates")).StatusCode);
        var street = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PutAsJsonAsync($"/api/v1/marriage/registries/{ns}", office)).StatusCode);
    }

    private async Task<int> HeldAsync(Guid sessionId)
    {
        var q = await QuotaAsync(sessionId);
        return q.Capacity - q.Remaining;
    }

    private async Task<SessionQuota> QuotaAsync(Guid sessionId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        return await db.Quotas.AsNoTracking().SingleAsync(q => q.SessionId == sessionId && q.ServiceType == ServiceType.Marriage);
    }

    private async Task<Session> SessionRowAsync(Guid id)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        return await db.Sessions.AsNoTracking().Include(s => s.Quotas).SingleAsync(s => s.Id == id);
    }

    /// <summary>capacity = remaining + bookings holding a slot, for every service type of the session.</summary>
    private async Task AssertInvariantAsync(Guid sessionId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        foreach (var q in await db.Quotas.AsNoTracking().Where(q => q.SessionId == sessionId).ToListAsync())
        {
            var holding = await db.Appointments.IgnoreQueryFilters().CountAsync(a => a.SessionId == sessionId && a.ServiceType == q.ServiceType
                && a.Status != AppointmentStatus.Cancelled);
            Assert.Equal(q.Capacity, q.Remaining + holding);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OfficeAdminTestsOnSqlite(SqliteApp app) : OfficeAdminTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OfficeAdminTestsOnPostgres(PostgresApp app) : OfficeAdminTests(app);
