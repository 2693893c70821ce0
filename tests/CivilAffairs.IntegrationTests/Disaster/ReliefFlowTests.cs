using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Disaster.DisasterApi;

namespace CivilAffairs.IntegrationTests.Disaster;

/// <summary>
/// 倒房重建 and 冬春救助 through the API on a clock that starts 2019-01-30, so the 公示 period runs
/// across the 2019 Spring Festival (make-up working days 2 and 3 February, holiday 4–10 February);
/// cash relief referred to 临时救助 and read back.
/// </summary>
public abstract class ReliefFlowTests<TApp>(TApp app) where TApp : AppFixture, IClockedApp
{
    [Fact]
    public async Task A_subsidy_goes_community_then_publicity_then_street_then_district_each_by_its_own_role()
    {
        var ev = await EventAsync(app, "2019-01-20");
        var h = await HouseholdAsync(app, ev, "Collapsed");
        var s = await PostAsync(app, "futian.clerk", "/subsidies", new { householdId = h.Id(), nominated = true }, HttpStatusCode.Created);
        var id = s.Id();
        Assert.Equal("Submitted", s.GetProperty("status").GetString());
        Assert.Equal(40000m, s.GetProperty("proposedAmount").GetDecimal());
        // a second live subsidy for the same household is refused
        await PostAsync(app, "futian.clerk", "/subsidies", new { householdId = h.Id() }, HttpStatusCode.Conflict);

        // out of order: the street and the district cannot act before the community
        var early = await PostAsync(app, "futian.street", $"/subsidies/{id}/street-review", new { approve = true }, HttpStatusCode.Conflict);
        Assert.Contains("待民主评议", early.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await PostAsync(app, "futian.district", $"/subsidies/{id}/district-decision", new { approve = true }, HttpStatusCode.Conflict);
        // the district approver does not record the community's review
        await PostAsync(app, "futian.district", $"/subsidies/{id}/community-review", new { approve = true }, HttpStatusCode.Forbidden);

        var reviewed = await PostAsync(app, "futian.clerk", $"/subsidies/{id}/community-review", new { approve = true, note = "民主评议通过" });
        Assert.Equal("Publicity", reviewed.GetProperty("status").GetString());
        Assert.Equal(5, reviewed.GetProperty("publicityDays").GetInt32());
        // reviewed Wed 30 Jan: Thu 31, Fri 1, Sat 2 and Sun 3 (make-up days), then the holiday, then Mon 11 Feb
        Assert.Equal("2019-01-31", reviewed.GetProperty("publicityFrom").GetString());
        Assert.Equal("2019-02-11", reviewed.GetProperty("publicityUntil").GetString());
        await PostAsync(app, "futian.clerk", $"/subsidies/{id}/objections", new { text = "邻居反映该户另有住房；经核实为其子女住房，异议不成立" });

        var pdf = PdfText(await BytesAsync(app, "futian.street", $"/events/{ev}/publicity.pdf"));
        Assert.Contains("倒房重建补助对象公示", pdf, StringComparison.Ordinal);
        Assert.Contains("2019年2月11日", pdf, StringComparison.Ordinal);
        Assert.Contains(s.GetProperty("number").GetString()!, pdf, StringComparison.Ordinal);
        Assert.Contains("40,000.00", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("测试户主", pdf, StringComparison.Ordinal);

        var tooEarly = await PostAsync(app, "futian.street", $"/subsidies/{id}/street-review", new { approve = true }, HttpStatusCode.Conflict);
        Assert.Contains("公示期", tooEarly.GetProperty("detail").GetString(), StringComparison.Ordinal);
        app.Clock.Advance(TimeSpan.FromDays(13)); // 12 February
        app.ForgetTokens();
        await PostAsync(app, "futian.clerk", $"/subsidies/{id}/street-review", new { approve = true }, HttpStatusCode.Forbidden);
        await GetAsync(app, "nanshan.street", $"/subsidies/{id}", HttpStatusCode.NotFound);
        var street = await PostAsync(app, "futian.street", $"/subsidies/{id}/street-review", new { approve = true, note = "入户核查属实" });
        Assert.Equal("StreetReviewed", street.GetProperty("status").GetString());
        await PostAsync(app, "futian.street", $"/subsidies/{id}/district-decision", new { approve = true }, HttpStatusCode.Forbidden);
        var approved = await PostAsync(app, "futian.district", $"/subsidies/{id}/district-decision", new { approve = true });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(40000m, approved.GetProperty("amount").GetDecimal());
        Assert.Contains("disaster.rebuild.collapsed", approved.GetProperty("amountBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains("第二十条", approved.GetProperty("amountBasis").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, approved.GetProperty("objections").GetArrayLength());
        var dashboard = await GetAsync(app, "futian.district", $"/events/{ev}/dashboard");
        Assert.Equal(40000m, dashboard.GetProperty("subsidiesApproved").GetDecimal());
    }

    [Fact]
    public async Task Refusing_needs_a_reason_and_ends_the_case_at_that_step()
    {
        var ev = await EventAsync(app, "2019-01-20");
        var h = await HouseholdAsync(app, ev, "Moderate");
        var id = (await PostAsync(app, "futian.clerk", "/subsidies", new { householdId = h.Id() }, HttpStatusCode.Created)).Id();
        var missing = await PostAsync(app, "futian.clerk", $"/subsidies/{id}/community-review", new { approve = false }, HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("note", out _));
        var refused = await PostAsync(app, "futian.clerk", $"/subsidies/{id}/community-review", new { approve = false, note = "民主评议未通过：损坏系自行拆改所致" });
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        Assert.Equal("社区民主评议", refused.GetProperty("refusedAtName").GetString());
        await PostAsync(app, "futian.street", $"/subsidies/{id}/street-review", new { approve = true }, HttpStatusCode.Conflict);
        // a household without house damage cannot apply at all
        var none = await HouseholdAsync(app, ev, "None");
        await PostAsync(app, "futian.clerk", "/subsidies", new { householdId = none.Id() }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Cash_relief_is_referred_to_temporary_assistance_and_its_status_and_amount_come_back()
    {
        var ev = await EventAsync(app, "2019-01-20");
        var h = await HouseholdAsync(app, ev, "Collapsed");
        var referred = await PostAsync(app, "futian.clerk", $"/households/{h.Id()}/cash-referral", new { amount = 3000, reason = "房屋倒塌，临时安置期间生活困难" });
        var reference = referred.GetProperty("cashReferralRef").GetString()!;
        Assert.StartsWith("DIS-ZH-2019-", reference, StringComparison.Ordinal);
        Assert.Equal("Pending", referred.GetProperty("cashStatus").GetString());
        await PostAsync(app, "futian.clerk", $"/households/{h.Id()}/cash-referral", new { amount = 3000, reason = "again" }, HttpStatusCode.Conflict);
        // over the 临时救助 urgent cap: Assistance refuses, nothing is recorded here
        var other = await HouseholdAsync(app, ev, "Severe");
        var over = await PostAsync(app, "futian.clerk", $"/households/{other.Id()}/cash-referral", new { amount = 99999, reason = "x" }, HttpStatusCode.BadRequest);
        Assert.True(over.GetProperty("errors").TryGetProperty("amount", out _));
        Assert.Equal(JsonValueKindNull, (await GetAsync(app, "futian.clerk", $"/households/{other.Id()}")).GetProperty("cashReferralRef").ValueKind);

        var caseId = await CaseIdAsync(reference);
        var decision = await (await app.ClientForAsync("futian.street")).PostAsync($"/api/v1/assistance/temporary/{caseId}/street-decision",
            System.Net.Http.Json.JsonContent.Create(new { approve = true, note = "灾后先行救助" }));
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        var after = await GetAsync(app, "futian.clerk", $"/households/{h.Id()}");
        Assert.Equal("Approved", after.GetProperty("cashStatus").GetString());
        Assert.Equal(3000m, after.GetProperty("cashApproved").GetDecimal());
        var dashboard = await GetAsync(app, "futian.district", $"/events/{ev}/dashboard");
        Assert.Equal(3000m, dashboard.GetProperty("cashPaid").GetDecimal());
        Assert.Equal(1, dashboard.GetProperty("cashReferred").GetInt32());
    }

    [Fact]
    public async Task A_winter_list_is_capped_reviewed_by_the_street_approved_by_the_district_and_exported()
    {
        const string Season = "2021-2022";
        var list = await PostAsync(app, "futian.clerk", "/winter-lists", new { divisionCode = "440304004", season = Season }, HttpStatusCode.Created);
        var id = list.Id();
        await PostAsync(app, "futian.clerk", "/winter-lists", new { divisionCode = "440304004", season = Season }, HttpStatusCode.Conflict);
        await PostAsync(app, "futian.street", $"/winter-lists/{id}/review", new { }, HttpStatusCode.Conflict); // empty
        var capped = await PostAsync(app, "futian.clerk", $"/winter-lists/{id}/entries", new
        {
            headName = "冬春甲", headIdNumber = Ids.New(), members = 4, need = "取暖", amount = 5000,
        }, HttpStatusCode.BadRequest);
        Assert.Contains("3000", capped.GetProperty("errors").GetProperty("amount")[0].GetString(), StringComparison.Ordinal);
        await PostAsync(app, "futian.clerk", $"/winter-lists/{id}/entries", new { headName = "冬春甲", headIdNumber = Ids.New(), members = 4, need = "取暖", amount = 1500 });
        await PostAsync(app, "futian.clerk", $"/winter-lists/{id}/entries", new { headName = "冬春乙", headIdNumber = Ids.New(), members = 2, need = "口粮", amount = 800.5 });

        await PostAsync(app, "futian.district", $"/winter-lists/{id}/approve", new { }, HttpStatusCode.Conflict);
        await PostAsync(app, "futian.clerk", $"/winter-lists/{id}/review", new { }, HttpStatusCode.Forbidden);
        await PostAsync(app, "futian.street", $"/winter-lists/{id}/review", new { });
        await PostAsync(app, "futian.clerk", $"/winter-lists/{id}/entries", new { headName = "冬春丙", headIdNumber = Ids.New(), members = 1, need = "衣被", amount = 100 },
            HttpStatusCode.Conflict);
        var approved = await PostAsync(app, "futian.district", $"/winter-lists/{id}/approve", new { });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(2300.5m, approved.GetProperty("total").GetDecimal());
        await GetAsync(app, "nanshan.street", $"/winter-lists/{id}", HttpStatusCode.NotFound);

        var bytes = await BytesAsync(app, "futian.district", $"/winter-lists.xlsx?season={Season}");
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, sheetName: "冬春救助名单").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("*", (string)r["身份证号码"], StringComparison.Ordinal));
        Assert.Equal(2300.5m, rows.Sum(r => Convert.ToDecimal(r["救助金额（元）"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(rows, r => (string)r["户主"] == "冬春甲");
        stream.Position = 0;
        var totals = stream.Query(useHeaderRow: true, sheetName: "按区汇总").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("440304", (string)totals.Single()["区"]);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private async Task<Guid> CaseIdAsync(string reference)
    {
        await using var scope = app.Scope();
        var referrals = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<CivilAffairs.Contracts.Assistance.ITemporaryAssistanceReferrals>(scope.ServiceProvider);
        return (await referrals.FindAsync(reference))!.CaseId;
    }
}

public sealed class ReliefFlowTestsOnSqlite(WorkflowSqliteApp app) : ReliefFlowTests<WorkflowSqliteApp>(app), IClassFixture<WorkflowSqliteApp>;

public sealed class ReliefFlowTestsOnPostgres(WorkflowPostgresApp app) : ReliefFlowTests<WorkflowPostgresApp>(app), IClassFixture<WorkflowPostgresApp>;
