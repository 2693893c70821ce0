using System.Text.RegularExpressions;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Values;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CivilAffairs.BrowserTests;

/// <summary>What a street clerk, an auditor and an administrator see, end to end in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class Journeys(BrowserApp app, ITestOutputHelper output)
{
    /// <summary>福华社区 of 福田街道 (440304004), inside futian.clerk's jurisdiction.</summary>
    private const string Community = "440304004022";

    /// <summary>Names of the persons the tests register (all contain one of these).</summary>
    private const string TestNames = "测试|林家";

    [GeneratedRegex(@"/registry/persons/[0-9a-f-]{36}$")]
    private static partial Regex PersonDetailUrl();

    [GeneratedRegex(@"/registry/households/[0-9a-f-]{36}$")]
    private static partial Regex HouseholdDetailUrl();

    [Fact]
    public async Task Clerk_logs_in_and_sees_name_role_jurisdiction_and_every_module()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await PageChecks.AssertStyledAsync(page);
        await PageChecks.AssertChineseRendersAsync(page);
        await Expect(page.Locator(".ca-login h1")).ToHaveTextAsync("民政综合服务平台");
        await Shot(page, "01-login");

        await page.FillAsync("#userName", "futian.clerk");
        await page.FillAsync("#password", BrowserApp.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.Locator("main h1")).ToContainTextAsync("福田街道 张经办");
        var who = page.GetByTestId("whoami");
        await Expect(who).ToContainTextAsync("futian.clerk");
        await Expect(who).ToContainTextAsync("街道经办人");
        await Expect(who).ToContainTextAsync("440304004");
        await Expect(page.Locator(".ca-top")).ToContainTextAsync("福田街道 张经办");
        await PageChecks.AssertStyledAsync(page);
        await PageChecks.AssertChineseRendersAsync(page);

        var nav = page.Locator("nav.ca-nav");
        var menu = app.Services.GetRequiredService<ModuleMenu>();
        foreach (var m in menu.WorkModules)
        {
            var link = nav.Locator("a.ca-nav-link", new() { HasText = m.DisplayName }).First;
            await Expect(link).ToBeVisibleAsync();
            if (m.Built)
            {
                await Expect(link).Not.ToContainTextAsync("建设中");
            }
            else
            {
                await Expect(link).ToContainTextAsync("建设中");
            }
        }
        // with 统计分析 (issue 10) every line of work of the 2018 summary is built
        Assert.All(menu.WorkModules, m => Assert.True(m.Built, m.DisplayName));
        foreach (var l in menu.BuiltModules.SelectMany(m => m.Links).Where(l => l.Permission is null))
        {
            await Expect(nav.Locator($"a[href='{l.Href}']")).ToBeVisibleAsync();
        }
        await Expect(nav.Locator("a[href='/admin/users']")).ToHaveCountAsync(0);
        await Shot(page, "02-home-clerk");

        // the last module built: 统计分析 opens the clerk's own street's dashboard
        await nav.Locator("a.ca-nav-link", new() { HasText = "统计分析" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/reporting$"));
        await Expect(page.GetByTestId("dashboard-title")).ToContainTextAsync("福田街道");
        await Shot(page, "03-reporting-clerk");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_password_shows_a_Chinese_error()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", "nanshan.street");
        await page.FillAsync("#password", "Wrong#2018");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("用户名或密码错误");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(page.Locator("#userName")).ToHaveValueAsync("nanshan.street");
        await Shot(page, "04-login-wrong-password");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Person_search_shows_masked_id_numbers_only()
    {
        var page = await app.LoginAsync("futian.clerk");
        await page.GotoAsync("/registry/persons");
        var rows = page.Locator("[data-testid=person-list] tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        // a seeded resident, not one that another test of this collection registered
        var demo = rows.Filter(new() { HasNotTextRegex = new Regex(TestNames) }).First;
        var name = (await demo.Locator("td").First.InnerTextAsync()).Trim();
        Assert.True(name.Length >= 2, $"unexpected demo name '{name}'");
        var part = name[1..];

        await page.FillAsync("#q", part);
        await page.ClickAsync("[data-testid=person-search] button[type=submit]");
        await Expect(page.GetByTestId("person-list")).ToContainTextAsync(name);
        // searches are posted: what was typed (names, ID numbers) never lands in the URL or history
        Assert.DoesNotContain("q=", page.Url, StringComparison.Ordinal);
        var count = await rows.CountAsync();
        Assert.True(count >= 1);
        for (var i = 0; i < count; i++)
        {
            await Expect(rows.Nth(i).Locator("td").Nth(0)).ToContainTextAsync(part);
            var id = (await rows.Nth(i).Locator("td").Nth(1).InnerTextAsync()).Trim();
            Assert.Matches(PageChecks.MaskedIdNumber(), id);
        }
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await Shot(page, "05-persons-search");

        // the global search box in the top bar
        var box = page.Locator("header .ca-search input[name=q]");
        await box.FillAsync(name);
        await box.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/search$"));
        var hit = page.Locator("main table tbody tr", new() { HasText = name }).First;
        await Expect(hit).ToContainTextAsync("人员");
        var title = await hit.Locator("td").Nth(1).InnerTextAsync();
        var masked = Regex.Match(title, @"[0-9]{6}\*{8}[0-9]{3}[0-9X]");
        Assert.True(masked.Success, $"no masked ID number in search hit '{title}'");
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await Shot(page, "06-global-search");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clerk_registers_a_person_and_reveals_the_full_number_with_a_reason()
    {
        var id = IdNumber.Create("440304", new DateOnly(1986, 5, 17), 123);
        var page = await app.LoginAsync("futian.clerk");
        await page.GotoAsync("/registry/persons/new");
        await PageChecks.AssertStyledAsync(page);
        await FillPersonAsync(page, id, "欧阳测试");
        await Shot(page, "07-person-new-filled");
        await page.ClickAsync("main button[type=submit]");
        await Expect(page).ToHaveURLAsync(PersonDetailUrl());

        await Expect(page.Locator("main h1")).ToHaveTextAsync("欧阳测试");
        var number = page.GetByTestId("id-number");
        await Expect(number).ToHaveTextAsync(id[..6] + "********" + id[14..]);
        var detail = page.GetByTestId("person-detail");
        await Expect(detail).ToContainTextAsync("1986-05-17");
        await Expect(detail).ToContainTextAsync("男");
        await Expect(detail).ToContainTextAsync(Community);
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await Shot(page, "08-person-detail-masked");

        await page.GetByPlaceholder("事由").FillAsync("办理低保申请核对身份");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看完整号码" }).ClickAsync();
        await Expect(number).ToHaveTextAsync(id);
        await Shot(page, "09-person-detail-revealed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Wrong_check_digit_is_reported_in_Chinese_and_the_form_keeps_its_values()
    {
        var good = IdNumber.Create("440304", new DateOnly(1990, 2, 3), 456);
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        var page = await app.LoginAsync("futian.clerk");
        await page.GotoAsync("/registry/persons/new");
        await FillPersonAsync(page, bad, "校验位测试");
        await page.ClickAsync("main button[type=submit]");

        var error = page.Locator("[data-field-error=idNumber]");
        await Expect(error).ToContainTextAsync("校验位");
        await Expect(page).ToHaveURLAsync(new Regex("/registry/persons/new$"));
        await Expect(page.Locator("#idNumber")).ToHaveClassAsync(new Regex("is-invalid"));
        await Expect(page.Locator("#name")).ToHaveValueAsync("校验位测试");
        await Expect(page.Locator("#idNumber")).ToHaveValueAsync(bad);
        await Expect(page.Locator("#divisionCode")).ToHaveValueAsync(Community);
        await Expect(page.Locator("#phone")).ToHaveValueAsync("13800138000");
        await Shot(page, "10-person-new-check-digit-error");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clerk_builds_a_household_from_two_registered_persons()
    {
        var head = IdNumber.Create("440304", new DateOnly(1975, 8, 9), 611);
        var spouse = IdNumber.Create("440304", new DateOnly(1977, 11, 21), 622);
        var page = await app.LoginAsync("futian.clerk");
        foreach (var (id, name) in new[] { (head, "林家户主"), (spouse, "林家配偶") })
        {
            await page.GotoAsync("/registry/persons/new");
            await FillPersonAsync(page, id, name);
            await page.ClickAsync("main button[type=submit]");
            await Expect(page).ToHaveURLAsync(PersonDetailUrl());
        }

        await page.GotoAsync("/registry/households/new");
        await page.FillAsync("#divisionCode", Community);
        await page.FillAsync("#address", "深圳市福田区福华路1号2栋301");
        await page.FillAsync("#head", head);
        await page.GetByLabel("第1名成员身份证号").FillAsync(spouse);
        await page.GetByLabel("第1名成员与户主关系").SelectOptionAsync("10");
        await page.CheckAsync("#sz");
        await Shot(page, "11-household-new-filled");
        await page.ClickAsync("main button[type=submit]");

        await Expect(page).ToHaveURLAsync(HouseholdDetailUrl());
        await Expect(page.Locator("main h1")).ToContainTextAsync("林家户主");
        var members = page.Locator("[data-testid=household-members] tbody tr");
        await Expect(members).ToHaveCountAsync(2);
        await Expect(members.Filter(new() { HasText = "林家户主" })).ToContainTextAsync("户主");
        await Expect(members.Filter(new() { HasText = "林家配偶" })).ToContainTextAsync("配偶");
        await Expect(page.GetByTestId("household-detail")).ToContainTextAsync(Community);
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await Shot(page, "12-household-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Divisions_show_Shenzhen_districts_their_history_and_the_map_as_of_a_date()
    {
        var page = await app.LoginAsync("futian.clerk");
        await page.GotoAsync("/registry/divisions");
        var children = page.GetByTestId("division-children");
        await Expect(children).ToContainTextAsync("福田区");
        await Expect(children).ToContainTextAsync("南山区");
        await Expect(page.GetByTestId("division-changes")).ToContainTextAsync("光明区");
        await Shot(page, "13-divisions-shenzhen");

        await page.GotoAsync("/registry/divisions?code=440306&asOf=2017-06-01");
        var row = children.Locator("tbody tr", new() { HasText = "440306027" });
        await Expect(row).ToContainTextAsync("光明街道");
        await Shot(page, "14-divisions-baoan-2017");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Auditor_verifies_the_audit_chain_and_a_clerk_has_no_audit_menu()
    {
        var page = await app.LoginAsync("auditor");
        await Expect(page.Locator("nav.ca-nav a[href='/audit']")).ToBeVisibleAsync();
        await page.Locator("nav.ca-nav a[href='/audit']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/audit$"));
        await Expect(page.GetByTestId("audit-list")).ToContainTextAsync("auditor");
        await page.GetByRole(AriaRole.Button, new() { Name = "校验审计链" }).ClickAsync();
        await Expect(page.GetByTestId("audit-verify")).ToContainTextAsync("审计链完整");
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await Shot(page, "15-audit-verified", fullPage: false);
        await Shot(page, "15-audit-verified-full");
        await page.Context.CloseAsync();

        var clerk = await app.LoginAsync("futian.clerk");
        await Expect(clerk.Locator("nav.ca-nav a[href='/audit']")).ToHaveCountAsync(0);
        await Expect(clerk.Locator("nav.ca-nav")).Not.ToContainTextAsync("审计日志");
        await Shot(clerk, "16-clerk-menu-without-audit");
        await clerk.Context.CloseAsync();
    }

    [Fact]
    public async Task Phone_width_home_and_persons_list()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/account/login");
        await Shot(page, "17-phone-login");
        await LogOverflowAsync(page, "phone login");
        await page.FillAsync("#userName", "futian.clerk");
        await page.FillAsync("#password", BrowserApp.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("whoami")).ToContainTextAsync("街道经办人");
        await Shot(page, "18-phone-home");
        await LogOverflowAsync(page, "phone home");

        await page.GotoAsync("/registry/persons");
        await Expect(page.Locator("[data-testid=person-list] tbody tr").First).ToBeVisibleAsync();
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await Shot(page, "19-phone-persons");
        await LogOverflowAsync(page, "phone persons");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_pages_render()
    {
        var admin = await app.LoginAsync("admin");
        await admin.GotoAsync("/admin/users");
        await Expect(admin.Locator("main")).ToContainTextAsync("futian.clerk");
        await Expect(admin.Locator("main")).ToContainTextAsync("街道经办人");
        await PageChecks.AssertStyledAsync(admin);
        await Shot(admin, "20-admin-users");
        await admin.Context.CloseAsync();

        var officer = await app.LoginAsync("city.officer");
        await officer.GotoAsync("/admin/parameters?key=platform.audit.retention_days");
        await Expect(officer.GetByTestId("parameter-list")).ToContainTextAsync("platform.audit.retention_days");
        var history = officer.GetByTestId("parameter-history");
        await Expect(history).ToContainTextAsync("184");
        await Expect(history).ToContainTextAsync("2017-06-01");
        await Expect(history).ToContainTextAsync("网络安全法");
        await Shot(officer, "21-admin-parameters-retention");

        await officer.GotoAsync("/admin/calendar?from=2018-09-28&days=3");
        await Expect(officer.GetByTestId("working-day-result")).ToContainTextAsync("2018-10-08");
        await Shot(officer, "22-admin-calendar");

        await officer.GotoAsync("/account/manage");
        await Expect(officer.Locator("main h1")).ToHaveTextAsync("修改密码");
        await Expect(officer.Locator("#old")).ToBeVisibleAsync();
        await Shot(officer, "23-account-manage");

        var response = await officer.GotoAsync("/api/docs");
        Assert.NotNull(response);
        Assert.True(response.Ok, $"/api/docs answered {response.Status}");
        await officer.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Expect(officer.Locator("body")).ToContainTextAsync(new Regex("CivilAffairs|民政|/api/v1"));
        await Shot(officer, "24-api-docs", fullPage: false);
        await officer.Context.CloseAsync();
    }

    private static async Task FillPersonAsync(IPage page, string idNumber, string name)
    {
        await page.FillAsync("#idNumber", idNumber);
        await page.FillAsync("#name", name);
        await page.FillAsync("#divisionCode", Community);
        await page.FillAsync("#hukou", "440304");
        await page.FillAsync("#phone", "13800138000");
        await page.FillAsync("#address", "深圳市福田区福华路1号2栋301");
    }

    private async Task Shot(IPage page, string name, bool fullPage = true) =>
        output.WriteLine("screenshot: " + await BrowserApp.ShotAsync(page, name, fullPage));

    private async Task LogOverflowAsync(IPage page, string what)
    {
        foreach (var o in await PageChecks.FindHorizontalOverflowAsync(page))
        {
            output.WriteLine($"{what}: horizontal overflow: {o}");
        }
    }
}
