using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.UnitTests.SocialOrgs;

public sealed class RegistryRulesTests
{
    private static readonly RegistryRates Rates = new(IndividualMembers: 50, UnitMembers: 30, MixedMembers: 50, GroupFundsLocal: 30_000m,
        FoundationPublicLocal: 4_000_000m, FoundationPrivate: 2_000_000m, ServiceOrgFunds: 30_000m, GroupLimitDays: 60, FoundationLimitDays: 60,
        ServiceOrgLimitDays: 30, ChangeLimitDays: 20, PromiseEstablishment: 3, PromiseChange: 10, EffectiveFrom: new DateOnly(2018, 1, 1));

    [Theory]
    [InlineData("SocialGroup", 50, 0, 30_000, false, true, "")]
    [InlineData("SocialGroup", 49, 0, 30_000, false, false, "individualMembers")]
    [InlineData("SocialGroup", 0, 30, 30_000, false, true, "")]
    [InlineData("SocialGroup", 0, 29, 30_000, false, false, "individualMembers")]
    [InlineData("SocialGroup", 25, 25, 30_000, false, true, "")]
    [InlineData("SocialGroup", 25, 24, 30_000, false, false, "individualMembers")]
    [InlineData("SocialGroup", 60, 0, 29_999, false, false, "funds")]
    [InlineData("Foundation", 0, 0, 2_000_000, false, true, "")]
    [InlineData("Foundation", 0, 0, 1_999_999, false, false, "funds")]
    [InlineData("Foundation", 0, 0, 2_000_000, true, false, "funds")]
    [InlineData("Foundation", 0, 0, 4_000_000, true, true, "")]
    [InlineData("ServiceOrg", 0, 0, 30_000, false, true, "")]
    [InlineData("ServiceOrg", 0, 0, 29_000, false, false, "funds")]
    public void Founding_thresholds(string type, int individual, int unit, int funds, bool publicFundraising, bool passes, string field)
    {
        var r = RegistryRules.CheckFounding(new FoundingFacts(Enum.Parse<SocialOrgType>(type), individual, unit, funds, publicFundraising), Rates);
        Assert.Equal(passes, r.Passed);
        if (!passes)
        {
            Assert.Contains(r.Errors, e => e.Field == field);
        }
        Assert.Contains("参数自2018-01-01", r.Basis);
    }

    [Fact]
    public void The_promised_limit_skips_the_national_day_holiday_and_counts_the_make_up_saturday()
    {
        // 2025: 10-01..10-08 off, Saturday 10-11 a make-up working day
        var days = new WorkingDays(Enumerable.Range(1, 8).Select(d => new CalendarDay { Date = new DateOnly(2025, 10, d), Kind = CalendarDayKind.Holiday })
            .Append(new CalendarDay { Date = new DateOnly(2025, 10, 11), Kind = CalendarDayKind.Workday }));
        var d = RegistryRules.DeadlinesFor(ApplicationKind.Establishment, SocialOrgType.ServiceOrg, new DateOnly(2025, 9, 30), 0, 0, Rates, days);
        Assert.Equal(new DateOnly(2025, 10, 11), d.DueOn);
        Assert.Equal(new DateOnly(2025, 10, 30), d.StatutoryDueOn);
        Assert.Contains("承诺3个工作日、法定30日", d.Basis);

        // two working days waiting for documents move the promised date on by two working days
        var paused = RegistryRules.DeadlinesFor(ApplicationKind.Establishment, SocialOrgType.SocialGroup, new DateOnly(2025, 9, 30), 2, 4, Rates, days);
        Assert.Equal(new DateOnly(2025, 10, 14), paused.DueOn);
        Assert.Equal(new DateOnly(2025, 12, 3), paused.StatutoryDueOn);

        Assert.Equal(-1, RegistryRules.DaysLeft(new DateOnly(2025, 10, 13), new DateOnly(2025, 10, 11), days));
        Assert.Equal(2, RegistryRules.DaysLeft(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 10), days));
    }

    [Fact]
    public void A_new_code_is_assembled_from_the_authority_the_type_and_the_typed_organization_code()
    {
        var city = RegistryRules.AssembleCode(SocialOrgType.SocialGroup, "4403", "MJL00001");
        Assert.Equal(CreditCode.Create('5', '1', "440300", "MJL00001"), city.Code);
        Assert.Equal(CreditCodeProblem.None, city.Problem);
        Assert.StartsWith("51440300MJL00001", city.Code);

        var district = RegistryRules.AssembleCode(SocialOrgType.ServiceOrg, "440304", "MJL00002");
        Assert.StartsWith("52440304", district.Code);
        Assert.True(CreditCode.IsValid(district.Code));

        // nine characters typed: the ninth must be the organization code's own check character
        var check = CreditCode.OrganizationCheckChar("MJL00001");
        Assert.Equal(city.Code, RegistryRules.AssembleCode(SocialOrgType.SocialGroup, "4403", "MJL00001" + check).Code);
        var wrong = RegistryRules.AssembleCode(SocialOrgType.SocialGroup, "4403", "MJL00001" + (check == '1' ? '2' : '1'));
        Assert.Null(wrong.Code);
        Assert.Equal(CreditCodeProblem.OrganizationCheck, wrong.Problem);

        Assert.Equal(CreditCodeProblem.LowerCase, RegistryRules.AssembleCode(SocialOrgType.Foundation, "4403", "mjl00001").Problem);
        Assert.Equal(CreditCodeProblem.BadCharacter, RegistryRules.AssembleCode(SocialOrgType.Foundation, "4403", "MJO00001").Problem);
        Assert.Equal(CreditCodeProblem.WrongLength, RegistryRules.AssembleCode(SocialOrgType.Foundation, "4403", "MJL0001").Problem);
        Assert.Equal(CreditCodeProblem.Empty, RegistryRules.AssembleCode(SocialOrgType.Foundation, "4403", " ").Problem);
    }
}
