using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.ElderCare.Adaptation;

/// <summary>适老化改造 from application to closure, with the subsidy cap, photos, the four-eyes rule and jurisdiction.</summary>
public abstract class AdaptationFlowTests(AppFixture app)
{
    [Fact]
    public async Task A_case_goes_from_application_to_closure_with_the_subsidy_capped_and_a_failed_check_sending_it_back()
    {
        var id = await app.AdaptElderAsync("440304004", 78);
        var c = await app.AdaptPostAsync("futian.clerk", "/adaptations", new { idNumber = id, needs = "卫生间跌倒过" }, HttpStatusCode.Created);
        var caseId = c.AdaptId();
        Assert.StartsWith("SLH-", c.GetProperty("caseNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal("Applied", c.GetProperty("status").GetString());
        Assert.Contains("*", c.GetProperty("idNumber").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(id, c.GetRawText(), StringComparison.Ordinal);
        // one open case per elder
        await app.AdaptPostAsync("futian.clerk", "/adaptations", new { idNumber = id }, HttpStatusCode.Conflict);
        // no approval before the assessment
        await app.AdaptPostAsync("futian.street", $"/adaptations/{caseId}/approve", new { }, HttpStatusCode.Conflict);

        var bad = await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/assessment", new { assessedOn = AdaptationApi.Today, measures = new[] { new { code = "jacuzzi", quantity = 1, unitCost = 10m } } },
            HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("assessor", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("measures[0].code", out _));
        var a = await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/assessment", AdaptationApi.Assessment(AdaptationApi.Today));
        Assert.Equal(3790m, a.GetProperty("costTotal").GetDecimal());
        // no priority situation: the cap for other 户籍 elders (3000, 推定) applies
        Assert.Equal(3000m, a.GetProperty("subsidy").GetDecimal());
        Assert.Equal(790m, a.GetProperty("selfPaid").GetDecimal());
        Assert.Contains("eldercare.adaptation.cap_other", a.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);

        // a clerk cannot approve; the street reviewer can
        await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/approve", new { }, HttpStatusCode.Forbidden);
        var approved = await app.AdaptPostAsync("futian.street", $"/adaptations/{caseId}/approve", new { });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("futian.street", approved.GetProperty("decidedBy").GetString());

        var wrong = await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/contract", new { contractorName = "安居工程", creditCode = "123", contractDate = AdaptationApi.Today },
            HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("creditCode", out _));
        Assert.True(wrong.GetProperty("errors").TryGetProperty("plannedCompletion", out _));
        var planned = DateOnly.Parse(AdaptationApi.Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd");
        var k = await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/contract", new
        {
            contractorName = "深圳市安居适老工程有限公司", creditCode = "91440300MA5F0ADP1X", contractDate = AdaptationApi.Today, plannedCompletion = planned,
        });
        Assert.Equal("Contracted", k.GetProperty("status").GetString());
        Assert.Equal(planned, k.GetProperty("dueOn").GetString());
        Assert.False(k.GetProperty("overdue").GetBoolean());

        // passing needs a photo; a text file pretending to be a PNG is refused
        await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/check", new { checkedOn = AdaptationApi.Today, checker = "陈验收", passed = true }, HttpStatusCode.Conflict);
        var notImage = await app.AdaptUploadAsync("futian.clerk", caseId, "not an image"u8.ToArray(), "photo.png", HttpStatusCode.BadRequest);
        Assert.Contains("JPEG 或 PNG", notImage.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        var tooBig = new byte[4 * 1024 * 1024 + 1];
        AdaptationApi.Png.CopyTo(tooBig, 0);
        await app.AdaptUploadAsync("futian.clerk", caseId, tooBig, "big.png", HttpStatusCode.BadRequest);
        var photo = await app.AdaptUploadAsync("futian.clerk", caseId, AdaptationApi.Png, "done.png", HttpStatusCode.Created);

        // a failed check (with what to fix) goes back to the contractor
        await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/check", new { checkedOn = AdaptationApi.Today, checker = "陈验收", passed = false }, HttpStatusCode.BadRequest);
        var failed = await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/check", new { checkedOn = AdaptationApi.Today, checker = "陈验收", passed = false, note = "扶手松动" });
        Assert.Equal("CheckFailed", failed.GetProperty("status").GetString());
        Assert.Equal(1, failed.GetProperty("failedChecks").GetInt32());
        var closed = await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/check", new { checkedOn = AdaptationApi.Today, checker = "陈验收", passed = true });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(AdaptationApi.Today, closed.GetProperty("closedOn").GetString());
        Assert.Equal(1, closed.GetProperty("photos").GetArrayLength());

        var client = await app.ClientForAsync("futian.clerk");
        var img = await client.GetAsync($"{AdaptationApi.Root}/adaptations/{caseId}/photos/{photo.AdaptId()}");
        Assert.Equal("image/png", img.Content.Headers.ContentType?.MediaType);
        // nothing more can happen to a closed case
        await app.AdaptPostAsync("futian.clerk", $"/adaptations/{caseId}/assessment", AdaptationApi.Assessment(AdaptationApi.Today), HttpStatusCode.Conflict);

        // the Excel export lists it, masked
        var xlsx = await app.AdaptBytesAsync("futian.district", "/adaptations.xlsx");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "适老化改造").Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows, r => (string?)r["案件编号"] == c.GetProperty("caseNumber").GetString());
        Assert.Equal("已结案", row["状态"]);
        Assert.Equal(3000d, Convert.ToDouble(row["补助（元）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("*", (string?)row["身份证号码"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_who_took_the_application_may_not_approve_it_and_a_refusal_needs_a_reason()
    {
        var id = await app.AdaptElderAsync("440304004", 70);
        var c = await app.AdaptPostAsync("futian.street", "/adaptations", new { idNumber = id }, HttpStatusCode.Created);
        await app.AdaptPostAsync("futian.street", $"/adaptations/{c.AdaptId()}/assessment", AdaptationApi.Assessment(AdaptationApi.Today));
        var self = await app.AdaptPostAsync("futian.street", $"/adaptations/{c.AdaptId()}/approve", new { }, HttpStatusCode.Conflict);
        Assert.Contains("不能审批", self.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await app.AdaptPostAsync("futian.district", $"/adaptations/{c.AdaptId()}/refuse", new { reason = "" }, HttpStatusCode.BadRequest);
        var refused = await app.AdaptPostAsync("futian.district", $"/adaptations/{c.AdaptId()}/refuse", new { reason = "已享受同类改造" });
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        Assert.Equal("已享受同类改造", refused.GetProperty("refusalReason").GetString());
    }

    [Fact]
    public async Task Only_Shenzhen_hukou_elders_of_the_minimum_age_may_apply()
    {
        var young = await app.AdaptElderAsync("440304004", 59);
        var e1 = await app.AdaptPostAsync("futian.clerk", "/adaptations", new { idNumber = young }, HttpStatusCode.BadRequest);
        Assert.Contains("未满60周岁", e1.GetProperty("errors").GetProperty("idNumber")[0].GetString(), StringComparison.Ordinal);
        var migrant = await app.AdaptElderAsync("440304004", 72, shenzhenHukou: false);
        var e2 = await app.AdaptPostAsync("futian.clerk", "/adaptations", new { idNumber = migrant }, HttpStatusCode.BadRequest);
        Assert.Contains("深圳户籍", e2.GetProperty("errors").GetProperty("idNumber")[0].GetString(), StringComparison.Ordinal);
        // someone in Nanshan is outside a Futian clerk's reach
        var nanshan = await app.AdaptElderAsync("440305001", 72);
        await app.AdaptPostAsync("futian.clerk", "/adaptations", new { idNumber = nanshan }, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Other_streets_get_404_and_providers_and_unlinked_institution_staff_are_refused()
    {
        var id = await app.AdaptElderAsync("440304004", 81);
        var c = await app.AdaptPostAsync("futian.clerk", "/adaptations", new { idNumber = id }, HttpStatusCode.Created);
        await app.AdaptGetAsync("nanshan.street", $"/adaptations/{c.AdaptId()}", HttpStatusCode.NotFound);
        await app.AdaptPostAsync("nanshan.street", $"/adaptations/{c.AdaptId()}/assessment", AdaptationApi.Assessment(AdaptationApi.Today), HttpStatusCode.NotFound);
        var list = await app.AdaptGetAsync("nanshan.street", "/adaptations");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), x => x.AdaptId() == c.AdaptId());
        await app.AdaptGetAsync("care.home", "/adaptations", HttpStatusCode.Forbidden);
        await app.AdaptGetAsync("welfare.center", "/adaptations", HttpStatusCode.Forbidden);
        await app.AdaptGetAsync("futian.finance", $"/adaptations/{c.AdaptId()}");
        await app.AdaptPostAsync("futian.finance", "/adaptations", new { idNumber = id }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_demo_data_has_an_overdue_case_and_cases_at_every_stage()
    {
        var list = await app.AdaptGetAsync("futian.district", "/adaptations");
        var counts = list.GetProperty("counts");
        Assert.True(counts.GetProperty("overdue").GetInt32() >= 1);
        foreach (var s in new[] { "applied", "assessed", "approved", "inWork", "closed", "refused" })
        {
            Assert.True(counts.GetProperty(s).GetInt32() >= 1, s);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AdaptationFlowSqliteTests(SqliteApp app) : AdaptationFlowTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AdaptationFlowPostgresTests(PostgresApp app) : AdaptationFlowTests(app);
