using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>Issue 9: a street clerk records an inspection with a hidden danger and its rectification; the street reviewer (not the recorder) verifies and closes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FacilitiesSafetyJourney(BrowserApp app)
{
    [Fact]
    public async Task A_danger_found_in_an_inspection_is_rectified_and_verified_by_another_person()
    {
        var today = Platform.Values.ChinaTime.Today(app.Clock);
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/facilities/safety");
        await Expect(clerk.Locator("main h1")).ToHaveTextAsync("安全生产（双重预防）");
        await Expect(clerk.GetByTestId("safety-overview")).ToBeVisibleAsync();
        await clerk.SelectOptionAsync("#facility", new SelectOptionValue { Label = "福田街道社工站" });
        await clerk.FillAsync("#on", today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await clerk.SelectOptionAsync("#kind", new SelectOptionValue { Value = "JointFire" });
        await clerk.FillAsync("#inspectors", "福田街道安全办、福田消防救援站");
        await clerk.FillAsync("#findings", "检查消防设施和用电");
        await clerk.FillAsync("#hazard1", "活动室插线板串接使用");
        await clerk.SelectOptionAsync("#level1", new SelectOptionValue { Value = "General" });
        await clerk.GetByTestId("inspection-submit").ClickAsync();
        await Expect(clerk.GetByTestId("inspection-recorded")).ToContainTextAsync("隐患 1");
        var row = clerk.GetByTestId("hazards").Locator("tr", new() { HasText = "活动室插线板串接使用" });
        await Expect(row).ToContainTextAsync(today.AddDays(13).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await PageChecks.AssertStyledAsync(clerk);
        await BrowserApp.ShotAsync(clerk, "facilities-safety");
        await row.Locator("a").First.ClickAsync();
        // enhanced navigation swaps the page in place: wait for the hazard page before typing, or the
        // date lands in the inspection form of the page being left (which also has an #on field)
        await Expect(clerk.GetByTestId("hazard-rectify")).ToBeVisibleAsync();
        var url = clerk.Url;
        await clerk.FillAsync("#on", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await clerk.FillAsync("#what", "拆除串接插线板，加装固定插座");
        await clerk.GetByTestId("hazard-rectify").ClickAsync();
        await Expect(clerk.GetByTestId("hazard-status")).ToHaveTextAsync("已整改待验收");
        // the recorder's own verification is refused
        await clerk.GetByTestId("hazard-verify").ClickAsync();
        await Expect(clerk.Locator(".alert-danger").First).ToContainTextAsync("登记人以外");
        await clerk.Context.CloseAsync();

        var street = await app.LoginAsync("futian.street");
        await street.GotoAsync(url);
        await street.GetByTestId("hazard-verify").ClickAsync();
        await Expect(street.GetByTestId("hazard-status")).ToHaveTextAsync("已验收销号");
        await Expect(street.GetByTestId("hazard-verified")).ToContainTextAsync("futian.street");
        await PageChecks.AssertStyledAsync(street);
        await BrowserApp.ShotAsync(street, "facilities-hazard");
        await street.Context.CloseAsync();
    }
}
