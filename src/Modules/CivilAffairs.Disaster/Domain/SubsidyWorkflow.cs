using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;

namespace CivilAffairs.Disaster.Domain;

public enum SubsidyStep
{
    CommunityReview,
    StreetReview,
    DistrictApproval,
}

/// <summary>
/// The order of the 倒房重建 steps (条例 art. 20), pure so it is unit-tested: each step acts only on
/// the status before it, the street may not review before the 公示 period has run, and every step
/// may refuse (with a reason).
/// </summary>
internal static class SubsidyWorkflow
{
    public static SubsidyStatus Expected(SubsidyStep step) => step switch
    {
        SubsidyStep.CommunityReview => SubsidyStatus.Submitted,
        SubsidyStep.StreetReview => SubsidyStatus.Publicity,
        SubsidyStep.DistrictApproval => SubsidyStatus.StreetReviewed,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>The status after a step, or a BusinessRuleException saying why the step cannot be taken now.</summary>
    public static SubsidyStatus Next(SubsidyStatus current, SubsidyStep step, bool approve, DateOnly today, DateOnly? publicityUntil)
    {
        var expected = Expected(step);
        if (current != expected)
        {
            throw new BusinessRuleException($"当前状态为“{DisasterNames.Status(current)}”，不能进行“{DisasterNames.Step(step)}”（应在“{DisasterNames.Status(expected)}”时进行）");
        }
        if (step == SubsidyStep.StreetReview && approve && publicityUntil is { } until && today <= until)
        {
            throw new BusinessRuleException($"公示期至 {until:yyyy-MM-dd} 止，公示期满后街道方可审核");
        }
        if (!approve)
        {
            return SubsidyStatus.Refused;
        }
        return step switch
        {
            SubsidyStep.CommunityReview => SubsidyStatus.Publicity,
            SubsidyStep.StreetReview => SubsidyStatus.StreetReviewed,
            _ => SubsidyStatus.Approved,
        };
    }

    /// <summary>公示 starts the day after the democratic review and lasts the given number of working days.</summary>
    public static (DateOnly From, DateOnly Until) Publicity(WorkingDays calendar, DateOnly reviewedOn, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var until = calendar.AddWorkingDays(reviewedOn, workingDays);
        var from = calendar.AddWorkingDays(reviewedOn, 1);
        return (from, until);
    }
}

/// <summary>Stock arithmetic: a receipt adds, an issue takes away and may never leave less than nothing.</summary>
internal static class StockRules
{
    public static int After(int stock, MovementKind kind, int quantity)
    {
        if (quantity <= 0)
        {
            throw new FieldValidationException("quantity", "数量须为正整数");
        }
        if (kind == MovementKind.Receipt)
        {
            return checked(stock + quantity);
        }
        if (quantity > stock)
        {
            throw new BusinessRuleException($"库存不足：现有 {stock}，本次发放 {quantity}", "/problems/stock-insufficient");
        }
        return stock - quantity;
    }
}
