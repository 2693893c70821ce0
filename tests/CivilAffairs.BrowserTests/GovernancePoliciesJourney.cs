using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 政策文件: the office sees the register (a revised 2018 document, one due for review), registers a
/// new normative document (a malformed 文号 first), and the city officer adds a parameter version that
/// cites it — the document's page then lists that parameter; an unknown 文号 is refused on the form.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GovernancePoliciesJourney(BrowserApp app)
{
    [Fact]
    public async Task The_office_registers_a_document_and_a_parameter_cites_it()
    {
        var today = ChinaTime.Today(app.Clock);
        var office = await app.LoginAsync("city.office");
        await office.GotoAsync("/governance/policies");
        await Expect(office.Locator("main h1")).ToHaveTextAsync("政策与规范性文件");
        await Expect(office.GetByTestId("policies").Locator("tr[data-number='深民规〔2018〕2号']")).ToContainTextAsync("已修订");
        await Expect(office.GetByTestId("review-due-count")).ToBeVisibleAsync();
        await PageChecks.AssertStyledAsync(office);
        await BrowserApp.ShotAsync(office, "governance-policies");

        var number = $"深民规〔{today.Year}〕{Random.Shared.Next(100, 999)}号";
        await office.FillAsync("#p-number", "深民规2026-7");
        await office.FillAsync("#p-title", "深圳市困难群众价格临时补贴发放办法");
        await office.FillAsync("#p-pub", today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await office.FillAsync("#p-eff", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await office.FillAsync("#p-text", "价格临时补贴按月发放，标准随价格指数联动调整。");
        await office.GetByTestId("policy-submit").ClickAsync();
        await Expect(office.GetByTestId("policy-form")).ToContainTextAsync("文号格式应为");
        // what was typed is kept
        await Expect(office.Locator("#p-title")).ToHaveValueAsync("深圳市困难群众价格临时补贴发放办法");
        await office.FillAsync("#p-number", number);
        await office.GetByTestId("policy-submit").ClickAsync();
        await Expect(office.GetByTestId("policy-status")).ToHaveTextAsync("现行有效");
        await Expect(office.GetByTestId("citing-parameters")).ToBeVisibleAsync();
        var docUrl = office.Url;
        await office.Context.CloseAsync();

        var officer = await app.LoginAsync("city.officer");
        await officer.GotoAsync("/admin/parameters?key=governance.training.annual_hours");
        await officer.FillAsync("#value", "100");
        await officer.FillAsync("#from", new DateOnly(today.Year + 1, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await officer.FillAsync("#docno", "深民规〔1999〕1号");
        await officer.ClickAsync(".ca-form button[type=submit]");
        await Expect(officer.Locator("main")).ToContainTextAsync("政策文件库中没有文号为");
        await officer.FillAsync("#docno", number);
        await officer.ClickAsync(".ca-form button[type=submit]");
        await Expect(officer.Locator("main")).ToContainTextAsync("已保存新版本");
        await Expect(officer.GetByTestId("parameter-history")).ToContainTextAsync(number);
        await BrowserApp.ShotAsync(officer, "governance-parameter-cites-document");

        await officer.GotoAsync(docUrl);
        await Expect(officer.GetByTestId("citing-parameters")).ToContainTextAsync("干部年度培训学时要求");
        await Expect(officer.GetByTestId("citing-parameters")).ToContainTextAsync("100");
        await BrowserApp.ShotAsync(officer, "governance-policy-detail");
        await officer.Context.CloseAsync();
    }
}
