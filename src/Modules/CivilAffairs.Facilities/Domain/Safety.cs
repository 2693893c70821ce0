using CivilAffairs.Platform.Values;

namespace CivilAffairs.Facilities.Domain;

/// <summary>Risk level of a hazard source in the risk list (四色: 红 橙 黄 蓝).</summary>
public enum SafetyRiskLevel
{
    /// <summary>重大风险（红）</summary>
    Major = 1,

    /// <summary>较大风险（橙）</summary>
    Large = 2,

    /// <summary>一般风险（黄）</summary>
    General = 3,

    /// <summary>低风险（蓝）</summary>
    Low = 4,
}

public enum InspectionKind
{
    /// <summary>日常检查</summary>
    Routine = 1,

    /// <summary>专项检查</summary>
    Special = 2,

    /// <summary>联合检查（消防）</summary>
    JointFire = 3,
}

public enum HazardLevel
{
    /// <summary>一般隐患</summary>
    General = 1,

    /// <summary>重大隐患</summary>
    Major = 2,
}

public enum HazardStatus
{
    /// <summary>整改中</summary>
    Open = 1,

    /// <summary>已整改待验收</summary>
    Rectified = 2,

    /// <summary>已验收销号</summary>
    Verified = 3,
}

/// <summary>One line of an institution's risk list (风险分级管控): the hazard source, its assessed level and controls.</summary>
internal sealed class SafetyRisk
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FacilityId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>风险点 / 危险源, e.g. 厨房燃气管道.</summary>
    public string Hazard { get; set; } = "";

    /// <summary>可能性 L (1–5).</summary>
    public int Likelihood { get; set; }

    /// <summary>严重性 S (1–5).</summary>
    public int Severity { get; set; }

    public SafetyRiskLevel Level { get; set; }

    /// <summary>The matrix thresholds used to grade it.</summary>
    public string ParametersUsed { get; set; } = "";

    public string Controls { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string ResponsiblePerson { get; set; } = "";

    public DateOnly AssessedOn { get; set; }

    public bool Active { get; set; } = true;

    public string RecordedBy { get; set; } = "";
}

/// <summary>A safety inspection of an institution.</summary>
internal sealed class SafetyInspection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>e.g. AQ-2026-000031.</summary>
    public string Number { get; set; } = "";

    public Guid FacilityId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly InspectedOn { get; set; }

    public InspectionKind Kind { get; set; }

    /// <summary>The inspecting unit(s), e.g. 福田区民政局、福田区消防救援大队.</summary>
    public string Inspectors { get; set; } = "";

    public string Findings { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>A hidden danger (隐患): found, rectified by a deadline, verified by someone other than its recorder.</summary>
internal sealed class SafetyHazard
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>e.g. YH-2026-000007.</summary>
    public string Number { get; set; } = "";

    public Guid FacilityId { get; set; }

    public Guid? InspectionId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Description { get; set; } = "";

    public HazardLevel Level { get; set; }

    public DateOnly FoundOn { get; set; }

    public DateOnly Deadline { get; set; }

    /// <summary>The rectification period used, e.g. "general=30@2018-01-01".</summary>
    public string ParametersUsed { get; set; } = "";

    public HazardStatus Status { get; set; } = HazardStatus.Open;

    public DateOnly? RectifiedOn { get; set; }

    public string? Rectification { get; set; }

    public string RecordedBy { get; set; } = "";

    public string? VerifiedBy { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public int Version { get; set; }
}
