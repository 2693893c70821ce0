using CivilAffairs.Platform.Values;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>
/// A proposal to change divisions (设立/撤销/更名/隶属变更/驻地迁移/镇改街). It never touches a
/// division until it reaches 实施 after 批复; then the change goes through the Registry's
/// division history (<see cref="Domain.DivisionChange"/>).
/// </summary>
internal sealed class DivisionProposal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The proposing government or department (an organization, not a person).</summary>
    public string Proposer { get; set; } = "";

    public string Reasons { get; set; } = "";

    public string Stage { get; set; } = ProposalStages.Research;

    /// <summary>"|4403|440304|": the local divisions involved; the jurisdiction filter looks for "|" + the user's prefix.</summary>
    public string ScopeCodes { get; set; } = "";

    public string? ApprovalAuthority { get; set; }

    public string? ApprovalDocNo { get; set; }

    public DateOnly? ApprovalDate { get; set; }

    public DateOnly? ImplementedOn { get; set; }

    /// <summary>Ids of the DivisionChange rows written on 实施, so the history links back to the proposal.</summary>
    public string? AppliedChangeIds { get; set; }

    public string? TerminatedReason { get; set; }

    public string CreatedBy { get; set; } = "";

    public int Version { get; set; }

    public List<ProposalDivision> Divisions { get; set; } = [];

    public List<ProposalStageRecord> StageRecords { get; set; } = [];

    public List<ProposalRisk> Risks { get; set; } = [];
}

/// <summary>A division the proposal affects and what it becomes on 实施.</summary>
internal sealed class ProposalDivision
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProposalId { get; set; }

    /// <summary>The current code; for 设立 the code the new division will have.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? NewCode { get; set; }

    public string? NewName { get; set; }

    public string? NewParentCode { get; set; }

    public int Seq { get; set; }
}

internal sealed class ProposalStageRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProposalId { get; set; }

    public string Stage { get; set; } = "";

    public DateOnly Date { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";
}

/// <summary>One risk of the 风险评估 (社会稳定风险评估): what, how likely/serious, and how it is mitigated.</summary>
internal sealed class ProposalRisk
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProposalId { get; set; }

    public string Description { get; set; } = "";

    public string Level { get; set; } = "";

    public string Mitigation { get; set; } = "";

    public int Seq { get; set; }
}

/// <summary>效果评估 of a past division change: indicators before/after, findings, conclusion.</summary>
internal sealed class DivisionChangeEvaluation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Title { get; set; } = "";

    /// <summary>The change evaluated, as the approval named it (e.g. 国务院批复设立光明区).</summary>
    public string ChangeSummary { get; set; } = "";

    public DateOnly ChangeDate { get; set; }

    public string ScopeCodes { get; set; } = "";

    public DateOnly EvaluatedOn { get; set; }

    public string Evaluator { get; set; } = "";

    public string Findings { get; set; } = "";

    public string Conclusion { get; set; } = "";

    public Guid? ProposalId { get; set; }

    public List<EvaluationIndicator> Indicators { get; set; } = [];
}

internal sealed class EvaluationIndicator
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EvaluationId { get; set; }

    public string Name { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Unit { get; set; }

    public int Seq { get; set; }
}

/// <summary>An administrative boundary line between two divisions (one may lie outside Shenzhen).</summary>
internal sealed class BoundaryLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string SideACode { get; set; } = "";

    public string SideAName { get; set; } = "";

    public string SideBCode { get; set; } = "";

    public string SideBName { get; set; } = "";

    /// <summary>省级/市级/县级.</summary>
    public string Level { get; set; } = "";

    public decimal LengthKm { get; set; }

    public string? AgreementDoc { get; set; }

    public DateOnly? AgreementDate { get; set; }

    /// <summary>Shenzhen districts along a city line (a 深莞 line runs along 宝安, 光明, 龙华, 龙岗).</summary>
    public string? AlongCodes { get; set; }

    public string ScopeCodes { get; set; } = "";

    public int Version { get; set; }

    public List<BoundaryMarker> Markers { get; set; } = [];
}

/// <summary>界桩.</summary>
internal sealed class BoundaryMarker
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid LineId { get; set; }

    public string Number { get; set; } = "";

    /// <summary>单立/双立/三立.</summary>
    public string Type { get; set; } = "";

    public decimal Latitude { get; set; }

    public decimal Longitude { get; set; }

    public DateOnly? InstalledOn { get; set; }

    /// <summary>完好/损坏/丢失/移位.</summary>
    public string Status { get; set; } = MarkerStatuses.Intact;

    public DateOnly? LastInspectedOn { get; set; }

    public string ScopeCodes { get; set; } = "";
}

/// <summary>联合检查: one round on one line with the neighbouring government.</summary>
internal sealed class JointInspection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid LineId { get; set; }

    public int Round { get; set; }

    public string PartnerGovernment { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public string Participants { get; set; } = "";

    public string? Summary { get; set; }

    public string ScopeCodes { get; set; } = "";

    public List<InspectionFinding> Findings { get; set; } = [];

    public List<MarkerRepair> Repairs { get; set; } = [];
}

internal sealed class InspectionFinding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; set; }

    public Guid MarkerId { get; set; }

    public string MarkerNumber { get; set; } = "";

    public string FoundStatus { get; set; } = "";

    public string? Note { get; set; }
}

internal sealed class MarkerRepair
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid InspectionId { get; set; }

    public Guid MarkerId { get; set; }

    public string MarkerNumber { get; set; } = "";

    public string Action { get; set; } = "";

    public decimal Cost { get; set; }

    public DateOnly? DoneOn { get; set; }
}

/// <summary>A marker damaged or moved by someone: repair cost and the fine, capped by a parameter.</summary>
internal sealed class MarkerDamage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid LineId { get; set; }

    public Guid MarkerId { get; set; }

    public string MarkerNumber { get; set; } = "";

    public DateOnly FoundOn { get; set; }

    public string Description { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string? ResponsibleParty { get; set; }

    public decimal RepairCost { get; set; }

    public decimal ProposedFine { get; set; }

    /// <summary>The cap in force on <see cref="FoundOn"/> and its legal basis, as used for the check.</summary>
    public decimal FineCap { get; set; }

    public string FineCapBasis { get; set; } = "";

    public string ScopeCodes { get; set; } = "";

    public string RecordedBy { get; set; } = "";
}

/// <summary>"平安边界" activity on a line (joint patrol, publicity, joint meeting).</summary>
internal sealed class BoundaryActivity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid LineId { get; set; }

    public DateOnly Date { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public string ScopeCodes { get; set; } = "";
}

internal sealed class BoundaryDispute
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public Guid? LineId { get; set; }

    public string Area { get; set; } = "";

    public string Parties { get; set; } = "";

    public DateOnly OpenedOn { get; set; }

    public string Description { get; set; } = "";

    /// <summary>调处中/已调处/提交上级.</summary>
    public string Status { get; set; } = DisputeStatuses.Open;

    public bool AgreementReached { get; set; }

    public string? AgreementSummary { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string ScopeCodes { get; set; } = "";

    public int Version { get; set; }

    public List<DisputeMediation> Mediations { get; set; } = [];
}

internal sealed class DisputeMediation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid DisputeId { get; set; }

    public DateOnly Date { get; set; }

    public string Mediator { get; set; } = "";

    public string Participants { get; set; } = "";

    public string Outcome { get; set; } = "";
}

internal static class ProposalStages
{
    public const string Research = "调研";
    public const string RiskAssessment = "风险评估";
    public const string Consultation = "征求意见";
    public const string Submitted = "报批";
    public const string Approved = "批复";
    public const string Implemented = "实施";
    public const string Terminated = "终止";

    public static readonly string[] Order = [Research, RiskAssessment, Consultation, Submitted, Approved, Implemented];
}

internal static class ProposalKinds
{
    public const string Establish = "设立";
    public const string Abolish = "撤销";
    public const string Rename = "更名";
    public const string Transfer = "隶属变更";
    public const string SeatMove = "驻地迁移";
    public const string TownToStreet = "镇改街";
    public const string Merge = "合并";

    public static readonly string[] All = [Establish, Abolish, Rename, Transfer, SeatMove, TownToStreet, Merge];
}

internal static class RiskLevels
{
    public static readonly string[] All = ["高", "中", "低"];
}

internal static class LineLevels
{
    public static readonly string[] All = ["省级", "市级", "县级"];
}

internal static class MarkerTypes
{
    public static readonly string[] All = ["单立", "双立", "三立"];
}

internal static class MarkerStatuses
{
    public const string Intact = "完好";
    public const string Damaged = "损坏";
    public const string Lost = "丢失";
    public const string Moved = "移位";

    public static readonly string[] All = [Intact, Damaged, Lost, Moved];
}

internal static class DisputeStatuses
{
    public const string Open = "调处中";
    public const string Settled = "已调处";
    public const string Escalated = "提交上级";

    public static readonly string[] All = [Open, Settled, Escalated];
}
