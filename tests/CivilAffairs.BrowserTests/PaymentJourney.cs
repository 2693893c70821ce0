using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>The district prepares a month's payment run, finance releases it, the report shows it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaymentJourney(BrowserApp app)
{
    // names no demo household uses, so other journeys can still pick the demo ones out by name
    private static readonly string[] Names = ["付支一", "付支二", "付支三", "付支四"];

    private async Task EnrolAsync(string community)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistanceDb>();
        for (var i = 0; i < 4; i++)
        {
            var head = IdNumber.Create("440304", new DateOnly(1950 + i, 3, 3), 311 + i);
            var e = new Enrolment
            {
                Programme = Programme.Mlg, HeadIdNumber = head, HeadName = Names[i], DivisionCode = community,
                Status = EnrolmentStatus.Active, EnrolFrom = new DateOnly(2020, 1, 1), BankName = "中国银行深圳分行",
                BankAccount = i == 2 ? null : "621700001234567" + i,
            };
            e.Members.Add(new EnrolmentMember { EnrolmentId = e.Id, IdNumber = head, Name = e.HeadName, Relation = "02", BirthDate = new DateOnly(1950 + i, 3, 3), MonthlyIncome = 300 * i, ShenzhenHukou = true });
            e.Members.Add(new EnrolmentMember { EnrolmentId = e.Id, Relation = "20", BirthDate = new DateOnly(2008 + i, 1, 1), ShenzhenHukou = true, Student = true });
            db.Enrolments.Add(e);
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_district_prepares_a_run_finance_releases_it_and_the_report_shows_it()
    {
        await EnrolAsync("440304004021");
        var maker = await app.LoginAsync("futian.district");
        await maker.GotoAsync("/assistance/payments");
        await maker.FillAsync("#month", "2020-12");
        await maker.FillAsync("#division", "440304004021");
        await maker.ClickAsync("button:has-text('编制批次')");
        await Expect(maker.GetByTestId("run-status")).ToHaveTextAsync("待复核");
        await Expect(maker.GetByTestId("run-summary")).ToContainTextAsync("3");
        await Expect(maker.GetByTestId("run-lines")).ToContainTextAsync("无银行账户");
        await Expect(maker.GetByTestId("run-lines")).Not.ToContainTextAsync("6217000012345670");
        Assert.Equal(0, await maker.GetByTestId("release").CountAsync());
        await BrowserApp.ShotAsync(maker, "51-assistance-payment-run-prepared");
        var url = maker.Url;
        await maker.GotoAsync("/assistance/payments");
        await Expect(maker.GetByTestId("run-list")).ToContainTextAsync("440304004021");
        await BrowserApp.ShotAsync(maker, "50-assistance-payment-runs");
        await maker.Context.CloseAsync();

        var checker = await app.LoginAsync("futian.finance");
        await checker.GotoAsync(url);
        await checker.GetByTestId("release").ClickAsync();
        await Expect(checker.GetByTestId("run-status")).ToHaveTextAsync("已复核发放");
        await Expect(checker.GetByTestId("bank-csv")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(checker, "52-assistance-payment-run-released");
        await checker.GotoAsync("/assistance/reports?from=2020-12&to=2020-12");
        await Expect(checker.GetByTestId("report-payments")).ToContainTextAsync("福田");
        await BrowserApp.ShotAsync(checker, "53-assistance-reports");
        await checker.Context.CloseAsync();
    }
}
