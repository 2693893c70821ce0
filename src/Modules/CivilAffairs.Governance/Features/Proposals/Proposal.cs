namespace CivilAffairs.Governance.Features.Proposals;

internal enum ProposalKind
{
    NpcSuggestion,
    CppccProposal,
}

internal enum ProposalStatus
{
    Received,
    Assigned,
    Replied,
    Evaluated,
}

internal enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Unsatisfied,
}

/// <summary>
/// A 人大代表建议 or 政协提案 handled by the bureau. Delegates and members act in public office: their
/// names are not private data. The row belongs to the lead unit's division (the city until assigned).
/// </summary>
internal sealed class Proposal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The congress's or the CPPCC's own number, e.g. 20180123.</summary>
    public string Number { get; set; } = "";

    public ProposalKind Kind { get; set; }

    /// <summary>e.g. 市六届人大六次会议.</summary>
    public string Session { get; set; } = "";

    public string Title { get; set; } = "";

    public string Proposers { get; set; } = "";

    public string Content { get; set; } = "";

    /// <summary>重点建议/重点提案.</summary>
    public bool Key { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>The lead unit's division: 4403 for the city bureau, a district code for a district bureau.</summary>
    public string DivisionCode { get; set; } = "4403";

    public string? LeadUnit { get; set; }

    public string? CoUnits { get; set; }

    public DateOnly? AssignedOn { get; set; }

    public string? AssignedBy { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>The reply-period parameter used for <see cref="DueOn"/>: value and legal basis.</summary>
    public string? DueBasis { get; set; }

    public string? ReplyText { get; set; }

    public DateOnly? RepliedOn { get; set; }

    public string? RepliedBy { get; set; }

    public Satisfaction? Satisfaction { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public ProposalStatus Status { get; set; }

    public int Version { get; set; }
}

internal static class ProposalRules
{
    /// <summary>Lead units the office can assign to (the division whose staff answer).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Units =
    [
        ("4403", "深圳市民政局"), ("440303", "罗湖区民政局"), ("440304", "福田区民政局"), ("440305", "南山区民政局"), ("440306", "宝安区民政局"),
        ("440307", "龙岗区民政局"), ("440308", "盐田区民政局"), ("440309", "龙华区民政局"), ("440310", "坪山区民政局"), ("440311", "光明区民政局"),
    ];

    public static string? UnitName(string code) => Units.FirstOrDefault(u => u.Code == code).Name;

    public static DateOnly Due(DateOnly assignedOn, int months) => assignedOn.AddMonths(months);

    /// <summary>Open past its deadline, or answered after it.</summary>
    public static bool Overdue(DateOnly? due, DateOnly? repliedOn, DateOnly today) =>
        due is { } d && (repliedOn is { } r ? r > d : today > d);

    public static string KindName(ProposalKind k) => k == ProposalKind.NpcSuggestion ? "人大代表建议" : "政协提案";

    public static string StatusName(ProposalStatus s) => s switch
    {
        ProposalStatus.Received => "待交办",
        ProposalStatus.Assigned => "办理中",
        ProposalStatus.Replied => "已答复",
        _ => "已评价",
    };

    public static string SatisfactionName(Satisfaction s) => s switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };

    /// <summary>满意 and 基本满意 over all evaluated, in percent; null when none was evaluated.</summary>
    public static decimal? SatisfactionRate(int satisfied, int basically, int evaluated) =>
        evaluated == 0 ? null : Math.Round(100m * (satisfied + basically) / evaluated, 1);

    public static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1);
}
