using CivilAffairs.Platform.Calendar;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>One registered letter as the unreachable check sees it.</summary>
internal sealed record LetterFact(string Number, string TrackingNumber, DateOnly SentOn, DateOnly? ReturnedUnsignedOn);

/// <summary>The unreachable check's answer: the pair that lists the organization, or why none does.</summary>
internal sealed record LetterVerdict(bool Listable, LetterFact? First, LetterFact? Second, int? GapDays, string Explanation);

/// <summary>The credit-list rules (民政部令第60号; the draft's operational details are parameters marked 推定). Pure.</summary>
internal static class CreditRules
{
    /// <summary>Which list a trigger puts an organization on (<see cref="CreditTrigger.Other"/> names its list).</summary>
    public static CreditList? ListOf(CreditTrigger t) => t switch
    {
        CreditTrigger.NoAnnualReport or CreditTrigger.NoPartyOrganization or CreditTrigger.RectificationOverdue or CreditTrigger.Unreachable => CreditList.Abnormal,
        CreditTrigger.Other => null,
        _ => CreditList.Serious,
    };

    /// <summary>Triggers a registrar enters by hand: the facts that come from outside the system.</summary>
    public static readonly CreditTrigger[] Manual =
        [CreditTrigger.NoPartyOrganization, CreditTrigger.RectificationOverdue, CreditTrigger.DishonestDebtor, CreditTrigger.FraudulentChange, CreditTrigger.Other];

    /// <summary>Entry deadline: N working days after the fact arose or was received (the official calendar, make-up days included).</summary>
    public static DateOnly EntryDeadline(WorkingDays calendar, DateOnly occurredOn, int workingDays) => calendar.AddWorkingDays(occurredOn, workingDays);

    /// <summary>The organization's standing: the gravest list it has an open entry on.</summary>
    public static CreditStatus StatusOf(IEnumerable<CreditList> openLists) =>
        openLists.Any(l => l == CreditList.Serious) ? CreditStatus.Serious
        : openLists.Any(l => l == CreditList.Abnormal) ? CreditStatus.Abnormal
        : CreditStatus.Normal;

    /// <summary>
    /// A retried call for the same fact finds its entry: the same source reference, or (without one)
    /// the same day of fact. Anything else is a new fact.
    /// </summary>
    public static bool IsSameFact(CreditListEntry open, string? sourceRef, DateOnly occurredOn) =>
        sourceRef is not null ? open.SourceRef == sourceRef : open.SourceRef is null && open.OccurredOn == occurredOn;

    /// <summary>
    /// The restart rule: a new qualifying fact while an organization is on the serious list starts
    /// the listing period of each of its open serious entries again from <paramref name="today"/>.
    /// Returns the entries that changed.
    /// </summary>
    public static IReadOnlyList<CreditListEntry> RestartSeriousPeriod(IEnumerable<CreditListEntry> open, DateOnly today)
    {
        var changed = new List<CreditListEntry>();
        foreach (var e in open.Where(e => e.List == CreditList.Serious && e.RemovedOn is null && e.PeriodStart < today))
        {
            e.PeriodStart = today;
            e.Restarts++;
            changed.Add(e);
        }
        return changed;
    }

    /// <summary>An abnormal listing of <paramref name="years"/> years or more moves to the serious list (the day the years are complete counts).</summary>
    public static bool DueForPromotion(DateOnly listedOn, DateOnly today, int years) => listedOn.AddYears(years) <= today;

    /// <summary>The first day a serious entry may be removed: its (restarted) period start plus the minimum period.</summary>
    public static DateOnly SeriousRemovableFrom(CreditListEntry e, int years) => e.PeriodStart.AddYears(years);

    /// <summary>
    /// Two registered letters returned unsigned, the second sent between <paramref name="minDays"/> and
    /// <paramref name="maxDays"/> days (inclusive) after the first. The latest qualifying pair wins.
    /// </summary>
    public static LetterVerdict CheckLetters(IEnumerable<LetterFact> letters, int minDays, int maxDays)
    {
        var unsigned = letters.Where(l => l.ReturnedUnsignedOn is not null).OrderBy(l => l.SentOn).ToList();
        if (unsigned.Count < 2)
        {
            return new(false, unsigned.FirstOrDefault(), null, null,
                $"目前{unsigned.Count}封挂号信被退回未签收；需两封寄出间隔{minDays}–{maxDays}天的挂号信均未签收方可列入，暂不列入。");
        }
        for (var j = unsigned.Count - 1; j >= 1; j--)
        {
            for (var i = j - 1; i >= 0; i--)
            {
                var gap = unsigned[j].SentOn.DayNumber - unsigned[i].SentOn.DayNumber;
                if (gap >= minDays && gap <= maxDays)
                {
                    return new(true, unsigned[i], unsigned[j], gap,
                        $"挂号信{unsigned[i].TrackingNumber}（{unsigned[i].SentOn:yyyy-MM-dd}寄出）与{unsigned[j].TrackingNumber}（{unsigned[j].SentOn:yyyy-MM-dd}寄出）间隔{gap}天，均被退回未签收，在{minDays}–{maxDays}天之内，列入活动异常名录。");
                }
            }
        }
        var last = unsigned[^1];
        var before = unsigned[^2];
        var g = last.SentOn.DayNumber - before.SentOn.DayNumber;
        return new(false, before, last, g,
            $"最近两封未签收挂号信寄出间隔{g}天，不在{minDays}–{maxDays}天之内，暂不列入；请在首封寄出后{minDays}–{maxDays}天内再寄一封。");
    }
}
