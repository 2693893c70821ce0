using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Rescue.FamilySearchTestData;

namespace CivilAffairs.IntegrationTests.Rescue;

/// <summary>"我可能认识此人" replies, missing-person reports, reunions and their statistics.</summary>
public abstract class ContactAndReunionTests(AppFixture app)
{
    [Fact]
    public async Task A_reply_is_validated_in_Chinese_moves_the_case_to_suspected_match_and_staff_mark_it_handled()
    {
        var (c, id) = await app.PublishedNoticeAsync();
        using var anon = app.AnonymousFromOwnIp();
        var empty = await anon.PostAsJsonAsync($"{Public}/notices/{id}/messages", new { });
        Assert.Contains("姓名", await empty.FieldErrorAsync("name"), StringComparison.Ordinal);
        var errors = (await empty.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "phone", "relationship", "message" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
        var badPhone = await anon.PostAsJsonAsync($"{Public}/notices/{id}/messages", Contact(phone: "12345"));
        Assert.Contains("电话", await badPhone.FieldErrorAsync("phone"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Accepted, (await anon.PostAsJsonAsync($"{Public}/notices/{id}/messages", Contact())).StatusCode);
        Assert.Equal(RescueCaseStatus.SuspectedMatch, await app.CaseStatusAsync(c.Id));

        var list = await app.CallAsync("rescue.station", HttpMethod.Get, $"{Base}/messages?noticeId={id}", null, HttpStatusCode.OK);
        var m = list.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("13912345678", m.GetProperty("phone").GetString());
        Assert.Equal("New", m.GetProperty("status").GetString());
        Assert.Equal(c.CaseNumber, m.GetProperty("caseNumber").GetString());
        // the auditor reads the reply without the full phone number
        var seen = await app.CallAsync("auditor", HttpMethod.Get, $"{Base}/messages?noticeId={id}", null, HttpStatusCode.OK);
        Assert.DoesNotContain("13912345678", seen.ToString(), StringComparison.Ordinal);
        await app.CallAsync("auditor", HttpMethod.Post, $"{Base}/messages/{m.GetProperty("id").GetGuid()}/handled", new { note = "x" }, HttpStatusCode.Forbidden);

        await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/messages/{m.GetProperty("id").GetGuid()}/handled", new { note = "已电话联系，约定来站辨认" }, HttpStatusCode.NoContent);
        var after = await app.CallAsync("rescue.station", HttpMethod.Get, $"{Base}/messages?noticeId={id}", null, HttpStatusCode.OK);
        Assert.Equal("Handled", after.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("new").GetInt32());
    }

    [Fact]
    public async Task Replies_are_limited_per_IP_address()
    {
        var (_, id) = await app.PublishedNoticeAsync();
        using var one = app.AnonymousFromOwnIp();
        // typos are answered with field errors and do not use up the allowance
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await one.PostAsJsonAsync($"{Public}/notices/{id}/messages", Contact(phone: "1"))).StatusCode);
        }
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await one.PostAsJsonAsync($"{Public}/notices/{id}/messages", Contact())).StatusCode);
        }
        Assert.Equal((HttpStatusCode)429, (await one.PostAsJsonAsync($"{Public}/notices/{id}/messages", Contact())).StatusCode);
        using var other = app.AnonymousFromOwnIp();
        Assert.Equal(HttpStatusCode.Accepted, (await other.PostAsJsonAsync($"{Public}/notices/{id}/messages", Contact())).StatusCode);
    }

    [Fact]
    public async Task A_reunion_takes_the_notice_down_finds_the_report_and_takes_follow_up_visits()
    {
        var (c, noticeId) = await app.PublishedNoticeAsync();
        var station = await app.ClientForAsync("rescue.station");
        var invalid = await station.PostAsJsonAsync($"{Base}/reports", new { missingName = "", missingSex = "", reporterPhone = "1" });
        Assert.Contains("姓名", await invalid.FieldErrorAsync("missingName"), StringComparison.Ordinal);
        var report = await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/reports", new
        {
            missingName = "刘德旺", missingSex = "Male", missingBirthYear = 1978, missingHeightCm = 170, missingSince = "2024-03-01", missingPlace = "湖南省邵阳市",
            missingAccent = "湖南口音", missingDescription = "左眉有疤", reporterName = "刘小勇", reporterPhone = "13700001111", reporterRelationship = "子女",
        }, HttpStatusCode.Created);
        var reportNumber = report.GetProperty("reportNumber").GetString()!;
        Assert.StartsWith($"XQ-{DateTime.UtcNow.AddHours(8).Year}-", reportNumber, StringComparison.Ordinal);
        await app.CallAsync("futian.district", HttpMethod.Post, $"{Base}/reports", new { missingName = "某" }, HttpStatusCode.Forbidden);
        var reports = await app.CallAsync("rescue.station", HttpMethod.Get, $"{Base}/reports?q={reportNumber}", null, HttpStatusCode.OK);
        Assert.DoesNotContain("刘德旺", reports.ToString(), StringComparison.Ordinal); // names masked in lists

        var noChannel = await station.PostAsJsonAsync($"{Base}/reunions", new { caseNumber = c.CaseNumber, reunitedOn = Today(), whoCame = "儿子" });
        Assert.Contains("渠道", await noChannel.FieldErrorAsync("channel"), StringComparison.Ordinal);
        var reunion = await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/reunions",
            new { caseNumber = c.CaseNumber, reportNumber, channel = "Dna", reunitedOn = Today(), whoCame = "儿子", followUp = "通报户籍地民政" }, HttpStatusCode.Created);
        var reunionId = reunion.GetProperty("reunion").GetProperty("id").GetGuid();
        Assert.Equal(reportNumber, reunion.GetProperty("reportNumber").GetString());
        Assert.Equal(RescueCaseStatus.Returned, await app.CaseStatusAsync(c.Id));
        var notice = await app.CallAsync("rescue.station", HttpMethod.Get, $"{Base}/notices/{noticeId}", null, HttpStatusCode.OK);
        Assert.Equal("Unpublished", notice.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"{Public}/notices/{noticeId}")).StatusCode);
        var found = await app.CallAsync("rescue.station", HttpMethod.Get, $"{Base}/reports/{report.GetProperty("id").GetGuid()}", null, HttpStatusCode.OK);
        Assert.Equal("Found", found.GetProperty("status").GetString());
        await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/reunions",
            new { caseNumber = c.CaseNumber, channel = "Notice", reunitedOn = Today(), whoCame = "女儿" }, HttpStatusCode.Conflict);

        var visit = await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/reunions/{reunionId}/follow-ups",
            new { visitedOn = Today(), method = "电话回访", note = "已回到家中，生活稳定" }, HttpStatusCode.Created);
        Assert.Equal("已回到家中，生活稳定", visit.GetProperty("followUps")[0].GetProperty("note").GetString());
        Assert.False(visit.GetProperty("followUpOverdue").GetBoolean());
    }

    [Fact]
    public async Task The_2018_statistics_show_the_603_reunions_by_channel_month_and_district_and_the_Excel_agrees()
    {
        var stats = await app.CallAsync("rescue.station", HttpMethod.Get, $"{Base}/stats?year=2018", null, HttpStatusCode.OK);
        Assert.Equal(603, stats.GetProperty("total").GetInt32());
        var channels = stats.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(603, channels.Values.Sum());
        Assert.Equal(96, channels["Dna"]);
        Assert.Equal(603, stats.GetProperty("months").EnumerateArray().Sum(m => m.GetProperty("total").GetInt32()));
        Assert.Equal(603, stats.GetProperty("districts").EnumerateArray().Sum(m => m.GetProperty("total").GetInt32()));
        Assert.All(stats.GetProperty("months").EnumerateArray(), m => Assert.True(m.GetProperty("total").GetInt32() > 0));

        var x = await (await app.ClientForAsync("rescue.station")).GetAsync($"{Base}/stats.xlsx?year=2018");
        Assert.Equal(HttpStatusCode.OK, x.StatusCode);
        using var stream = new MemoryStream(await x.Content.ReadAsByteArrayAsync());
        var byChannel = stream.Query(useHeaderRow: true, sheetName: "按渠道").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(603, Convert.ToInt32(byChannel.Single(r => r["渠道"]?.ToString() == "合计")["人数"], CultureInfo.InvariantCulture));
        Assert.Equal(96, Convert.ToInt32(byChannel.Single(r => r["渠道"]?.ToString() == "DNA比对")["人数"], CultureInfo.InvariantCulture));
        stream.Position = 0;
        var byMonth = stream.Query(useHeaderRow: true, sheetName: "按月份").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(603, Convert.ToInt32(byMonth.Single(r => r["月份"]?.ToString() == "合计")["合计"], CultureInfo.InvariantCulture));

        // a district sees the reunions of people found in its streets, no more
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        var from = new DateOnly(2018, 1, 1);
        var to = new DateOnly(2018, 12, 31);
        var futianCount = await db.Reunions.IgnoreQueryFilters().CountAsync(r => r.DivisionCode.StartsWith("440304") && r.ReunitedOn >= from && r.ReunitedOn <= to);
        var futian = await app.CallAsync("futian.district", HttpMethod.Get, $"{Base}/stats?year=2018", null, HttpStatusCode.OK);
        Assert.InRange(futianCount, 1, 602);
        Assert.Equal(futianCount, futian.GetProperty("total").GetInt32());
        var page = await (await app.ClientForAsync("rescue.station")).GetStringAsync("/rescue/stats?year=2018");
        Assert.Contains(">603<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_family_search_page_renders_for_the_station_and_the_public_pages_for_anyone()
    {
        var (c, noticeId) = await app.PublishedNoticeAsync();
        var station = await app.ClientForAsync("rescue.station");
        var report = await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/reports", new
        {
            missingName = "陈小梅", missingSex = "Female", reporterName = "陈国华", reporterPhone = "0755-83001234", reporterRelationship = "父亲",
        }, HttpStatusCode.Created);
        var reunions = await app.CallAsync("rescue.station", HttpMethod.Get, $"{Base}/reunions?year=2018&channel=Face&q=H0", null, HttpStatusCode.OK);
        Assert.True(reunions.GetProperty("total").GetInt32() is > 0 and < 603);
        Assert.All(reunions.GetProperty("items").EnumerateArray(), r => Assert.Equal("Face", r.GetProperty("channel").GetString()));
        var reunionId = reunions.GetProperty("items")[0].GetProperty("id").GetGuid();
        (string Path, string Expect)[] pages =
        [
            ("/rescue/notices", c.CaseNumber), ($"/rescue/notices/{noticeId}", "撤下公告"), ("/rescue/messages", "公告留言"),
            ("/rescue/reports", report.GetProperty("reportNumber").GetString()!), ("/rescue/reports/new", "新建寻亲登记"),
            ($"/rescue/reports/{report.GetProperty("id").GetGuid()}", "0755-83001234"), ("/rescue/reunions?year=2018", "JZ-2018-H"),
            ("/rescue/reunions/new", "登记返乡团聚"), ($"/rescue/reunions/{reunionId}", "回访记录"), ("/rescue/stats?year=2018", "按发现地区"),
        ];
        foreach (var (path, expect) in pages)
        {
            var r = await station.GetAsync(path);
            var html = await r.Content.ReadAsStringAsync();
            Assert.True(r.StatusCode == HttpStatusCode.OK && html.Contains(expect, StringComparison.Ordinal), $"{path}: {(int)r.StatusCode} without {expect}");
        }
        var anon = app.CreateClient();
        Assert.Contains("我可能认识此人", await anon.GetStringAsync($"/m/rescue/notices/{noticeId}"), StringComparison.Ordinal);
        Assert.Contains("筛选条件", await anon.GetStringAsync("/m/rescue/notices?sex=Male&district=440304"), StringComparison.Ordinal);
    }

    private static string Today() => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(SqliteCollection.Name)]
public sealed class ContactAndReunionTestsOnSqlite(SqliteApp app) : ContactAndReunionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ContactAndReunionTestsOnPostgres(PostgresApp app) : ContactAndReunionTests(app);
