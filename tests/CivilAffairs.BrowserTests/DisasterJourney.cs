using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// A landslide in 福田街道 (demo data, twenty days ago): the district looks at the situation, a clerk
/// records a household whose house collapsed and applies for the subsidy, the community's review
/// puts it on 公示; the street and district finish a case whose 公示 has run; a person is sheltered;
/// the goods and the winter list are looked at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DisasterJourney(BrowserApp app)
{
    private const string Landslide = "强降雨引发山体滑坡";

    [Fact]
    public async Task The_district_follows_the_landslide_and_the_street_moves_subsidies_through_publicity_to_approval()
    {
        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/disaster/events");
        await Expect(district.Locator("main h1")).ToHaveTextAsync("灾害事件");
        await Expect(district.GetByTestId("event-list")).ToContainTextAsync("台风“山竹”");
        await PageChecks.AssertStyledAsync(district);
        await BrowserApp.ShotAsync(district, "disaster-events");
        await district.ClickAsync($"[data-testid=event-list] a:has-text('{Landslide}')");
        await Expect(district.GetByTestId("openings")).ToContainTextAsync("福田街道岗厦社区工作站避灾点");
        var eventUrl = district.Url;
        await BrowserApp.ShotAsync(district, "disaster-event");
        await district.GetByTestId("dashboard-link").ClickAsync();
        await Expect(district.Locator("main h1")).ToContainTextAsync("灾情看板");
        await Expect(district.GetByTestId("by-division")).ToContainTextAsync("440304004");
        await PageChecks.AssertNoFullIdNumberAsync(district);
        await BrowserApp.ShotAsync(district, "disaster-dashboard");

        // a clerk records a household whose house collapsed and applies for the subsidy
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync(eventUrl + "/households");
        var id = IdNumber.Create("440304", new DateOnly(1962, 5, 17), 300 + Random.Shared.Next(600));
        await clerk.FillAsync("#h-id", id);
        await clerk.FillAsync("#h-name", "旅程户主");
        await clerk.FillAsync("#h-div", "440304004");
        await clerk.FillAsync("#h-addr", "福田街道岗厦村18栋");
        await clerk.FillAsync("#h-members", "4");
        await clerk.SelectOptionAsync("#h-damage", "Collapsed");
        await clerk.ClickAsync("[data-testid=household-form] button[type=submit]");
        await Expect(clerk.GetByTestId("done")).ToContainTextAsync("受灾户已登记");
        var row = clerk.Locator("[data-testid=households] tr", new() { HasText = Masking.IdNumber(id) });
        await Expect(row).ToContainTextAsync("倒塌");
        await PageChecks.AssertNoFullIdNumberAsync(clerk);
        await BrowserApp.ShotAsync(clerk, "disaster-households");
        await row.GetByRole(AriaRole.Button, new() { Name = "申请补助" }).ClickAsync();
        await Expect(clerk.GetByTestId("done")).ToContainTextAsync("已登记补助申请");

        await clerk.GotoAsync("/disaster/subsidies?status=Submitted");
        await clerk.ClickAsync("[data-testid=subsidies] tr:has-text('倒塌') >> nth=-1 >> a");
        await Expect(clerk.GetByTestId("status")).ToHaveTextAsync("待民主评议");
        await clerk.FillAsync("#d-note", "经社区民主评议，到会代表一致同意");
        await clerk.GetByTestId("approve").ClickAsync();
        await Expect(clerk.GetByTestId("status")).ToHaveTextAsync("公示中");
        await Expect(clerk.GetByTestId("facts")).ToContainTextAsync("5 个工作日");
        await BrowserApp.ShotAsync(clerk, "disaster-subsidy-publicity");

        // the street reviews a case whose 公示 is over; the district approves it
        var street = await app.LoginAsync("futian.street");
        await street.GotoAsync("/disaster/subsidies?status=Publicity");
        var over = street.Locator("[data-testid=subsidies] tr[data-over='1'] a").First;
        var number = await over.InnerTextAsync();
        await over.ClickAsync();
        await street.FillAsync("#d-note", "公示期满无异议，入户核查属实");
        await street.GetByTestId("approve").ClickAsync();
        await Expect(street.GetByTestId("status")).ToHaveTextAsync("街道已审核");
        await district.GotoAsync("/disaster/subsidies?status=StreetReviewed");
        await district.ClickAsync($"[data-testid=subsidies] a:has-text('{number}')");
        await district.GetByTestId("approve").ClickAsync();
        await Expect(district.GetByTestId("status")).ToHaveTextAsync("已批准");
        await Expect(district.GetByTestId("facts")).ToContainTextAsync("disaster.rebuild.");
        await BrowserApp.ShotAsync(district, "disaster-subsidy-approved");

        // a person without papers is sheltered
        await clerk.GotoAsync(eventUrl);
        await clerk.ClickAsync("[data-testid=openings] a:has-text('岗厦')");
        var before = await clerk.GetByTestId("occupancy").InnerTextAsync();
        await clerk.FillAsync("#c-desc", "女，约75岁，独居，邻居送来");
        await clerk.ClickAsync("[data-testid=checkin-form] button[type=submit]");
        await Expect(clerk.GetByTestId("done")).ToContainTextAsync("已登记入住");
        Assert.NotEqual(before, await clerk.GetByTestId("occupancy").InnerTextAsync());
        await BrowserApp.ShotAsync(clerk, "disaster-shelter");

        await district.GotoAsync("/disaster/goods");
        await Expect(district.GetByTestId("stock").First).ToContainTextAsync("帐篷");
        await BrowserApp.ShotAsync(district, "disaster-goods");
        await street.GotoAsync("/disaster/winter?season=2018-2019");
        await street.ClickAsync("[data-testid=winter-lists] a >> nth=0");
        await Expect(street.GetByTestId("list-status")).ToHaveTextAsync("区已批准");
        await BrowserApp.ShotAsync(street, "disaster-winter");
        await district.Context.CloseAsync();
        await clerk.Context.CloseAsync();
        await street.Context.CloseAsync();
    }
}
