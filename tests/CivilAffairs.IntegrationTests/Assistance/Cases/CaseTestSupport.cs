using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Assistance.Cases;

/// <summary>Enrolled households made the way users make them: an application approved through the API.</summary>
public static class CaseTestSupport
{
    /// <summary>
    /// Submits a 3-person 低保 household (applicant earns 1500, a spouse, a child) on the app's
    /// current date, takes it through publicity and approves it 8 days later; the clock is back where
    /// it was on return. Approved on 2019-02-07 when started on 2019-01-30: enrolled from 2019-03-01.
    /// </summary>
    public static async Task<Guid> EnrolAsync<TApp>(TApp app, int applicantIncome = 1500) where TApp : AppFixture, IClockedApp
    {
        var id = Ids.New("440304", 1972);
        var household = new
        {
            programme = "Mlg", applicantIdNumber = id, applicantName = "复核户" + id[^4..], divisionCode = "440304004022",
            members = new object[]
            {
                new { idNumber = id, relation = "02", monthlyIncome = applicantIncome, shenzhenHukou = true },
                new { idNumber = Ids.New("440304", 1980), relation = "10", monthlyIncome = 0, shenzhenHukou = true },
                new { idNumber = Ids.New("440304", 2009), relation = "20", monthlyIncome = 0, shenzhenHukou = true },
            },
        };
        var submitted = await PostAsync(app, "futian.clerk", "/api/v1/assistance/applications", household, HttpStatusCode.Created);
        var appId = submitted.GetProperty("id").GetGuid();
        await PostAsync(app, "futian.clerk", $"/api/v1/assistance/applications/{appId}/accept", new { note = "材料齐全" }, HttpStatusCode.OK);
        await PostAsync(app, "futian.street", $"/api/v1/assistance/applications/{appId}/review", new { note = "入户调查属实" }, HttpStatusCode.OK);
        Move(app, 8);
        try
        {
            await PostAsync(app, "futian.district", $"/api/v1/assistance/applications/{appId}/decision", new { approve = true, note = "同意" }, HttpStatusCode.OK);
        }
        finally
        {
            Move(app, -8);
        }
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
        return await db.Enrolments.IgnoreQueryFilters().Where(e => e.ApplicationId == appId).Select(e => e.Id).SingleAsync();
    }

    /// <summary>Moves the app's clock by whole days (tokens are dropped: their lifetime follows the clock).</summary>
    public static void Move<TApp>(TApp app, int days) where TApp : AppFixture, IClockedApp
    {
        app.Clock.Advance(TimeSpan.FromDays(days));
        app.ForgetTokens();
    }

    public static async Task<JsonElement> PostAsync(AppFixture app, string user, string path, object body, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{path} as {user}: {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetAsync(AppFixture app, string user, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync(path);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"GET {path} as {user}: {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
