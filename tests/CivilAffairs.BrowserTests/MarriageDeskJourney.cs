using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 4 at the registration window: the registrar books a walk-in couple for today's session,
/// checks them in by the booking code, checks the documents and registers the marriage, sees the
/// certificate number and prints the record; the groom's 婚姻状况 in the Registry is now 初婚.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MarriageDeskJourney(BrowserApp app)
{
    [GeneratedRegex("预约码 ([2-9A-HJ-NP-Z]{8})")]
    private static partial Regex BookingCode();

    [Fact]
    public async Task A_registrar_books_a_walk_in_couple_checks_them_in_registers_and_prints_the_record()
    {
        var today = ChinaTime.Today(app.Clock);
        var session = await OpenSessionTodayAsync(today);
        var groom = IdNumber.Create("440304", new DateOnly(1991, 3, 1).AddDays(Random.Shared.Next(3000)), 101 + (2 * Random.Shared.Next(400)));
        var bride = IdNumber.Create("440304", new DateOnly(1993, 5, 1).AddDays(Random.Shared.Next(3000)), 102 + (2 * Random.Shared.Next(400)));
        var personId = await CreateResidentAsync(groom, "窗口新郎");

        var page = await app.LoginAsync("futian.marriage");
        await page.ClickAsync("nav.ca-nav a:has-text('登记窗口')");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("登记窗口");
        await PageChecks.AssertStyledAsync(page);
        await PageChecks.AssertChineseRendersAsync(page);

        // a wrong phone number: the Chinese message stands next to the field and what was typed stays
        await page.SelectOptionAsync("#walkin-session", session.ToString());
        await page.FillAsync("#walkin-A-id", groom);
        await page.FillAsync("#walkin-A-name", "王窗口");
        await page.FillAsync("#walkin-A-phone", "13800138001");
        await page.FillAsync("#walkin-B-id", bride);
        await page.FillAsync("#walkin-B-name", "李窗口");
        await page.FillAsync("#walkin-B-phone", "1380013");
        await page.ClickAsync("[data-testid=walkin-submit]");
        await Expect(page.Locator("[data-field-error='partyB.phone']")).ToContainTextAsync("手机号码");
        await Expect(page.Locator("#walkin-A-id")).ToHaveValueAsync(groom);
        await Expect(page.Locator("#walkin-session")).ToHaveValueAsync(session.ToString());
        await BrowserApp.ShotAsync(page, "marriage-desk-2-walkin-error");

        await page.FillAsync("#walkin-B-phone", "13800138002");
        await page.ClickAsync("[data-testid=walkin-submit]");
        await Expect(page.GetByTestId("desk-notice")).ToContainTextAsync("窗口预约成功");
        var code = BookingCode().Match(await page.GetByTestId("desk-notice").InnerTextAsync()).Groups[1].Value;
        Assert.Equal(8, code.Length);
        await Expect(page.Locator($"[data-testid=desk-appointments] tr[data-code='{code}']")).ToContainTextAsync("已预约");
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await BrowserApp.ShotAsync(page, "marriage-desk-1-window");

        await page.FillAsync("#checkin-text", code);
        await page.ClickAsync("[data-testid=checkin-submit]");
        await Expect(page.GetByTestId("desk-notice")).ToContainTextAsync("已签到");
        await Expect(page.Locator($"[data-testid=desk-appointments] tr[data-code='{code}']")).ToContainTextAsync("已签到");
        await page.ClickAsync("[data-testid=go-register]");

        await Expect(page.GetByTestId("booking-status")).ToHaveTextAsync("已签到");
        await Expect(page.GetByTestId("register-form")).ToContainTextAsync("合影照片");
        await PageChecks.AssertNoFullIdNumberAsync(page);
        var boxes = page.Locator("[data-testid=register-form] input[id^=doc]");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            await boxes.Nth(i).CheckAsync();
        }
        // without the signed declaration nothing is registered; the ticks stay
        await page.ClickAsync("[data-testid=register-submit]");
        await Expect(page.Locator("[data-field-error=declarationsSigned]")).ToContainTextAsync("声明书");
        await Expect(boxes.Nth(0)).ToBeCheckedAsync();
        await BrowserApp.ShotAsync(page, "marriage-desk-3-register");

        await page.CheckAsync("#declaration");
        await page.FillAsync("#note", "双方证件齐全");
        await page.ClickAsync("[data-testid=register-submit]");
        await Expect(page.GetByTestId("certificate-number")).ToHaveTextAsync(new Regex($"^J440304-{today.Year}-\\d{{6}}$"));
        await Expect(page.GetByTestId("booking-status")).ToHaveTextAsync("已办结");
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await BrowserApp.ShotAsync(page, "marriage-desk-4-registered");

        var href = await page.GetByTestId("record-pdf").GetAttributeAsync("href");
        var pdf = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"], StringComparison.Ordinal);
        var bytes = await pdf.BodyAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = PdfText(bytes);
        Assert.Contains("结婚登记审查处理表", text, StringComparison.Ordinal);
        Assert.Contains(await page.GetByTestId("certificate-number").InnerTextAsync(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(groom, text, StringComparison.Ordinal);

        await page.GotoAsync($"/marriage/appointments?code={code}");
        await Expect(page.GetByTestId("appointment-list")).ToContainTextAsync("已办结");
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await BrowserApp.ShotAsync(page, "marriage-desk-5-appointments");
        await DivorceAsync(page, session, today);
        await page.Context.CloseAsync();

        var registry = await app.LoginAsync("futian.clerk");
        await registry.GotoAsync($"/registry/persons/{personId}");
        await Expect(registry.GetByTestId("marital-status")).ToContainTextAsync("初婚");
        await Expect(registry.GetByTestId("marital-status")).ToContainTextAsync(today.ToString("yyyy-MM-dd"));
        await BrowserApp.ShotAsync(registry, "marriage-desk-7-registry-person");
        await registry.Context.CloseAsync();
    }

    /// <summary>
    /// Another walk-in couple applies for a divorce: checked in from the list, the application enters
    /// the 30-day cooling-off with its dates, and one of them withdraws it from the divorce list.
    /// </summary>
    private static async Task DivorceAsync(IPage page, Guid session, DateOnly today)
    {
        var husband = IdNumber.Create("440304", new DateOnly(1980, 3, 1).AddDays(Random.Shared.Next(3000)), 301 + (2 * Random.Shared.Next(300)));
        var wife = IdNumber.Create("440304", new DateOnly(1982, 5, 1).AddDays(Random.Shared.Next(3000)), 302 + (2 * Random.Shared.Next(300)));
        await page.GotoAsync("/marriage/desk");
        await page.SelectOptionAsync("#walkin-session", session.ToString());
        await page.SelectOptionAsync("#walkin-type", "Divorce");
        await page.FillAsync("#walkin-A-id", husband);
        await page.FillAsync("#walkin-A-name", "赵离异");
        await page.FillAsync("#walkin-A-phone", "13900139001");
        await page.FillAsync("#walkin-B-id", wife);
        await page.FillAsync("#walkin-B-name", "钱离异");
        await page.FillAsync("#walkin-B-phone", "13900139002");
        await page.ClickAsync("[data-testid=walkin-submit]");
        await Expect(page.GetByTestId("desk-notice")).ToContainTextAsync("离婚登记");
        var code = BookingCode().Match(await page.GetByTestId("desk-notice").InnerTextAsync()).Groups[1].Value;
        await page.Locator($"[data-testid=desk-appointments] tr[data-code='{code}'] button:has-text('签到')").ClickAsync();
        await Expect(page.GetByTestId("desk-notice")).ToContainTextAsync("已签到");
        await page.ClickAsync("[data-testid=go-register]");
        // wait for the booking page before counting its checkboxes
        await Expect(page.GetByTestId("booking-status")).ToHaveTextAsync("已签到");
        await Expect(page.GetByTestId("register-form")).ToContainTextAsync("离婚协议书");

        var boxes = page.Locator("[data-testid=register-form] input[id^=doc]");
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            await boxes.Nth(i).CheckAsync();
        }
        await page.CheckAsync("#declaration");
        await page.ClickAsync("[data-testid=register-submit]");
        await Expect(page.GetByTestId("register-message")).ToContainTextAsync("冷静期");
        await Expect(page.GetByTestId("earliest")).ToHaveTextAsync(today.AddDays(31).ToString("yyyy-MM-dd"));
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await BrowserApp.ShotAsync(page, "marriage-desk-6-cooling-off");

        await page.GotoAsync("/marriage/divorces?status=CoolingOff");
        var row = page.Locator("[data-testid=divorce-list] tr", new() { HasText = "赵*异" });
        await Expect(row).ToContainTextAsync("冷静期中");
        await BrowserApp.ShotAsync(page, "marriage-desk-8-divorces");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.FillAsync("#w-reason", "女方到场撤回");
        await row.Locator("[data-testid=withdraw]").ClickAsync();
        await Expect(page.GetByTestId("withdraw-done")).ToBeVisibleAsync();
        await page.GotoAsync("/marriage/divorces?status=Withdrawn");
        await Expect(page.Locator("[data-testid=divorce-list] tr", new() { HasText = "赵*异" })).ToContainTextAsync("女方到场撤回");
    }

    /// <summary>
    /// Check-in only works on the booking's day: make sure Futian has a session today that is open
    /// until 23:59 with room, whatever the calendar and the hour (weekend, holiday, evening).
    /// </summary>
    private async Task<Guid> OpenSessionTodayAsync(DateOnly today)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarriageDb>();
        var office = await db.Offices.SingleAsync(o => o.Code == "FT");
        var session = await db.Sessions.Include(s => s.Quotas).FirstOrDefaultAsync(s => s.OfficeId == office.Id && s.Date == today && s.Period == SessionPeriod.Afternoon);
        if (session is null)
        {
            session = new Session
            {
                OfficeId = office.Id, DivisionCode = office.DivisionCode, Date = today, Period = SessionPeriod.Afternoon, Start = new TimeOnly(13, 30),
                Kind = SessionKind.Special, Label = "加开场次",
            };
            db.Sessions.Add(session);
        }
        session.End = new TimeOnly(23, 59, 59);
        session.IsClosed = false;
        foreach (var type in new[] { ServiceType.Marriage, ServiceType.Divorce })
        {
            var quota = session.Quotas.FirstOrDefault(q => q.ServiceType == type);
            if (quota is null)
            {
                session.Quotas.Add(quota = new SessionQuota { ServiceType = type });
            }
            // capacity grows with what is added: Capacity = Remaining + bookings still holds
            var add = Math.Max(0, 5 - quota.Remaining);
            quota.Capacity += add;
            quota.Remaining += add;
        }
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>The groom as a resident of the Registry, entered by a street clerk through the API.</summary>
    private async Task<string> CreateResidentAsync(string idNumber, string name)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "futian.clerk", password = BrowserApp.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var r = await http.PostAsJsonAsync("/api/v1/persons", new { idNumber, name, divisionCode = "440304004022" });
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(r.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>What a reader sees in the PDF, with poppler's pdftotext (installed with the test tools).</summary>
    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"marriage-record-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", path, "-" } };
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return Regex.Replace(text, @"\s+", "");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
