using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// A clerk works on a demo application flagged as a worker's relative (papers, home visit), then
/// on an enrolled household (income change recomputed, history); screenshots of each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssistanceRecordsJourney(BrowserApp app)
{
    [Fact]
    public async Task A_clerk_uploads_a_paper_records_a_home_visit_and_changes_an_enrolled_households_income()
    {
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/assistance/applications");
        var list = clerk.GetByTestId("application-list");
        await Expect(list).ToContainTextAsync("近亲属");
        await Expect(list).ToContainTextAsync("补正至");
        await BrowserApp.ShotAsync(clerk, "43-assistance-applications-flags");

        await list.Locator("a", new() { HasText = "郭勇" }).First.ClickAsync();
        await Expect(clerk.GetByTestId("application-relative")).ToContainTextAsync("经办人员近亲属");
        await Expect(clerk.Locator("h2", new() { HasText = "调查记录" })).ToContainTextAsync("须入户调查");

        var file = Path.Combine(Path.GetTempPath(), $"ca-{Guid.NewGuid():N}");
        Directory.CreateDirectory(file);
        var pdf = Path.Combine(file, "郭勇户口簿.pdf");
        await File.WriteAllBytesAsync(pdf, "%PDF-1.4\n%%EOF\n"u8.ToArray());
        await clerk.SelectOptionAsync("#att-kind", "hukou");
        await clerk.SetInputFilesAsync("#att-file", pdf);
        await clerk.ClickAsync("button:has-text('上传')");
        await Expect(clerk.GetByTestId("upload-message")).ToContainTextAsync("郭勇户口簿.pdf");
        await Expect(clerk.GetByTestId("application-attachments")).ToContainTextAsync("户口簿");

        var txt = Path.Combine(file, "说明.txt");
        await File.WriteAllTextAsync(txt, "not a paper");
        await clerk.SetInputFilesAsync("#att-file", txt);
        await clerk.ClickAsync("button:has-text('上传')");
        await Expect(clerk.GetByTestId("upload-message")).ToContainTextAsync("只接受 PDF、JPG、PNG");

        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await clerk.FillAsync("[aria-label=调查日期]", today);
        await clerk.FillAsync("[aria-label=调查人员]", "林涛、罗静");
        await clerk.FillAsync("[aria-label=调查情况]", "入户查看，家中无贵重物品，收入情况属实");
        await clerk.ClickAsync("button:has-text('录入')");
        await Expect(clerk.GetByTestId("application-investigations")).ToContainTextAsync("入户调查");
        await Expect(clerk.Locator("h2", new() { HasText = "调查记录" })).Not.ToContainTextAsync("须入户调查");
        await Expect(clerk.GetByTestId("application-steps")).ToContainTextAsync("上传材料");
        await BrowserApp.ShotAsync(clerk, "44-assistance-application-records");

        // a one-time notice listing two missing papers, then their supply
        await clerk.GotoAsync("/assistance/applications?status=Submitted");
        await clerk.GetByTestId("application-list").Locator("a", new() { HasText = "杨磊" }).First.ClickAsync();
        var notice = clerk.GetByTestId("application-notice");
        await notice.Locator("input[name=Missing][value=hukou]").CheckAsync();
        await notice.Locator("input[name=Missing][value=income]").CheckAsync();
        await notice.Locator("[aria-label=告知说明]").FillAsync("户口簿原件、近6个月收入证明");
        await clerk.ClickAsync("button:has-text('发出一次性告知')");
        await Expect(notice).ToContainTextAsync("户口簿、收入证明");
        await Expect(notice).ToContainTextAsync("待补正");
        await Expect(clerk.Locator("button:has-text('发出一次性告知')")).ToHaveCountAsync(0);
        await BrowserApp.ShotAsync(clerk, "47-assistance-application-notice");
        await clerk.ClickAsync("button:has-text('登记已补正')");
        await Expect(notice).ToContainTextAsync("已补正");

        await clerk.GotoAsync("/assistance/enrolments");
        var enrolments = clerk.GetByTestId("enrolment-list");
        await Expect(enrolments).ToContainTextAsync("王建国");
        await Expect(enrolments).Not.ToContainTextAsync("6222020200012345678");
        await BrowserApp.ShotAsync(clerk, "45-assistance-enrolments");

        await enrolments.Locator("a", new() { HasText = "王建国" }).ClickAsync();
        await Expect(clerk.GetByTestId("enrolment-bank")).ToContainTextAsync("****5678");
        var before = await clerk.GetByTestId("enrolment-benefit").InnerTextAsync();
        var nextMonth = DateTime.UtcNow.AddHours(8).AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await clerk.FillAsync("[aria-label=新月收入]", "300");
        await clerk.FillAsync("[aria-label=原因]", "领取养老金");
        await clerk.Locator("[data-testid=enrolment-actions] input[type=month]").First.FillAsync(nextMonth);
        await clerk.ClickAsync("button:has-text('收入变更')");
        await Expect(clerk.GetByTestId("enrolment-events")).ToContainTextAsync("收入变更");
        var after = await clerk.GetByTestId("enrolment-benefit").InnerTextAsync();
        Assert.Equal(decimal.Parse(before, System.Globalization.CultureInfo.InvariantCulture) - 300m, decimal.Parse(after, System.Globalization.CultureInfo.InvariantCulture));
        await BrowserApp.ShotAsync(clerk, "46-assistance-enrolment-detail");
        await clerk.Context.CloseAsync();
        Directory.Delete(file, recursive: true);
    }
}
