using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.SocialWork.SwTestData;

namespace CivilAffairs.IntegrationTests.SocialWork.Volunteers;

/// <summary>Volunteer teams and totals from records, registration, the daily hours cap, the service-record certificate, jurisdiction.</summary>
public abstract class VolunteersTests(AppFixture app)
{
    private static JsonElement Team(JsonElement teams, string name) => teams.EnumerateArray().First(t => t.GetProperty("name").GetString() == name);

    private async Task<(Guid Id, string Name)> NewVolunteerAsync(HttpClient client, string team = "福华社区志愿服务队")
    {
        var teams = await (await client.GetAsync("/api/v1/socialwork/teams")).SwOkAsync();
        const string name = "上官义工";
        var created = await (await client.PostAsJsonAsync("/api/v1/socialwork/volunteers", new
        {
            name, idNumber = Ids.New("440304", 1995), teamId = Team(teams, team).GetProperty("id").GetGuid(), role = "Member", skills = "摄影、急救",
            registeredOn = SwDay(SwToday.AddDays(-30)),
        })).SwCreatedAsync();
        return (created.GetProperty("row").GetProperty("id").GetGuid(), name);
    }

    [Fact]
    public async Task The_river_force_has_seven_hundred_river_chiefs_and_a_hundred_thousand_members_computed_from_records()
    {
        var city = await app.ClientForAsync("city.officer");
        var teams = await (await city.GetAsync("/api/v1/socialwork/teams")).SwOkAsync();
        var force = Team(teams, "深圳市护河志愿者总队");
        Assert.Equal(0, force.GetProperty("depth").GetInt32());
        Assert.Equal(726, force.GetProperty("totalRiverChiefs").GetInt32());
        Assert.Equal(102_480, force.GetProperty("totalPlatformMembers").GetInt32());
        Assert.True(force.GetProperty("totalHours").GetDecimal() > 0);
        // the force's totals are the sums of its brigades
        var brigades = teams.EnumerateArray().Where(t => t.GetProperty("parentTeamId").ValueKind == JsonValueKind.String
            && t.GetProperty("parentTeamId").GetGuid() == force.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(9, brigades.Count);
        Assert.Equal(726, brigades.Sum(b => b.GetProperty("totalRiverChiefs").GetInt32()));
        var chiefs = await (await city.GetAsync("/api/v1/socialwork/volunteers?role=RiverChief")).SwOkAsync();
        Assert.Equal(726, chiefs.GetProperty("total").GetInt32());

        // a district sees its brigade as the top of its tree
        var district = await app.ClientForAsync("futian.district");
        var own = await (await district.GetAsync("/api/v1/socialwork/teams")).SwOkAsync();
        Assert.DoesNotContain(own.EnumerateArray(), t => t.GetProperty("name").GetString() == "深圳市护河志愿者总队");
        Assert.Equal(0, Team(own, "福田区护河志愿者大队").GetProperty("depth").GetInt32());
        Assert.All(own.EnumerateArray(), t => Assert.StartsWith("440304", t.GetProperty("divisionCode").GetString()!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registration_validates_the_id_number_and_team_and_lists_show_masked_data()
    {
        var community = await app.ClientForAsync("futian.community");
        var teams = await (await community.GetAsync("/api/v1/socialwork/teams")).SwOkAsync();
        Assert.All(teams.EnumerateArray(), t => Assert.Equal("440304004022", t.GetProperty("divisionCode").GetString()));
        var team = Team(teams, "福华社区志愿服务队").GetProperty("id").GetGuid();
        var bad = await community.PostAsJsonAsync("/api/v1/socialwork/volunteers", new { name = "上官义工", idNumber = "44030419950101123", teamId = team });
        Assert.Contains("18位", await bad.FieldErrorAsync("idNumber"), StringComparison.Ordinal);
        var city = await app.ClientForAsync("city.officer");
        var nantou = Team(await (await city.GetAsync("/api/v1/socialwork/teams")).SwOkAsync(), "南头街道社区志愿服务队").GetProperty("id").GetGuid();
        var outside = await community.PostAsJsonAsync("/api/v1/socialwork/volunteers", new { name = "上官义工", idNumber = Ids.New("440304", 1995), teamId = nantou });
        Assert.Contains("本辖区", await outside.FieldErrorAsync("teamId"), StringComparison.Ordinal);

        var (id, _) = await NewVolunteerAsync(community);
        var list = await (await community.GetAsync($"/api/v1/socialwork/volunteers?team={team}")).SwOkAsync();
        var row = list.GetProperty("items").EnumerateArray().First(v => v.GetProperty("id").GetGuid() == id);
        Assert.Equal("上**工", row.GetProperty("name").GetString());
        Assert.Contains("*", row.GetProperty("idNumber").GetString()!, StringComparison.Ordinal);
        Assert.All(list.GetProperty("items").EnumerateArray(), v => Assert.DoesNotMatch(@"^\d{17}[\dX]$", v.GetProperty("idNumber").GetString()!));

        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"/api/v1/socialwork/volunteers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"/api/v1/socialwork/volunteers/{id}/certificate.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.PostAsJsonAsync($"/api/v1/socialwork/volunteers/{id}/services",
            new { activity = "巡河", servedOn = SwDay(SwToday), hours = 1m, verifier = "刘审核" })).StatusCode);
    }

    [Fact]
    public async Task One_volunteer_cannot_log_more_than_twelve_hours_a_day_and_the_certificate_shows_the_total()
    {
        var community = await app.ClientForAsync("futian.community");
        var (id, name) = await NewVolunteerAsync(community);
        var day = SwDay(SwToday.AddDays(-2));
        Task<HttpResponseMessage> Log(decimal hours, string on) =>
            community.PostAsJsonAsync($"/api/v1/socialwork/volunteers/{id}/services", new { activity = "长者探访", servedOn = on, hours, verifier = "黄社工" });

        await (await Log(8m, day)).SwOkAsync();
        var over = await Log(4.5m, day);
        Assert.Contains("12", await over.FieldErrorAsync("hours"), StringComparison.Ordinal);
        await (await Log(4m, day)).SwOkAsync();
        Assert.Contains("不晚于今天", await (await Log(1m, SwDay(SwToday.AddDays(1)))).FieldErrorAsync("servedOn"), StringComparison.Ordinal);
        var view = await (await Log(2.5m, SwDay(SwToday))).SwOkAsync();
        Assert.Equal(14.5m, view.GetProperty("row").GetProperty("hours").GetDecimal());
        Assert.Equal(3, view.GetProperty("records").GetArrayLength());
        Assert.Equal(12m, view.GetProperty("maxHoursPerDay").GetDecimal());

        var text = await SwPdfTextAsync(await community.GetAsync($"/api/v1/socialwork/volunteers/{id}/certificate.pdf"));
        Assert.Contains("志愿服务记录证明", text, StringComparison.Ordinal);
        Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.Contains("14.5小时", text, StringComparison.Ordinal);
        Assert.Contains("第十九条", text, StringComparison.Ordinal);
        Assert.Contains("福华社区志愿服务队", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{17}[\dX]", text);
    }

    [Fact]
    public async Task Teams_and_platform_intakes_are_created_in_the_jurisdiction_and_add_up()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var outside = await clerk.PostAsJsonAsync("/api/v1/socialwork/teams", new { name = "南头街道测试志愿服务队", kind = "Community", parentOrganization = "南头街道", divisionCode = "440305001" });
        Assert.Contains("辖区", await outside.FieldErrorAsync("divisionCode"), StringComparison.Ordinal);
        var parent = await (await clerk.PostAsJsonAsync("/api/v1/socialwork/teams",
            new { name = "福田街道测试护河队" + Guid.NewGuid().ToString("N")[..4], kind = "RiverProtection", parentOrganization = "福田街道义工服务站", divisionCode = "440304004" })).SwCreatedAsync();
        var child = await (await clerk.PostAsJsonAsync("/api/v1/socialwork/teams", new
        {
            name = "皇岗河测试分队" + Guid.NewGuid().ToString("N")[..4], kind = "RiverProtection", parentOrganization = "福田街道义工服务站",
            parentTeamId = parent.GetProperty("id").GetGuid(), divisionCode = "440304004022",
        })).SwCreatedAsync();
        Assert.Contains("人数", await (await clerk.PostAsJsonAsync($"/api/v1/socialwork/teams/{child.GetProperty("id").GetGuid()}/intakes",
            new { receivedOn = SwDay(SwToday), members = 0 })).FieldErrorAsync("members"), StringComparison.Ordinal);
        await (await clerk.PostAsJsonAsync($"/api/v1/socialwork/teams/{child.GetProperty("id").GetGuid()}/intakes",
            new { receivedOn = SwDay(SwToday), members = 240, source = "志愿深圳平台" })).SwOkAsync();
        var teams = await (await clerk.GetAsync("/api/v1/socialwork/teams")).SwOkAsync();
        var p = teams.EnumerateArray().First(t => t.GetProperty("id").GetGuid() == parent.GetProperty("id").GetGuid());
        Assert.Equal(0, p.GetProperty("platformMembers").GetInt32());
        Assert.Equal(240, p.GetProperty("totalPlatformMembers").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class VolunteersTestsOnSqlite(SqliteApp app) : VolunteersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class VolunteersTestsOnPostgres(PostgresApp app) : VolunteersTests(app);
