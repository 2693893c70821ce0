using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 深圳市救助管理站 takes in a boy found at 罗湖火车站 (photo, belongings), puts him in the minors'
/// room, is refused when he would leave alone, and hands him to his father.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RescueCaseJourney(BrowserApp app)
{
    // a small grey head-and-shoulders PNG: enough for the upload and the case page
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAA8CAIAAACvoq6rAAAArklEQVR42u3XQQ6DMBBD0X9i1lyXdS/BAqmqCoUwJBmnsuQDvJVlsywvqWCQQQYZZFBd0DTN++SADinPWTTShE2008RMNNUETIODApq7JoMqgsKaWyaDDDJICORiHBHk+THiYlTc1IqvQ/GX+UobZNCf76GHmnIT3TSFJnpqSkx01lya6K85N5GiOTGRpfllIlFzaCJXszeRrvkyoaD5NCGieZvQ0WxBSmOQQRWyAlGYH2B4DbgvAAAAAElFTkSuQmCC");

    [Fact]
    public async Task The_station_admits_a_boy_refuses_him_leaving_alone_and_hands_him_to_his_father()
    {
        var page = await app.LoginAsync("rescue.station");
        await page.GotoAsync("/rescue/cases");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("受助人员");
        Assert.True(await page.Locator("[data-testid=case-row].table-danger").CountAsync() > 0, "the demo data has overdue stays, shown in red");
        Assert.DoesNotMatch(PageChecks.FullIdNumber(), await page.ContentAsync());
        await PageChecks.AssertStyledAsync(page);
        await BrowserApp.ShotAsync(page, "rescue-cases");

        await page.GetByTestId("new-case").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("受助登记");
        await page.FillAsync("#place", "罗湖火车站东广场");
        await page.FillAsync("#street", "440303005");
        await page.FillAsync("#unit", "南湖派出所");
        await page.CheckAsync("#escorted");
        await page.SelectOptionAsync("#sex", "Male");
        await page.FillAsync("#height", "152");
        await page.FillAsync("#accent", "河南口音");
        await page.FillAsync("#clothing", "蓝色校服外套，黑色运动鞋");
        await page.FillAsync("#features", "右眉有小疤");
        await page.FillAsync("[data-testid=item-0]", "书包");
        await page.FillAsync("[data-testid=qty-0]", "1");
        await page.FillAsync("[data-testid=item-1]", "现金");
        await page.FillAsync("[data-testid=qty-1]", "1");
        await page.SetInputFilesAsync("#photo", new FilePayload { Name = "boy.png", MimeType = "image/png", Buffer = Png });
        await page.GetByTestId("save-intake").ClickAsync();
        await Expect(page.Locator("[data-field-error=estimatedAge]")).ToContainTextAsync("目测年龄"); // no ID and no estimated age
        await page.FillAsync("#age", "13");
        await page.SetInputFilesAsync("#photo", new FilePayload { Name = "boy.png", MimeType = "image/png", Buffer = Png });
        await page.GetByTestId("save-intake").ClickAsync();
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("受助登记");
        await Expect(page.GetByTestId("case-category")).ToHaveTextAsync("未成年人");
        await Expect(page.GetByTestId("primary-photo")).ToBeVisibleAsync();

        var minorsRoom = await page.Locator("#roomSel option", new() { HasText = "C-301" }).GetAttributeAsync("value");
        await page.SelectOptionAsync("#roomSel", minorsRoom!);
        await page.GetByTestId("assign-room").ClickAsync();
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("C-301");

        await page.SelectOptionAsync("#hoKind", "SelfLeave");
        await page.GetByTestId("hand-over-submit").ClickAsync();
        await Expect(page.Locator(".alert-danger")).ToContainTextAsync("亲属或监护人");
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("受助登记");
        await PageChecks.AssertStyledAsync(page);
        await BrowserApp.ShotAsync(page, "rescue-case-refused");

        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var father = IdNumber.Create("411302", new DateOnly(1984, 6, 2), 317);
        await page.SelectOptionAsync("#hoKind", "Relative");
        await page.FillAsync("#hoName", "李国强");
        await page.FillAsync("#hoRel", "父亲");
        await page.FillAsync("#hoId", father);
        await page.FillAsync("#hoDate", today);
        await page.CheckAsync("#hoBel");
        await page.GetByTestId("hand-over-submit").ClickAsync();
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("返乡/接回");
        await Expect(page.GetByTestId("hand-over")).ToContainTextAsync("父亲");
        await Expect(page.GetByTestId("belongings")).ToContainTextAsync("已归还签收");
        Assert.DoesNotContain(father, await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserApp.ShotAsync(page, "rescue-case-handed-over");

        await page.Locator("input[name='Close.A']").FillAsync("已由父亲接回");
        await page.GetByTestId("close-case").ClickAsync();
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("结案");

        await page.GotoAsync("/rescue/rooms");
        await Expect(page.GetByTestId("room-list")).ToContainTextAsync("C-301");
        await BrowserApp.ShotAsync(page, "rescue-rooms");
        await page.Context.CloseAsync();
    }
}
