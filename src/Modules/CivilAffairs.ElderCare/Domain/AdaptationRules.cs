namespace CivilAffairs.ElderCare.Domain;

/// <summary>The arithmetic and the state machine of a home-adaptation case, free of the database so it can be tested alone.</summary>
internal static class AdaptationRules
{
    public sealed record Split(decimal Cost, decimal Subsidy, decimal SelfPaid);

    /// <summary>Subsidy = min(cost, cap); the family pays the rest. Amounts round to the fen.</summary>
    public static Split Subsidy(IEnumerable<(int Quantity, decimal UnitCost)> lines, decimal cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        var cost = Math.Round(lines.Sum(l => l.Quantity * l.UnitCost), 2, MidpointRounding.AwayFromZero);
        var subsidy = Math.Min(cost, cap);
        return new Split(cost, subsidy, cost - subsidy);
    }

    /// <summary>Which actions are allowed from which status.</summary>
    public static bool CanMove(AdaptationStatus from, AdaptationStatus to) => (from, to) switch
    {
        (AdaptationStatus.Applied, AdaptationStatus.Assessed) => true,
        (AdaptationStatus.Assessed, AdaptationStatus.Assessed) => true, // a second visit replaces the measures
        (AdaptationStatus.Assessed, AdaptationStatus.Approved) => true,
        (AdaptationStatus.Assessed, AdaptationStatus.Refused) => true,
        (AdaptationStatus.Applied, AdaptationStatus.Refused) => true,
        (AdaptationStatus.Approved, AdaptationStatus.Contracted) => true,
        (AdaptationStatus.Contracted, AdaptationStatus.Closed) => true,
        (AdaptationStatus.Contracted, AdaptationStatus.CheckFailed) => true,
        (AdaptationStatus.CheckFailed, AdaptationStatus.Closed) => true,
        (AdaptationStatus.CheckFailed, AdaptationStatus.CheckFailed) => true,
        _ => false,
    };

    public static string StatusName(AdaptationStatus s) => s switch
    {
        AdaptationStatus.Applied => "待评估",
        AdaptationStatus.Assessed => "待审批",
        AdaptationStatus.Approved => "待施工",
        AdaptationStatus.Refused => "不予批准",
        AdaptationStatus.Contracted => "施工中",
        AdaptationStatus.CheckFailed => "验收不合格",
        AdaptationStatus.Closed => "已结案",
        _ => s.ToString(),
    };

    /// <summary>The day the current step is due, when the step has a deadline.</summary>
    public static DateOnly? DueOn(AdaptationStatus s, DateOnly assessmentDue, DateOnly? plannedCompletion) => s switch
    {
        AdaptationStatus.Applied => assessmentDue,
        AdaptationStatus.Contracted or AdaptationStatus.CheckFailed => plannedCompletion,
        _ => null,
    };

    public static bool IsOverdue(AdaptationStatus s, DateOnly assessmentDue, DateOnly? plannedCompletion, DateOnly today) =>
        DueOn(s, assessmentDue, plannedCompletion) is { } due && today > due;
}
