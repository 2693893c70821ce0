using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CivilAffairs.Funeral.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.UnitTests.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Funeral.EcoBurialTestData;

namespace CivilAffairs.IntegrationTests.Funeral;

/// <summary>An eco-burial from the counter to the bank: submit, voyage, approval, notice, payment list, paid.</summary>
public abstract class EcoBurialFlowTests(AppFixture app)
{
    [Fact]
    public async Task A_sea_burial_is_submitted_at_the_funeral_home_approved_by_the_city_noticed_batched_and_paid()
    {
        var voyage = await VoyageAsync(app);
        var home = await app.ClientForAsync("funeral.home");
        var body = Application(eventId: voyage, companions: 4);
        var created = await SubmitAsync(home, body);
        var id = created.Id();
        Assert.Equal("Submitted", created.GetProperty("status").GetString());
        Assert.Equal("440303", created.GetProperty("divisionCode").GetString());
        // four companions: three ride free, the fourth seat is charged
        Assert.Equal(1, created.GetProperty("extraSeats").GetInt32());
        Assert.Equal(380m, created.GetProperty("extraSeatFee").GetDecimal());
        Assert.Contains("funeral.eco.sea.free_companions=3", created.GetProperty("seatBasis").GetString(), StringComparison.Ordinal);
        var deceasedId = (string)body["deceasedIdNumber"]!;
        Assert.DoesNotContain(deceasedId, created.ToString(), StringComparison.Ordinal);

        // the funeral home may not approve; the city bureau may
        Assert.Equal(HttpStatusCode.Forbidden, (await home.PostAsync($"/api/v1/funeral/eco-burials/{id}/approve", null)).StatusCode);
        var city = await app.ClientForAsync("city.officer");
        var approved = await ApproveAsync(city, id);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(3000m, approved.GetProperty("rewardAmount").GetDecimal());
        Assert.Contains("funeral.eco.reward.sea=3000", approved.GetProperty("rewardBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains("深民规〔2018〕1号", approved.GetProperty("rewardBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await city.PostAsync($"/api/v1/funeral/eco-burials/{id}/approve", null)).StatusCode);

        // the notice, read back with poppler
        var pdf = await home.GetAsync($"/api/v1/funeral/eco-burials/{id}/notice.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var path = Poppler.Save(bytes, "eco-burial-notice");
        string text;
        try
        {
            Poppler.KeepArtifact(bytes, "eco-burial-notice.pdf");
            text = Poppler.WhitespaceRemoved(Poppler.Text(path));
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Contains("节地生态安葬奖励审批通知书", text, StringComparison.Ordinal);
        Assert.Contains("3,000.00元", text, StringComparison.Ordinal);
        Assert.Contains("海葬", text, StringComparison.Ordinal);
        Assert.Contains(created.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains(deceasedId[..6] + "********" + deceasedId[^4..], text, StringComparison.Ordinal);
        Assert.DoesNotContain(deceasedId, text, StringComparison.Ordinal);
        Assert.DoesNotContain((string)body["bankAccount"]!, text, StringComparison.Ordinal);

        // this month's approvals become a batch; the bank list carries the full account and the amount
        var month = Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var overview = await (await city.GetAsync("/api/v1/funeral/eco-burial-payments")).JsonAsync();
        Assert.Contains(overview.GetProperty("pending").EnumerateArray(), p => p.GetProperty("month").GetString()!.StartsWith(month, StringComparison.Ordinal));
        var batchResponse = await city.PostAsJsonAsync("/api/v1/funeral/eco-burial-payments", new { month });
        Assert.Equal(HttpStatusCode.Created, batchResponse.StatusCode);
        var batch = (await batchResponse.JsonAsync()).Id();
        Assert.Equal(HttpStatusCode.Conflict, (await city.PostAsJsonAsync("/api/v1/funeral/eco-burial-payments", new { month })).StatusCode);
        var list = await city.GetAsync($"/api/v1/funeral/eco-burial-payments/{batch}/bank-list.xlsx");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using (var stream = new MemoryStream(await list.Content.ReadAsByteArrayAsync()))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: "代发明细").Cast<IDictionary<string, object>>().ToList();
            var ours = Assert.Single(rows, r => r["银行账号"]?.ToString() == (string)body["bankAccount"]!);
            Assert.Equal(3000m, Convert.ToDecimal(ours["金额"], CultureInfo.InvariantCulture));
            Assert.Equal("测试申请人", ours["户主姓名"]?.ToString());
            Assert.Equal(id.ToString("N"), ours["参考号"]?.ToString());
            Assert.Equal("节地生态安葬奖励（海葬）", ours["救助类别"]?.ToString());
        }
        var csv = System.Text.Encoding.UTF8.GetString(await (await city.GetAsync($"/api/v1/funeral/eco-burial-payments/{batch}/bank-list.csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains($"{id:N},测试申请人,", csv, StringComparison.Ordinal);
        Assert.Contains($",{(string)body["bankAccount"]!},3000.00,{month},", csv, StringComparison.Ordinal);
        // the preparer cannot confirm their own batch paid; another manager does
        var own = await city.PostAsync($"/api/v1/funeral/eco-burial-payments/{batch}/paid", null);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("制单人不能确认", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var admin = await app.ClientForAsync("admin");
        var paid = await admin.PostAsync($"/api/v1/funeral/eco-burial-payments/{batch}/paid", null);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var after = await (await city.GetAsync($"/api/v1/funeral/eco-burials/{id}")).JsonAsync();
        Assert.Equal("Paid", after.GetProperty("status").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), after.GetProperty("paidOn").GetString());

        // the voyage's boarding list has the ashes and the four companions
        var passengers = await city.GetAsync($"/api/v1/funeral/sea-burials/{voyage}/passengers.xlsx");
        using (var stream = new MemoryStream(await passengers.Content.ReadAsByteArrayAsync()))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: "乘船名单").Cast<IDictionary<string, object>>().ToList();
            Assert.Equal(4, rows.Count(r => r["类别"]?.ToString() == "随船家属"));
            Assert.Contains(rows, r => r["类别"]?.ToString() == "超额座位 1 个" && Convert.ToDecimal(r["超额座位费（元）"], CultureInfo.InvariantCulture) == 380m);
        }
        var ev = await (await city.GetAsync($"/api/v1/funeral/sea-burials/{voyage}")).JsonAsync();
        Assert.Equal(1, ev.GetProperty("ashesTaken").GetInt32());
        Assert.Equal(4, ev.GetProperty("seatsTaken").GetInt32());
    }

    [Fact]
    public async Task The_approver_sees_the_funeral_homes_record_of_the_deceased_and_whether_the_certificate_matches()
    {
        var home = await app.HomeIdAsync("SZ");
        var deceased = Ids.New("440304", 1936);
        var died = Today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var c = await app.PostAsync("funeral.home", $"{FuneralApi.Base}/cases", FuneralApi.Death(home, deceased, died), HttpStatusCode.Created);
        var cremated = await app.PostAsync("funeral.home", $"{FuneralApi.Base}/cases/{c.GetProperty("id").GetString()}/cremation",
            new { crematedOn = Today.AddDays(-19).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        var certificate = cremated.GetProperty("cremationCertificateNumber").GetString()!;

        var counter = await app.ClientForAsync("funeral.home");
        var body = Application("Tree", deceasedId: deceased);
        body["certificateNumber"] = certificate;
        var matching = await SubmitAsync(counter, body);
        var other = await SubmitAsync(counter, Application("Tree"));

        var view = await app.GetAsync("city.officer", $"/api/v1/funeral/eco-burials/{matching.Id()}");
        var record = view.GetProperty("homeRecord");
        Assert.Equal(c.GetProperty("id").GetString(), record.GetProperty("caseId").GetString());
        Assert.Equal(certificate, record.GetProperty("cremationCertificateNumber").GetString());
        Assert.True(record.GetProperty("certificateMatches").GetBoolean());
        view = await app.GetAsync("city.officer", $"/api/v1/funeral/eco-burials/{other.Id()}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, view.GetProperty("homeRecord").ValueKind);
    }

    [Fact]
    public async Task Missing_papers_are_refused_with_a_Chinese_message_for_each()
    {
        var home = await app.ClientForAsync("funeral.home");
        var body = Application(companions: 1);
        body["paperHukouBook"] = false;
        body["paperCompanionIds"] = false;
        var r = await home.PostAsJsonAsync("/api/v1/funeral/eco-burials", body);
        Assert.Contains("户口簿", await r.FieldErrorAsync("paperHukouBook"), StringComparison.Ordinal);
        var again = await home.PostAsJsonAsync("/api/v1/funeral/eco-burials", body);
        Assert.Contains("随船家属身份证", await again.FieldErrorAsync("paperCompanionIds"), StringComparison.Ordinal);

        // outside Shenzhen the 户口簿 is not asked for
        var outside = Application(hukou: "430102");
        outside["paperHukouBook"] = false;
        await SubmitAsync(home, outside);

        var bad = Application();
        bad["deceasedIdNumber"] = "440304193501011234";
        Assert.Contains("身份证号码", await (await home.PostAsJsonAsync("/api/v1/funeral/eco-burials", bad)).FieldErrorAsync("deceasedIdNumber"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_application_for_the_same_deceased_is_a_conflict_even_from_another_office()
    {
        var body = Application(type: "Tree");
        await SubmitAsync(await app.ClientForAsync("funeral.home"), body);
        body["applicantName"] = "另一位家属";
        var r = await (await app.ClientForAsync("futian.district")).PostAsJsonAsync("/api/v1/funeral/eco-burials", body);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("不能重复申请", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // two offices at the same moment: the unique index keeps one
        var same = Application(type: "Lawn");
        var clients = new[] { await app.ClientForAsync("funeral.home"), await app.ClientForAsync("futian.district") };
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => clients[i % 2].PostAsJsonAsync("/api/v1/funeral/eco-burials", same)));
        Assert.Equal(1, results.Count(x => x.StatusCode == HttpStatusCode.Created));
        Assert.All(results.Where(x => x.StatusCode != HttpStatusCode.Created), x => Assert.Equal(HttpStatusCode.Conflict, x.StatusCode));

        // once refused, the family may apply again
        var first = Application(type: "Tree");
        var refused = await SubmitAsync(clients[1], first);
        Assert.Equal(HttpStatusCode.OK,
            (await clients[1].PostAsJsonAsync($"/api/v1/funeral/eco-burials/{refused.Id()}/reject", new { reason = "关系证明不全" })).StatusCode);
        await SubmitAsync(clients[1], first);
    }

    [Fact]
    public async Task Non_Shenzhen_hukou_takes_part_free_and_is_approved_without_reward()
    {
        var futian = await app.ClientForAsync("futian.district");
        var body = Application(hukou: "430102", eventId: await VoyageAsync(app));
        body["bankName"] = null;
        body["bankAccount"] = null;
        var created = await SubmitAsync(futian, body);
        var approved = await ApproveAsync(futian, created.Id());
        Assert.Equal(0m, approved.GetProperty("rewardAmount").GetDecimal());
        Assert.Contains("非深圳户籍", approved.GetProperty("rewardReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burial_before_2018_10_01_gets_no_reward_and_one_on_that_day_does()
    {
        var futian = await app.ClientForAsync("futian.district");
        var before = await SubmitAsync(futian, Application(type: "Tree", burialDate: new DateOnly(2018, 9, 30)));
        var on = await SubmitAsync(futian, Application(type: "Lawn", burialDate: new DateOnly(2018, 10, 1)));
        var a = await ApproveAsync(futian, before.Id());
        Assert.Equal(0m, a.GetProperty("rewardAmount").GetDecimal());
        Assert.Contains("尚未施行", a.GetProperty("rewardReason").GetString(), StringComparison.Ordinal);
        var b = await ApproveAsync(futian, on.Id());
        Assert.Equal(1000m, b.GetProperty("rewardAmount").GetDecimal());
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_gives_the_voyage_places_back()
    {
        var voyage = await VoyageAsync(app, daysFromToday: 10);
        var futian = await app.ClientForAsync("futian.district");
        var created = await SubmitAsync(futian, Application(eventId: voyage, companions: 2));
        // a voyage still to come cannot be approved yet
        Assert.Equal(HttpStatusCode.Conflict, (await futian.PostAsync($"/api/v1/funeral/eco-burials/{created.Id()}/approve", null)).StatusCode);
        Assert.Contains("理由", await (await futian.PostAsJsonAsync($"/api/v1/funeral/eco-burials/{created.Id()}/reject", new { reason = "" })).FieldErrorAsync("reason"),
            StringComparison.Ordinal);
        var r = await futian.PostAsJsonAsync($"/api/v1/funeral/eco-burials/{created.Id()}/reject", new { reason = "逝者生前已办理骨灰寄存，家属撤回申请" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var ev = await (await futian.GetAsync($"/api/v1/funeral/sea-burials/{voyage}")).JsonAsync();
        Assert.Equal(0, ev.GetProperty("ashesTaken").GetInt32());
        Assert.Equal(0, ev.GetProperty("seatsTaken").GetInt32());
    }

    [Fact]
    public async Task Another_district_sees_nothing_and_the_list_is_masked()
    {
        var futian = await app.ClientForAsync("futian.district");
        var body = Application(type: "Tree");
        var created = await SubmitAsync(futian, body);
        var nanshan = await app.CreateUserAsync(Roles.DistrictApprover, "440305");
        var other = await app.ClientForAsync(nanshan.UserName);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/funeral/eco-burials/{created.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/funeral/eco-burials/{created.Id()}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("funeral.home")).GetAsync($"/api/v1/funeral/eco-burials/{created.Id()}")).StatusCode);
        // a street clerk has no funeral permission at all
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync("futian.street")).GetAsync("/api/v1/funeral/eco-burials")).StatusCode);

        var list = await futian.GetAsync($"/api/v1/funeral/eco-burials?q={created.GetProperty("number").GetString()}");
        var text = await list.Content.ReadAsStringAsync();
        Assert.Contains(created.GetProperty("number").GetString()!, text, StringComparison.Ordinal);
        Assert.DoesNotContain((string)body["deceasedIdNumber"]!, text, StringComparison.Ordinal);
        Assert.DoesNotContain((string)body["bankAccount"]!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(created.GetProperty("number").GetString()!, await (await other.GetAsync("/api/v1/funeral/eco-burials")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_count_the_burials_and_rewards_and_the_Excel_says_the_same()
    {
        var city = await app.ClientForAsync("city.officer");
        var report = await (await city.GetAsync("/api/v1/funeral/stats/eco-burial?year=2019")).JsonAsync();
        var sea = report.GetProperty("totals").GetProperty("sea").GetInt32();
        Assert.True(sea > 0, "the demo data has voyages every year");
        Assert.True(report.GetProperty("eventsHeld").GetInt32() >= 4);
        Assert.True(report.GetProperty("rewards").GetProperty("paidYuan").GetDecimal() > 0m);
        var x = await city.GetAsync("/api/v1/funeral/stats/eco-burial.xlsx?year=2019");
        using var stream = new MemoryStream(await x.Content.ReadAsByteArrayAsync());
        var total = stream.Query(useHeaderRow: true, sheetName: "按月按方式").Cast<IDictionary<string, object>>().Single(r => r["月份"]?.ToString() == "合计");
        Assert.Equal(sea, Convert.ToInt32(total["海葬"], CultureInfo.InvariantCulture));

        // a district sees only its own offices' burials
        var futian = await (await (await app.ClientForAsync("futian.district")).GetAsync("/api/v1/funeral/stats/eco-burial?year=2019")).JsonAsync();
        Assert.True(futian.GetProperty("totals").GetProperty("sea").GetInt32() < sea);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FuneralDb>();
        Assert.True(await db.EcoBurials.IgnoreQueryFilters().CountAsync() > 100);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EcoBurialFlowTestsOnSqlite(SqliteApp app) : EcoBurialFlowTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EcoBurialFlowTestsOnPostgres(PostgresApp app) : EcoBurialFlowTests(app);
