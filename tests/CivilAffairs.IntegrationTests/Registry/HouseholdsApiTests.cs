using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Registry;

/// <summary>Households through the HTTP API; the same tests run on SQLite and PostgreSQL.</summary>
public abstract class HouseholdsApiTests(AppFixture app)
{
    private const string Futian = "440304004022";
    private const string Nanshan = "440305001001";

    private static string Masked(string id) => $"{id[..6]}********{id[^4..]}";

    private static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task A_clerk_creates_a_household_from_registered_persons_and_sees_masked_numbers_and_relationship_names()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var head = await clerk.CreatePersonAsync(Futian, UniqueName("户主"), 1970);
        var spouse = await clerk.CreatePersonAsync(Futian, UniqueName("配偶"), 1972);
        var child = await clerk.CreatePersonAsync(Futian, UniqueName("孩子"), 2005);
        var r = await clerk.PostAsJsonAsync("/api/v1/households", new
        {
            divisionCode = Futian, address = "福华路1号", headPersonId = head.Id,
            members = new object[] { new { personId = spouse.Id, relationship = "10" }, new { personId = child.Id, relationship = "20" } },
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var householdId = (await r.JsonAsync()).GetProperty("id").GetGuid();

        var get = await clerk.GetAsync($"/api/v1/households/{householdId}");
        var text = await get.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        foreach (var p in new[] { head, spouse, child })
        {
            Assert.DoesNotContain(p.IdNumber, text, StringComparison.Ordinal);
        }
        var body = await get.JsonAsync();
        Assert.Equal(head.Name, body.GetProperty("headName").GetString());
        Assert.Equal("福华社区居委会", body.GetProperty("divisionName").GetString());
        var members = body.GetProperty("members").EnumerateArray()
            .Select(m => (Name: m.GetProperty("name").GetString(), Masked: m.GetProperty("idNumberMasked").GetString(),
                Code: m.GetProperty("relationship").GetString(), Relation: m.GetProperty("relationshipName").GetString()))
            .ToList();
        Assert.Equal(
            [(head.Name, Masked(head.IdNumber), "02", "户主"), (spouse.Name, Masked(spouse.IdNumber), "10", "配偶"), (child.Name, Masked(child.IdNumber), "20", "子")],
            members);
    }

    [Fact]
    public async Task A_member_of_a_household_shows_the_household_on_the_person_page()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var head = await clerk.CreatePersonAsync(Futian);
        var householdId = await CreateAsync(clerk, head.Id);
        var person = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/persons/{head.Id}");
        Assert.Equal(householdId, person.GetProperty("householdId").GetGuid());
    }

    [Fact]
    public async Task A_head_who_is_not_registered_is_refused_with_a_field_error()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var r = await clerk.PostAsJsonAsync("/api/v1/households", new { divisionCode = Futian, address = "福华路2号", headPersonId = Guid.NewGuid() });
        Assert.Contains("未登记", await r.FieldErrorAsync("headPersonId"), StringComparison.Ordinal);
        var byNumber = await clerk.PostAsJsonAsync("/api/v1/households", new { divisionCode = Futian, address = "福华路2号", headIdNumber = Ids.New() });
        Assert.Contains("未登记", await byNumber.FieldErrorAsync("headPersonId"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("02")] // the head's own code cannot be given to a member
    [InlineData("")]
    public async Task An_invalid_relationship_code_is_refused_for_that_member(string code)
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var head = await clerk.CreatePersonAsync(Futian);
        var member = await clerk.CreatePersonAsync(Futian);
        var r = await clerk.PostAsJsonAsync("/api/v1/households", new
        {
            divisionCode = Futian, address = "福华路3号", headPersonId = head.Id, members = new[] { new { personId = member.Id, relationship = code } },
        });
        Assert.Contains("关系代码无效", await r.FieldErrorAsync("members[0]"), StringComparison.Ordinal);
        var get = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/persons/{head.Id}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, get.GetProperty("householdId").ValueKind);
    }

    [Fact]
    public async Task A_person_already_in_another_household_cannot_be_added_and_is_named_in_the_error()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var first = await clerk.CreatePersonAsync(Futian);
        var spouse = await clerk.CreatePersonAsync(Futian, UniqueName("已入户"));
        await CreateAsync(clerk, first.Id, (spouse.Id, "10"));
        var second = await clerk.CreatePersonAsync(Futian);
        var r = await clerk.PostAsJsonAsync("/api/v1/households", new
        {
            divisionCode = Futian, address = "福华路4号", headPersonId = second.Id, members = new[] { new { personId = spouse.Id, relationship = "10" } },
        });
        var message = await r.FieldErrorAsync("members");
        Assert.Contains("已属于其他家庭", message, StringComparison.Ordinal);
        Assert.Contains(spouse.Name, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_from_another_jurisdiction_is_treated_as_not_registered()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var nanshan = await app.ClientForAsync("nanshan.street");
        var outsider = await nanshan.CreatePersonAsync(Nanshan, UniqueName("南山人"));
        var head = await clerk.CreatePersonAsync(Futian);
        foreach (var member in new object[] { new { personId = outsider.Id, relationship = "10" }, new { idNumber = outsider.IdNumber, relationship = "10" } })
        {
            var r = await clerk.PostAsJsonAsync("/api/v1/households", new { divisionCode = Futian, address = "福华路5号", headPersonId = head.Id, members = new[] { member } });
            Assert.Contains("未登记或不在您的辖区内", await r.FieldErrorAsync("members[0]"), StringComparison.Ordinal);
            Assert.DoesNotContain(outsider.Name, await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var asHead = await clerk.PostAsJsonAsync("/api/v1/households", new { divisionCode = Futian, address = "福华路5号", headPersonId = outsider.Id });
        Assert.Contains("辖区", await asHead.FieldErrorAsync("headPersonId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_household_outside_ones_jurisdiction_or_without_address_is_refused()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var head = await clerk.CreatePersonAsync(Futian);
        var elsewhere = await clerk.PostAsJsonAsync("/api/v1/households", new { divisionCode = Nanshan, address = "南头路1号", headPersonId = head.Id });
        Assert.Contains("辖区", await elsewhere.FieldErrorAsync("divisionCode"), StringComparison.Ordinal);
        var noAddress = await clerk.PostAsJsonAsync("/api/v1/households", new { divisionCode = Futian, address = " ", headPersonId = head.Id });
        Assert.Contains("住址", await noAddress.FieldErrorAsync("address"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_the_heads_name_or_id_number()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var head = await clerk.CreatePersonAsync(Futian, UniqueName("查找户主"));
        var householdId = await CreateAsync(clerk, head.Id);
        foreach (var q in new[] { head.Name, head.IdNumber })
        {
            var page = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/households?q={Uri.EscapeDataString(q)}");
            var item = Assert.Single(page.GetProperty("items").EnumerateArray());
            Assert.Equal(householdId, item.GetProperty("id").GetGuid());
            Assert.Equal(Masked(head.IdNumber), item.GetProperty("headIdNumberMasked").GetString());
            Assert.Equal(1, item.GetProperty("memberCount").GetInt32());
        }
        var none = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/households?q={Uri.EscapeDataString(UniqueName("无此人"))}");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Searching_households_by_name_never_shows_another_jurisdictions_household()
    {
        var nanshan = await app.ClientForAsync("nanshan.street");
        var outsider = await nanshan.CreatePersonAsync(Nanshan, UniqueName("南山户主"));
        await CreateAsync(nanshan, outsider.Id, division: Nanshan);
        var clerk = await app.ClientForAsync("futian.clerk");
        var byName = await clerk.GetAsync($"/api/v1/households?q={Uri.EscapeDataString(outsider.Name)}");
        var text = await byName.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.DoesNotContain(outsider.Name, text, StringComparison.Ordinal);
        Assert.Equal(0, (await byName.JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_unfiltered_list_shows_only_households_in_ones_jurisdiction()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var page = await clerk.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/households?pageSize=200");
        Assert.True(page.GetProperty("total").GetInt32() > 0);
        Assert.All(page.GetProperty("items").EnumerateArray(),
            h => Assert.StartsWith("440304004", h.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
    }

    private static async Task<Guid> CreateAsync(HttpClient client, Guid headId, (Guid Id, string Code)? member = null, string division = Futian)
    {
        var members = member is { } m ? new[] { new { personId = m.Id, relationship = m.Code } } : [];
        var r = await client.PostAsJsonAsync("/api/v1/households", new { divisionCode = division, address = "测试路8号", headPersonId = headId, members });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, text);
        return (await r.JsonAsync()).GetProperty("id").GetGuid();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HouseholdsApiTestsOnSqlite(SqliteApp app) : HouseholdsApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HouseholdsApiTestsOnPostgres(PostgresApp app) : HouseholdsApiTests(app);
