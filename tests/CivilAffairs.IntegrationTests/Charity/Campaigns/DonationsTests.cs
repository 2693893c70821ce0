using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CivilAffairs.Charity.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Charity.Campaigns.CampaignsTestData;

namespace CivilAffairs.IntegrationTests.Charity.Campaigns;

/// <summary>捐赠登记 through the API: receipt numbers and PDF, who sees what, charitable recipients only, anonymity, voiding.</summary>
public abstract class DonationsTests(AppFixture app)
{
    [Fact]
    public async Task The_foundation_records_a_donation_and_gets_the_next_receipt_number_and_a_receipt_pdf()
    {
        var campaign = await app.ActiveCampaignAsync();
        var foundation = await app.ClientForAsync("org.foundation");
        var first = await (await foundation.DonateAsync(campaign, "Individual", "欧阳明远", 888.80m)).CreatedAsync();
        var second = await (await foundation.DonateAsync(campaign, "Organization", "深圳市测试善源科技有限公司", 20000m)).CreatedAsync();

        var n1 = first.GetProperty("receiptNumber").GetString()!;
        var n2 = second.GetProperty("receiptNumber").GetString()!;
        var year = DateTime.UtcNow.AddHours(8).Year;
        Assert.Matches(new Regex($"^JZMJL000024-{year}-\\d{{6}}$"), n1);
        Assert.Equal(int.Parse(n1[^6..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(n2[^6..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("深圳市安康慈善基金会", first.GetProperty("recipientName").GetString());

        var text = await PdfTextAsync(await foundation.GetAsync($"/api/v1/charity/donations/{first.GetProperty("id").GetGuid()}/receipt.pdf"));
        Assert.Contains("公益事业捐赠票据", text, StringComparison.Ordinal);
        Assert.Contains(n1, text, StringComparison.Ordinal);
        Assert.Contains("欧阳明远", text, StringComparison.Ordinal);
        Assert.Contains("888.80", text, StringComparison.Ordinal);
        Assert.Contains("深圳市安康慈善基金会", text, StringComparison.Ordinal);

        // lists mask an individual donor
        var list = await (await foundation.GetAsync($"/api/v1/charity/donations?org={n1}")).JsonAsync();
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("欧**远", row.GetProperty("donor").GetString());
    }

    [Fact]
    public async Task The_association_cannot_see_or_record_the_foundations_donations()
    {
        var foundation = await app.ClientForAsync("org.foundation");
        var d = await (await foundation.DonateAsync(null, "Individual", "司徒测试", 300m)).CreatedAsync();
        var id = d.GetProperty("id").GetGuid();

        var assoc = await app.ClientForAsync("org.assoc");
        Assert.Equal(HttpStatusCode.NotFound, (await assoc.GetAsync($"/api/v1/charity/donations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await assoc.GetAsync($"/api/v1/charity/donations/{id}/receipt.pdf")).StatusCode);
        var list = await (await assoc.GetAsync("/api/v1/charity/donations")).JsonAsync();
        Assert.All(list.GetProperty("items").EnumerateArray(), r => Assert.Equal(Association, r.GetProperty("creditCode").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await assoc.PostAsJsonAsync($"/api/v1/charity/donations/{id}/void", new { reason = "不是我们的" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await assoc.DonateAsync(null, "Anonymous", null, 10m, recipient: Foundation)).StatusCode);

        // a street worker reads but does not record
        var street = await app.ClientForAsync("futian.street");
        Assert.Equal(HttpStatusCode.Forbidden, (await street.DonateAsync(null, "Anonymous", null, 10m, recipient: Foundation)).StatusCode);
    }

    [Fact]
    public async Task A_donation_to_an_organization_not_recognised_as_charitable_is_refused()
    {
        var npo = await app.ClientForAsync("org.npo");
        var own = await npo.DonateAsync(null, "Individual", "测试人", 100m);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Contains("未认定为慈善组织", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var staff = await app.ClientForAsync("futian.npo");
        Assert.Equal(HttpStatusCode.Conflict, (await staff.DonateAsync(null, "Anonymous", null, 100m, recipient: NonCharitable)).StatusCode);
        var unknown = await staff.DonateAsync(null, "Anonymous", null, 100m, recipient: "53440300MJL999999X");
        Assert.Contains("没有这个统一社会信用代码", await unknown.FieldErrorAsync("recipientCreditCode"), StringComparison.Ordinal);
        var bad = await staff.DonateAsync(null, "Individual", "", -5m, recipient: Foundation);
        Assert.Contains("大于0", await bad.FieldErrorAsync("amount"), StringComparison.Ordinal);
        Assert.Contains("姓名", await bad.FieldErrorAsync("donorName"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_donation_keeps_no_name_anywhere()
    {
        var campaign = await app.ActiveCampaignAsync();
        var foundation = await app.ClientForAsync("org.foundation");
        const string secret = "端木匿名者";
        var d = await (await foundation.DonateAsync(campaign, "Anonymous", secret, 1234m)).CreatedAsync();
        var id = d.GetProperty("id").GetGuid();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, d.GetProperty("donorName").ValueKind);

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CharityDb>();
            var row = await db.Donations.IgnoreQueryFilters().SingleAsync(x => x.Id == id);
            Assert.Null(row.DonorName);
        }
        var list = await foundation.GetStringAsync($"/api/v1/charity/donations?campaign={campaign}");
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        var pdf = await PdfTextAsync(await foundation.GetAsync($"/api/v1/charity/donations/{id}/receipt.pdf"));
        Assert.Contains("匿名捐赠人", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, pdf, StringComparison.Ordinal);
        var audit = await (await app.ClientForAsync("admin")).GetStringAsync($"/api/v1/audit?entityId={id}");
        Assert.DoesNotContain(secret, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voiding_keeps_the_row_its_number_and_reason_and_takes_it_out_of_the_totals()
    {
        var campaign = await app.NewActiveCampaignAsync("作废测试专项募捐");
        var staff = await app.ClientForAsync("futian.npo");
        var keep = await (await staff.DonateAsync(campaign, "Organization", "深圳市测试实业有限公司", 5000m, recipient: Foundation)).CreatedAsync();
        var wrong = await (await staff.DonateAsync(campaign, "Individual", "公孙错录", 50000m, recipient: Foundation)).CreatedAsync();
        var id = wrong.GetProperty("id").GetGuid();

        var noReason = await staff.PostAsJsonAsync($"/api/v1/charity/donations/{id}/void", new { reason = "" });
        Assert.Contains("作废原因", await noReason.FieldErrorAsync("reason"), StringComparison.Ordinal);
        var voided = await staff.PostAsJsonAsync($"/api/v1/charity/donations/{id}/void", new { reason = "金额录入多了一个零" });
        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        var again = await staff.PostAsJsonAsync($"/api/v1/charity/donations/{id}/void", new { reason = "再作废一次" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var v = await (await staff.GetAsync($"/api/v1/charity/donations/{id}")).JsonAsync();
        Assert.Equal("Voided", v.GetProperty("status").GetString());
        Assert.Equal("金额录入多了一个零", v.GetProperty("voidReason").GetString());
        Assert.Equal(wrong.GetProperty("receiptNumber").GetString(), v.GetProperty("receiptNumber").GetString());
        Assert.Equal("futian.npo", v.GetProperty("voidedBy").GetString());

        var c = await (await staff.GetAsync($"/api/v1/charity/campaigns/{campaign}")).JsonAsync();
        Assert.Equal(5000m, c.GetProperty("totals").GetProperty("money").GetDecimal());
        Assert.Equal(1, c.GetProperty("totals").GetProperty("donations").GetInt32());
        Assert.NotEqual(Guid.Empty, keep.GetProperty("id").GetGuid());
        var pdf = await PdfTextAsync(await staff.GetAsync($"/api/v1/charity/donations/{id}/receipt.pdf"));
        Assert.Contains("已作废", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_donor_companys_failing_credit_code_is_kept_with_a_warning()
    {
        var foundation = await app.ClientForAsync("org.foundation");
        var r = await foundation.PostAsJsonAsync("/api/v1/charity/donations", new
        {
            donorKind = "Organization", donorName = "深圳市校验码错误有限公司", donorCreditCode = "91440300MA5F000000", form = "Money", amount = 100m, receivedOn = Today,
        });
        var d = await r.CreatedAsync();
        Assert.False(string.IsNullOrEmpty(d.GetProperty("donorCodeWarning").GetString()));
        Assert.Equal("91440300MA5F000000", d.GetProperty("donorCreditCode").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DonationsTestsOnSqlite(SqliteApp app) : DonationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DonationsTestsOnPostgres(PostgresApp app) : DonationsTests(app);
