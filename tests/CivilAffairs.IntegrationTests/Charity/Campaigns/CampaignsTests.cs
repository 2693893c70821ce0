using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Charity.Campaigns.CampaignsTestData;

namespace CivilAffairs.IntegrationTests.Charity.Campaigns;

/// <summary>Campaigns and their totals, pledges and deliveries, projects and spending, public disclosure and statistics.</summary>
public abstract class CampaignsTests(AppFixture app)
{
    [Fact]
    public async Task Campaign_totals_add_money_goods_donations_and_organizations_and_a_campaign_in_preparation_takes_no_donations()
    {
        var city = await app.ClientForAsync("city.officer");
        var street = await app.ClientForAsync("futian.street");
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PostAsJsonAsync("/api/v1/charity/campaigns", new { name = "无权创建", kind = "Special" })).StatusCode);
        var bad = await city.PostAsJsonAsync("/api/v1/charity/campaigns", new { name = "日期颠倒", kind = "Special", startsOn = "2026-05-10", endsOn = "2026-05-01" });
        Assert.Contains("不能早于", await bad.FieldErrorAsync("endsOn"), StringComparison.Ordinal);

        var created = await (await city.PostAsJsonAsync("/api/v1/charity/campaigns", new
        {
            name = "合计测试专项募捐", kind = "Special", startsOn = Today, endsOn = Today, organizerCreditCode = Foundation,
        })).CreatedAsync();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Preparing", created.GetProperty("status").GetString());
        Assert.Equal("深圳市安康慈善基金会", created.GetProperty("organizerName").GetString());
        var staff = await app.ClientForAsync("futian.npo");
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DonateAsync(id, "Anonymous", null, 10m, recipient: Foundation)).StatusCode);
        // the registrar (write) cannot publish; the manager can
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"/api/v1/charity/campaigns/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.PostAsync($"/api/v1/charity/campaigns/{id}/publish", null)).StatusCode);

        await (await staff.DonateAsync(id, "Individual", "令狐合计", 1000m, recipient: Foundation)).CreatedAsync();
        await (await staff.DonateAsync(id, "Organization", "深圳市合计物资有限公司", 500.5m, recipient: Association, form: "Goods")).CreatedAsync();
        await (await (await app.ClientForAsync("org.assoc")).DonateAsync(id, "Anonymous", null, 200m)).CreatedAsync();

        var c = await (await city.GetAsync($"/api/v1/charity/campaigns/{id}")).JsonAsync();
        var t = c.GetProperty("totals");
        Assert.Equal(1200m, t.GetProperty("money").GetDecimal());
        Assert.Equal(500.5m, t.GetProperty("goods").GetDecimal());
        Assert.Equal(1700.5m, t.GetProperty("total").GetDecimal());
        Assert.Equal(3, t.GetProperty("donations").GetInt32());
        Assert.Equal(2, t.GetProperty("organizations").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await city.PostAsync($"/api/v1/charity/campaigns/{id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await city.PostAsync($"/api/v1/charity/campaigns/{id}/close", null)).StatusCode);
    }

    [Fact]
    public async Task The_demo_2018_campaigns_raise_about_the_seeds_thirteen_hundred_million_and_the_fair_pledges_about_thirteen_billion()
    {
        var anonymous = app.CreateClient();
        var home = await (await anonymous.GetAsync("/api/v1/public/charity/campaigns")).JsonAsync();
        var campaigns = home.GetProperty("campaigns").EnumerateArray().ToList();
        var raised2018 = campaigns.Where(c => c.GetProperty("startsOn").GetString()!.StartsWith("2018", StringComparison.Ordinal))
            .Sum(c => c.GetProperty("totals").GetProperty("total").GetDecimal());
        Assert.InRange(raised2018, 900_000_000m, 1_700_000_000m);
        Assert.DoesNotContain(campaigns, c => c.GetProperty("status").GetString() == "Preparing");

        var city = await app.ClientForAsync("city.officer");
        var pledges = await (await city.GetAsync("/api/v1/charity/pledges")).JsonAsync();
        var fair = pledges.GetProperty("sums").EnumerateArray().Where(s => s.GetProperty("campaignName").GetString()!.Contains("第六届", StringComparison.Ordinal)).ToList();
        Assert.InRange(fair.Sum(s => s.GetProperty("pledged").GetDecimal()), 9_000_000_000m, 17_000_000_000m);
        Assert.True(pledges.GetProperty("overdue").GetInt32() > 0, "the demo has pledges past their due date and not fully delivered");
    }

    [Fact]
    public async Task A_pledge_without_a_due_date_takes_the_default_period_and_deliveries_move_its_status()
    {
        var city = await app.ClientForAsync("city.officer");
        var campaign = await app.NewActiveCampaignAsync("认捐测试对接会");
        var p = await (await city.PostAsJsonAsync("/api/v1/charity/pledges", new
        {
            campaignId = campaign, pledgerName = "深圳市认捐测试集团有限公司", pledgerCreditCode = "91440300MA5F000000", beneficiaryArea = "对口帮扶 河源",
            amount = 1_000_000m, pledgedOn = "2024-03-01",
        })).CreatedAsync();
        var pledge = p.GetProperty("pledge");
        var id = pledge.GetProperty("id").GetGuid();
        Assert.Equal("2025-03-01", pledge.GetProperty("dueOn").GetString());
        Assert.Contains("charity.campaigns.pledge_due_days", p.GetProperty("dueBasis").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(pledge.GetProperty("pledgerCodeWarning").GetString()));
        Assert.True(pledge.GetProperty("overdue").GetBoolean());
        Assert.Equal("NotDelivered", pledge.GetProperty("status").GetString());

        var part = await (await city.PostAsJsonAsync($"/api/v1/charity/pledges/{id}/deliveries", new { deliveredOn = "2024-06-01", amount = 400_000m, receiptRef = "YH-1" })).JsonAsync();
        Assert.Equal("Partial", part.GetProperty("pledge").GetProperty("status").GetString());
        Assert.Equal(0.4m, part.GetProperty("pledge").GetProperty("rate").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await city.PostAsJsonAsync($"/api/v1/charity/pledges/{id}/deliveries", new { deliveredOn = "2024-07-01", amount = 700_000m })).StatusCode);
        var full = await (await city.PostAsJsonAsync($"/api/v1/charity/pledges/{id}/deliveries", new { deliveredOn = "2024-07-01", amount = 600_000m })).JsonAsync();
        Assert.Equal("Delivered", full.GetProperty("pledge").GetProperty("status").GetString());
        Assert.False(full.GetProperty("pledge").GetProperty("overdue").GetBoolean());
        Assert.Equal(2, full.GetProperty("deliveries").GetArrayLength());

        // organizations never see pledges; a street reader cannot record one
        var org = await (await (await app.ClientForAsync("org.foundation")).GetAsync("/api/v1/charity/pledges")).JsonAsync();
        Assert.Equal(0, org.GetProperty("items").GetArrayLength());
        var street = await app.ClientForAsync("futian.street");
        Assert.Equal(HttpStatusCode.Forbidden, (await street.PostAsJsonAsync("/api/v1/charity/pledges", new { campaignId = campaign })).StatusCode);
    }

    [Fact]
    public async Task A_project_shows_what_restricted_donations_raised_and_what_it_spent()
    {
        var foundation = await app.ClientForAsync("org.foundation");
        var p = await (await foundation.PostAsJsonAsync("/api/v1/charity/projects", new
        {
            name = "测试助学项目", field = "助学", budget = 100_000m, startsOn = "2024-01-01", beneficiariesTarget = 50,
        })).CreatedAsync();
        var id = p.GetProperty("project").GetProperty("id").GetGuid();
        await (await foundation.PostAsJsonAsync("/api/v1/charity/donations", new
        {
            donorKind = "Organization", donorName = "深圳市助学测试有限公司", form = "Money", amount = 30_000m, receivedOn = Today, purpose = "Restricted", projectId = id,
        })).CreatedAsync();
        var spent = await foundation.PostAsJsonAsync($"/api/v1/charity/projects/{id}/spending", new { spentOn = Today, amount = 12_000m, purpose = "发放助学金", beneficiariesReached = 24 });
        Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        var v = (await spent.JsonAsync()).GetProperty("project");
        Assert.Equal(30_000m, v.GetProperty("raised").GetDecimal());
        Assert.Equal(12_000m, v.GetProperty("spent").GetDecimal());
        Assert.Equal(24, v.GetProperty("beneficiariesReached").GetInt32());

        var assoc = await app.ClientForAsync("org.assoc");
        Assert.Equal(HttpStatusCode.NotFound, (await assoc.GetAsync($"/api/v1/charity/projects/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await assoc.PostAsJsonAsync($"/api/v1/charity/projects/{id}/spending", new { spentOn = Today, amount = 1m, purpose = "冒领支出" })).StatusCode);
    }

    [Fact]
    public async Task Public_pages_show_totals_but_never_an_individual_donors_name()
    {
        var campaign = await app.NewActiveCampaignAsync("公开测试专项募捐");
        var foundation = await app.ClientForAsync("org.foundation");
        const string person = "诸葛公开测";
        await (await foundation.DonateAsync(campaign, "Individual", person, 777m)).CreatedAsync();
        await (await foundation.DonateAsync(campaign, "Organization", "深圳市愿意具名有限公司", 5000m, namePublicly: true)).CreatedAsync();
        await (await foundation.DonateAsync(campaign, "Organization", "深圳市不愿具名有限公司", 3000m)).CreatedAsync();

        var anonymous = app.CreateClient();
        foreach (var url in new[]
        {
            "/m/charity", $"/m/charity/campaigns/{campaign}", $"/m/charity/orgs/{Foundation}", "/api/v1/public/charity/campaigns",
            $"/api/v1/public/charity/campaigns/{campaign}", $"/api/v1/public/charity/orgs/{Foundation}",
        })
        {
            var r = await anonymous.GetAsync(url);
            var body = await r.Content.ReadAsStringAsync();
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode}");
            Assert.DoesNotContain(person, body, StringComparison.Ordinal);
            Assert.DoesNotContain("不愿具名", body, StringComparison.Ordinal);
            Assert.DoesNotContain("诸*", body, StringComparison.Ordinal);
        }
        var page = await anonymous.GetStringAsync($"/m/charity/campaigns/{campaign}");
        Assert.Contains("公开测试专项募捐", page, StringComparison.Ordinal);
        Assert.Contains("8,777.00", page, StringComparison.Ordinal);
        Assert.Contains("深圳市愿意具名有限公司", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/charity/orgs/{NonCharitable}")).StatusCode);
    }

    [Fact]
    public async Task Statistics_export_needs_a_reason_masks_individual_donors_and_is_audited()
    {
        var city = await app.ClientForAsync("city.officer");
        var stats = await (await city.GetAsync("/api/v1/charity/stats?year=2018")).JsonAsync();
        Assert.True(stats.GetProperty("byCampaign").GetArrayLength() >= 2);
        Assert.True(stats.GetProperty("overall").GetProperty("money").GetDecimal() > 0);
        Assert.True(stats.GetProperty("overall").GetProperty("goods").GetDecimal() > 0);
        Assert.Contains("reason", (await (await city.GetAsync("/api/v1/charity/stats.xlsx?year=2018")).JsonAsync()).GetProperty("errors").ToString(),
            StringComparison.Ordinal);

        var r = await city.GetAsync("/api/v1/charity/stats.xlsx?year=2018&reason=" + Uri.EscapeDataString("年度慈善统计"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var xlsx = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var detail = xlsx.Query(useHeaderRow: true, sheetName: "捐赠明细").Cast<IDictionary<string, object?>>().ToList();
        Assert.True(detail.Count > 300);
        var individuals = detail.Where(d => (string?)d["捐赠人类别"] == "个人").ToList();
        Assert.NotEmpty(individuals);
        Assert.All(individuals, d => Assert.Contains("*", (string)d["捐赠人（脱敏）"]!, StringComparison.Ordinal));
        Assert.All(detail.Where(d => (string?)d["捐赠人类别"] == "匿名"), d => Assert.Equal("匿名", d["捐赠人（脱敏）"]));
        xlsx.Position = 0;
        var byCampaign = xlsx.Query(useHeaderRow: true, sheetName: "按活动").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(byCampaign, l => ((string)l["活动"]!).Contains("扶贫济困日", StringComparison.Ordinal));

        var audit = await (await app.ClientForAsync("admin")).GetStringAsync("/api/v1/audit?entity=Donation&action=export");
        Assert.Contains("年度慈善统计", audit, StringComparison.Ordinal);
        Assert.Equal(2018, stats.GetProperty("year").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CampaignsTestsOnSqlite(SqliteApp app) : CampaignsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CampaignsTestsOnPostgres(PostgresApp app) : CampaignsTests(app);
