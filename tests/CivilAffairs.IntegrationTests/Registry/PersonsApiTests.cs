using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Registry;

/// <summary>Persons through the HTTP API; the same tests run on SQLite and PostgreSQL.</summary>
public abstract class PersonsApiTests(AppFixture app)
{
    [Fact]
    public async Task A_clerk_registers_a_person_and_sees_derived_birth_date_sex_and_a_masked_number()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var id = Ids.New("440304", 1975);
        var r = await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "测试甲", divisionCode = "440304004022", phone = "13800001111" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var created = await r.Content.ReadFromJsonAsync<JsonElement>();
        var personId = created.GetProperty("id").GetString();

        var get = await client.GetAsync($"/api/v1/persons/{personId}");
        var text = await get.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal($"{id[..6]}********{id[^4..]}", body.GetProperty("idNumberMasked").GetString());
        Assert.Equal($"{id[6..10]}-{id[10..12]}-{id[12..14]}", body.GetProperty("birthDate").GetString());
        Assert.Equal((id[16] - '0') % 2 == 1 ? "男" : "女", body.GetProperty("sex").GetString());
        Assert.False(body.GetProperty("isShenzhenHukou").GetBoolean());
    }

    [Fact]
    public async Task A_published_death_marks_the_resident_deceased_once_whatever_district_the_publisher_serves()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var id = Ids.New("440304", 1931);
        var created = await (await clerk.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "测试亡", divisionCode = "440304004022" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var personId = created.GetProperty("id").GetString();
        var admin = await app.ClientForAsync("admin");
        var first = await (await admin.PostAsJsonAsync("/api/v1/events/person-died", new { idNumber = id.ToLowerInvariant(), diedOn = "2018-11-02", source = "funeral:火化证明 SZ-2018-000123" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, first.EnumerateArray().Single(o => o.GetProperty("module").GetString() == "registry").GetProperty("affected").GetInt32());
        var body = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{personId}");
        Assert.Equal("2018-11-02", body.GetProperty("diedOn").GetString());
        Assert.Equal("funeral:火化证明 SZ-2018-000123", body.GetProperty("deathSource").GetString());

        // a second source for the same death keeps the first date and source
        var again = await (await admin.PostAsJsonAsync("/api/v1/events/person-died", new { idNumber = id, diedOn = "2018-11-03", source = "hospital:死亡医学证明" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.EnumerateArray().Single(o => o.GetProperty("module").GetString() == "registry").GetProperty("affected").GetInt32());
        body = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{personId}");
        Assert.Equal("2018-11-02", body.GetProperty("diedOn").GetString());
    }

    [Fact]
    public async Task A_wrong_check_digit_is_refused_with_a_field_error_in_chinese()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var id = Ids.New();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        var r = await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = wrong, name = "测试乙", divisionCode = "440304004022" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("校验位", problem.GetProperty("errors").GetProperty("idNumber")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_future_birth_date_and_an_unknown_address_code_are_refused()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var future = CivilAffairs.Platform.Values.IdNumber.Create("440304", new DateOnly(2099, 1, 1), 123);
        var unknown = CivilAffairs.Platform.Values.IdNumber.Create("990101", new DateOnly(1980, 1, 1), 123);
        foreach (var id in new[] { future, unknown })
        {
            var r = await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "测试丙", divisionCode = "440304004022" });
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty("idNumber", out _));
        }
    }

    [Fact]
    public async Task A_fifteen_digit_legacy_number_is_converted_to_eighteen_digits()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var eighteen = Ids.New("440304", 1960);
        var fifteen = eighteen[..6] + eighteen[8..17];
        var r = await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = fifteen, name = "测试丁", divisionCode = "440304004022" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        var reveal = await client.PostAsJsonAsync($"/api/v1/persons/{body.GetProperty("id").GetString()}/reveal-id", new { reason = "核对旧证号码" });
        var full = await reveal.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(eighteen, full.GetProperty("idNumber").GetString());
    }

    [Fact]
    public async Task A_duplicate_id_number_is_refused_even_from_another_jurisdiction()
    {
        var futian = await app.ClientForAsync("futian.clerk");
        var nanshan = await app.ClientForAsync("nanshan.street");
        var id = Ids.New();
        Assert.Equal(HttpStatusCode.Created, (await futian.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "测试戊", divisionCode = "440304004022" })).StatusCode);
        var r = await nanshan.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "测试戊", divisionCode = "440305001" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("已登记", problem.GetProperty("errors").GetProperty("idNumber")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_streets_person_answers_404_and_is_absent_from_lists_and_search()
    {
        var futian = await app.ClientForAsync("futian.clerk");
        var nanshan = await app.ClientForAsync("nanshan.street");
        var id = Ids.New();
        var created = await (await futian.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "福田居民", divisionCode = "440304004022" })).Content.ReadFromJsonAsync<JsonElement>();
        var personId = created.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"/api/v1/persons/{personId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.PostAsJsonAsync($"/api/v1/persons/{personId}/reveal-id", new { reason = "试图越权" })).StatusCode);
        var list = await nanshan.GetFromJsonAsync<JsonElement>($"/api/v1/persons?q={id}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var all = await nanshan.GetFromJsonAsync<JsonElement>("/api/v1/persons?pageSize=200");
        Assert.All(all.GetProperty("items").EnumerateArray(), p => Assert.StartsWith("440305001", p.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
        var search = await nanshan.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={id}");
        Assert.Equal(0, search.GetArrayLength());
    }

    [Fact]
    public async Task Registering_a_resident_outside_ones_jurisdiction_is_refused()
    {
        var nanshan = await app.ClientForAsync("nanshan.street");
        var r = await nanshan.PostAsJsonAsync("/api/v1/persons", new { idNumber = Ids.New(), name = "越权登记", divisionCode = "440304004022" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("辖区", problem.GetProperty("errors").GetProperty("divisionCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revealing_the_full_number_needs_a_reason_and_is_audited_with_the_number_masked()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var id = Ids.New();
        var created = await (await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "测试己", divisionCode = "440304004022" })).Content.ReadFromJsonAsync<JsonElement>();
        var personId = created.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/persons/{personId}/reveal-id", new { reason = "" })).StatusCode);
        var r = await client.PostAsJsonAsync($"/api/v1/persons/{personId}/reveal-id", new { reason = "办理低保申请核对身份" });
        Assert.Equal(id, (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("idNumber").GetString());

        var auditor = await app.ClientForAsync("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action=reveal_id&entityId={personId}");
        var row = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("futian.clerk", row.GetProperty("userName").GetString());
        var summary = row.GetProperty("summary").GetString()!;
        Assert.Contains("办理低保申请核对身份", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(id, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_person_writes_an_audit_row_with_personal_data_masked()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var id = Ids.New();
        var created = await (await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "王小明", divisionCode = "440304004022", phone = "13912345678" })).Content.ReadFromJsonAsync<JsonElement>();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var personId = created.GetProperty("id").GetString();
        var row = await db.AuditLog.AsNoTracking().SingleAsync(a => a.EntityId == personId && a.Action == "create");
        Assert.Equal("futian.clerk", row.UserName);
        Assert.Equal("440304004", row.Jurisdiction);
        Assert.DoesNotContain(id, row.Summary!, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", row.Summary!, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", row.Summary!, StringComparison.Ordinal);
        Assert.Contains("139****5678", row.Summary!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_the_saved_record_is_kept()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var id = Ids.New();
        var created = await (await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "原名", divisionCode = "440304004022" })).Content.ReadFromJsonAsync<JsonElement>();
        var personId = created.GetProperty("id").GetString();
        var first = await client.PutAsJsonAsync($"/api/v1/persons/{personId}", new { idNumber = id, name = "新名", divisionCode = "440304004022", version = 0 });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/v1/persons/{personId}", new { idNumber = id, name = "旧页面覆盖", divisionCode = "440304004022", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var now = await client.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{personId}");
        Assert.Equal("新名", now.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_passport_holder_is_registered_with_sex_and_birth_date_entered()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var missing = await client.PostAsJsonAsync("/api/v1/persons", new { documentType = "Passport", idNumber = "E" + Random.Shared.Next(10000000, 99999999), name = "外籍人士", divisionCode = "440304004022" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sex", out _) && errors.TryGetProperty("birthDate", out _));
        var ok = await client.PostAsJsonAsync("/api/v1/persons", new { documentType = "Passport", idNumber = "E" + Random.Shared.Next(10000000, 99999999), name = "外籍人士", divisionCode = "440304004022", sex = "Female", birthDate = "1990-05-06" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("1990-05-06", body.GetProperty("birthDate").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PersonsApiTestsOnSqlite(SqliteApp app) : PersonsApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PersonsApiTestsOnPostgres(PostgresApp app) : PersonsApiTests(app);
