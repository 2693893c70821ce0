using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>居住状况: who the elder lives with.</summary>
public enum LivingSituation
{
    Unknown = 0,

    /// <summary>与子女或其他亲属同住</summary>
    WithFamily = 1,

    /// <summary>仅与配偶同住（空巢）</summary>
    EmptyNest = 2,

    /// <summary>独居</summary>
    Alone = 3,

    /// <summary>入住养老机构</summary>
    InInstitution = 4,
}

/// <summary>
/// Care-needs level from the ADL (Barthel index) assessment, after 《老年人能力评估规范》 GB/T 42195-2022
/// and MZ/T 039-2013: 能力完好, 轻度失能, 中度失能, 重度失能. 介护 (cannot care for oneself) is
/// 中度 or 重度.
/// </summary>
public enum CareLevel
{
    /// <summary>能力完好 (自理)</summary>
    Independent = 0,

    /// <summary>轻度失能 (介助)</summary>
    Mild = 1,

    /// <summary>中度失能 (介护)</summary>
    Moderate = 2,

    /// <summary>重度失能 (介护)</summary>
    Severe = 3,
}

/// <summary>
/// What the elderly-care module knows of an elder beyond the registry: living situation, the
/// statuses that give priority (失独, 三无, 优抚/三属五老, a child with a disability), the latest
/// care-needs level. Keyed by the registry person; name, address and phone stay in the registry.
/// </summary>
internal sealed class ElderProfile
{
    /// <summary>The registry person (one profile per person).</summary>
    public Guid PersonId { get; set; }

    /// <summary>The join key with service records that arrive by ID number (meal counters, uploads).</summary>
    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    /// <summary>Residence community or street when the profile was last saved (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    public LivingSituation Living { get; set; }

    /// <summary>失独: the only child has died.</summary>
    public bool LostOnlyChild { get; set; }

    /// <summary>The only child has a disability of grade 3 or worse.</summary>
    public bool OnlyChildDisabled { get; set; }

    /// <summary>"三无" elderly: no ability to work, no income, no one legally bound to support them.</summary>
    public bool ThreeNo { get; set; }

    /// <summary>优抚对象 / 三属五老 (families of martyrs and servicemen, specified veterans).</summary>
    public bool Entitled { get; set; }

    /// <summary>残疾等级 1–4 from the disability card, when any.</summary>
    public int? DisabilityGrade { get; set; }

    /// <summary>The latest assessment's level (set by the assessment); null when never assessed.</summary>
    public CareLevel? CareLevel { get; set; }

    public DateOnly? AssessedOn { get; set; }

    public DateOnly? NextAssessmentOn { get; set; }

    /// <summary>介护 certified by a city or district hospital's diagnosis (needed for the home-care subsidy's 介护 tiers).</summary>
    public bool CareDiagnosisCertified { get; set; }

    public string? Note { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public int Version { get; set; }
}
