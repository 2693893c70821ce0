using CivilAffairs.Platform.Http;

namespace CivilAffairs.Platform.Payments;

/// <summary>
/// The four-eyes rule of public payments: the person who computed a run (maker) may not release
/// it (checker); only a prepared run may be released and only an unreleased one cancelled.
/// Every module's run calls these, so the rule and its wording are the same everywhere.
/// </summary>
public static class MakerChecker
{
    /// <summary>Throws unless <paramref name="checker"/> may release a run in this state prepared by <paramref name="preparedBy"/>.</summary>
    public static void EnsureReleasable(PaymentRunStatus status, string preparedBy, string checker)
    {
        if (status != PaymentRunStatus.Prepared)
        {
            throw new BusinessRuleException($"批次状态为“{PaymentNames.Of(status)}”，只有待复核的批次可以复核发放");
        }
        if (string.Equals(preparedBy, checker, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("编制人不能复核自己编制的批次，须由另一名复核人发放");
        }
    }

    /// <summary>Throws unless a run in this state may still be cancelled (released money is never un-released).</summary>
    public static void EnsureCancellable(PaymentRunStatus status, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "请填写作废原因");
        }
        if (status is PaymentRunStatus.Released or PaymentRunStatus.Cancelled)
        {
            throw new BusinessRuleException($"批次状态为“{PaymentNames.Of(status)}”，不能作废");
        }
    }

    /// <summary>Throws unless a bank file or a bank return may be handled for a run in this state.</summary>
    public static void EnsureReleased(PaymentRunStatus status, string what)
    {
        if (status != PaymentRunStatus.Released)
        {
            throw new BusinessRuleException($"批次尚未经第二人复核发放，不能{what}");
        }
    }
}
