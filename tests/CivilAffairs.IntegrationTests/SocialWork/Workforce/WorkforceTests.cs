using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.SocialWork.SwTestData;

namespace CivilAffairs.IntegrationTests.SocialWork.Workforce;

/// <summary>Social-work organizations, workers (validation, masking, jurisdiction), continuing education, peer counsellors, statistics and Excel.</summary>
public abstract class WorkforceTests(AppFixture app)
{
    private const string Sunshine = "52440304MJL0000322";
    private static readonly string[] CommunityOnly = ["Community"];
    private static readonly string[] CommunityAndElderly = ["Community", "Elderly"];
    private static readonly string[] CommunityAndElderlyNames = ["社区", "养老"];

    private async Task<Guid> SunshineIdAsync()
    {
        var city = await app.ClientForAsync("city.officer");
        var orgs = await (await city.GetAsync("/api/v1/socialwork/organizations")).SwOkAsync();
        return orgs.EnumerateArray().First(o => o.GetProperty("creditCode").GetString() == Sunshine).GetProperty("id").GetGuid();
    }

    private static object Worker(string id, Guid org, string division, string qualification = "Intermediate", string? cert = "2016244123456", int? year = 2016,
        string field = "Community") =>
        new { name = "欧阳测试", idNumber = id, qualification, certificateNumber = cert, certificateYear = year, field, fullTime = true, organizationId = org,
            divisionCode = division, hiredOn = SwDay(SwToday.AddYears(-1)) };

    [Fact]
    public async Task The_demo_reproduces_the_seeds_597_mental_health_and_528_drug_rehabilitation_social_workers_from_records()
    {
        var city = await app.ClientForAsync("city.officer");
        var stats = await (await city.GetAsync("/api/v1/socialwork/stats")).SwOkAsync();
        var byField = stats.GetProperty("byField").EnumerateArray().ToDictionary(l => l.GetProperty("key").GetString()!);
        Assert.Equal(597, byField["MentalHealth"].GetProperty("fullTime").GetInt32());
        Assert.Equal(597, byField["MentalHealth"].GetProperty("total").GetInt32());
        Assert.Equal(528, byField["DrugRehab"].GetProperty("fullTime").GetInt32());
        // the counts come from worker records: the list filtered the same way agrees, and those who left are not counted
        var listed = await (await city.GetAsync("/api/v1/socialwork/workers?field=MentalHealth&status=InPost")).SwOkAsync();
        Assert.Equal(597, listed.GetProperty("total").GetInt32());
        var left = await (await city.GetAsync("/api/v1/socialwork/workers?field=MentalHealth&status=Left")).SwOkAsync();
        Assert.True(left.GetProperty("total").GetInt32() > 0);
        var cells = stats.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("field").GetString() == "精神卫生").Sum(c => c.GetProperty("total").GetInt32());
        Assert.Equal(597, cells);
        Assert.True(stats.GetProperty("byDistrict").GetArrayLength() >= 9);

        // a district sees only its own
        var district = await app.ClientForAsync("futian.district");
        var futian = await (await district.GetAsync("/api/v1/socialwork/stats")).SwOkAsync();
        Assert.InRange(futian.GetProperty("total").GetInt32(), 1, stats.GetProperty("total").GetInt32() - 1);
        Assert.All(futian.GetProperty("byDistrict").EnumerateArray(), d => Assert.Equal("福田区", d.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Lists_mask_names_and_id_numbers_and_a_community_worker_sees_only_workers_posted_in_the_community()
    {
        var community = await app.ClientForAsync("futian.community");
        var page = await (await community.GetAsync("/api/v1/socialwork/workers")).SwOkAsync();
        Assert.True(page.GetProperty("total").GetInt32() > 0);
        foreach (var w in page.GetProperty("items").EnumerateArray())
        {
            Assert.Equal("440304004022", w.GetProperty("divisionCode").GetString());
            Assert.Contains("*", w.GetProperty("idNumber").GetString()!, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"^\d{17}[\dX]$", w.GetProperty("idNumber").GetString()!);
            Assert.Contains("*", w.GetProperty("name").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Recording_a_worker_validates_the_id_number_certificate_and_posting_and_another_jurisdiction_gets_404()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var org = await SunshineIdAsync();
        var good = Ids.New("440304", 1991);
        var bad = await clerk.PostAsJsonAsync("/api/v1/socialwork/workers", Worker(good[..17] + (good[17] == '0' ? "1" : "0"), org, "440304004"));
        Assert.Contains("身份证", await bad.FieldErrorAsync("idNumber"), StringComparison.Ordinal);
        var id = Ids.New("440304", 1990);
        var noCert = await clerk.PostAsJsonAsync("/api/v1/socialwork/workers", Worker(id, org, "440304004", cert: null, year: null));
        Assert.Contains("证书编号", await noCert.FieldErrorAsync("certificateNumber"), StringComparison.Ordinal);
        var elsewhere = await clerk.PostAsJsonAsync("/api/v1/socialwork/workers", Worker(id, org, "440305001"));
        Assert.Contains("辖区", await elsewhere.FieldErrorAsync("divisionCode"), StringComparison.Ordinal);
        var auditor = await app.ClientForAsync("auditor");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("/api/v1/socialwork/workers", Worker(id, org, "440304004"))).StatusCode);

        var created = await (await clerk.PostAsJsonAsync("/api/v1/socialwork/workers", Worker(id, org, "440304004"))).SwCreatedAsync();
        var workerId = created.GetProperty("row").GetProperty("id").GetGuid();
        Assert.Equal("欧阳测试", created.GetProperty("fullName").GetString());
        Assert.NotEqual(id, created.GetProperty("row").GetProperty("idNumber").GetString());
        Assert.Contains("已登记", await (await clerk.PostAsJsonAsync("/api/v1/socialwork/workers", Worker(id, org, "440304004"))).FieldErrorAsync("idNumber"),
            StringComparison.Ordinal);

        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"/api/v1/socialwork/workers/{workerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.PostAsJsonAsync($"/api/v1/socialwork/workers/{workerId}/leave", new { })).StatusCode);
        // the full ID number finds the record for its own jurisdiction only
        var found = await (await clerk.GetAsync($"/api/v1/socialwork/workers?q={id}")).SwOkAsync();
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await nanshan.GetAsync($"/api/v1/socialwork/workers?q={id}")).SwOkAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Continuing_education_is_counted_against_the_yearly_parameter_and_leaving_is_recorded_once()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var created = await (await clerk.PostAsJsonAsync("/api/v1/socialwork/workers", Worker(Ids.New("440304", 1988), await SunshineIdAsync(), "440304004"))).SwCreatedAsync();
        var id = created.GetProperty("row").GetProperty("id").GetGuid();
        var badCe = await clerk.PostAsJsonAsync($"/api/v1/socialwork/workers/{id}/ce", new { completedOn = SwDay(SwToday), course = "伦理", hours = 0 });
        Assert.Contains("学时", await badCe.FieldErrorAsync("hours"), StringComparison.Ordinal);
        var view = await (await clerk.PostAsJsonAsync($"/api/v1/socialwork/workers/{id}/ce", new { completedOn = SwDay(SwToday), course = "社会工作伦理与法规", hours = 24 })).SwOkAsync();
        var year = view.GetProperty("ceByYear").EnumerateArray().First(y => y.GetProperty("year").GetInt32() == SwToday.Year);
        Assert.Equal(24m, year.GetProperty("hours").GetDecimal());
        Assert.Equal(72m, year.GetProperty("required").GetDecimal());
        Assert.Equal(48m, year.GetProperty("shortfall").GetDecimal());
        Assert.Contains("继续教育", year.GetProperty("basis").GetString()!, StringComparison.Ordinal);

        var left = await (await clerk.PostAsJsonAsync($"/api/v1/socialwork/workers/{id}/leave", new { leftOn = SwDay(SwToday) })).SwOkAsync();
        Assert.Equal("Left", left.GetProperty("row").GetProperty("status").GetString());
        Assert.Contains("离职", await (await clerk.PostAsJsonAsync($"/api/v1/socialwork/workers/{id}/leave", new { })).SwConflictAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organizations_come_from_the_register_by_credit_code_and_unregistered_ones_need_a_name_and_division()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var again = await clerk.PostAsJsonAsync("/api/v1/socialwork/organizations", new { creditCode = Sunshine, fields = CommunityOnly });
        Assert.Contains("已登记", await again.FieldErrorAsync("creditCode"), StringComparison.Ordinal);
        var wrong = await clerk.PostAsJsonAsync("/api/v1/socialwork/organizations", new { creditCode = "52440304MJL000032X", fields = CommunityOnly });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var noFields = await clerk.PostAsJsonAsync("/api/v1/socialwork/organizations", new { name = "福田街道社区社工服务站", divisionCode = "440304004" });
        Assert.Contains("服务领域", await noFields.FieldErrorAsync("fields"), StringComparison.Ordinal);
        var name = "福田街道测试社工服务站" + Guid.NewGuid().ToString("N")[..4];
        var created = await (await clerk.PostAsJsonAsync("/api/v1/socialwork/organizations",
            new { name, divisionCode = "440304004", fields = CommunityAndElderly, stationsRun = 2, declaredHeadcount = 8 })).SwCreatedAsync();
        Assert.False(created.GetProperty("registered").GetBoolean());
        Assert.Equal(CommunityAndElderlyNames, created.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToArray());
        var outside = await clerk.PostAsJsonAsync("/api/v1/socialwork/organizations", new { name = name + "南山", divisionCode = "440305001", fields = CommunityOnly });
        Assert.Contains("辖区", await outside.FieldErrorAsync("divisionCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Peer_counsellors_are_guided_by_an_in_post_drug_rehabilitation_worker()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var drug = (await (await clerk.GetAsync("/api/v1/socialwork/workers?field=DrugRehab&status=InPost")).SwOkAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var community = (await (await clerk.GetAsync("/api/v1/socialwork/workers?field=Community&status=InPost")).SwOkAsync()).GetProperty("items")[0].GetProperty("id").GetGuid();
        var wrong = await clerk.PostAsJsonAsync("/api/v1/socialwork/peer-counsellors", new { name = "司马朋辈", workerId = community, startedOn = SwDay(SwToday) });
        Assert.Contains("禁毒", await wrong.FieldErrorAsync("workerId"), StringComparison.Ordinal);
        var peer = await (await clerk.PostAsJsonAsync("/api/v1/socialwork/peer-counsellors", new { name = "司马朋辈", workerId = drug, startedOn = SwDay(SwToday) })).SwCreatedAsync();
        Assert.Equal("司**辈", peer.GetProperty("name").GetString());
        var after = await (await clerk.PostAsJsonAsync($"/api/v1/socialwork/peer-counsellors/{peer.GetProperty("id").GetGuid()}/sessions", new { sessions = 3 })).SwOkAsync();
        Assert.Equal(3, after.GetProperty("sessions").GetInt32());
    }

    [Fact]
    public async Task The_excel_export_needs_a_reason_reads_back_with_the_same_counts_and_holds_no_full_id_number()
    {
        var city = await app.ClientForAsync("city.officer");
        Assert.Contains("事由", await (await city.GetAsync("/api/v1/socialwork/stats.xlsx")).FieldErrorAsync("reason"), StringComparison.Ordinal);
        var r = await city.GetAsync("/api/v1/socialwork/stats.xlsx?reason=" + Uri.EscapeDataString("年度社工人才统计"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var stream = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var fields = stream.Query(useHeaderRow: true, sheetName: "按领域").Cast<IDictionary<string, object?>>().ToList();
        var mental = fields.First(f => (string?)f["服务领域"] == "精神卫生");
        Assert.Equal(597, Convert.ToInt32(mental["其中专职"], System.Globalization.CultureInfo.InvariantCulture));
        stream.Position = 0;
        var detail = stream.Query(useHeaderRow: true, sheetName: "在岗社工名单").Cast<IDictionary<string, object?>>().ToList();
        Assert.True(detail.Count > 2000);
        Assert.All(detail.Take(200), d => Assert.Contains("*", (string)d["身份证号（脱敏）"]!, StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkforceTestsOnSqlite(SqliteApp app) : WorkforceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WorkforceTestsOnPostgres(PostgresApp app) : WorkforceTests(app);
