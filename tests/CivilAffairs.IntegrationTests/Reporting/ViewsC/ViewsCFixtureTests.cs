using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.Community.Data;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Governance.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Http;
using CivilAffairs.SocialWork.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Reporting.ViewsC.ViewsCKit;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsC;

/// <summary>
/// Hand-counted fixtures: records created through each module's API this month move the month's
/// figures by exactly as many after an incremental refresh; another street is refused 福田's
/// figures and reads its own, equal to a count on the module's tables; on both databases.
/// </summary>
public abstract class ViewsCFixtureTests(AppFixture app)
{
    private const string Nanshan = "440305001";

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var r = await call;
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private Task<decimal?> MonthAsync(string user, string key, string? division = null) => app.FigureAsync(user, key, ThisMonth, division);

    /// <summary>nanshan.street may not read 福田 and reads its own street, as counted on the tables.</summary>
    private async Task OtherStreetAsync(string key, Func<IServiceProvider, Task<decimal>> ownCount)
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => MonthAsync("nanshan.street", key, "440304"));
        await Assert.ThrowsAsync<ForbiddenException>(() => MonthAsync("nanshan.street", key, "440304004"));
        var own = await MonthAsync("nanshan.street", key);
        Assert.Equal(await app.AsSystemAsync(ownCount), own);
        Assert.Equal(own, await MonthAsync("nanshan.street", key, Nanshan));
    }

    [Fact]
    public async Task Two_patrols_recorded_by_a_street_clerk_add_two_to_the_month_and_their_persons_found()
    {
        await app.RefreshAsync();
        var patrols = await MonthAsync("futian.street", "community.patrols");
        var found = await MonthAsync("futian.street", "community.patrols.found");
        var city = await MonthAsync("city.officer", "community.patrols");
        var clerk = await app.ClientForAsync("futian.clerk");
        foreach (var n in new[] { 3, 2 })
        {
            await OkAsync(clerk.PostAsJsonAsync("/api/v1/community/integrity/patrols", new
            {
                patrolOn = Today, divisionCode = "440304004", route = "福田口岸—皇岗口岸沿线（报表测试）", teamSize = 6, personsFound = n, personsToStation = 1,
            }));
        }
        await app.RefreshAsync();
        Assert.Equal(patrols + 2, await MonthAsync("futian.street", "community.patrols"));
        Assert.Equal(found + 5, await MonthAsync("futian.street", "community.patrols.found"));
        Assert.Equal(city + 2, await MonthAsync("city.officer", "community.patrols"));
        await OtherStreetAsync("community.patrols", async sp =>
            (await sp.GetRequiredService<CommunityDb>().Patrols.IgnoreQueryFilters().Where(p => p.DivisionCode.StartsWith(Nanshan)).Select(p => p.PatrolOn).ToListAsync())
            .Count(d => InThisMonth(d)));
    }

    [Fact]
    public async Task Volunteer_hours_logged_in_a_community_add_exactly_their_hours_to_the_month()
    {
        await app.RefreshAsync();
        var before = await MonthAsync("futian.community", "socialwork.volunteer.hours");
        var community = await app.ClientForAsync("futian.community");
        var teams = await OkAsync(community.GetAsync("/api/v1/socialwork/teams"));
        var team = teams.EnumerateArray().First(t => t.GetProperty("name").GetString() == "福华社区志愿服务队").GetProperty("id").GetGuid();
        var volunteer = await OkAsync(community.PostAsJsonAsync("/api/v1/socialwork/volunteers", new
        {
            name = "欧阳报表", idNumber = Ids.New("440304", 1992), teamId = team, role = "Member", skills = "陪伴", registeredOn = Today.AddDays(-40),
        }));
        var id = volunteer.GetProperty("row").GetProperty("id").GetGuid();
        foreach (var hours in new[] { 2.5m, 3m })
        {
            await OkAsync(community.PostAsJsonAsync($"/api/v1/socialwork/volunteers/{id}/services", new { activity = "长者探访", servedOn = Today, hours, verifier = "黄社工" }));
        }
        await app.RefreshAsync();
        Assert.Equal(before + 5.5m, await MonthAsync("futian.community", "socialwork.volunteer.hours"));
        await OtherStreetAsync("socialwork.volunteer.hours", async sp =>
            (await sp.GetRequiredService<SocialWorkDb>().ServiceRecords.IgnoreQueryFilters().Where(s => s.DivisionCode.StartsWith(Nanshan))
                .Select(s => new { s.ServedOn, s.Hours }).ToListAsync()).Where(s => InThisMonth(s.ServedOn)).Sum(s => s.Hours));
    }

    [Fact]
    public async Task An_institution_and_an_inspection_with_two_dangers_move_the_registry_inspections_and_dangers()
    {
        await app.RefreshAsync();
        string[] keys = ["facilities.institutions", "facilities.safety.inspections", "facilities.safety.hazards", "facilities.safety.hazards.major", "facilities.safety.hazards.open"];
        var before = new Dictionary<string, decimal?>();
        foreach (var k in keys)
        {
            before[k] = await MonthAsync("futian.street", k);
        }
        var clerk = await app.ClientForAsync("futian.clerk");
        var created = await OkAsync(clerk.PostAsJsonAsync("/api/v1/facilities/institutions", new
        {
            name = "报表测试长者之家" + Guid.NewGuid().ToString("N")[..6], type = "ElderlyCare", ownership = "Private", divisionCode = "440304004",
            address = "福田区福华路（测试）", capacity = 30, capacityUnit = "床",
        }));
        var facility = created.GetProperty("row").GetProperty("id").GetGuid();
        await OkAsync(clerk.PostAsJsonAsync("/api/v1/facilities/safety/inspections", new
        {
            facilityId = facility, inspectedOn = Today, kind = "Routine", inspectors = "福田区民政局安全生产检查组", findings = "报表测试",
            hazards = new object[] { new { description = "灭火器压力不足", level = "General" }, new { description = "消防报警主机故障", level = "Major" } },
        }));
        await app.RefreshAsync();
        int[] moved = [1, 1, 2, 1, 2];
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(before[keys[i]] + moved[i] == await MonthAsync("futian.street", keys[i]), keys[i]);
        }
        await OtherStreetAsync("facilities.safety.inspections", async sp =>
            (await sp.GetRequiredService<FacilitiesDb>().SafetyInspections.IgnoreQueryFilters().Where(s => s.DivisionCode.StartsWith(Nanshan))
                .Select(s => s.InspectedOn).ToListAsync()).Count(d => InThisMonth(d)));
    }

    [Fact]
    public async Task Training_attended_by_a_district_officer_adds_the_session_hours_to_the_district()
    {
        await app.RefreshAsync();
        var hours = await MonthAsync("futian.district", "governance.training.hours");
        var attendances = await MonthAsync("futian.district", "governance.training.attendances");
        var office = await app.ClientForAsync("city.office");
        var programme = await OkAsync(office.PostAsJsonAsync("/api/v1/governance/training/programmes", new
        {
            name = "报表测试专题培训" + Guid.NewGuid().ToString("N")[..6], category = "专业能力", organizer = "市民政局办公室", year = Today.Year,
        }));
        var session = await OkAsync(office.PostAsJsonAsync($"/api/v1/governance/training/programmes/{programme.GetProperty("id").GetGuid()}/sessions",
            new { title = "统计制度解读", heldOn = Today, hours = 7.5m, location = "培训室" }));
        await OkAsync(office.PostAsJsonAsync($"/api/v1/governance/training/sessions/{session.GetProperty("id").GetGuid()}/attendance", new { userNames = "futian.district" }));
        await app.RefreshAsync();
        Assert.Equal(hours + 7.5m, await MonthAsync("futian.district", "governance.training.hours"));
        Assert.Equal(attendances + 1, await MonthAsync("futian.district", "governance.training.attendances"));
        await OtherStreetAsync("governance.training.hours", async sp =>
        {
            var db = sp.GetRequiredService<GovernanceDb>();
            var sessions = await db.TrainingSessions.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.HeldOn);
            return (await db.TrainingAttendance.IgnoreQueryFilters().Where(a => a.DivisionCode.StartsWith(Nanshan)).Select(a => new { a.SessionId, a.Hours }).ToListAsync())
                .Where(a => InThisMonth(sessions[a.SessionId])).Sum(a => a.Hours);
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsCFixtureSqliteTests(SqliteApp app) : ViewsCFixtureTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ViewsCFixturePostgresTests(PostgresApp app) : ViewsCFixtureTests(app);
