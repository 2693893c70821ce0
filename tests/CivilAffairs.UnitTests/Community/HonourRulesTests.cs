using CivilAffairs.Community.Domain;

namespace CivilAffairs.UnitTests.Community;

/// <summary>Honour status (有效 / 期满 / 撤销), the review date and its notice, the work-method steps and tags.</summary>
public sealed class HonourRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void A_designation_past_its_valid_until_date_is_expired_and_a_revoked_one_stays_revoked()
    {
        Assert.Equal(HonourStatus.Valid, HonourRules.EffectiveStatus(HonourStatus.Valid, null, Today));
        Assert.Equal(HonourStatus.Valid, HonourRules.EffectiveStatus(HonourStatus.Valid, Today, Today));
        Assert.Equal(HonourStatus.Expired, HonourRules.EffectiveStatus(HonourStatus.Valid, Today.AddDays(-1), Today));
        Assert.Equal(HonourStatus.Revoked, HonourRules.EffectiveStatus(HonourStatus.Revoked, null, Today));
        Assert.Equal(HonourStatus.Revoked, HonourRules.EffectiveStatus(HonourStatus.Revoked, Today.AddDays(-100), Today));
    }

    [Fact]
    public void The_review_falls_due_within_the_notice_days_and_only_while_in_force()
    {
        Assert.Equal(new DateOnly(2021, 11, 30), HonourRules.DefaultReview(new DateOnly(2018, 11, 30), 3));
        Assert.True(HonourRules.ReviewDue(HonourStatus.Valid, Today.AddDays(90), Today, 90));
        Assert.False(HonourRules.ReviewDue(HonourStatus.Valid, Today.AddDays(91), Today, 90));
        Assert.True(HonourRules.ReviewDue(HonourStatus.Valid, Today.AddDays(-10), Today, 90));
        Assert.False(HonourRules.ReviewDue(HonourStatus.Revoked, Today, Today, 90));
        Assert.False(HonourRules.ReviewDue(HonourStatus.Expired, Today, Today, 90));
        Assert.False(HonourRules.ReviewDue(HonourStatus.Valid, null, Today, 90));
    }

    [Fact]
    public void A_method_moves_one_step_at_a_time()
    {
        Assert.True(HonourRules.CanMove(MethodStatus.Draft, MethodStatus.Recommended));
        Assert.False(HonourRules.CanMove(MethodStatus.Draft, MethodStatus.Selected));
        Assert.True(HonourRules.CanMove(MethodStatus.Recommended, MethodStatus.Selected));
        Assert.True(HonourRules.CanMove(MethodStatus.Selected, MethodStatus.Recommended));
        Assert.False(HonourRules.CanMove(MethodStatus.Selected, MethodStatus.Draft));
        Assert.False(HonourRules.CanMove(MethodStatus.Draft, MethodStatus.Draft));
    }

    [Fact]
    public void Tags_are_split_on_chinese_and_latin_separators_without_duplicates()
    {
        Assert.Equal(["协商议事", "居民自治", "党建引领"], HonourRules.SplitTags("协商议事、居民自治，党建引领;居民自治"));
        Assert.Empty(HonourRules.SplitTags("  "));
        Assert.Empty(HonourRules.SplitTags(null));
    }
}
