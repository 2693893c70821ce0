using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>床位类型.</summary>
public enum BedType
{
    /// <summary>自理床位</summary>
    SelfCare = 1,

    /// <summary>护理型床位</summary>
    Nursing = 2,

    /// <summary>失智照护床位</summary>
    MemoryCare = 3,
}

/// <summary>Who pays the resident's fee.</summary>
public enum FeePayer
{
    /// <summary>自费</summary>
    Self = 1,

    /// <summary>特困供养（政府供养）</summary>
    Destitute = 2,

    /// <summary>政府购买服务</summary>
    GovernmentPurchase = 3,
}

public enum DischargeReason
{
    /// <summary>回家</summary>
    Home = 1,

    /// <summary>转院 / 转其他机构</summary>
    Transfer = 2,

    /// <summary>死亡</summary>
    Death = 3,

    /// <summary>其他</summary>
    Other = 4,
}

/// <summary>
/// A dated change of an institution's bed capacity of one type (beds added or removed). Capacity
/// is the sum of the changes up to a day; "new beds in year Y" is the sum of positive changes in Y.
/// A positive change of a private institution may be claimed once for the construction subsidy.
/// </summary>
internal sealed class BedChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string InstitutionCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public BedType BedType { get; set; }

    /// <summary>Beds added (positive) or removed (negative).</summary>
    public int Delta { get; set; }

    public DateOnly ChangedOn { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The construction-subsidy application that claimed these beds (never two).</summary>
    public Guid? SubsidyApplicationId { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime AtUtc { get; set; }
}

/// <summary>A resident's stay in an institution, from admission to discharge.</summary>
internal sealed class Admission
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string InstitutionCode { get; set; } = "";

    /// <summary>The institution's division (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    /// <summary>The registry person when the registry knows them.</summary>
    public Guid? PersonId { get; set; }

    public BedType BedType { get; set; }

    public DateOnly AdmittedOn { get; set; }

    public CareLevel CareLevel { get; set; }

    public FeePayer FeePayer { get; set; }

    public DateOnly? DischargedOn { get; set; }

    public DischargeReason? DischargeReason { get; set; }

    public string? DischargeNote { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime AtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>An institution's status change (筹建 → 运营 → 暂停 …) with its reason.</summary>
internal sealed class InstitutionStatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string InstitutionCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public InstitutionStatus From { get; set; }

    public InstitutionStatus To { get; set; }

    public string Reason { get; set; } = "";

    public string By { get; set; } = "";

    public DateTime AtUtc { get; set; }
}

/// <summary>医养结合: a signing with a primary clinic or hospital.</summary>
internal sealed class ClinicContract
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string InstitutionCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string ClinicName { get; set; } = "";

    /// <summary>e.g. 巡诊、健康档案、慢病管理、急诊绿色通道.</summary>
    public string Services { get; set; } = "";

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime AtUtc { get; set; }

    public bool ActiveOn(DateOnly day) => From <= day && day <= To;
}
