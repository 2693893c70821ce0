using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Assistance;

/// <summary>
/// 审核确认 through the API, by the roles that do each step, with deadlines from the official
/// calendar across the 2019 Spring Festival; the same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class ApplicationWorkflowTests<TApp>(TApp app) where TApp : AppFixture, IClockedApp
{
    private static object Household(string applicantId) => new
    {
        programme = "Mlg", applicantIdNumber = applicantId, applicantName = "申请人甲", divisionCode = "440304004022",
        members = new object[]
        {
            new { idNumber = applicantId, relation = "02", monthlyIncome = 1500, shenzhenHukou = true },
            new { idNumber = Ids.New("440304", 1982), relation = "10", monthlyIncome = 0, shenzhenHukou = true },
            new { idNumber = Ids.New("440304", 2010), relation = "20", monthlyIncome = 0, shenzhenHukou = true },
        },
    };

    private async Task<JsonElement> PostAsync(string user, string path, object body, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{path} as {user}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task An_application_goes_from_the_window_through_publicity_to_district_approval_with_calendar_deadlines()
    {
        var id = Ids.New("440304", 1975);
        var submitted = await PostAsync("futian.clerk", "/api/v1/assistance/applications", Household(id), HttpStatusCode.Created);
        var appId = submitted.GetProperty("id").GetString();
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        // 5 working days from Wed 2019-01-30: 01-31, 02-01, Sat 02-02 and Sun 02-03 (make-up days), then
        // the holiday week, then Mon 02-11
        Assert.Equal("2019-02-11", submitted.GetProperty("dueOn").GetString());
        // 2019 standard 1160: (1160 × 3 − 1500) = 1980, plus the child's 分类施保 add-on
        Assert.True(submitted.GetProperty("calculatedBenefit").GetDecimal() >= 1980m);
        Assert.DoesNotContain(id, submitted.GetRawText(), StringComparison.Ordinal);

        await PostAsync("futian.district", $"/api/v1/assistance/applications/{appId}/accept", new { }, HttpStatusCode.Forbidden);
        var accepted = await PostAsync("futian.clerk", $"/api/v1/assistance/applications/{appId}/accept", new { note = "材料齐全" }, HttpStatusCode.OK);
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());

        await PostAsync("futian.clerk", $"/api/v1/assistance/applications/{appId}/review", new { note = "入户调查属实" }, HttpStatusCode.Forbidden);
        await PostAsync("futian.street", $"/api/v1/assistance/applications/{appId}/review", new { note = "" }, HttpStatusCode.BadRequest);
        var reviewed = await PostAsync("futian.street", $"/api/v1/assistance/applications/{appId}/review", new { note = "入户调查属实，建议批准" }, HttpStatusCode.OK);
        Assert.Equal("Publicizing", reviewed.GetProperty("status").GetString());
        Assert.Equal("2019-02-06", reviewed.GetProperty("publicityEndsOn").GetString());

        // before the publicity ends the district may not decide
        await PostAsync("futian.district", $"/api/v1/assistance/applications/{appId}/decision", new { approve = true }, HttpStatusCode.Conflict);
        app.Clock.Advance(TimeSpan.FromDays(8));
        app.ForgetTokens();
        var approved = await PostAsync("futian.district", $"/api/v1/assistance/applications/{appId}/decision", new { approve = true, note = "同意" }, HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("2019-03-01", approved.GetProperty("enrolFrom").GetString());
        var steps = approved.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()).ToList();
        Assert.Equal(["提交申请", "受理", "街道审核并公示", "区审批：批准"], steps);
        app.Clock.Advance(TimeSpan.FromDays(-8));
        app.ForgetTokens();
    }

    [Fact]
    public async Task A_second_open_application_for_the_same_person_is_refused_and_other_streets_cannot_see_it()
    {
        var id = Ids.New("440304", 1966);
        var first = await PostAsync("futian.clerk", "/api/v1/assistance/applications", Household(id), HttpStatusCode.Created);
        var again = await PostAsync("futian.street", "/api/v1/assistance/applications", Household(id), HttpStatusCode.Conflict);
        Assert.Contains("办理中", again.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"/api/v1/assistance/applications/{first.GetProperty("id").GetString()}")).StatusCode);
        await PostAsync("nanshan.street", $"/api/v1/assistance/applications/{first.GetProperty("id").GetString()}/accept", new { }, HttpStatusCode.NotFound);
        var list = await nanshan.GetFromJsonAsync<JsonElement>("/api/v1/assistance/applications");
        Assert.All(list.EnumerateArray(), a => Assert.StartsWith("440305", a.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unaccepted_application_shows_as_overdue_after_its_deadline_and_a_refusal_needs_reasons()
    {
        var id = Ids.New("440304", 1958);
        var submitted = await PostAsync("futian.clerk", "/api/v1/assistance/applications", Household(id), HttpStatusCode.Created);
        var appId = submitted.GetProperty("id").GetString();
        app.Clock.Advance(TimeSpan.FromDays(13)); // 2019-02-12, one day past the deadline
        app.ForgetTokens();
        try
        {
            var clerk = await app.ClientForAsync("futian.clerk");
            var overdue = await clerk.GetFromJsonAsync<JsonElement>("/api/v1/assistance/applications?overdue=true");
            Assert.Contains(overdue.EnumerateArray(), a => a.GetProperty("id").GetString() == appId && a.GetProperty("overdue").GetBoolean());
            var returned = await PostAsync("futian.clerk", $"/api/v1/assistance/applications/{appId}/return", new { note = "逾期未补齐材料" }, HttpStatusCode.OK);
            Assert.Equal("Returned", returned.GetProperty("status").GetString());
            await PostAsync("futian.clerk", $"/api/v1/assistance/applications/{appId}/accept", new { }, HttpStatusCode.Conflict);
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-13));
            app.ForgetTokens();
        }
    }

    [Fact]
    public async Task An_application_with_an_invalid_household_is_refused_with_field_errors()
    {
        var r = await PostAsync("futian.clerk", "/api/v1/assistance/applications",
            new { programme = "Mlg", applicantIdNumber = "123", applicantName = "", divisionCode = "440305001", members = Array.Empty<object>() }, HttpStatusCode.BadRequest);
        var errors = r.GetProperty("errors");
        Assert.True(errors.TryGetProperty("applicantIdNumber", out _));
        Assert.True(errors.TryGetProperty("applicantName", out _));
        Assert.True(errors.TryGetProperty("divisionCode", out _));
    }
}

public sealed class ApplicationWorkflowTestsOnSqlite(WorkflowSqliteApp app) : ApplicationWorkflowTests<WorkflowSqliteApp>(app), IClassFixture<WorkflowSqliteApp>;

public sealed class ApplicationWorkflowTestsOnPostgres(WorkflowPostgresApp app) : ApplicationWorkflowTests<WorkflowPostgresApp>(app), IClassFixture<WorkflowPostgresApp>;
