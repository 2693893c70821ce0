using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.UnitTests.SocialOrgs;

/// <summary>The rules across years, the foundation spending checks, deadlines by type and the checklist's suggested grade.</summary>
public sealed class AnnualInspectionRulesTests
{
    [Theory]
    [InlineData("Pass", "Pass", null)]
    [InlineData("BasicPass", "Fail", null)]
    [InlineData("Pending", "Missing", null)]
    [InlineData("Fail", "Pass", "Warning")]
    [InlineData("Missing", "BasicPass", "Warning")]
    [InlineData("Missing", "NotDue", "Warning")]
    [InlineData("Fail", "Fail", "Revocation")]
    [InlineData("Missing", "Missing", "Revocation")]
    [InlineData("Fail", "Missing", "Revocation")]
    [InlineData("Missing", "Fail", "Revocation")]
    public void One_bad_year_warns_and_two_in_a_row_propose_revocation(string thisYear, string previous, string? expected) =>
        Assert.Equal(expected, AnnualInspectionRules.Propose(Enum.Parse<YearOutcome>(thisYear), Enum.Parse<YearOutcome>(previous))?.ToString());

    [Fact]
    public void Over_a_run_of_years_the_latest_bad_year_decides()
    {
        Assert.Equal<(int, SanctionKind)?>((2025, SanctionKind.Revocation), AnnualInspectionRules.Latest(new Dictionary<int, YearOutcome>
        {
            [2022] = YearOutcome.Pass, [2023] = YearOutcome.Pass, [2024] = YearOutcome.Fail, [2025] = YearOutcome.Missing,
        }));
        // a bad year between good ones is a warning, not two in a row
        Assert.Equal<(int, SanctionKind)?>((2023, SanctionKind.Warning), AnnualInspectionRules.Latest(new Dictionary<int, YearOutcome>
        {
            [2022] = YearOutcome.Pass, [2023] = YearOutcome.Fail, [2024] = YearOutcome.Pass, [2025] = YearOutcome.Pass,
        }));
        Assert.Null(AnnualInspectionRules.Latest(new Dictionary<int, YearOutcome> { [2024] = YearOutcome.BasicPass, [2025] = YearOutcome.Pass }));
    }

    private static readonly FoundationRatios Ratios = new(0.70m, 0.08m, 0.10m, "test");

    [Fact]
    public void A_public_fundraising_foundation_spends_at_least_70_percent_of_last_years_income()
    {
        var pass = FoundationChecks.Run(true, 700_000m, 1_000_000m, null, 50_000m, 900_000m, Ratios);
        Assert.Equal(new[] { FoundationChecks.PublicCode, FoundationChecks.AdminCode }, pass.Select(c => c.Code));
        Assert.Equal(0.70m, pass[0].Value);
        Assert.True(pass[0].Passed);
        var fail = FoundationChecks.Run(true, 699_999m, 1_000_000m, 2_000_000m, 50_000m, 900_000m, Ratios);
        Assert.False(fail[0].Passed);
        // without last year's income the check cannot be made: neither pass nor fail
        Assert.Null(FoundationChecks.Run(true, 500_000m, null, null, 0m, 600_000m, Ratios)[0].Passed);
    }

    [Fact]
    public void Other_foundations_spend_at_least_8_percent_of_last_years_fund_balance()
    {
        var pass = FoundationChecks.Run(false, 80_000m, 5_000_000m, 1_000_000m, 5_000m, 100_000m, Ratios);
        Assert.Equal(FoundationChecks.OtherCode, pass[0].Code);
        Assert.True(pass[0].Passed);
        Assert.False(FoundationChecks.Run(false, 79_000m, 5_000_000m, 1_000_000m, 5_000m, 100_000m, Ratios)[0].Passed);
        // the income rule does not apply to them: a large income does not help
        Assert.DoesNotContain(pass, c => c.Code == FoundationChecks.PublicCode);
    }

    [Theory]
    [InlineData(100_000, 1_000_000, true)]
    [InlineData(100_001, 1_000_000, false)]
    [InlineData(0, 0, true)]
    public void Pay_and_administrative_costs_stay_within_10_percent_of_expenditure(int admin, int expenditure, bool passed)
    {
        var check = FoundationChecks.Run(false, 100_000m, null, 1_000_000m, admin, expenditure, Ratios).Single(c => c.Code == FoundationChecks.AdminCode);
        Assert.Equal(passed, check.Passed);
        Assert.False(check.Minimum);
    }

    private static Parameter P(string key, string value) => new() { Key = key, Value = value, DivisionCode = "4403", ValidFrom = new DateOnly(2004, 6, 1), LegalBasis = "test" };

    private static readonly Dictionary<string, Parameter> Deadlines = new()
    {
        [AnnualParameters.DeadlineSocialGroup] = P(AnnualParameters.DeadlineSocialGroup, "05-31"),
        [AnnualParameters.DeadlineServiceOrg] = P(AnnualParameters.DeadlineServiceOrg, "05-31"),
        [AnnualParameters.DeadlineFoundation] = P(AnnualParameters.DeadlineFoundation, "03-31"),
        [AnnualParameters.SupervisorDeadline] = P(AnnualParameters.SupervisorDeadline, "03-31"),
    };

    [Fact]
    public void Deadlines_fall_in_the_year_after_the_reporting_year_by_type()
    {
        var d = AnnualDeadlines.From(2025, Deadlines);
        Assert.Equal(new DateOnly(2026, 5, 31), d.For(SocialOrgType.SocialGroup));
        Assert.Equal(new DateOnly(2026, 5, 31), d.For(SocialOrgType.ServiceOrg));
        Assert.Equal(new DateOnly(2026, 3, 31), d.For(SocialOrgType.Foundation));
        Assert.Equal(new DateOnly(2026, 3, 31), d.SupervisorFor(SocialOrgType.SocialGroup));
        Assert.Null(d.SupervisorFor(SocialOrgType.Foundation));
        var missing = new Dictionary<string, Parameter>(Deadlines);
        missing.Remove(AnnualParameters.DeadlineFoundation);
        Assert.Throws<BusinessRuleException>(() => AnnualDeadlines.From(2025, missing));
    }

    [Fact]
    public void The_checklist_suggests_the_grade_and_serious_items_outweigh_minor_ones()
    {
        Assert.Equal(InspectionResult.Pass, AnnualInspectionRules.Suggest([]));
        Assert.Equal(InspectionResult.BasicPass, AnnualInspectionRules.Suggest([AnnualBreaches.Find("M01")!, AnnualBreaches.Find("M03")!]));
        Assert.Equal(InspectionResult.Fail, AnnualInspectionRules.Suggest([AnnualBreaches.Find("M01")!, AnnualBreaches.Find("S01")!]));
        Assert.All(AnnualBreaches.All.Where(b => b.Code.StartsWith('S')), b => Assert.True(b.Serious));
    }

    [Fact]
    public void An_organization_owes_the_report_of_every_year_it_was_registered_by_the_years_end()
    {
        Assert.True(AnnualInspectionRules.OwesReport(new DateOnly(2025, 12, 31), 2025));
        Assert.False(AnnualInspectionRules.OwesReport(new DateOnly(2026, 1, 1), 2025));
    }
}
