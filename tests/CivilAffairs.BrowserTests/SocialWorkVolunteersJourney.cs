using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 9, volunteers: the community worker registers a volunteer, records a service, is stopped at
/// the daily hours cap and prints the service-record certificate; the city officer sees the river
/// force with 726 river chiefs and 102,480 platform members counted from the records.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialWorkVolunteersJourney(BrowserApp app)
{
    [Fact]
    public async Task The_community_worker_registers_a_volunteer_logs_hours_and_prints_the_certificate()
    {
        var warm = await app.NewPageAsync();
        await warm.GotoAsync("/account/login", new() { Timeout = 180_000 });
        await warm.Context.CloseAsync();

        var id = IdNumber.Create("440304", new DateOnly(1998, 8, 8), 100 + Random.Shared.Next(800));
        var community = await app.LoginAsync("futian.community");
        await community.GotoAsync("/socialwork/volunteers");
        await Expect(community.Locator("main h1")).ToHaveTextAsync("志愿服务队伍");
        await PageChecks.AssertStyledAsync(community);
        await PageChecks.AssertNoFullIdNumberAsync(community);
        await BrowserApp.ShotAsync(community, "socialwork-volunteers-1-teams");

        await community.GetByTestId("register-toggle").ClickAsync();
        await community.FillAsync("#vname", "慕容义工");
        await community.FillAsync("#vid", id);
        await community.SelectOptionAsync("#vteam", new SelectOptionValue { Label = "福华社区志愿服务队" });
        await community.FillAsync("#vskills", "急救、手语");
        await community.GetByTestId("volunteer-save").ClickAsync();
        await Expect(community.GetByTestId("total-hours")).ToHaveTextAsync("0.0");

        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await community.FillAsync("#activity", "长者探访");
        await community.FillAsync("#servedOn", day);
        await community.FillAsync("#hours", "8");
        await community.GetByTestId("service-save").ClickAsync();
        await Expect(community.GetByTestId("total-hours")).ToHaveTextAsync("8.0");
        await community.FillAsync("#activity", "社区环境整治");
        await community.FillAsync("#servedOn", day);
        await community.FillAsync("#hours", "5");
        await community.GetByTestId("service-save").ClickAsync();
        await Expect(community.Locator(".invalid-feedback, .text-danger").Filter(new() { HasText = "不能超过 12 小时" }).First).ToBeVisibleAsync();
        await Expect(community.GetByTestId("total-hours")).ToHaveTextAsync("8.0");
        await BrowserApp.ShotAsync(community, "socialwork-volunteers-2-cap");

        var href = await community.GetByTestId("certificate").GetAttributeAsync("href");
        var pdf = await community.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        var text = PdfText(await pdf.BodyAsync());
        Assert.Contains("志愿服务记录证明", text, StringComparison.Ordinal);
        Assert.Contains("慕容义工", text, StringComparison.Ordinal);
        Assert.Contains("8.0小时", text, StringComparison.Ordinal);
        Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        await community.Context.CloseAsync();

        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/socialwork/volunteers");
        var force = city.GetByTestId("teams").Locator("tr[data-team='深圳市护河志愿者总队']");
        await Expect(force.GetByTestId("team-chiefs")).ToHaveTextAsync("726");
        await Expect(force.GetByTestId("team-platform")).ToHaveTextAsync("102,480");
        await BrowserApp.ShotAsync(city, "socialwork-volunteers-3-river-force", fullPage: false);
        await city.Context.CloseAsync();
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sw-certificate-{Guid.NewGuid():N}.pdf");
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
