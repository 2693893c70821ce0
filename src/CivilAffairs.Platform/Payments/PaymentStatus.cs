namespace CivilAffairs.Platform.Payments;

/// <summary>
/// The life of a payment run (发放批次), the same for every benefit the bureau pays: social
/// assistance, child allowances, burial rewards. Stored as text, so the names must not change.
/// </summary>
public enum PaymentRunStatus
{
    /// <summary>计算中: batches still to compute (a crashed run stays here until started again).</summary>
    Computing,

    /// <summary>待复核: computed by the maker, waiting for a second person.</summary>
    Prepared,

    /// <summary>已复核发放: released by the checker; the bank file may be produced.</summary>
    Released,

    /// <summary>已作废: cancelled before release; its lines are removed.</summary>
    Cancelled,
}

/// <summary>Where one payment line stands with the bank. Stored as text.</summary>
public enum PaymentLineStatus
{
    /// <summary>待发放 / 已发送银行.</summary>
    Pending,

    /// <summary>银行回盘：成功.</summary>
    Paid,

    /// <summary>银行回盘：失败 (may be issued again in a supplementary run).</summary>
    Failed,

    /// <summary>异常：not sent to the bank (no bank account, no longer eligible).</summary>
    Exception,
}

/// <summary>Chinese names shown on every payment page.</summary>
public static class PaymentNames
{
    public static string Of(PaymentRunStatus s) => s switch
    {
        PaymentRunStatus.Computing => "计算中",
        PaymentRunStatus.Prepared => "待复核",
        PaymentRunStatus.Released => "已复核发放",
        _ => "已作废",
    };

    public static string Of(PaymentLineStatus s) => s switch
    {
        PaymentLineStatus.Pending => "待发放",
        PaymentLineStatus.Paid => "已到账",
        PaymentLineStatus.Failed => "发放失败",
        _ => "异常未发",
    };
}
