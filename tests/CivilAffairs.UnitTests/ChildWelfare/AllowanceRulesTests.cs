using System.Globalization;
using System.Text.Json;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.ChildWelfare.Features.Allowances;
using CivilAffairs.ChildWelfare.Seeding;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Payments;

namespace CivilAffairs.UnitTests.ChildWelfare;

/// <summary>The allowance rules against the seeded parameter values: amounts across 2017-01-01, the 18th-birthday stop, the line of a run.</summary>
public sealed class AllowanceRulesTests
{
    /// <summary>The seeded versions as the parameter store holds them (each ends the day before the next starts).</summary>
    private static readonly List<Parameter> Seeded = ChildWelfareSeeder.Rows.GroupBy(r => r.Key).SelectMany(g =>
    {
        var v = g.OrderBy(r => r.From, StringComparer.Ordinal).ToList();
        return v.Select((r, i) => new Parameter
        {
            Key = r.Key, Value = r.Value, DivisionCode = "4403", LegalBasis = r.Basis, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture),
            ValidTo = i + 1 < v.Count ? DateOnly.Parse(v[i + 1].From, CultureInfo.InvariantCulture).AddDays(-1) : null,
        });
    }).ToList();

    private static AllowanceStandards On(DateOnly month, string division = "440304004") => new(ParameterStore.Resolve(Seeded, month, division));

    [Theory]
    [InlineData("2016-12-01", AllowanceBasis.Institutional, "1900")]
    [InlineData("2017-01-01", AllowanceBasis.Institutional, "2090")]
    [InlineData("2016-12-01", AllowanceBasis.Dispersed, "1150")]
    [InlineData("2017-01-01", AllowanceBasis.Dispersed, "1265")]
    [InlineData("2018-07-01", AllowanceBasis.Dispersed, "1265")]
    [InlineData("2020-01-01", AllowanceBasis.DeFacto, "1265")]
    public void The_monthly_amount_follows_the_standard_in_force(string month, AllowanceBasis basis, string expected)
    {
        var m = DateOnly.Parse(month, CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), AllowanceRules.Amount(basis, On(m)));
    }

    [Fact]
    public void De_facto_unsupported_children_have_no_standard_before_2020_and_a_disabled_child_at_home_nothing_here()
    {
        Assert.Null(AllowanceRules.Amount(AllowanceBasis.DeFacto, On(new DateOnly(2019, 12, 1))));
        Assert.Equal(AllowanceBasis.None, AllowanceRules.BasisOf(ChildCategory.DisabledChild, inInstitution: false));
        Assert.Equal(AllowanceBasis.Institutional, AllowanceRules.BasisOf(ChildCategory.DisabledChild, inInstitution: true));
        Assert.Equal(AllowanceBasis.DeFacto, AllowanceRules.BasisOf(ChildCategory.DeFactoUnsupported, inInstitution: false));
    }

    [Fact]
    public void A_district_value_overrides_the_city_standard()
    {
        var withDistrict = Seeded.Append(new Parameter
        {
            Key = ChildWelfareParameters.Dispersed, DivisionCode = "440304", Value = "1500", ValidFrom = new DateOnly(2018, 1, 1), LegalBasis = "测试",
        }).ToList();
        var s = new AllowanceStandards(ParameterStore.Resolve(withDistrict, new DateOnly(2018, 3, 1), "440304004"));
        Assert.Equal(1500m, AllowanceRules.Amount(AllowanceBasis.Dispersed, s));
        Assert.Equal(1265m, AllowanceRules.Amount(AllowanceBasis.Dispersed, On(new DateOnly(2018, 3, 1), "440305001")));
    }

    [Theory]
    [InlineData("2008-03-15", "2026-03-01", true)]
    [InlineData("2008-03-15", "2026-04-01", false)]
    [InlineData("2008-03-01", "2026-03-01", true)]
    [InlineData("2008-02-29", "2026-02-01", true)]
    [InlineData("2008-02-29", "2026-03-01", false)]
    public void The_allowance_is_paid_up_to_the_month_of_the_18th_birthday(string birth, string month, bool due)
    {
        var b = DateOnly.Parse(birth, CultureInfo.InvariantCulture);
        Assert.Equal(due, AllowanceRules.IsDue(ChildStatus.Active, new DateOnly(2020, 1, 1), b, null, 18, DateOnly.Parse(month, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Leaving_care_stops_the_allowance_from_the_next_month_and_nothing_is_paid_before_approval()
    {
        var birth = new DateOnly(2012, 6, 1);
        var left = new DateOnly(2025, 5, 20);
        Assert.True(AllowanceRules.IsDue(ChildStatus.Left, new DateOnly(2024, 1, 1), birth, left, 18, new DateOnly(2025, 5, 1)));
        Assert.False(AllowanceRules.IsDue(ChildStatus.Left, new DateOnly(2024, 1, 1), birth, left, 18, new DateOnly(2025, 6, 1)));
        Assert.False(AllowanceRules.IsDue(ChildStatus.Active, new DateOnly(2024, 1, 1), birth, null, 18, new DateOnly(2023, 12, 1)));
        Assert.False(AllowanceRules.IsDue(ChildStatus.Approved, null, birth, null, 18, new DateOnly(2025, 1, 1)));
        Assert.False(AllowanceRules.IsDue(ChildStatus.Registered, new DateOnly(2024, 1, 1), birth, null, 18, new DateOnly(2025, 1, 1)));
    }

    private static Child Child(ChildCategory category, Guid? institution, string? account) => new()
    {
        Name = "测试儿童", IdNumber = "440304201206010023", BirthDate = new DateOnly(2012, 6, 1), DivisionCode = "440304004", Category = category,
        InstitutionId = institution, Status = ChildStatus.Active, AllowanceFrom = new DateOnly(2016, 10, 1),
        Guardians = institution is null ? [new Guardian { Name = "祖母", Relation = "祖母", IdNumber = "440304195501010024", BankAccount = account, IsPayee = true }] : [],
    };

    [Fact]
    public void An_institutional_line_is_paid_to_the_institution_at_the_standard_of_the_month_and_records_it()
    {
        var home = new Institution { Id = Guid.CreateVersion7(), Code = "SZ-SWC", Name = "深圳市社会福利中心", AccountName = "深圳市社会福利中心", BankAccount = "4000022309200118688" };
        var child = Child(ChildCategory.InstitutionalOrphan, home.Id, null);
        var dec = AllowanceLineCalculator.Compute(child, home, On(new DateOnly(2016, 12, 1)), new DateOnly(2016, 12, 1))!;
        var jan = AllowanceLineCalculator.Compute(child, home, On(new DateOnly(2017, 1, 1)), new DateOnly(2017, 1, 15))!;
        Assert.Equal(1900m, dec.Amount);
        Assert.Equal(2090m, jan.Amount);
        Assert.Equal(new DateOnly(2017, 1, 1), jan.Month);
        Assert.True(jan.PaidToInstitution);
        Assert.Equal("4000022309200118688", jan.BankAccount);
        Assert.Equal(PaymentLineStatus.Pending, jan.Status);
        var inputs = JsonDocument.Parse(jan.InputsJson).RootElement;
        var p = inputs.GetProperty("parameters").EnumerateArray().Single(x => x.GetProperty("Key").GetString() == ChildWelfareParameters.Institutional);
        Assert.Equal("2090", p.GetProperty("Value").GetString());
        Assert.Equal("2017-01-01", p.GetProperty("ValidFrom").GetString());
    }

    [Fact]
    public void A_guardian_without_an_account_makes_an_exception_line_and_a_child_not_due_makes_none()
    {
        var line = AllowanceLineCalculator.Compute(Child(ChildCategory.DispersedOrphan, null, null), null, On(new DateOnly(2018, 7, 1)), new DateOnly(2018, 7, 1))!;
        Assert.Equal(PaymentLineStatus.Exception, line.Status);
        Assert.Equal("领取人未登记银行账户", line.Note);
        Assert.Equal(1265m, line.Amount);
        var paid = AllowanceLineCalculator.Compute(Child(ChildCategory.DispersedOrphan, null, "6217001234567890123"), null, On(new DateOnly(2018, 7, 1)), new DateOnly(2018, 7, 1))!;
        Assert.Equal(PaymentLineStatus.Pending, paid.Status);
        Assert.Equal("祖母", paid.PayeeName);
        Assert.Null(AllowanceLineCalculator.Compute(Child(ChildCategory.DisabledChild, null, "6217001234567890123"), null, On(new DateOnly(2018, 7, 1)), new DateOnly(2018, 7, 1)));
        // after the month of the 18th birthday (2030-06)
        Assert.Null(AllowanceLineCalculator.Compute(Child(ChildCategory.DispersedOrphan, null, "6217001234567890123"), null, On(new DateOnly(2030, 7, 1)), new DateOnly(2030, 7, 1)));
        Assert.NotNull(AllowanceLineCalculator.Compute(Child(ChildCategory.DispersedOrphan, null, "6217001234567890123"), null, On(new DateOnly(2030, 6, 1)), new DateOnly(2030, 6, 1)));
    }

    [Fact]
    public void A_de_facto_line_before_2020_is_an_exception_for_want_of_a_standard()
    {
        var line = AllowanceLineCalculator.Compute(Child(ChildCategory.DeFactoUnsupported, null, "6217001234567890123"), null, On(new DateOnly(2019, 6, 1)), new DateOnly(2019, 6, 1))!;
        Assert.Equal(PaymentLineStatus.Exception, line.Status);
        Assert.Contains("无适用", line.Note, StringComparison.Ordinal);
    }
}
