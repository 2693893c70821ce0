namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>The rules of boundaries and division proposals, without I/O (unit-tested).</summary>
internal static class BoundaryRules
{
    /// <summary>
    /// Next joint inspection: the last round's end plus the cycle; with no round yet, the
    /// agreement date plus the cycle; null when neither is known.
    /// </summary>
    public static DateOnly? NextInspectionDue(DateOnly? lastRoundEnd, DateOnly? agreementDate, int cycleYears) =>
        (lastRoundEnd ?? agreementDate)?.AddYears(cycleYears);

    public static bool IsOverdue(DateOnly? due, DateOnly today) => due is { } d && d < today;

    /// <summary>Null when the fine is allowed; else the reason it is not.</summary>
    public static string? FineProblem(decimal proposedFine, decimal cap)
    {
        if (proposedFine < 0)
        {
            return "罚款金额不能为负数";
        }
        return proposedFine > cap ? $"拟处罚款 {proposedFine:0.##} 元超过上限 {cap:0.##} 元" : null;
    }

    /// <summary>The stage after <paramref name="stage"/>, or null at the end (实施) or when terminated.</summary>
    public static string? NextStage(string stage)
    {
        var i = Array.IndexOf(ProposalStages.Order, stage);
        return i < 0 || i == ProposalStages.Order.Length - 1 ? null : ProposalStages.Order[i + 1];
    }

    /// <summary>
    /// Why the proposal may not move to <paramref name="target"/> on <paramref name="date"/>; null when it may.
    /// Stages go one by one; 风险评估 must name its risks before 征求意见; 批复 needs the document.
    /// </summary>
    public static string? AdvanceProblem(string stage, string target, DateOnly date, DateOnly? lastStageDate, DateOnly today,
        int riskCount, string? approvalDocNo, DateOnly? approvalDate)
    {
        if (stage is ProposalStages.Terminated or ProposalStages.Implemented)
        {
            return $"方案已{stage}，不能再推进";
        }
        var next = NextStage(stage);
        if (target != next)
        {
            return $"当前阶段为“{stage}”，下一阶段只能是“{next}”";
        }
        if (date > today)
        {
            return "阶段日期不能晚于今天";
        }
        if (lastStageDate is { } last && date < last)
        {
            return $"阶段日期不能早于上一阶段日期 {last:yyyy-MM-dd}";
        }
        if (target == ProposalStages.Consultation && riskCount == 0)
        {
            return "风险评估尚未登记任何风险点，不能进入征求意见";
        }
        if (target == ProposalStages.Approved && (string.IsNullOrWhiteSpace(approvalDocNo) || approvalDate is null))
        {
            return "进入批复阶段须填写批复文号和批复日期";
        }
        if (target == ProposalStages.Approved && approvalDate > date)
        {
            return "批复日期不能晚于阶段日期";
        }
        return null;
    }

    /// <summary>Risks may be recorded until the proposal is submitted for approval.</summary>
    public static bool RisksEditable(string stage) =>
        stage is ProposalStages.Research or ProposalStages.RiskAssessment or ProposalStages.Consultation;

    /// <summary>
    /// "|4403|440304|": the Shenzhen divisions a record involves, at district level (a district
    /// user sees it) or the city for a city line or a 管理区 such as 深汕 whose towns are coded
    /// under 海丰县. Codes outside Shenzhen and its management areas are not stored: no user has them.
    /// </summary>
    public static string ScopeOf(IEnumerable<string> codes, IReadOnlyDictionary<string, string> managedBy)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in codes)
        {
            var c = raw.Trim();
            if (c.StartsWith("4403", StringComparison.Ordinal))
            {
                set.Add(c.Length >= 6 ? c[..6] : "4403");
            }
            else if (managedBy.FirstOrDefault(m => c.StartsWith(m.Key, StringComparison.Ordinal)) is { Key: not null } m)
            {
                set.Add(m.Value);
            }
        }
        return set.Count == 0 ? "" : "|" + string.Join("|", set) + "|";
    }

    public static bool InScope(string scopeCodes, string? jurisdiction) =>
        jurisdiction is not null && scopeCodes.Contains("|" + jurisdiction, StringComparison.Ordinal);
}
