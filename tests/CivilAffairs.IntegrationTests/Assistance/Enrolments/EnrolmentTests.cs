using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Assistance.Enrolments;

/// <summary>
/// 在保家庭 after approval: member and income changes recompute the amount with the trial
/// calculation's rules (2019 standard 1160, 分类施保 add-ons 20% = 232), status changes by role,
/// jurisdiction, and the PersonDied event. On SQLite and PostgreSQL.
/// </summary>
public abstract class EnrolmentTests<TApp>(TApp app) : IAsyncLifetime where TApp : AppFixture, IClockedApp
{
    private const string Base = "/api/v1/assistance/enrolments";

    private int _daysAdvanced;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Each test leaves the shared clock where it found it.</summary>
    public Task DisposeAsync()
    {
        app.Clock.Advance(TimeSpan.FromDays(-_daysAdvanced));
        app.ForgetTokens();
        return Task.CompletedTask;
    }

    private async Task<JsonElement> SendAsync(string user, HttpMethod method, string path, object body, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{method} {path} as {user}: {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private Task<JsonElement> PostAsync(string user, string path, object body, HttpStatusCode expected) => SendAsync(user, HttpMethod.Post, path, body, expected);

    /// <summary>Submit → accept → review → (publicity) → approve on 2019-02-07 (the clock stays there): enrolled from 2019-03.</summary>
    private async Task<JsonElement> EnrolAsync(params object[] members)
    {
        var head = (string)members[0].GetType().GetProperty("idNumber")!.GetValue(members[0])!;
        var submitted = await PostAsync("futian.clerk", "/api/v1/assistance/applications",
            new { programme = "Mlg", applicantIdNumber = head, applicantName = "在保测试户", divisionCode = "440304004022", members }, HttpStatusCode.Created);
        var appId = submitted.GetProperty("id").GetString();
        await PostAsync("futian.clerk", $"/api/v1/assistance/applications/{appId}/accept", new { }, HttpStatusCode.OK);
        await PostAsync("futian.street", $"/api/v1/assistance/applications/{appId}/review", new { note = "入户调查属实" }, HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromDays(8));
        _daysAdvanced += 8;
        app.ForgetTokens();
        await PostAsync("futian.district", $"/api/v1/assistance/applications/{appId}/decision", new { approve = true }, HttpStatusCode.OK);
        var clerk = await app.ClientForAsync("futian.clerk");
        var page = await clerk.GetFromJsonAsync<JsonElement>($"{Base}?street=440304004022&pageSize=200");
        var id = page.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("applicationId").GetString() == appId).GetProperty("id").GetString();
        return await clerk.GetFromJsonAsync<JsonElement>($"{Base}/{id}");
    }

    private static object Member(string id, string relation, decimal income) => new { idNumber = id, relation, monthlyIncome = income, shenzhenHukou = true };

    private static string MemberId(JsonElement e, string relation) =>
        e.GetProperty("members").EnumerateArray().First(m => m.GetProperty("relation").GetString() == relation).GetProperty("id").GetString()!;

    [Fact]
    public async Task Member_and_income_changes_recompute_the_monthly_amount_from_their_month()
    {
        var e = await EnrolAsync(Member(Ids.New("440304", 1975), "02", 1500), Member(Ids.New("440304", 1982), "10", 0), Member(Ids.New("440304", 2010), "20", 0));
        var id = e.GetProperty("id").GetString();
        // (1160 × 3 − 1500) = 1980, plus the child's 20% add-on 232
        Assert.Equal(2212m, e.GetProperty("monthlyBenefit").GetDecimal());
        Assert.Equal("2019-03-01", e.GetProperty("enrolFrom").GetString());

        var early = await (await app.ClientForAsync("futian.clerk")).PostAsJsonAsync($"{Base}/{id}/members/{MemberId(e, "10")}/income",
            new { monthlyIncome = 600, effectiveMonth = "2019-02", reason = "就业" });
        Assert.Contains("起始发放月", await early.FieldErrorAsync("effectiveMonth"), StringComparison.Ordinal);

        // the spouse finds work: (3480 − 2100) + 232 = 1612
        e = await PostAsync("futian.clerk", $"{Base}/{id}/members/{MemberId(e, "10")}/income",
            new { monthlyIncome = 600, effectiveMonth = "2019-04", reason = "就业", version = e.GetProperty("version").GetInt32() }, HttpStatusCode.OK);
        Assert.Equal(1612m, e.GetProperty("monthlyBenefit").GetDecimal());

        // the child moves out: two adults, 2320 − 2100 = 220, no add-on
        e = await PostAsync("futian.clerk", $"{Base}/{id}/members/{MemberId(e, "20")}/leave", new { effectiveMonth = "2019-05", reason = "迁出" }, HttpStatusCode.OK);
        Assert.Equal(220m, e.GetProperty("monthlyBenefit").GetDecimal());
        Assert.Equal("2019-05-01", e.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("relation").GetString() == "20").GetProperty("leftFrom").GetString());

        // an elderly parent without income joins: 3480 − 2100 = 1380, plus the elderly add-on 232
        e = await PostAsync("futian.clerk", $"{Base}/{id}/members",
            new { idNumber = Ids.New("440304", 1940), name = "老人甲", relation = "50", monthlyIncome = 0, shenzhenHukou = true, effectiveMonth = "2019-06", reason = "投靠子女" },
            HttpStatusCode.OK);
        Assert.Equal(1612m, e.GetProperty("monthlyBenefit").GetDecimal());

        var events = e.GetProperty("events").EnumerateArray().Select(x => (x.GetProperty("kind").GetString(), x.GetProperty("effectiveFrom").GetString())).ToList();
        Assert.Equal([("纳入保障", "2019-03-01"), ("收入变更", "2019-04-01"), ("减少成员", "2019-05-01"), ("增加成员", "2019-06-01")], events);
        Assert.Contains("1612.00 → 220.00", e.GetProperty("events")[2].GetProperty("note").GetString(), StringComparison.Ordinal);

        // bank account: digits 12–30, shown masked
        var bad = await (await app.ClientForAsync("futian.clerk")).PutAsJsonAsync($"{Base}/{id}/bank-account", new { bankName = "工商银行", account = "12345" });
        Assert.Contains("12至30位", await bad.FieldErrorAsync("account"), StringComparison.Ordinal);
        var withBank = await SendAsync("futian.clerk", HttpMethod.Put, $"{Base}/{id}/bank-account", new { bankName = "中国工商银行深圳福田支行", account = "6222 0202 0001 2345 678" }, HttpStatusCode.OK);
        Assert.Equal("****5678", withBank.GetProperty("bankAccountMasked").GetString());
        Assert.DoesNotContain("6222020200012345678", withBank.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspend_and_resume_by_the_street_stop_by_the_district_and_other_streets_see_nothing()
    {
        var e = await EnrolAsync(Member(Ids.New("440304", 1970), "02", 300));
        var id = e.GetProperty("id").GetString();
        var clerk = await app.ClientForAsync("futian.clerk");
        Assert.NotNull(await (await clerk.PostAsJsonAsync($"{Base}/{id}/suspend", new { reason = "" })).FieldErrorAsync("reason"));
        var suspended = await PostAsync("futian.clerk", $"{Base}/{id}/suspend", new { reason = "外出务工，去向待核实" }, HttpStatusCode.OK);
        Assert.Equal("Suspended", suspended.GetProperty("status").GetString());
        await PostAsync("futian.clerk", $"{Base}/{id}/suspend", new { reason = "再次" }, HttpStatusCode.Conflict);
        var resumed = await PostAsync("futian.clerk", $"{Base}/{id}/resume", new { reason = "已核实在深居住" }, HttpStatusCode.OK);
        Assert.Equal("Active", resumed.GetProperty("status").GetString());

        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"{Base}/{id}")).StatusCode);
        await PostAsync("nanshan.street", $"{Base}/{id}/suspend", new { reason = "x" }, HttpStatusCode.NotFound);
        var theirs = await nanshan.GetFromJsonAsync<JsonElement>($"{Base}?pageSize=200");
        Assert.All(theirs.GetProperty("items").EnumerateArray(), x => Assert.StartsWith("440305", x.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain(theirs.GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetString() == id);

        await PostAsync("futian.clerk", $"{Base}/{id}/stop", new { reason = "收入超标" }, HttpStatusCode.Forbidden);
        var stopped = await PostAsync("futian.district", $"{Base}/{id}/stop", new { reason = "收入超过低保标准" }, HttpStatusCode.OK);
        Assert.Equal("Stopped", stopped.GetProperty("status").GetString());
        Assert.Equal("2019-03-01", stopped.GetProperty("stoppedFrom").GetString());
        Assert.Equal(["纳入保障", "暂停发放", "恢复发放", "终止保障"], stopped.GetProperty("events").EnumerateArray().Select(x => x.GetProperty("kind").GetString()));
        await PostAsync("futian.clerk", $"{Base}/{id}/resume", new { reason = "x" }, HttpStatusCode.Conflict);
        var list = await clerk.GetFromJsonAsync<JsonElement>($"{Base}?status=Stopped&pageSize=200");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task A_death_stops_the_members_share_from_the_next_month_and_the_household_when_nobody_remains()
    {
        var headId = Ids.New("440304", 1940);
        var spouseId = Ids.New("440304", 1941);
        var e = await EnrolAsync(Member(headId, "02", 0), Member(spouseId, "10", 0));
        var id = e.GetProperty("id").GetString();
        // two elderly without income: 2320 + 232 + 232
        Assert.Equal(2784m, e.GetProperty("monthlyBenefit").GetDecimal());
        app.Clock.Advance(TimeSpan.FromDays(90)); // 2019-05-08: both deaths below are in the past
        _daysAdvanced += 90;
        app.ForgetTokens();

        const string Path = "/api/v1/events/person-died";
        await PostAsync("futian.clerk", Path, new { idNumber = spouseId, diedOn = "2019-03-10", source = "funeral:火化证明" }, HttpStatusCode.Forbidden);
        var admin = await app.ClientForAsync("admin");
        Assert.NotNull(await (await admin.PostAsJsonAsync(Path, new { idNumber = "440304", diedOn = "2019-03-10", source = "x" })).FieldErrorAsync("idNumber"));
        Assert.NotNull(await (await admin.PostAsJsonAsync(Path, new { idNumber = spouseId, diedOn = "2019-06-01", source = "x" })).FieldErrorAsync("diedOn"));

        var outcome = await PostAsync("admin", Path, new { idNumber = spouseId, diedOn = "2019-03-10", source = "funeral:火化证明 2019-001" }, HttpStatusCode.OK);
        Assert.Equal(1, outcome.EnumerateArray().Single(o => o.GetProperty("module").GetString() == "assistance").GetProperty("affected").GetInt32());
        var clerk = await app.ClientForAsync("futian.clerk");
        e = await clerk.GetFromJsonAsync<JsonElement>($"{Base}/{id}");
        var spouse = e.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("relation").GetString() == "10");
        Assert.Equal("2019-04-01", spouse.GetProperty("leftFrom").GetString());
        Assert.Equal("成员死亡", spouse.GetProperty("leftReason").GetString());
        Assert.Equal(1392m, e.GetProperty("monthlyBenefit").GetDecimal()); // 1160 + 232
        Assert.Equal("Active", e.GetProperty("status").GetString());

        // the same event again changes nothing
        var again = await PostAsync("admin", Path, new { idNumber = spouseId, diedOn = "2019-03-10", source = "funeral:火化证明 2019-001" }, HttpStatusCode.OK);
        Assert.All(again.EnumerateArray(), o => Assert.Equal(0, o.GetProperty("affected").GetInt32()));

        await PostAsync("admin", Path, new { idNumber = headId, diedOn = "2019-04-20", source = "hospital:死亡医学证明" }, HttpStatusCode.OK);
        e = await clerk.GetFromJsonAsync<JsonElement>($"{Base}/{id}");
        Assert.Equal("Stopped", e.GetProperty("status").GetString());
        Assert.Equal("成员死亡", e.GetProperty("statusReason").GetString());
        Assert.Equal("2019-05-01", e.GetProperty("stoppedFrom").GetString());
        Assert.Equal(0m, e.GetProperty("monthlyBenefit").GetDecimal());
        Assert.Equal(["纳入保障", "成员死亡减员", "成员死亡减员", "终止保障"], e.GetProperty("events").EnumerateArray().Select(x => x.GetProperty("kind").GetString()));
    }
}

public sealed class EnrolmentTestsOnSqlite(WorkflowSqliteApp app) : EnrolmentTests<WorkflowSqliteApp>(app), IClassFixture<WorkflowSqliteApp>;

public sealed class EnrolmentTestsOnPostgres(WorkflowPostgresApp app) : EnrolmentTests<WorkflowPostgresApp>(app), IClassFixture<WorkflowPostgresApp>;
