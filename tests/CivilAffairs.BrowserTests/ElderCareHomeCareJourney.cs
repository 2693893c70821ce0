using System.Globalization;
using System.Text;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 福田区乐龄居家养老服务中心 uploads a month of visit slips (one bad row is reported), previews and
/// submits the month's bill; 福田街道 sees the lines capped at each elder's subsidy and approves.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ElderCareHomeCareJourney(BrowserApp app)
{
    [Fact]
    public async Task The_agency_uploads_orders_and_submits_the_bill_and_the_street_approves_it()
    {
        // the month before last: demo data leaves it unbilled
        var today = ChinaTime.Today(app.Clock);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        List<string> elders;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
            elders = await db.HomeCareSubsidies.IgnoreQueryFilters()
                .Where(s => s.Status == HomeCareSubsidyStatus.Approved && s.DivisionCode.StartsWith("440304004") && s.StartMonth <= month)
                .OrderBy(s => s.Number).Select(s => s.IdNumber).Take(2).ToListAsync();
        }
        Assert.Equal(2, elders.Count);
        var csv = new StringBuilder("身份证号,服务项目,服务日期,开始时间,时长（分钟）,服务人员\n");
        for (var d = 0; d < 4; d++)
        {
            // 康复护理 90 min = 120 yuan a visit: four visits (480) go past the 300 a month
            csv.Append(CultureInfo.InvariantCulture, $"{elders[0]},康复护理,{month.AddDays(2 + d * 6):yyyy-MM-dd},16:00,90,李丽华\n");
        }
        csv.Append(CultureInfo.InvariantCulture, $"{elders[1]},助洁,{month.AddDays(3):yyyy-MM-dd},18:00,60,陈美玲\n");
        csv.Append(CultureInfo.InvariantCulture, $"{elders[1]},助洁,{month.AddDays(4):yyyy-MM-dd},18:00,5,陈美玲\n"); // too short
        var dir = Path.Combine(Path.GetTempPath(), $"ca-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "乐龄工单.csv");
        await File.WriteAllBytesAsync(file, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray());

        var agency = await app.LoginAsync("homecare.agency");
        await agency.GotoAsync("/eldercare/homecare/orders/upload");
        await Expect(agency.Locator("main h1")).ToHaveTextAsync("批量上传服务工单");
        await agency.SetInputFilesAsync("#u-file", file);
        await agency.GetByTestId("upload").ClickAsync();
        await Expect(agency.GetByTestId("accepted")).ToHaveTextAsync("5");
        await Expect(agency.GetByTestId("rejected")).ToHaveTextAsync("1");
        await Expect(agency.GetByTestId("row-errors")).ToContainTextAsync("15");
        await PageChecks.AssertStyledAsync(agency);
        await BrowserApp.ShotAsync(agency, "eldercare-homecare-upload");

        // the same file again adds nothing
        await agency.SetInputFilesAsync("#u-file", file);
        await agency.GetByTestId("upload").ClickAsync();
        await Expect(agency.GetByTestId("duplicates")).ToHaveTextAsync("5");
        await Expect(agency.GetByTestId("accepted")).ToHaveTextAsync("0");

        await agency.GotoAsync($"/eldercare/homecare/orders?month={month:yyyy-MM}");
        await Expect(agency.GetByTestId("count")).ToHaveTextAsync("5");
        await PageChecks.AssertNoFullIdNumberAsync(agency);
        await BrowserApp.ShotAsync(agency, "eldercare-homecare-orders");

        await agency.GotoAsync($"/eldercare/homecare/bills?preview={month:yyyy-MM}");
        await Expect(agency.GetByTestId("preview-summary")).ToContainTextAsync("补贴 340.00");
        await agency.GetByTestId("submit-bill").ClickAsync();
        await Expect(agency.GetByTestId("status")).ToHaveTextAsync("待街道审核");
        await Expect(agency.GetByTestId("subsidised")).ToHaveTextAsync("340.00");
        await Expect(agency.GetByTestId("selfpaid")).ToHaveTextAsync("180.00");
        var billUrl = agency.Url;
        await BrowserApp.ShotAsync(agency, "eldercare-homecare-bill-submitted");
        await agency.Context.CloseAsync();

        var street = await app.LoginAsync("futian.street");
        await street.GotoAsync("/eldercare/homecare/bills?status=Submitted");
        await Expect(street.Locator($"[data-testid=bills] tr[data-number='JS-{month:yyyyMM}-JJ440304001']")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(street, "eldercare-homecare-bills");
        await street.GotoAsync(billUrl);
        await Expect(street.GetByTestId("lines")).ToContainTextAsync("300.00");
        await street.GetByTestId("approve").ClickAsync();
        await Expect(street.GetByTestId("status")).ToHaveTextAsync("已审核待拨付");
        await PageChecks.AssertNoFullIdNumberAsync(street);
        await BrowserApp.ShotAsync(street, "eldercare-homecare-bill-approved");

        await street.GotoAsync("/eldercare/homecare/subsidies");
        await Expect(street.Locator("main h1")).ToHaveTextAsync("居家养老服务补贴");
        await BrowserApp.ShotAsync(street, "eldercare-homecare-subsidies");
        await street.Context.CloseAsync();
        Directory.Delete(dir, true);
    }
}
