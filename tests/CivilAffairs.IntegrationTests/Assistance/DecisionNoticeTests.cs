using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.UnitTests.Platform.Documents;

namespace CivilAffairs.IntegrationTests.Assistance;

/// <summary>The printed decision a household receives, read back with poppler, on both databases.</summary>
public abstract class DecisionNoticeTests<TApp>(TApp app) where TApp : AppFixture, IClockedApp
{
    private async Task<JsonElement> PostAsync(string user, string path, object body)
    {
        var r = await (await app.ClientForAsync(user)).PostAsJsonAsync(path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{path} as {user}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<string> DecidedAsync(string applicantId, bool approve)
    {
        var submitted = await PostAsync("futian.clerk", "/api/v1/assistance/applications", new
        {
            programme = "Mlg", applicantIdNumber = applicantId, applicantName = "林决定", divisionCode = "440304004022",
            members = new object[]
            {
                new { idNumber = applicantId, relation = "02", monthlyIncome = 1500, shenzhenHukou = true },
                new { idNumber = Ids.New("440304", 1983), relation = "10", monthlyIncome = 0, shenzhenHukou = true },
                new { idNumber = Ids.New("440304", 2011), relation = "20", monthlyIncome = 0, shenzhenHukou = true },
            },
        });
        var id = submitted.GetProperty("id").GetString()!;
        await PostAsync("futian.clerk", $"/api/v1/assistance/applications/{id}/accept", new { note = "材料齐全" });
        await PostAsync("futian.street", $"/api/v1/assistance/applications/{id}/investigations",
            new { kind = "home_visit", date = "2019-01-30", findings = "家中无大额财产", worker = "陈审核、张经办" });
        await PostAsync("futian.street", $"/api/v1/assistance/applications/{id}/review", new { note = "入户调查属实" });
        app.Clock.Advance(TimeSpan.FromDays(8));
        app.ForgetTokens();
        try
        {
            await PostAsync("futian.district", $"/api/v1/assistance/applications/{id}/decision",
                approve ? new { approve = true, note = "同意" } : new { approve = false, note = "经核对，家庭成员名下有机动车一辆，不符合条件" });
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-8));
            app.ForgetTokens();
        }
        return id;
    }

    private async Task<string> PdfTextAsync(string id, string user = "futian.street")
    {
        var r = await (await app.ClientForAsync(user)).GetAsync($"/api/v1/assistance/applications/{id}/decision-notice");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        var path = Poppler.Save(bytes, "decision");
        try
        {
            Poppler.KeepArtifact(bytes, $"decision-{typeof(TApp).Name}.pdf");
            return Poppler.WhitespaceRemoved(Poppler.Text(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_approval_prints_a_certificate_with_the_number_the_masked_id_and_the_amount_paid_from_the_first_month()
    {
        var applicant = Ids.New("440304", 1976);
        var id = await DecidedAsync(applicant, approve: true);
        var view = JsonDocument.Parse(await (await app.ClientForAsync("futian.street")).GetStringAsync($"/api/v1/assistance/applications/{id}")).RootElement;
        var number = view.GetProperty("decisionNumber").GetString()!;
        var text = await PdfTextAsync(id);
        Assert.Contains("最低生活保障审批通知书", text, StringComparison.Ordinal);
        Assert.Contains(Poppler.WhitespaceRemoved(number), text, StringComparison.Ordinal);
        Assert.Contains("林决定", text, StringComparison.Ordinal);
        Assert.Contains(applicant[..6] + "********" + applicant[^4..], text, StringComparison.Ordinal);
        Assert.DoesNotContain(applicant, text, StringComparison.Ordinal);
        // March 2019, standard 1160: (1160 × 3 − 1500) = 1980 plus the child's add-on 20 % × 1160 = 232
        Assert.Contains("2,212.00", text, StringComparison.Ordinal);
        Assert.Contains("2019年3月", text, StringComparison.Ordinal);
        Assert.Contains("深圳市福田区民政局", text, StringComparison.Ordinal);
        Assert.Contains("行政复议", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_prints_the_written_reasons_and_other_streets_cannot_fetch_it()
    {
        var id = await DecidedAsync(Ids.New("440304", 1968), approve: false);
        var text = await PdfTextAsync(id, "futian.district");
        Assert.Contains("不予批准通知书", text, StringComparison.Ordinal);
        Assert.Contains("名下有机动车一辆", text, StringComparison.Ordinal);
        var other = await (await app.ClientForAsync("nanshan.street")).GetAsync($"/api/v1/assistance/applications/{id}/decision-notice");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task An_undecided_application_has_no_notice()
    {
        var submitted = await PostAsync("futian.clerk", "/api/v1/assistance/applications", new
        {
            programme = "Mlg", applicantIdNumber = Ids.New("440304", 1961), applicantName = "未决定", divisionCode = "440304004022",
            members = new object[] { new { birthDate = "1961-05-01", relation = "02", monthlyIncome = 0, shenzhenHukou = true } },
        });
        var r = await (await app.ClientForAsync("futian.clerk")).GetAsync($"/api/v1/assistance/applications/{submitted.GetProperty("id").GetString()}/decision-notice");
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("尚未作出审批决定", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class DecisionNoticeTestsOnSqlite(WorkflowSqliteApp app) : DecisionNoticeTests<WorkflowSqliteApp>(app), IClassFixture<WorkflowSqliteApp>;

public sealed class DecisionNoticeTestsOnPostgres(WorkflowPostgresApp app) : DecisionNoticeTests<WorkflowPostgresApp>(app), IClassFixture<WorkflowPostgresApp>;
