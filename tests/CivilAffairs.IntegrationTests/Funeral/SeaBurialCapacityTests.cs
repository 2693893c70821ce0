using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using static CivilAffairs.IntegrationTests.Funeral.EcoBurialTestData;

namespace CivilAffairs.IntegrationTests.Funeral;

/// <summary>Voyages are never overbooked: not by one large family, not by clerks booking the last places at the same moment.</summary>
public abstract class SeaBurialCapacityTests(AppFixture app)
{
    [Fact]
    public async Task Clerks_booking_at_once_never_overbook_a_voyage()
    {
        var voyage = await VoyageAsync(app, ashes: 3, seats: 100);
        var home = await app.ClientForAsync("funeral.home");
        var futian = await app.ClientForAsync("futian.district");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? home : futian).PostAsJsonAsync("/api/v1/funeral/eco-burials", Application(eventId: voyage, companions: 1))));
        Assert.Equal(3, results.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var ev = await (await home.GetAsync($"/api/v1/funeral/sea-burials/{voyage}")).JsonAsync();
        Assert.Equal(3, ev.GetProperty("ashesTaken").GetInt32());
        Assert.Equal(3, ev.GetProperty("seatsTaken").GetInt32());
        // the refused ones left nothing behind
        var passengers = await (await (await app.ClientForAsync("city.officer")).GetAsync($"/api/v1/funeral/sea-burials/{voyage}/passengers")).JsonAsync();
        Assert.Equal(3, passengers.GetArrayLength());
    }

    [Fact]
    public async Task Companions_beyond_the_free_three_pay_and_beyond_the_seats_are_refused()
    {
        var voyage = await VoyageAsync(app, ashes: 10, seats: 5);
        var home = await app.ClientForAsync("funeral.home");
        var three = await SubmitAsync(home, Application(eventId: voyage, companions: 3));
        Assert.Equal(0, three.GetProperty("extraSeats").GetInt32());
        Assert.Equal(0m, three.GetProperty("extraSeatFee").GetDecimal());
        var r = await home.PostAsJsonAsync("/api/v1/funeral/eco-burials", Application(eventId: voyage, companions: 3));
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("名额不足", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // booked later on the application's page: two seats are left
        var later = await SubmitAsync(home, Application(companions: 2));
        var assigned = await home.PostAsJsonAsync($"/api/v1/funeral/eco-burials/{later.Id()}/assign", new { eventId = voyage });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var ev = await (await home.GetAsync($"/api/v1/funeral/sea-burials/{voyage}")).JsonAsync();
        Assert.Equal(5, ev.GetProperty("seatsTaken").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict,
            (await home.PostAsJsonAsync($"/api/v1/funeral/eco-burials/{later.Id()}/assign", new { eventId = voyage })).StatusCode);
    }

    [Fact]
    public async Task Only_the_bureau_plans_voyages_and_a_cancelled_one_takes_no_one()
    {
        var home = await app.ClientForAsync("funeral.home");
        Assert.Equal(HttpStatusCode.Forbidden, (await home.PostAsJsonAsync("/api/v1/funeral/sea-burials",
            new { date = "2030-04-06", vessel = "x", ashesCapacity = 10, passengerSeats = 10 })).StatusCode);
        var city = await app.ClientForAsync("city.officer");
        Assert.Contains("船只", await (await city.PostAsJsonAsync("/api/v1/funeral/sea-burials",
            new { date = "2030-04-06", vessel = "", ashesCapacity = 10, passengerSeats = 10 })).FieldErrorAsync("vessel"), StringComparison.Ordinal);
        var voyage = await VoyageAsync(app, daysFromToday: 20);
        Assert.Equal(HttpStatusCode.Conflict, (await city.PutAsJsonAsync($"/api/v1/funeral/sea-burials/{voyage}/status", new { status = "Done" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.PutAsJsonAsync($"/api/v1/funeral/sea-burials/{voyage}/status", new { status = "Cancelled" })).StatusCode);
        var r = await home.PostAsJsonAsync("/api/v1/funeral/eco-burials", Application(eventId: voyage));
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("已取消", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cemeteries_are_kept_by_the_district_for_its_own_area()
    {
        var futian = await app.ClientForAsync("futian.district");
        var name = "福田测试骨灰堂" + Guid.NewGuid().ToString("N")[..4];
        var body = new { name, kind = "Columbarium", @operator = "福田区民政局", publicWelfare = true, divisionCode = "440304", capacity = 5000, used = 1200,
            ecoAreaCapacity = 0, ecoAreaUsed = 0 };
        var r = await futian.PostAsJsonAsync("/api/v1/funeral/cemeteries", body);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var c = await r.JsonAsync();
        Assert.Equal(24.0m, c.GetProperty("utilisation").GetDecimal());
        Assert.Contains("本辖区", await (await futian.PostAsJsonAsync("/api/v1/funeral/cemeteries", body with { divisionCode = "440305", name = name + "2" }))
            .FieldErrorAsync("divisionCode"), StringComparison.Ordinal);
        Assert.Contains("容量", await (await futian.PostAsJsonAsync("/api/v1/funeral/cemeteries", body with { used = 6000, name = name + "3" }))
            .FieldErrorAsync("used"), StringComparison.Ordinal);
        var update = await futian.PutAsJsonAsync($"/api/v1/funeral/cemeteries/{c.Id()}", body with { used = 1300 });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("funeral.home")).PostAsJsonAsync("/api/v1/funeral/cemeteries", body)).StatusCode);
        var nanshan = await app.ClientForAsync((await app.CreateUserAsync(Roles.DistrictApprover, "440305")).UserName);
        Assert.DoesNotContain(name, await (await nanshan.GetAsync("/api/v1/funeral/cemeteries")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("深圳市殡仪馆骨灰楼", await (await (await app.ClientForAsync("city.officer")).GetAsync("/api/v1/funeral/cemeteries")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SeaBurialCapacityTestsOnSqlite(SqliteApp app) : SeaBurialCapacityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SeaBurialCapacityTestsOnPostgres(PostgresApp app) : SeaBurialCapacityTests(app);
