using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.UnitTests.SocialOrgs;

/// <summary>The credit-list rules: the letters' window, the two-year promotion, the entry deadline on the official calendar, the restart rule.</summary>
public class CreditRulesTests
{
    private static readonly WorkingDays Official = new(PlatformSeeder.ReadCalendar());

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static LetterFact Letter(string n, DateOnly sent, bool unsigned = true) => new(n, "XA" + n, sent, unsigned ? sent.AddDays(8) : null);

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void Two_unsigned_letters_list_the_organization_only_when_sent_20_to_60_days_apart(int gap, bool listed)
    {
        var first = D(2026, 3, 2);
        var verdict = CreditRules.CheckLetters([Letter("1", first), Letter("2", first.AddDays(gap))], 20, 60);

        Assert.Equal(listed, verdict.Listable);
        Assert.Equal(gap, verdict.GapDays);
        Assert.Contains($"{gap}天", verdict.Explanation);
        if (!listed)
        {
            Assert.Contains("不在20–60天之内", verdict.Explanation);
        }
    }

    [Fact]
    public void A_signed_letter_does_not_count_and_one_unsigned_letter_is_not_enough()
    {
        var first = D(2026, 3, 2);
        var verdict = CreditRules.CheckLetters([Letter("1", first), Letter("2", first.AddDays(30), unsigned: false)], 20, 60);

        Assert.False(verdict.Listable);
        Assert.Contains("目前1封", verdict.Explanation);
    }

    [Fact]
    public void A_third_letter_in_the_window_of_the_first_lists_even_when_the_second_was_too_soon()
    {
        var first = D(2026, 3, 2);
        var verdict = CreditRules.CheckLetters([Letter("1", first), Letter("2", first.AddDays(10)), Letter("3", first.AddDays(40))], 20, 60);

        Assert.True(verdict.Listable);
        Assert.Equal("3", verdict.Second!.Number);
        Assert.Equal(30, verdict.GapDays);
    }

    [Fact]
    public void An_abnormal_listing_is_promoted_on_the_day_two_years_are_complete_not_the_day_before()
    {
        var listed = D(2024, 6, 4);

        Assert.False(CreditRules.DueForPromotion(listed, D(2026, 6, 3), 2));
        Assert.True(CreditRules.DueForPromotion(listed, D(2026, 6, 4), 2));
        Assert.True(CreditRules.DueForPromotion(listed, D(2027, 1, 1), 2));
    }

    [Fact]
    public void The_entry_deadline_counts_the_make_up_weekend_and_skips_the_National_Day_holiday()
    {
        // Thu 2018-09-27: Fri 28, make-up Sat 29 and Sun 30, holiday 1–7 October, Mon 8, Tue 9
        Assert.Equal(D(2018, 10, 9), CreditRules.EntryDeadline(Official, D(2018, 9, 27), 5));
        // a plain week: Mon 2018-11-05 + 5 working days = Mon 2018-11-12
        Assert.Equal(D(2018, 11, 12), CreditRules.EntryDeadline(Official, D(2018, 11, 5), 5));
    }

    [Fact]
    public void A_new_qualifying_fact_restarts_every_open_serious_period_and_leaves_the_abnormal_and_removed_ones_alone()
    {
        var serious = new CreditListEntry { Number = "SX-1", List = CreditList.Serious, PeriodStart = D(2025, 1, 10) };
        var removed = new CreditListEntry { Number = "SX-0", List = CreditList.Serious, PeriodStart = D(2024, 1, 10), RemovedOn = D(2025, 5, 1) };
        var abnormal = new CreditListEntry { Number = "YC-1", List = CreditList.Abnormal, PeriodStart = D(2024, 3, 1) };

        var changed = CreditRules.RestartSeriousPeriod([serious, removed, abnormal], D(2026, 2, 1));

        Assert.Equal(["SX-1"], changed.Select(e => e.Number));
        Assert.Equal(D(2026, 2, 1), serious.PeriodStart);
        Assert.Equal(1, serious.Restarts);
        Assert.Equal(D(2028, 2, 1), CreditRules.SeriousRemovableFrom(serious, 2));
        Assert.Equal(D(2024, 3, 1), abnormal.PeriodStart);
        Assert.Equal(D(2024, 1, 10), removed.PeriodStart);
        // the same day again (a retried call) changes nothing
        Assert.Empty(CreditRules.RestartSeriousPeriod([serious], D(2026, 2, 1)));
    }

    [Fact]
    public void The_same_fact_is_recognised_by_its_source_or_without_one_by_its_day()
    {
        var e = new CreditListEntry { SourceRef = "NB-2025", OccurredOn = D(2026, 6, 1) };
        Assert.True(CreditRules.IsSameFact(e, "NB-2025", D(2026, 6, 9)));
        Assert.False(CreditRules.IsSameFact(e, "NB-2026", D(2026, 6, 1)));
        var bare = new CreditListEntry { OccurredOn = D(2026, 6, 1) };
        Assert.True(CreditRules.IsSameFact(bare, null, D(2026, 6, 1)));
        Assert.False(CreditRules.IsSameFact(bare, null, D(2026, 6, 2)));
    }

    [Fact]
    public void The_status_is_the_gravest_open_list()
    {
        Assert.Equal(CreditStatus.Normal, CreditRules.StatusOf([]));
        Assert.Equal(CreditStatus.Abnormal, CreditRules.StatusOf([CreditList.Abnormal, CreditList.Abnormal]));
        Assert.Equal(CreditStatus.Serious, CreditRules.StatusOf([CreditList.Abnormal, CreditList.Serious]));
        Assert.Equal(CreditList.Abnormal, CreditRules.ListOf(CreditTrigger.Unreachable));
        Assert.Equal(CreditList.Serious, CreditRules.ListOf(CreditTrigger.DishonestDebtor));
        Assert.Null(CreditRules.ListOf(CreditTrigger.Other));
    }
}
