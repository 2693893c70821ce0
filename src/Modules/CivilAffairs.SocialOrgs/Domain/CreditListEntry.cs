namespace CivilAffairs.SocialOrgs.Domain;

internal enum CreditList
{
    /// <summary>活动异常名录.</summary>
    Abnormal = 1,

    /// <summary>严重违法失信名单.</summary>
    Serious = 2,
}

/// <summary>Why an organization is listed (民政部令第60号 arts. 11, 17; the draft's operational details are marked inferred in the docs).</summary>
internal enum CreditTrigger
{
    /// <summary>未按规定报送年度工作报告.</summary>
    NoAnnualReport = 1,

    /// <summary>未按规定设立党组织.</summary>
    NoPartyOrganization,

    /// <summary>未按要求完成整改.</summary>
    RectificationOverdue,

    /// <summary>通过登记的住所无法取得联系 (two registered letters unsigned, 20–60 days apart).</summary>
    Unreachable,

    /// <summary>被列入活动异常名录满2年.</summary>
    AbnormalTwoYears,

    /// <summary>弄虚作假办理变更登记，被撤销变更登记.</summary>
    FraudulentChange,

    /// <summary>受到限期停止活动行政处罚.</summary>
    SuspensionPenalty,

    /// <summary>受到5万元以上罚款处罚.</summary>
    LargeFine,

    /// <summary>3年内2次以上受到警告或不满5万元罚款.</summary>
    RepeatedPenalties,

    /// <summary>被司法机关纳入失信被执行人名单.</summary>
    DishonestDebtor,

    /// <summary>被登记管理机关作出撤销登记、吊销登记证书、取缔处罚.</summary>
    Revoked,

    /// <summary>Any other basis, described in the entry.</summary>
    Other,
}

/// <summary>
/// An organization's entry on a credit list: why, when the fact arose, the entry deadline, and its
/// removal. Open entries (no <see cref="RemovedOn"/>) drive <see cref="SocialOrganization.CreditStatus"/>.
/// </summary>
internal sealed class CreditListEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>E.g. YC-2026-000012 (异常) or SX-2026-000003 (失信).</summary>
    public string Number { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public CreditList List { get; set; }

    public CreditTrigger Trigger { get; set; }

    /// <summary>The facts, as published (no personal data).</summary>
    public string Basis { get; set; } = "";

    /// <summary>The annual report, letter, case or entry that caused it.</summary>
    public string? SourceRef { get; set; }

    /// <summary>The day the triggering fact arose or was received.</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>Entry is due within N working days of <see cref="OccurredOn"/> (a parameter).</summary>
    public DateOnly DueBy { get; set; }

    public DateOnly ListedOn { get; set; }

    /// <summary>
    /// Start of the current listing period. Equals <see cref="ListedOn"/> at first; on the serious
    /// list a new qualifying fact during the listing moves it to the day that fact is entered
    /// (the restart rule), so the minimum period before removal counts again from there.
    /// </summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>How many times the listing period was restarted by a new qualifying fact.</summary>
    public int Restarts { get; set; }

    /// <summary>The parameter values the entry deadline (and any restart) used, e.g. "录入时限5个工作日@2018-03-01".</summary>
    public string? RuleNote { get; set; }

    public string ListedBy { get; set; } = "";

    public DateOnly? RemovedOn { get; set; }

    public string? RemovalReason { get; set; }

    public string? RemovedBy { get; set; }

    public int Version { get; set; }
}
