using System.Text.RegularExpressions;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// A couple books marriage registration on a phone (390×844, touch): the citizen portal from the
/// login to the confirmation, 我的预约, a reschedule and the cancellation; and a refusal that keeps
/// what was typed. The clock is set to 7:00 China time so that the furthest day shows "not yet released".
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MarriagePortalJourney(BrowserApp app)
{
    private static int _next = Random.Shared.Next(0, 300);

    [Fact]
    public async Task A_citizen_books_on_a_phone_sees_the_code_moves_and_cancels_the_booking()
    {
        using var _ = AtSevenInTheMorning();
        var page = await PhoneLoginAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("选择婚姻登记处");
        await Expect(page.GetByTestId("portal-rules")).ToContainTextAsync("每日8:30放出第15天的号源");
        await Expect(page.Locator(".ca-nav")).ToHaveCountAsync(0); // no staff menu on the portal
        await CheckPhonePageAsync(page, "marriage-portal-1-offices");

        await page.GetByTestId("office-FT").TapAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("福田区婚姻登记处");
        await Expect(page.GetByTestId("not-released").Last).ToContainTextAsync("尚未放号，每日8:30放号");
        await CheckPhonePageAsync(page, "marriage-portal-2-sessions");

        var firstDay = page.Locator("section.mp-day:has([data-testid=slot])").First;
        if (await firstDay.GetByTestId("slot").CountAsync() == 2)
        {
            await Expect(firstDay.GetByTestId("slot").First).ToContainTextAsync("上午");
        }
        await page.GetByTestId("slot").First.TapAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("填写预约信息");
        // party A comes prefilled from the citizen account's ID number
        await Expect(page.Locator("#a-id")).Not.ToHaveValueAsync("");
        var man = Id(Sex.Male, 1991);
        var woman = Id(Sex.Female, DateTime.Now.Year - 24);
        await FillPartyAsync(page, "a", man, "李明轩", "13800138001");
        await FillPartyAsync(page, "b", woman, "王若溪", "13900139002");
        await CheckPhonePageAsync(page, "marriage-portal-3-form", checkIds: false);
        await page.GetByTestId("book-submit").TapAsync();

        await page.WaitForURLAsync(new Regex("/m/marriage/appointments/[2-9A-HJ-NP-Z]{8}"));
        await Expect(page.GetByTestId("booked")).ToContainTextAsync("预约成功");
        var code = (await page.GetByTestId("booking-code").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-HJ-NP-Z]{8}$", code);
        await Expect(page.GetByTestId("booking-summary")).ToContainTextAsync(Masked(man));
        await Expect(page.GetByTestId("booking-summary")).ToContainTextAsync(Masked(woman));
        await Expect(page.GetByTestId("what-to-bring")).ToContainTextAsync("身份证");
        await Expect(page.GetByTestId("sms")).ToContainTextAsync(code);
        await Expect(page.GetByTestId("download-pdf")).ToHaveAttributeAsync("href", $"/api/v1/marriage/appointments/{code}/confirmation.pdf");
        await CheckPhonePageAsync(page, "marriage-portal-4-confirmation");

        // the confirmation sheet downloads with the page's own login
        var pdf = await page.Context.APIRequest.GetAsync($"/api/v1/marriage/appointments/{code}/confirmation.pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);

        // 改约 to another session of the same office and service: a new code, the old one is void
        await page.GetByTestId("reschedule").TapAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("改约");
        await page.GetByTestId("choice").Nth(1).TapAsync();
        await CheckPhonePageAsync(page, "marriage-portal-5-reschedule");
        await page.GetByTestId("confirm-reschedule").TapAsync();
        await page.WaitForURLAsync(new Regex("/m/marriage/appointments/(?!" + code + ")[2-9A-HJ-NP-Z]{8}"));
        await Expect(page.GetByTestId("moved")).ToContainTextAsync("改约成功");
        var moved = (await page.GetByTestId("booking-code").InnerTextAsync()).Trim();
        Assert.NotEqual(code, moved);

        await page.GetByTestId("portal-mine").TapAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("我的预约");
        await Expect(page.GetByTestId("mine-" + moved).GetByTestId("mine-status")).ToHaveTextAsync("已预约");
        await CheckPhonePageAsync(page, "marriage-portal-6-mine");

        await page.GetByTestId("mine-" + moved).TapAsync();
        await page.GetByTestId("cancel").TapAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("取消预约");
        await page.SelectOptionAsync("#reason", "时间有变");
        await CheckPhonePageAsync(page, "marriage-portal-7-cancel");
        await page.GetByTestId("confirm-cancel").TapAsync();
        await Expect(page.GetByTestId("cancelled")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("booking-status")).ToHaveTextAsync("已取消");
        await Expect(page.GetByTestId("cancel")).ToHaveCountAsync(0);

        await page.GetByTestId("portal-mine").TapAsync();
        await Expect(page.GetByTestId("mine-" + moved).GetByTestId("mine-status")).ToHaveTextAsync("已取消");
        await CheckPhonePageAsync(page, "marriage-portal-8-cancelled");

        // a sold-out session says 已约满: fill the five 补领 slots of the last released session through the API
        await page.GotoAsync("/m/marriage/FT?type=Reissue");
        var href = await page.GetByTestId("slot").Last.GetAttributeAsync("href");
        var sessionId = Regex.Match(href!, "/book/([0-9a-f-]{36})").Groups[1].Value;
        for (var i = 0; i < 12; i++)
        {
            var r = await page.Context.APIRequest.PostAsync("/api/v1/marriage/appointments", new APIRequestContextOptions
            {
                DataObject = new { sessionId, serviceType = "Reissue", partyA = new { idNumber = Id(Sex.Male, 1985), name = "周补证", phone = "13700137000" } },
            });
            if (r.Status == 409)
            {
                break;
            }
            Assert.True(r.Status == 201, $"booking a 补领 slot: {r.Status} {await r.TextAsync()}");
        }
        await page.WaitForTimeoutAsync(1_100); // the listing cache may show the last slot for up to a second
        await page.ReloadAsync();
        var full = page.GetByTestId("slot-full").Last;
        await Expect(full).ToContainTextAsync("已约满");
        await full.ScrollIntoViewIfNeededAsync();
        await BrowserApp.ShotAsync(page, "marriage-portal-2-sessions-full", fullPage: false);

        // the portal in English (the top bar's EN link sets the culture cookie and comes back)
        await page.GetByTestId("portal-brand").TapAsync();
        // wait for the registry list: the EN link returns to whatever page is current
        await Expect(page.Locator("main h1")).ToHaveTextAsync("选择婚姻登记处");
        await page.Locator(".mp-top-links a:has-text('EN')").TapAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Choose a marriage registry");
        await Expect(page.GetByTestId("office-FT")).ToContainTextAsync("Futian District Marriage Registry");
        await CheckPhonePageAsync(page, "marriage-portal-10-english");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_under_age_party_is_refused_in_Chinese_and_the_form_keeps_what_was_typed()
    {
        var page = await PhoneLoginAsync();
        await page.GetByTestId("office-FT").TapAsync();
        await page.GetByTestId("slot").First.TapAsync();
        var young = Id(Sex.Male, DateTime.Now.Year - 20);
        await FillPartyAsync(page, "a", young, "赵小年", "13800138003");
        await FillPartyAsync(page, "b", Id(Sex.Female, 1996), "孙晓雯", "13900139004");
        await page.GetByTestId("book-submit").TapAsync();

        await Expect(page.GetByTestId("book-eligibility")).ToContainTextAsync("未满22周岁，不符合法定结婚年龄");
        await Expect(page.Locator("#a-name")).ToHaveValueAsync("赵小年");
        await Expect(page.Locator("#a-id")).ToHaveValueAsync(young);
        await Expect(page.Locator("#b-name")).ToHaveValueAsync("孙晓雯");
        await CheckPhonePageAsync(page, "marriage-portal-9-refused", checkIds: false);

        // a field error sits under its field, in Chinese, and the rest stays as typed
        await page.FillAsync("#a-id", young[..17] + (young[17] == '0' ? "1" : "0"));
        await page.GetByTestId("book-submit").TapAsync();
        await Expect(page.Locator("[data-field-error='partyA.idNumber']")).ToBeVisibleAsync();
        await Expect(page.Locator("#b-name")).ToHaveValueAsync("孙晓雯");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> PhoneLoginAsync()
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
            UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", "citizen.demo");
        await page.FillAsync("#password", BrowserApp.DemoPassword);
        await page.TapAsync("button[type=submit]");
        // a citizen lands on the booking portal, not on the staff home page
        await page.WaitForURLAsync(new Regex("/m/marriage$"));
        return page;
    }

    private static async Task FillPartyAsync(IPage page, string key, string id, string name, string phone)
    {
        await page.FillAsync($"#{key}-id", id);
        await page.FillAsync($"#{key}-name", name);
        await page.FillAsync($"#{key}-phone", phone);
    }

    private static async Task CheckPhonePageAsync(IPage page, string shot, bool checkIds = true)
    {
        await PageChecks.AssertStyledAsync(page);
        await PageChecks.AssertChineseRendersAsync(page);
        if (checkIds)
        {
            await PageChecks.AssertNoFullIdNumberAsync(page);
        }
        var overflow = await PageChecks.FindHorizontalOverflowAsync(page);
        Assert.True(overflow.Length == 0, $"{shot} at 390px: {string.Join("; ", overflow)}");
        await BrowserApp.ShotAsync(page, shot);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await BrowserApp.ShotAsync(page, shot + "-screen", fullPage: false); // what the phone shows first (docs/images)
    }

    /// <summary>Fresh check-digit-valid ID numbers of 福田 residents (the browser database is shared: never reuse one).</summary>
    private static string Id(Sex sex, int year)
    {
        var n = Interlocked.Increment(ref _next);
        var seq = 300 + (n * 2 % 600);
        return IdNumber.Create("440304", new DateOnly(year, 1, 1).AddDays(n % 360), sex == Sex.Male ? seq + 1 : seq);
    }

    private static string Masked(string id) => id[..6] + "********" + id[^4..];

    /// <summary>Moves the app's clock to 7:00 China time today (before the 8:30 release) until disposed.</summary>
    private ClockScope AtSevenInTheMorning()
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        app.Clock.Offset = new DateTimeOffset(now.Year, now.Month, now.Day, 7, 0, 0, now.Offset) - now;
        return new ClockScope(app.Clock);
    }

    private sealed class ClockScope(ShiftedClock clock) : IDisposable
    {
        public void Dispose() => clock.Offset = TimeSpan.Zero;
    }
}
