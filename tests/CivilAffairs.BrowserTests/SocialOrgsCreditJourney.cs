using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.SocialOrgs.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 信用名单: 福田's registrar lists 福田区阳光社工服务中心 for not setting up a Party organization; a
/// citizen on a phone looks it up without logging in and sees it on the abnormal list (and no
/// personal data); the organization submits its proof; the registrar verifies and removes the entry;
/// the phone shows 正常 again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialOrgsCreditJourney(BrowserApp app)
{
    private const string Code = "52440304MJL0000322"; // 福田区阳光社工服务中心, the org.npo account

    [Fact]
    public async Task The_registrar_lists_an_organization_a_citizen_sees_it_on_a_phone_and_after_proof_the_registrar_removes_it()
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var representative = await RepresentativeAsync();

        // the registrar lists it by hand (a fact from outside the system)
        var npo = await app.LoginAsync("futian.npo");
        await npo.GotoAsync("/socialorgs/credit");
        await Expect(npo.Locator("main h1")).ToHaveTextAsync("信用名单");
        await npo.FillAsync("#m-code", Code);
        await npo.SelectOptionAsync("#m-trigger", "NoPartyOrganization");
        await npo.FillAsync("#m-date", today.AddDays(-3).ToString("yyyy-MM-dd"));
        await npo.FillAsync("#m-basis", "年度党建工作检查发现：该机构有正式党员3名以上，未按规定申请成立党组织");
        await npo.GetByTestId("manual-submit").ClickAsync();
        await Expect(npo.GetByTestId("done")).ToContainTextAsync("福田区阳光社工服务中心");
        await Expect(npo.Locator($"[data-testid=entries] tr[data-org='{Code}']")).ToContainTextAsync("未按规定设立党组织");
        await PageChecks.AssertStyledAsync(npo);
        await BrowserApp.ShotAsync(npo, "socialorgs-credit-lists");

        // a citizen on a phone, no login
        var phone = await PhoneAsync();
        await phone.GotoAsync("/m/socialorgs");
        await Expect(phone.Locator("h1")).ToHaveTextAsync("社会组织信用信息查询");
        await phone.FillAsync("#q", "阳光社工");
        await phone.GetByTestId("lookup-submit").TapAsync();
        var card = phone.Locator($"[data-testid=org-card][data-code='{Code}']");
        await Expect(card.GetByTestId("credit-status")).ToHaveTextAsync("活动异常名录");
        await Expect(card.GetByTestId("public-entry")).ToContainTextAsync("未按规定设立党组织");
        Assert.DoesNotContain(representative, await phone.ContentAsync());
        await CheckPhoneAsync(phone, "socialorgs-public-lookup");
        await phone.GotoAsync("/m/socialorgs/lists/abnormal");
        await Expect(phone.Locator($"[data-testid=list-row][data-code='{Code}']")).ToBeVisibleAsync();
        await CheckPhoneAsync(phone, "socialorgs-public-abnormal");

        // the organization submits its proof
        var org = await app.LoginAsync("org.npo");
        await org.GotoAsync("/socialorgs/credit");
        await org.Locator($"[data-testid=entries] tr[data-org='{Code}'] a").First.ClickAsync();
        await org.FillAsync("#p-fixed", "已成立党支部");
        await org.FillAsync("#p-proof", "经福田区社会组织党委批复同意成立党支部（福社党〔2026〕21号），附批复及党员名册。");
        await org.GetByTestId("proof-submit").ClickAsync();
        await Expect(org.GetByTestId("removal-status")).ToHaveTextAsync("待核实");
        await BrowserApp.ShotAsync(org, "socialorgs-credit-proof");
        await org.Context.CloseAsync();

        // the registrar verifies and removes the entry
        await npo.GotoAsync("/socialorgs/credit");
        await npo.Locator($"[data-testid=entries] tr[data-org='{Code}'] a").First.ClickAsync();
        await Expect(npo.GetByTestId("verify-form")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(npo, "socialorgs-credit-verify");
        await npo.FillAsync("#v-note", "批复文件已核对");
        await npo.GetByTestId("verify-accept").ClickAsync();
        await Expect(npo.GetByTestId("entry-status")).ToHaveTextAsync("已移出");
        await Expect(npo.GetByTestId("removal-status")).ToHaveTextAsync("已移出");
        await PageChecks.AssertStyledAsync(npo);
        await BrowserApp.ShotAsync(npo, "socialorgs-credit-removed");
        await npo.Context.CloseAsync();

        // the phone shows 正常 again
        await phone.GotoAsync("/m/socialorgs?q=" + Uri.EscapeDataString("阳光社工"));
        await Expect(phone.Locator($"[data-testid=org-card][data-code='{Code}']").GetByTestId("credit-status")).ToHaveTextAsync("正常");
        await phone.Context.CloseAsync();
    }

    private async Task<string> RepresentativeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        return await db.Organizations.IgnoreQueryFilters().Where(o => o.CreditCode == Code).Select(o => o.LegalRepresentative).FirstAsync();
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static async Task CheckPhoneAsync(IPage page, string shot)
    {
        await PageChecks.AssertStyledAsync(page);
        await PageChecks.AssertChineseRendersAsync(page);
        var overflow = await PageChecks.FindHorizontalOverflowAsync(page);
        Assert.True(overflow.Length == 0, $"{shot} at 390px: {string.Join("; ", overflow)}");
        await BrowserApp.ShotAsync(page, shot);
    }
}
