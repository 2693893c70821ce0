using CivilAffairs.Platform.Values;

namespace CivilAffairs.Registry.Domain;

/// <summary>Identity documents the registry accepts (not every resident has a 身份证).</summary>
public enum DocumentType
{
    /// <summary>居民身份证</summary>
    IdCard = 1,

    /// <summary>港澳居民居住证 (address code 810000/820000)</summary>
    HkMacaoResidencePermit = 2,

    /// <summary>台湾居民居住证 (address code 830000)</summary>
    TaiwanResidencePermit = 3,

    /// <summary>港澳居民来往内地通行证</summary>
    HkMacaoHomeReturnPermit = 4,

    /// <summary>台湾居民来往大陆通行证</summary>
    TaiwanCompatriotPermit = 5,

    /// <summary>护照</summary>
    Passport = 6,

    /// <summary>外国人永久居留身份证</summary>
    ForeignPermanentResidence = 7,
}

/// <summary>A resident known to the bureau. Jurisdiction follows the residence division.</summary>
internal sealed class Person
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DocumentType DocumentType { get; set; } = DocumentType.IdCard;

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    /// <summary>Derived from the ID number for 身份证 and residence permits; entered otherwise.</summary>
    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    [PersonalData(MaskKind.Phone)]
    public string? Phone { get; set; }

    /// <summary>Residence community or street (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>户籍地: any division in China, county level or below.</summary>
    public string? HukouDivisionCode { get; set; }

    public bool IsShenzhenHukou { get; set; }

    [PersonalData(MaskKind.Address)]
    public string? Address { get; set; }

    /// <summary>婚姻状况, GB/T 2261.2 code; set by marriage registrations (MaritalStatusChanged) or entered.</summary>
    public string? MaritalStatusCode { get; set; }

    /// <summary>Date of the registration that set <see cref="MaritalStatusCode"/>.</summary>
    public DateOnly? MaritalStatusSince { get; set; }

    /// <summary>Date of death, set by the PersonDied event (a funeral home's record, a death-certificate feed).</summary>
    public DateOnly? DiedOn { get; set; }

    /// <summary>Where the death is known from, e.g. "funeral:火化证明 …" (no personal data).</summary>
    public string? DeathSource { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: a stale edit is refused, never silently overwrites.</summary>
    public int Version { get; set; }
}

/// <summary>A household (家庭/户): head, members with GB/T 4761 relationships, address, hukou flag.</summary>
internal sealed class Household
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HeadPersonId { get; set; }

    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.Address)]
    public string Address { get; set; } = "";

    public bool IsShenzhenHukou { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<HouseholdMember> Members { get; set; } = [];
}

internal sealed class HouseholdMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HouseholdId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>GB/T 4761 family relationship code relative to the head ("02" is the head).</summary>
    public string RelationshipCode { get; set; } = "";
}
