using CivilAffairs.Platform.Values;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>Kinds of administrative inspection (行政检查).</summary>
public enum InspectionKind
{
    /// <summary>双随机、一公开 抽查.</summary>
    RandomCheck = 1,

    /// <summary>专项检查.</summary>
    Special = 2,

    /// <summary>年检延伸检查 (a follow-up of the annual inspection).</summary>
    AnnualFollowUp = 3,
}

public enum InspectionOutcome
{
    /// <summary>无问题.</summary>
    NoIssue = 1,

    /// <summary>责令整改 by a deadline.</summary>
    Rectify = 2,

    /// <summary>移交立案: becomes an enforcement case.</summary>
    Referred = 3,
}

/// <summary>How a complaint or report reached the bureau.</summary>
public enum ComplaintChannel
{
    /// <summary>12345 政务服务便民热线.</summary>
    Hotline12345 = 1,

    /// <summary>来信.</summary>
    Letter = 2,

    /// <summary>来访.</summary>
    Visit = 3,

    /// <summary>网络 (网上信访、邮箱).</summary>
    Online = 4,
}

public enum ComplaintStatus
{
    /// <summary>已受理，待分办.</summary>
    Received = 1,

    /// <summary>已分办，核查中.</summary>
    Assigned = 2,

    /// <summary>已核查.</summary>
    Verified = 3,

    /// <summary>已答复 (closed).</summary>
    Replied = 4,
}

/// <summary>Where a case came from.</summary>
public enum CaseSource
{
    Inspection = 1,
    Complaint = 2,

    /// <summary>年检/年报 提出的处罚建议 (e.g. two years without inspection).</summary>
    AnnualReport = 3,

    /// <summary>其他部门移送.</summary>
    Referral = 4,
}

/// <summary>The administrative-penalty procedure (行政处罚法 2021 ch. 5), in order.</summary>
public enum CaseStatus
{
    /// <summary>立案申请: prepared by the registrar, waiting for the approver.</summary>
    Proposed = 1,

    /// <summary>已立案 (the decision time limit runs from here).</summary>
    Filed = 2,

    /// <summary>调查取证 done.</summary>
    Investigated = 3,

    /// <summary>案件审核 (法制审核) done.</summary>
    Reviewed = 4,

    /// <summary>事先告知 served (with the hearing right where it applies).</summary>
    Notified = 5,

    /// <summary>听证 held.</summary>
    Heard = 6,

    /// <summary>处罚决定 made.</summary>
    Decided = 7,

    /// <summary>决定书 送达.</summary>
    Served = 8,

    /// <summary>执行 done.</summary>
    Executed = 9,

    /// <summary>结案.</summary>
    Closed = 10,

    /// <summary>不予处罚 or 撤案 (with a reason): closed without a penalty.</summary>
    Dropped = 11,
}

/// <summary>What the case ended with. Registered organizations: 社会团体登记管理条例 arts. 30–32, 民非条例 arts. 24–26, 基金会条例 arts. 42–43; illegal organizations: 取缔非法民间组织暂行办法.</summary>
public enum CaseOutcome
{
    /// <summary>警告.</summary>
    Warning = 1,

    /// <summary>罚款 (amount).</summary>
    Fine = 2,

    /// <summary>没收违法所得 (amount).</summary>
    Confiscation = 3,

    /// <summary>限期停止活动 (months).</summary>
    Suspension = 4,

    /// <summary>撤销登记.</summary>
    Revocation = 5,

    /// <summary>取缔 (an illegal organization).</summary>
    Ban = 6,

    /// <summary>劝散 (an illegal organization; not a penalty).</summary>
    Dispersal = 7,

    /// <summary>不予处罚.</summary>
    NoPenalty = 8,

    /// <summary>撤案.</summary>
    Withdrawn = 9,
}

/// <summary>A 行政检查 of a registered organization. The organization sees it, except the inspectors' notes.</summary>
internal sealed class Inspection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>JC-2026-000001.</summary>
    public string Number { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public InspectionKind Kind { get; set; }

    public DateOnly InspectedOn { get; set; }

    /// <summary>Staff user names, comma-separated (at least two officers).</summary>
    public string Inspectors { get; set; } = "";

    /// <summary>What was found, as told to the organization.</summary>
    public string Findings { get; set; } = "";

    /// <summary>The inspectors' internal notes: never shown to the organization.</summary>
    public string? Notes { get; set; }

    public InspectionOutcome Outcome { get; set; }

    public DateOnly? RectifyBy { get; set; }

    public DateOnly? RectifiedOn { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>投诉举报 about a registered organization or an unregistered (illegal) one. Bureau-only: organizations never see complaints.</summary>
internal sealed class Complaint
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>TS-2026-000001.</summary>
    public string Number { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public ComplaintChannel Channel { get; set; }

    /// <summary>The registered organization complained about; null for an unregistered one.</summary>
    public Guid? OrganizationId { get; set; }

    /// <summary>"" for an unregistered organization.</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>The organization's name (registered: copied; unregistered: as reported).</summary>
    public string SubjectName { get; set; } = "";

    /// <summary>Where an unregistered organization operates (as reported).</summary>
    public string? SubjectPlace { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Summary { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string? ComplainantName { get; set; }

    [PersonalData(MaskKind.Phone)]
    public string? ComplainantPhone { get; set; }

    public ComplaintStatus Status { get; set; } = ComplaintStatus.Received;

    public string? AssignedTo { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    /// <summary>Whether the facts were confirmed on verification.</summary>
    public bool? Substantiated { get; set; }

    public string? Result { get; set; }

    public DateOnly? RepliedOn { get; set; }

    /// <summary>Reply due: N working days after receipt (a parameter, recorded in <see cref="ParametersUsed"/>).</summary>
    public DateOnly ReplyDue { get; set; }

    public string? ParametersUsed { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// 行政处罚案件 against a registered organization (<see cref="OrganizationId"/> set) or an illegal
/// one (name and place only, no credit code). The steps are in <see cref="Steps"/>.
/// </summary>
internal sealed class EnforcementCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>AJ-2026-000001 (Numbers).</summary>
    public string Number { get; set; } = "";

    public Guid? OrganizationId { get; set; }

    /// <summary>"" for an illegal organization, so an organization account never matches it.</summary>
    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string SubjectName { get; set; } = "";

    public string? SubjectPlace { get; set; }

    public bool IllegalOrganization { get; set; }

    public CaseSource Source { get; set; }

    /// <summary>The inspection, complaint, annual report or letter it came from.</summary>
    public string? SourceRef { get; set; }

    /// <summary>涉嫌违法事实.</summary>
    public string Facts { get; set; } = "";

    public CaseStatus Status { get; set; } = CaseStatus.Proposed;

    public string ProposedBy { get; set; } = "";

    public DateOnly ProposedOn { get; set; }

    public DateOnly? FiledOn { get; set; }

    public string? FiledBy { get; set; }

    /// <summary>立案 + the time limit (parameter), set on filing.</summary>
    public DateOnly? DecisionDue { get; set; }

    /// <summary>Who investigated (user names, comma-separated): none of them may decide.</summary>
    public string? Investigators { get; set; }

    public CaseOutcome? ProposedOutcome { get; set; }

    public decimal? ProposedAmount { get; set; }

    public bool HearingRight { get; set; }

    public CaseOutcome? Outcome { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>限期停止活动: months.</summary>
    public int? SuspensionMonths { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecisionReason { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The parameter values each computed result used (time limit, hearing threshold, credit thresholds), JSON.</summary>
    public string? ParametersUsed { get; set; }

    /// <summary>The credit-list entries the decision caused (numbers, comma-separated).</summary>
    public string? CreditEntries { get; set; }

    public List<CaseStep> Steps { get; set; } = [];

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>One step of a case's timeline: what, when, who, and a note (the note is bureau-only).</summary>
internal sealed class CaseStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public CaseStatus Step { get; set; }

    public DateOnly On { get; set; }

    public string By { get; set; } = "";

    public string? Note { get; set; }

    public DateTime RecordedAtUtc { get; set; }
}
