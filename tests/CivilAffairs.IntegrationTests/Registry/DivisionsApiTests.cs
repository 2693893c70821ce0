using System.Net;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Registry;

/// <summary>Administrative divisions, their history and management areas; on SQLite and PostgreSQL.</summary>
public abstract class DivisionsApiTests(AppFixture app)
{
    private async Task<JsonElement> GetAsync(string url)
    {
        var client = await app.ClientForAsync("futian.clerk");
        var r = await client.GetAsync(url);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static List<string> Codes(JsonElement list) => list.EnumerateArray().Select(d => d.GetProperty("code").GetString()!).ToList();

    [Fact]
    public async Task A_district_is_shown_with_its_name_level_and_parent()
    {
        var d = await GetAsync("/api/v1/divisions/440304");
        Assert.Equal("福田区", d.GetProperty("name").GetString());
        Assert.Equal(3, d.GetProperty("level").GetInt32());
        Assert.Equal("4403", d.GetProperty("parentCode").GetString());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("resolvedFrom").ValueKind);
    }

    [Fact]
    public async Task Shenzhen_has_nine_statutory_districts()
    {
        var children = await GetAsync("/api/v1/divisions/4403/children");
        Assert.Equal(["440303", "440304", "440305", "440306", "440307", "440308", "440309", "440310", "440311"], Codes(children));
        Assert.All(children.EnumerateArray(), c => Assert.Equal(3, c.GetProperty("level").GetInt32()));
    }

    [Fact]
    public async Task Shenzhen_has_74_streets_besides_its_special_units()
    {
        var districts = Codes(await GetAsync("/api/v1/divisions/4403/children"));
        var streets = 0;
        var special = new List<string>();
        foreach (var district in districts)
        {
            foreach (var s in (await GetAsync($"/api/v1/divisions/{district}/children")).EnumerateArray())
            {
                if (s.GetProperty("isSpecialUnit").GetBoolean())
                {
                    special.Add(s.GetProperty("code").GetString()!);
                }
                else if (s.GetProperty("name").GetString()!.Contains("街道", StringComparison.Ordinal))
                {
                    streets++;
                }
            }
        }
        Assert.Equal(74, streets);
        Assert.Contains("440305400", special); // 前海合作区
        Assert.Contains("440306400", special); // 宝安国际机场
    }

    [Fact]
    public async Task Before_Guangming_district_existed_its_street_code_resolves_to_the_old_Baoan_code()
    {
        var before = await GetAsync("/api/v1/divisions/440311001?asOf=2017-06-01");
        Assert.Equal("440306027", before.GetProperty("code").GetString());
        Assert.Equal("440306", before.GetProperty("parentCode").GetString());
        Assert.Equal("440311001", before.GetProperty("resolvedFrom").GetString());
        Assert.Equal("光明街道", before.GetProperty("name").GetString());

        var after = await GetAsync("/api/v1/divisions/440311001?asOf=2019-01-01");
        Assert.Equal("440311001", after.GetProperty("code").GetString());
        Assert.Equal("440311", after.GetProperty("parentCode").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("resolvedFrom").ValueKind);
    }

    [Fact]
    public async Task Baoan_had_the_six_Guangming_streets_only_before_the_transfer()
    {
        string[] old = ["440306027", "440306028", "440306029", "440306030", "440306031", "440306032"];
        var in2017 = Codes(await GetAsync("/api/v1/divisions/440306/children?asOf=2017-06-01"));
        Assert.All(old, c => Assert.Contains(c, in2017));
        Assert.Contains("440306017", in2017); // 新安 was there all along
        var in2019 = Codes(await GetAsync("/api/v1/divisions/440306/children?asOf=2019-01-01"));
        Assert.All(old, c => Assert.DoesNotContain(c, in2019));
        Assert.Contains("440306017", in2019);
        var guangming2019 = Codes(await GetAsync("/api/v1/divisions/440311/children?asOf=2019-01-01"));
        Assert.Equal(["440311001", "440311002", "440311003", "440311004", "440311005", "440311006"], guangming2019);
    }

    [Fact]
    public async Task A_retired_Baoan_street_code_resolves_today_to_its_Guangming_successor()
    {
        var today = await GetAsync("/api/v1/divisions/440306027");
        Assert.Equal("440311001", today.GetProperty("code").GetString());
        Assert.Equal("440306027", today.GetProperty("resolvedFrom").GetString());
        var shenshan = await GetAsync("/api/v1/divisions/441521103?asOf=2019-01-01");
        Assert.Equal("441521116", shenshan.GetProperty("code").GetString());
        Assert.Equal("鹅埠镇", shenshan.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Shenzhen_had_eight_districts_before_Guangming_and_Guangdong_has_21_cities()
    {
        var in2017 = Codes(await GetAsync("/api/v1/divisions/4403/children?asOf=2017-06-01"));
        Assert.Equal(["440303", "440304", "440305", "440306", "440307", "440308", "440309", "440310"], in2017);
        var cities = await GetAsync("/api/v1/divisions");
        Assert.Equal(21, cities.GetArrayLength());
        Assert.Contains(cities.EnumerateArray(), c => c.GetProperty("code").GetString() == "4403" && c.GetProperty("name").GetString() == "深圳市");
    }

    [Fact]
    public async Task Guangming_district_did_not_exist_in_2017()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var r = await client.GetAsync("/api/v1/divisions/440311?asOf=2017-06-01");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("光明区", (await GetAsync("/api/v1/divisions/440311?asOf=2018-09-19")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_change_log_records_the_creation_of_Guangming_on_2018_09_19()
    {
        var changes = (await GetAsync("/api/v1/divisions/changes")).EnumerateArray().ToList();
        var creation = Assert.Single(changes, c => c.GetProperty("newCode").GetString() == "440311");
        Assert.Equal("2018-09-19", creation.GetProperty("effectiveDate").GetString());
        Assert.Equal("设立", creation.GetProperty("kind").GetString());
        Assert.Equal("光明区", creation.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(creation.GetProperty("legalBasis").GetString()));
        var transfers = changes.Where(c => c.GetProperty("newParentCode").GetString() == "440311" && c.GetProperty("kind").GetString() == "划转").ToList();
        Assert.Equal(6, transfers.Count);
    }

    [Fact]
    public async Task Management_areas_list_Dapeng_and_Shenshan_with_their_statutory_members()
    {
        var areas = (await GetAsync("/api/v1/divisions/management-areas")).EnumerateArray().ToList();
        List<string> Members(string name) => Assert.Single(areas, a => a.GetProperty("name").GetString() == name)
            .GetProperty("memberCodes").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Equal(["440307009", "440307010", "440307011"], Members("大鹏新区"));
        Assert.Equal(["441521102", "441521103", "441521104", "441521105"], Members("深汕特别合作区"));
        var kuichong = await GetAsync("/api/v1/divisions/440307009");
        Assert.Equal("大鹏新区", kuichong.GetProperty("managementArea").GetString());
        Assert.Equal("440307", kuichong.GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task A_county_outside_Guangdong_loads_its_streets_when_first_asked()
    {
        var streets = (await GetAsync("/api/v1/divisions/110101/children")).EnumerateArray().ToList();
        var donghuamen = Assert.Single(streets, s => s.GetProperty("code").GetString() == "110101001");
        Assert.Equal("东华门街道", donghuamen.GetProperty("name").GetString());
        Assert.Equal(4, donghuamen.GetProperty("level").GetInt32());
        var again = await GetAsync("/api/v1/divisions/110101/children");
        Assert.Equal(streets.Count, again.GetArrayLength()); // loaded once, not twice
        Assert.Equal("东华门街道", (await GetAsync("/api/v1/divisions/110101001")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_twelve_digit_padded_code_resolves_to_the_natural_code()
    {
        var d = await GetAsync("/api/v1/divisions/440304004000");
        Assert.Equal("440304004", d.GetProperty("code").GetString());
        Assert.Equal("福田街道", d.GetProperty("name").GetString());
        Assert.Equal(4, d.GetProperty("level").GetInt32());
        Assert.Equal("440304", d.GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task An_unknown_or_malformed_code_answers_404_and_divisions_need_a_login()
    {
        var client = await app.ClientForAsync("futian.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/divisions/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/divisions/44030")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/divisions/440304")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DivisionsApiTestsOnSqlite(SqliteApp app) : DivisionsApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DivisionsApiTestsOnPostgres(PostgresApp app) : DivisionsApiTests(app);
