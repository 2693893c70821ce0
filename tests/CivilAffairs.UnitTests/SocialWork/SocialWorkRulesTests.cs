using CivilAffairs.SocialWork.Features.Shared;
using CivilAffairs.SocialWork.Features.Volunteers;
using CivilAffairs.SocialWork.Seeding;

namespace CivilAffairs.UnitTests.SocialWork;

/// <summary>Evaluation grade bands, payment gating and budget cap, the volunteers' daily hours cap, continuing-education shortfall.</summary>
public sealed class SocialWorkRulesTests
{
    private static readonly GradeBands Bands = new(60, 80, 90);

    [Theory]
    [InlineData(100, "优秀")]
    [InlineData(90, "优秀")]
    [InlineData(89.9, "良好")]
    [InlineData(80, "良好")]
    [InlineData(79.9, "合格")]
    [InlineData(60, "合格")]
    [InlineData(59.9, "不合格")]
    [InlineData(0, "不合格")]
    public void Scores_are_graded_by_the_bands_in_force(decimal score, string grade) => Assert.Equal(grade, SwRules.Grade(score, Bands));

    [Fact]
    public void Other_bands_change_the_grade_and_are_described_as_recorded()
    {
        var stricter = new GradeBands(70, 85, 95);
        Assert.Equal("不合格", SwRules.Grade(65, stricter));
        Assert.False(SwRules.Passes(65, stricter));
        Assert.True(SwRules.Passes(65, Bands));
        Assert.Equal("优秀≥95；良好≥85；合格≥70", stricter.Describe());
    }

    [Fact]
    public void Before_any_evaluation_only_the_advance_share_of_the_budget_may_be_paid()
    {
        Assert.Null(SwRules.PaymentRefusal(PaymentStage.Advance, 30_000m, 100_000m, 0, 0.3m, false, false));
        Assert.Contains("30%", SwRules.PaymentRefusal(PaymentStage.Advance, 30_000.01m, 100_000m, 0, 0.3m, false, false), StringComparison.Ordinal);
        Assert.NotNull(SwRules.PaymentRefusal(PaymentStage.Advance, 10_000m, 100_000m, 25_000m, 0.3m, false, false));
    }

    [Fact]
    public void The_final_payment_needs_a_passing_final_evaluation_and_the_mid_term_payment_a_passing_mid_term()
    {
        Assert.Contains("末期评估", SwRules.PaymentRefusal(PaymentStage.Final, 30_000m, 100_000m, 70_000m, 0.3m, true, false), StringComparison.Ordinal);
        Assert.Null(SwRules.PaymentRefusal(PaymentStage.Final, 30_000m, 100_000m, 70_000m, 0.3m, true, true));
        Assert.Contains("中期评估", SwRules.PaymentRefusal(PaymentStage.MidTerm, 40_000m, 100_000m, 30_000m, 0.3m, false, false), StringComparison.Ordinal);
        Assert.Null(SwRules.PaymentRefusal(PaymentStage.MidTerm, 40_000m, 100_000m, 30_000m, 0.3m, true, false));
    }

    [Fact]
    public void No_payment_may_take_the_total_above_the_budget_even_after_passing_evaluations()
    {
        Assert.Contains("超过合同预算", SwRules.PaymentRefusal(PaymentStage.Final, 30_000.01m, 100_000m, 70_000m, 0.3m, true, true), StringComparison.Ordinal);
        Assert.Null(SwRules.PaymentRefusal(PaymentStage.Final, 30_000m, 100_000m, 70_000m, 0.3m, true, true));
    }

    [Theory]
    [InlineData(4, 8, 12, true)]
    [InlineData(4.5, 8, 12, false)]
    [InlineData(12, 0, 12, true)]
    [InlineData(12.5, 0, 12, false)]
    [InlineData(0, 0, 12, false)]
    [InlineData(-1, 0, 12, false)]
    public void A_volunteer_cannot_log_more_than_the_daily_maximum(decimal hours, decimal already, decimal max, bool allowed) =>
        Assert.Equal(allowed, SwRules.HoursRefusal(hours, already, max) is null);

    [Fact]
    public void The_daily_cap_message_says_what_is_already_logged()
    {
        var message = SwRules.HoursRefusal(5, 8, 12);
        Assert.Contains("12", message, StringComparison.Ordinal);
        Assert.Contains("当天已记录 8", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 72, 72)]
    [InlineData(48, 72, 24)]
    [InlineData(72, 72, 0)]
    [InlineData(90, 72, 0)]
    public void Continuing_education_shortfall_is_what_is_missing_of_the_yearly_hours(decimal done, decimal required, decimal shortfall) =>
        Assert.Equal(shortfall, SwRules.CeShortfall(done, required));

    [Fact]
    public void Every_parameter_has_a_seeded_value_with_a_legal_basis_and_inferred_ones_are_marked()
    {
        var keys = SwParameters.Definitions().Select(d => d.Key).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), SocialWorkSeeder.Rows.Select(r => r.Key).Distinct().Order(StringComparer.Ordinal));
        Assert.All(SocialWorkSeeder.Rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Basis));
            Assert.Equal("推定", r.Note);
            Assert.Contains("确认", r.Basis, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Names_are_chinese_and_districts_come_from_the_division_code()
    {
        Assert.Equal("精神卫生", SwNames.Of(SwField.MentalHealth));
        Assert.Equal("禁毒", SwNames.Of(SwField.DrugRehab));
        Assert.Equal("社会工作师", SwNames.Of(SwQualification.Intermediate));
        Assert.Equal("志愿者河长", VolunteerNames.Of(VolunteerRole.RiverChief));
        Assert.Equal("福田区", SwNames.DistrictOf("440304004022"));
        Assert.Equal("市本级", SwNames.DistrictOf("4403"));
    }
}
