using System.Globalization;

namespace CivilAffairs.Facilities.Domain;

/// <summary>The risk-matrix thresholds in force: the least L×S score of each level.</summary>
internal sealed record RiskMatrix(int MajorMin, int LargeMin, int GeneralMin, DateOnly ValidFrom)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"L×S 重大≥{MajorMin} 较大≥{LargeMin} 一般≥{GeneralMin}@{ValidFrom:yyyy-MM-dd}");
}

/// <summary>Whether an institution's next inspection is due.</summary>
public enum InspectionDueState
{
    /// <summary>未到期</summary>
    Ok = 1,

    /// <summary>即将到期</summary>
    DueSoon = 2,

    /// <summary>已逾期</summary>
    Overdue = 3,

    /// <summary>从未检查</summary>
    Never = 4,
}

/// <summary>Pure rules of safety production: grading a risk, the rectification deadline, the inspection cycle.</summary>
internal static class SafetyRules
{
    /// <summary>LEC-style L×S grading (可能性 × 严重性, each 1–5).</summary>
    public static SafetyRiskLevel Grade(int likelihood, int severity, RiskMatrix m)
    {
        var score = likelihood * severity;
        return score >= m.MajorMin ? SafetyRiskLevel.Major
            : score >= m.LargeMin ? SafetyRiskLevel.Large
            : score >= m.GeneralMin ? SafetyRiskLevel.General
            : SafetyRiskLevel.Low;
    }

    /// <summary>The rectification deadline: the day found plus the period (calendar days) for its level.</summary>
    public static DateOnly Deadline(DateOnly foundOn, int days) => foundOn.AddDays(days);

    /// <summary>Not yet rectified after its deadline.</summary>
    public static bool IsOverdue(HazardStatus status, DateOnly deadline, DateOnly today) => status == HazardStatus.Open && today > deadline;

    /// <summary>Rectified, but after the deadline.</summary>
    public static bool WasLate(DateOnly? rectifiedOn, DateOnly deadline) => rectifiedOn is { } r && r > deadline;

    /// <summary>The next inspection is due a cycle after the last one; never inspected means due now.</summary>
    public static DateOnly? NextDue(DateOnly? lastInspected, int cycleDays) => lastInspected?.AddDays(cycleDays);

    public static InspectionDueState DueState(DateOnly? due, DateOnly today, int soonDays) =>
        due is not { } d ? InspectionDueState.Never
        : d < today ? InspectionDueState.Overdue
        : d <= today.AddDays(soonDays) ? InspectionDueState.DueSoon
        : InspectionDueState.Ok;

    /// <summary>A licence that ends within the warning window (or has ended).</summary>
    public static bool LicenceExpiring(DateOnly? validUntil, DateOnly today, int warningDays) =>
        validUntil is { } v && v <= today.AddDays(warningDays);
}
