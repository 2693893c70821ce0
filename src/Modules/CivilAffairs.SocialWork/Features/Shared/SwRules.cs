namespace CivilAffairs.SocialWork.Features.Shared;

/// <summary>The evaluation grade bands in force (from parameters), recorded with each evaluation.</summary>
public sealed record GradeBands(decimal Pass, decimal Good, decimal Excellent)
{
    public string Describe() => $"优秀≥{Excellent:0.##}；良好≥{Good:0.##}；合格≥{Pass:0.##}";
}

public enum PaymentStage
{
    Advance = 1,
    MidTerm = 2,
    Final = 3,
}

public enum EvaluationKind
{
    MidTerm = 1,
    Final = 2,
}

/// <summary>The module's rules, pure so that the unit tests can reach them.</summary>
internal static class SwRules
{
    /// <summary>优秀 / 良好 / 合格 / 不合格 by the bands in force.</summary>
    public static string Grade(decimal score, GradeBands bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        return score >= bands.Excellent ? "优秀" : score >= bands.Good ? "良好" : score >= bands.Pass ? "合格" : "不合格";
    }

    public static bool Passes(decimal score, GradeBands bands) => score >= bands.Pass;

    /// <summary>
    /// Why a payment may not be made, or null: the total paid may not exceed the budget; before any
    /// evaluation only the advance share may be paid; a mid-term payment needs a passing mid-term
    /// evaluation and the final payment a passing final evaluation.
    /// </summary>
    public static string? PaymentRefusal(PaymentStage stage, decimal amount, decimal budget, decimal alreadyPaid, decimal advanceShare,
        bool midTermPassed, bool finalPassed)
    {
        if (alreadyPaid + amount > budget)
        {
            return $"累计支付 {alreadyPaid + amount:N2} 元将超过合同预算 {budget:N2} 元";
        }
        return stage switch
        {
            PaymentStage.Advance when alreadyPaid + amount > decimal.Round(budget * advanceShare, 2) =>
                $"评估前累计支付不得超过预算的 {Percent(advanceShare)}（{decimal.Round(budget * advanceShare, 2):N2} 元）",
            PaymentStage.MidTerm when !midTermPassed => "中期评估未合格（或尚未评估），不能支付中期款",
            PaymentStage.Final when !finalPassed => "末期评估未合格（或尚未评估），不能支付尾款",
            _ => null,
        };
    }

    /// <summary>A share as 30% whatever the culture.</summary>
    public static string Percent(decimal share) => (share * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";

    /// <summary>Hours still missing for the year's continuing education (0 when met).</summary>
    public static decimal CeShortfall(decimal hoursDone, decimal required) => Math.Max(0, required - hoursDone);

    /// <summary>Why hours cannot be logged for a day, or null: more than the daily maximum together with what is already logged.</summary>
    public static string? HoursRefusal(decimal hours, decimal alreadyThatDay, decimal maxPerDay)
    {
        if (hours <= 0)
        {
            return "服务时长须大于0";
        }
        return alreadyThatDay + hours > maxPerDay
            ? $"同一志愿者同一天累计服务时长不能超过 {maxPerDay:0.#} 小时（当天已记录 {alreadyThatDay:0.#} 小时）"
            : null;
    }
}
