using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Rescue.FamilySearchTestData;

namespace CivilAffairs.IntegrationTests.Rescue;

/// <summary>寻亲公告: drafted from a case, published (audited), found by the public's filters, taken down.</summary>
public abstract class NoticeTests(AppFixture app)
{
    [Fact]
    public async Task A_notice_is_drafted_from_the_case_published_with_an_audit_row_and_found_by_the_public_filters()
    {
        var c = await app.CaseAsync();
        var draft = await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/notices", new { caseId = c.Id }, HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal(c.Accent, draft.GetProperty("accent").GetString());
        Assert.Equal(170, draft.GetProperty("heightCm").GetInt32());
        Assert.Equal("440304", draft.GetProperty("foundDistrict").GetString());
        Assert.Contains("救助", draft.GetProperty("stationContact").GetString(), StringComparison.Ordinal);
        await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/notices", new { caseId = c.Id }, HttpStatusCode.Conflict);

        // a draft is not public, nor its photo
        var anon = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"{Public}/notices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"{Public}/notices/{id}/photo")).StatusCode);
        Assert.Equal(0, (await (await anon.GetAsync($"{Public}/notices?accent={Uri.EscapeDataString(c.Accent)}")).JsonAsync()).GetProperty("total").GetInt32());

        // staff add what the intake record lacks; the auditor may read but not publish
        var edited = await app.CallAsync("rescue.station", HttpMethod.Put, $"{Base}/notices/{id}", new
        {
            name = "", sex = "Male", age = 45, ageEstimated = true, heightCm = 170, health = "一般", intellect = "问答不清", mental = "沉默寡言",
            physicalFeatures = "左眉有疤", clothing = "灰色夹克", accent = c.Accent, foundOn = draft.GetProperty("foundOn").GetString(), foundDistrict = "440304",
            foundPlace = "深南大道车公庙地铁站", stationContact = "深圳市救助管理站 · 求助热线 12345", version = draft.GetProperty("version").GetInt32(),
        }, HttpStatusCode.OK);
        Assert.Equal("左眉有疤", edited.GetProperty("physicalFeatures").GetString());
        await app.CallAsync("auditor", HttpMethod.Post, $"{Base}/notices/{id}/publish", new { }, HttpStatusCode.Forbidden);
        var published = await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/notices/{id}/publish", new { }, HttpStatusCode.OK);
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal(RescueCaseStatus.NoticePublished, await app.CaseStatusAsync(c.Id));
        Assert.True(await AuditedAsync(id, "publish"), "publishing is in the audit trail");

        // the national filters
        var accent = "accent=" + Uri.EscapeDataString(c.Accent);
        var today = ChinaTime.Today(TimeProvider.System);
        async Task<int> Count(string filters) =>
            (await (await anon.GetAsync($"{Public}/notices?{accent}&{filters}")).JsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal(1, await Count(""));
        Assert.Equal(1, await Count("sex=Male&ageFrom=40&ageTo=50&heightFrom=165&heightTo=175&district=440304"));
        Assert.Equal(0, await Count("sex=Female"));
        Assert.Equal(0, await Count("ageFrom=46"));
        Assert.Equal(0, await Count("heightTo=169"));
        Assert.Equal(0, await Count("district=440305"));
        Assert.Equal(1, await Count($"foundFrom={today.AddDays(-12):yyyy-MM-dd}&foundTo={today.AddDays(-8):yyyy-MM-dd}"));
        Assert.Equal(0, await Count($"foundFrom={today.AddDays(-5):yyyy-MM-dd}"));
        Assert.Equal(HttpStatusCode.BadRequest, (await anon.GetAsync($"{Public}/notices?ageFrom=50&ageTo=40")).StatusCode);

        // the public detail shows the notice text, not the street code or the case id; the photo is served
        var detail = await anon.GetAsync($"{Public}/notices/{id}");
        var text = await detail.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("左眉有疤", text, StringComparison.Ordinal);
        Assert.DoesNotContain("440304004", text, StringComparison.Ordinal);
        Assert.DoesNotContain(c.Id.ToString(), text, StringComparison.Ordinal);
        var photo = await anon.GetAsync($"{Public}/notices/{id}/photo");
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        var page = await anon.GetStringAsync($"/m/rescue/notices?{accent}");
        Assert.Contains($"/m/rescue/notices/{id}", page, StringComparison.Ordinal);

        // taking it down needs a reason, is audited, and hides it
        Assert.Contains("原因", await (await (await app.ClientForAsync("rescue.station")).PostAsJsonAsync($"{Base}/notices/{id}/unpublish", new { reason = "" }))
            .FieldErrorAsync("reason"), StringComparison.Ordinal);
        var down = await app.CallAsync("rescue.lead", HttpMethod.Post, $"{Base}/notices/{id}/unpublish", new { reason = "家属已来电确认，待核验" }, HttpStatusCode.OK);
        Assert.Equal("Unpublished", down.GetProperty("status").GetString());
        Assert.True(await AuditedAsync(id, "unpublish"), "unpublishing is in the audit trail");
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"{Public}/notices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"{Public}/notices/{id}/photo")).StatusCode);
        Assert.Equal(0, await Count(""));
    }

    [Fact]
    public async Task Notices_and_messages_outside_the_jurisdiction_answer_404_and_the_due_list_flags_the_overdue()
    {
        var (nanshan, id) = await app.PublishedNoticeAsync("440305002");
        await app.CallAsync("futian.district", HttpMethod.Get, $"{Base}/notices/{id}", null, HttpStatusCode.NotFound);
        var futianList = await app.CallAsync("futian.district", HttpMethod.Get, $"{Base}/notices", null, HttpStatusCode.OK);
        Assert.DoesNotContain(nanshan.CaseNumber, futianList.ToString(), StringComparison.Ordinal);
        // district approvers read; they do not write
        await app.CallAsync("futian.district", HttpMethod.Post, $"{Base}/notices", new { caseId = nanshan.Id }, HttpStatusCode.Forbidden);

        // an unidentified person admitted 20 days ago without a notice is overdue (7 working days)
        var late = await app.CaseAsync(foundDaysAgo: 20);
        var fresh = await app.CaseAsync(foundDaysAgo: 0);
        var due = (await app.CallAsync("rescue.station", HttpMethod.Get, $"{Base}/notices", null, HttpStatusCode.OK)).GetProperty("due").EnumerateArray().ToList();
        Assert.True(due.Single(d => d.GetProperty("caseNumber").GetString() == late.CaseNumber).GetProperty("overdue").GetBoolean());
        Assert.False(due.Single(d => d.GetProperty("caseNumber").GetString() == fresh.CaseNumber).GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(due, d => d.GetProperty("caseNumber").GetString() == nanshan.CaseNumber);
    }

    private async Task<bool> AuditedAsync(Guid id, string action)
    {
        await using var scope = app.Scope();
        var audit = scope.ServiceProvider.GetRequiredService<PlatformDb>().AuditLog;
        var key = id.ToString();
        return await audit.AnyAsync(a => a.Entity == "PublicNotice" && a.EntityId == key && a.Action == action && a.UserName.StartsWith("rescue."))
            && await audit.AnyAsync(a => a.Entity == "PublicNotice" && a.EntityId == key && a.Action == "update");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NoticeTestsOnSqlite(SqliteApp app) : NoticeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NoticeTestsOnPostgres(PostgresApp app) : NoticeTests(app);
