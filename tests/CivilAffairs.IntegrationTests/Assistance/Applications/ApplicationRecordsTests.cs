using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Assistance.Applications;

/// <summary>
/// Papers, the one-time notice across the 2019 Spring Festival, investigations, the relatives
/// flag and decision numbers — through the API, on SQLite and PostgreSQL.
/// </summary>
public abstract class ApplicationRecordsTests<TApp>(TApp app) where TApp : AppFixture, IClockedApp
{
    private const string Base = "/api/v1/assistance/applications";

    internal static object Household(string applicantId, bool relative = false, string? workerName = "社区工作人员 林某") => new
    {
        programme = "Mlg", applicantIdNumber = applicantId, applicantName = "材料测试户", divisionCode = "440304004022",
        members = new object[]
        {
            new { idNumber = applicantId, relation = "02", monthlyIncome = 1500, shenzhenHukou = true },
            new { idNumber = Ids.New("440304", 1982), relation = "10", monthlyIncome = 0, shenzhenHukou = true },
        },
        relativeOfWorker = relative, relativeWorkerName = relative ? workerName : null, relativeRelationship = relative ? "兄弟" : null,
    };

    private async Task<JsonElement> PostAsync(string user, string path, object body, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{path} as {user}: {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<string> SubmitAsync(object household) =>
        (await PostAsync("futian.clerk", Base, household, HttpStatusCode.Created)).GetProperty("id").GetString()!;

    private async Task<HttpResponseMessage> UploadAsync(string user, string appId, string kind, string fileName, byte[] content)
    {
        var client = await app.ClientForAsync(user);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(kind), "kind");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{Base}/{appId}/attachments", form);
    }

    private static object Notice(string? note, params string[] kinds) => new { missingKinds = kinds, note };

    private static byte[] Pdf() => [.. "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8];

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Papers_are_stored_with_their_hash_downloaded_under_their_Chinese_name_and_bad_types_or_sizes_are_refused()
    {
        var appId = await SubmitAsync(Household(Ids.New("440304", 1971)));
        var pdf = Pdf();
        var r = await UploadAsync("futian.clerk", appId, "id_card", "申请人身份证.pdf", pdf);
        var created = await r.JsonAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, created.ToString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), created.GetProperty("sha256").GetString());
        Assert.Equal("application/pdf", created.GetProperty("contentType").GetString());
        Assert.Equal("身份证", created.GetProperty("kindName").GetString());

        var clerk = await app.ClientForAsync("futian.clerk");
        var download = await clerk.GetAsync($"{Base}/{appId}/attachments/{created.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("申请人身份证.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);

        var detail = await clerk.GetFromJsonAsync<JsonElement>($"{Base}/{appId}");
        Assert.Contains(detail.GetProperty("attachments").EnumerateArray(), a => a.GetProperty("fileName").GetString() == "申请人身份证.pdf");
        Assert.Contains(detail.GetProperty("steps").EnumerateArray(), s => s.GetProperty("action").GetString() == "上传材料");

        // the content decides: a PNG named .pdf, a text file, a program renamed .jpg
        Assert.Contains("PDF、JPG、PNG", await (await UploadAsync("futian.clerk", appId, "income", "收入证明.pdf", Png())).FieldErrorAsync("file"), StringComparison.Ordinal);
        Assert.Contains("PDF、JPG、PNG", await (await UploadAsync("futian.clerk", appId, "other", "说明.txt", "你好"u8.ToArray())).FieldErrorAsync("file"), StringComparison.Ordinal);
        Assert.Contains("PDF、JPG、PNG", await (await UploadAsync("futian.clerk", appId, "other", "photo.jpg", [0x4D, 0x5A, 0x90, 0, 3])).FieldErrorAsync("file"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync("futian.clerk", appId, "hukou", "户口簿.png", Png())).StatusCode);
        var big = new byte[(10 * 1024 * 1024) + 1];
        Pdf().CopyTo(big, 0);
        Assert.Contains("10 MB", await (await UploadAsync("futian.clerk", appId, "income", "大文件.pdf", big)).FieldErrorAsync("file"), StringComparison.Ordinal);
        Assert.NotNull(await (await UploadAsync("futian.clerk", appId, "passport", "x.pdf", pdf)).FieldErrorAsync("kind"));

        // another street sees nothing; a role without 录入 may not upload
        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"{Base}/{appId}/attachments/{created.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync("nanshan.street", appId, "other", "x.pdf", pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync("futian.finance", appId, "other", "x.pdf", pdf)).StatusCode);
        detail = await clerk.GetFromJsonAsync<JsonElement>($"{Base}/{appId}");
        Assert.Equal(2, detail.GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task One_notice_only_its_deadline_crosses_the_Spring_Festival_and_late_papers_restart_the_acceptance_deadline()
    {
        app.Clock.Advance(TimeSpan.FromDays(4)); // Sunday 2019-02-03, a make-up working day
        app.ForgetTokens();
        try
        {
            var appId = await SubmitAsync(Household(Ids.New("440304", 1963)));
            await PostAsync("futian.clerk", $"{Base}/{appId}/supplement-notice", Notice(null), HttpStatusCode.BadRequest);
            await PostAsync("futian.finance", $"{Base}/{appId}/supplement-notice", Notice(null, "hukou"), HttpStatusCode.Forbidden);
            await PostAsync("nanshan.street", $"{Base}/{appId}/supplement-notice", Notice(null, "hukou"), HttpStatusCode.NotFound);
            var noticed = await PostAsync("futian.clerk", $"{Base}/{appId}/supplement-notice",
                Notice("户口簿原件", "hukou", "income"), HttpStatusCode.OK);
            // 2 working days after Sun 02-03: the holiday 02-04..02-10 does not count → Mon 02-11, Tue 02-12
            Assert.Equal("2019-02-12", noticed.GetProperty("notice").GetProperty("dueOn").GetString());
            Assert.Equal("2019-02-12", noticed.GetProperty("dueOn").GetString());
            Assert.Equal(["户口簿", "收入证明"], noticed.GetProperty("notice").GetProperty("missingNames").EnumerateArray().Select(x => x.GetString()));

            var again = await PostAsync("futian.street", $"{Base}/{appId}/supplement-notice", Notice(null, "id_card"), HttpStatusCode.Conflict);
            Assert.Contains("不能再次告知", again.GetProperty("detail").GetString(), StringComparison.Ordinal);
            var early = await PostAsync("futian.clerk", $"{Base}/{appId}/accept", new { }, HttpStatusCode.Conflict);
            Assert.Contains("补齐材料", early.GetProperty("detail").GetString(), StringComparison.Ordinal);

            app.Clock.Advance(TimeSpan.FromDays(10)); // Wed 2019-02-13: one day late
            app.ForgetTokens();
            var clerk = await app.ClientForAsync("futian.clerk");
            var overdue = await clerk.GetFromJsonAsync<JsonElement>($"{Base}?overdue=true");
            var row = overdue.EnumerateArray().Single(a => a.GetProperty("id").GetString() == appId);
            Assert.True(row.GetProperty("notice").GetProperty("overdue").GetBoolean());

            var supplied = await PostAsync("futian.clerk", $"{Base}/{appId}/supplement-received", new { note = "已交户口簿及收入证明" }, HttpStatusCode.OK);
            // acceptance runs again: 5 working days from Wed 02-13 → 14, 15, 18, 19, 20
            Assert.Equal("2019-02-20", supplied.GetProperty("dueOn").GetString());
            Assert.Equal("2019-02-13", supplied.GetProperty("notice").GetProperty("suppliedOn").GetString());
            Assert.Contains("逾期补正", supplied.GetProperty("steps").EnumerateArray().Last().GetProperty("note").GetString(), StringComparison.Ordinal);
            await PostAsync("futian.clerk", $"{Base}/{appId}/supplement-received", new { }, HttpStatusCode.Conflict);
            await PostAsync("futian.clerk", $"{Base}/{appId}/accept", new { note = "材料齐全" }, HttpStatusCode.OK);

            // a second application whose papers never come: returned (退件) after the deadline
            var other = await SubmitAsync(Household(Ids.New("440304", 1964)));
            await PostAsync("futian.clerk", $"{Base}/{other}/supplement-notice", Notice(null, "authorization"), HttpStatusCode.OK);
            app.Clock.Advance(TimeSpan.FromDays(3));
            app.ForgetTokens();
            var returned = await PostAsync("futian.clerk", $"{Base}/{other}/return", new { note = "逾期未补正材料" }, HttpStatusCode.OK);
            Assert.Equal("Returned", returned.GetProperty("status").GetString());
            app.Clock.Advance(TimeSpan.FromDays(-3));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-14));
            app.ForgetTokens();
        }
    }

    [Fact]
    public async Task A_relative_of_a_worker_is_flagged_and_review_needs_a_home_visit_record()
    {
        var missing = await app.ClientForAsync("futian.clerk");
        var bad = await missing.PostAsJsonAsync(Base, Household(Ids.New("440304", 1977), relative: true, workerName: null));
        Assert.Contains("经办人员", await bad.FieldErrorAsync("relativeWorkerName"), StringComparison.Ordinal);

        var applicantId = Ids.New("440304", 1977);
        var appId = await SubmitAsync(Household(applicantId, relative: true));
        // the stored household holds full ID numbers: the audit trail must not show them
        var auditor = await app.ClientForAsync("auditor");
        var audit = await auditor.GetAsync($"/api/v1/audit?entity=Application&entityId={appId}");
        var auditText = await audit.Content.ReadAsStringAsync();
        Assert.True(audit.IsSuccessStatusCode, auditText);
        Assert.Contains("householdJson", auditText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(applicantId, auditText, StringComparison.Ordinal);
        await PostAsync("futian.clerk", $"{Base}/{appId}/accept", new { note = "材料齐全" }, HttpStatusCode.OK);
        var list = await missing.GetFromJsonAsync<JsonElement>($"{Base}?status=Accepted");
        Assert.True(list.EnumerateArray().Single(a => a.GetProperty("id").GetString() == appId).GetProperty("relativeOfWorker").GetBoolean());

        var refused = await PostAsync("futian.street", $"{Base}/{appId}/review", new { note = "建议批准" }, HttpStatusCode.Conflict);
        Assert.Contains("近亲属", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("入户调查", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var badDate = await missing.PostAsJsonAsync($"{Base}/{appId}/investigations", new { kind = "home_visit", date = "2019-01-01", findings = "x", worker = "甲、乙" });
        Assert.NotNull(await badDate.FieldErrorAsync("date"));
        await PostAsync("futian.clerk", $"{Base}/{appId}/investigations",
            new { kind = "neighbour_visit", date = "2019-01-30", findings = "邻居反映生活困难", worker = "林涛、罗静" }, HttpStatusCode.OK);
        await PostAsync("futian.street", $"{Base}/{appId}/review", new { note = "建议批准" }, HttpStatusCode.Conflict);
        var visited = await PostAsync("futian.clerk", $"{Base}/{appId}/investigations",
            new { kind = "home_visit", date = "2019-01-30", findings = "家中陈设简陋，收入情况属实", worker = "林涛、罗静" }, HttpStatusCode.OK);
        Assert.Equal(["邻里访问", "入户调查"], visited.GetProperty("investigations").EnumerateArray().Select(i => i.GetProperty("kindName").GetString()));
        var reviewed = await PostAsync("futian.street", $"{Base}/{appId}/review", new { note = "入户调查属实，建议批准" }, HttpStatusCode.OK);
        Assert.Equal("Publicizing", reviewed.GetProperty("status").GetString());

        // the clerk can also flag an application after submission
        var later = await SubmitAsync(Household(Ids.New("440304", 1978)));
        var client = await app.ClientForAsync("futian.clerk");
        var put = await client.PutAsJsonAsync($"{Base}/{later}/relative", new { relativeOfWorker = true, relativeWorkerName = "张经办", relativeRelationship = "配偶" });
        Assert.True((await put.JsonAsync()).GetProperty("relativeOfWorker").GetBoolean());
        await PostAsync("futian.clerk", $"{Base}/{later}/accept", new { }, HttpStatusCode.OK);
        await PostAsync("futian.street", $"{Base}/{later}/review", new { note = "同意" }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Decisions_are_numbered_in_sequence_per_district_and_year()
    {
        var first = await SubmitAsync(Household(Ids.New("440304", 1961)));
        var second = await SubmitAsync(Household(Ids.New("440304", 1962)));
        foreach (var id in new[] { first, second })
        {
            await PostAsync("futian.clerk", $"{Base}/{id}/accept", new { }, HttpStatusCode.OK);
            await PostAsync("futian.street", $"{Base}/{id}/review", new { note = "建议批准" }, HttpStatusCode.OK);
        }
        app.Clock.Advance(TimeSpan.FromDays(8));
        app.ForgetTokens();
        try
        {
            var a = await PostAsync("futian.district", $"{Base}/{first}/decision", new { approve = true }, HttpStatusCode.OK);
            var b = await PostAsync("futian.district", $"{Base}/{second}/decision", new { approve = false, note = "人均收入核实后超过标准" }, HttpStatusCode.OK);
            var na = a.GetProperty("decisionNumber").GetString()!;
            var nb = b.GetProperty("decisionNumber").GetString()!;
            Assert.Matches(@"^福田民救〔2019〕\d{5}号$", na);
            Assert.Matches(@"^福田民救〔2019〕\d{5}号$", nb);
            Assert.Equal(int.Parse(na[10..15], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(nb[10..15], System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-8));
            app.ForgetTokens();
        }
    }
}

public sealed class ApplicationRecordsTestsOnSqlite(WorkflowSqliteApp app) : ApplicationRecordsTests<WorkflowSqliteApp>(app), IClassFixture<WorkflowSqliteApp>;

public sealed class ApplicationRecordsTestsOnPostgres(WorkflowPostgresApp app) : ApplicationRecordsTests<WorkflowPostgresApp>(app), IClassFixture<WorkflowPostgresApp>;
