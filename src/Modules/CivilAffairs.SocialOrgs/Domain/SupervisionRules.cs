namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>The rules of the penalty procedure, without I/O (unit-tested).</summary>
internal static class SupervisionRules
{
    /// <summary>
    /// 行政处罚法 (2021) art. 63: the party may ask for a hearing before a large fine or confiscation
    /// (at or above the threshold), a suspension of activities, a revocation, or a ban.
    /// </summary>
    public static bool HearingRight(CaseOutcome outcome, decimal? amount, decimal threshold) => outcome switch
    {
        CaseOutcome.Fine or CaseOutcome.Confiscation => (amount ?? 0) >= threshold,
        CaseOutcome.Suspension or CaseOutcome.Revocation or CaseOutcome.Ban => true,
        _ => false,
    };

    /// <summary>A warning or a fine below the large-fine threshold: these count towards "2 or more within 3 years".</summary>
    public static bool IsMinorPenalty(CaseOutcome outcome, decimal? amount, decimal largeFine) =>
        outcome == CaseOutcome.Warning || (outcome == CaseOutcome.Fine && (amount ?? 0) < largeFine);

    /// <summary>
    /// Whether minor penalties reach the repeat rule: at least <paramref name="count"/> decided in the
    /// <paramref name="years"/> years up to and including <paramref name="on"/> (the window opens the day after the same date <paramref name="years"/> years earlier).
    /// </summary>
    public static bool RepeatedPenalties(IEnumerable<DateOnly> minorPenaltyDates, DateOnly on, int count, int years)
    {
        var from = on.AddYears(-years);
        return minorPenaltyDates.Count(d => d > from && d <= on) >= count;
    }

    /// <summary>行政处罚法 (2021) art. 60: the decision is due N days after filing (calendar days).</summary>
    public static DateOnly DecisionDue(DateOnly filedOn, int days) => filedOn.AddDays(days);

    /// <summary>Overdue: not decided by the due date (judged today while open, or on the decision day once decided).</summary>
    public static bool Overdue(DateOnly? due, DateOnly? decidedOn, DateOnly today, CaseStatus status) =>
        due is { } d && status != CaseStatus.Dropped && (decidedOn ?? today) > d;

    /// <summary>Days left until the decision is due (negative when overdue); null before filing or after the decision.</summary>
    public static int? DaysLeft(DateOnly? due, DateOnly? decidedOn, DateOnly today) =>
        due is { } d && decidedOn is null ? d.DayNumber - today.DayNumber : null;

    public static bool ForIllegal(CaseOutcome o) => o is CaseOutcome.Ban or CaseOutcome.Dispersal;

    public static bool ForRegistered(CaseOutcome o) => o is CaseOutcome.Warning or CaseOutcome.Fine or CaseOutcome.Confiscation or CaseOutcome.Suspension
        or CaseOutcome.Revocation;

    public static bool NeedsAmount(CaseOutcome o) => o is CaseOutcome.Fine or CaseOutcome.Confiscation;

    /// <summary>The step that may follow: the order of the procedure, the hearing only where the right applies.</summary>
    public static bool CanMove(CaseStatus from, CaseStatus to, bool hearingRight) => (from, to) switch
    {
        (CaseStatus.Proposed, CaseStatus.Filed) => true,
        (CaseStatus.Filed, CaseStatus.Investigated) => true,
        (CaseStatus.Investigated, CaseStatus.Reviewed) => true,
        (CaseStatus.Reviewed, CaseStatus.Notified) => true,
        (CaseStatus.Notified, CaseStatus.Heard) => hearingRight,
        (CaseStatus.Notified or CaseStatus.Heard, CaseStatus.Decided) => true,
        (CaseStatus.Decided, CaseStatus.Served) => true,
        (CaseStatus.Served, CaseStatus.Executed) => true,
        (CaseStatus.Executed, CaseStatus.Closed) => true,
        (CaseStatus.Proposed or CaseStatus.Filed or CaseStatus.Investigated or CaseStatus.Reviewed or CaseStatus.Notified or CaseStatus.Heard, CaseStatus.Dropped) => true,
        _ => false,
    };

    public static string Name(CaseStatus s) => s switch
    {
        CaseStatus.Proposed => "待立案审批",
        CaseStatus.Filed => "立案",
        CaseStatus.Investigated => "调查取证",
        CaseStatus.Reviewed => "案件审核",
        CaseStatus.Notified => "事先告知",
        CaseStatus.Heard => "听证",
        CaseStatus.Decided => "处罚决定",
        CaseStatus.Served => "送达",
        CaseStatus.Executed => "执行",
        CaseStatus.Closed => "结案",
        CaseStatus.Dropped => "不予处罚/撤案",
        _ => s.ToString(),
    };

    public static string Name(CaseOutcome o) => o switch
    {
        CaseOutcome.Warning => "警告",
        CaseOutcome.Fine => "罚款",
        CaseOutcome.Confiscation => "没收违法所得",
        CaseOutcome.Suspension => "限期停止活动",
        CaseOutcome.Revocation => "撤销登记",
        CaseOutcome.Ban => "取缔",
        CaseOutcome.Dispersal => "劝散",
        CaseOutcome.NoPenalty => "不予处罚",
        CaseOutcome.Withdrawn => "撤案",
        _ => o.ToString(),
    };

    public static string Name(CaseSource s) => s switch
    {
        CaseSource.Inspection => "行政检查",
        CaseSource.Complaint => "投诉举报",
        CaseSource.AnnualReport => "年检处理建议",
        CaseSource.Referral => "部门移送",
        _ => s.ToString(),
    };

    public static string Name(InspectionKind k) => k switch
    {
        InspectionKind.RandomCheck => "双随机抽查",
        InspectionKind.Special => "专项检查",
        InspectionKind.AnnualFollowUp => "年检延伸",
        _ => k.ToString(),
    };

    public static string Name(InspectionOutcome o) => o switch
    {
        InspectionOutcome.NoIssue => "无问题",
        InspectionOutcome.Rectify => "责令整改",
        InspectionOutcome.Referred => "移交立案",
        _ => o.ToString(),
    };

    public static string Name(ComplaintChannel c) => c switch
    {
        ComplaintChannel.Hotline12345 => "12345",
        ComplaintChannel.Letter => "来信",
        ComplaintChannel.Visit => "来访",
        ComplaintChannel.Online => "网络",
        _ => c.ToString(),
    };

    public static string Name(ComplaintStatus s) => s switch
    {
        ComplaintStatus.Received => "待分办",
        ComplaintStatus.Assigned => "核查中",
        ComplaintStatus.Verified => "待答复",
        ComplaintStatus.Replied => "已答复",
        _ => s.ToString(),
    };

    public static string Name(PartyForm f) => f switch
    {
        PartyForm.Own => "单独组建",
        PartyForm.Joint => "联合组建",
        PartyForm.Functional => "功能型",
        _ => f.ToString(),
    };

    public static string Name(PilotStatus s) => s switch
    {
        PilotStatus.Running => "试点中",
        PilotStatus.Evaluated => "已评估",
        PilotStatus.Ended => "已终止",
        _ => s.ToString(),
    };
}
