using CivilAffairs.Platform.Values;

namespace CivilAffairs.Rescue.Domain;

/// <summary>
/// Case states of a person in the station's care (rules §4.2, inferred): the family-search track
/// 受助登记 → 身份甄别中 → 寻亲公告已发布 → DNA比对中 → 疑似匹配 → 亲属核验 → 返乡/接回 → 结案, and the
/// long-stay track 滞留 → 安置 → 落户.
/// </summary>
internal enum RescueCaseStatus
{
    /// <summary>受助登记.</summary>
    Registered,

    /// <summary>身份甄别中.</summary>
    Identifying,

    /// <summary>寻亲公告已发布.</summary>
    NoticePublished,

    /// <summary>DNA已采集/比对中.</summary>
    DnaComparing,

    /// <summary>疑似匹配: a DNA or face candidate, or a notice reply, awaits verification.</summary>
    SuspectedMatch,

    /// <summary>亲属核验.</summary>
    FamilyVerification,

    /// <summary>返乡/接回: handed over to relatives or sent home.</summary>
    Returned,

    /// <summary>滞留: no family found within the norm; long stay.</summary>
    LongStay,

    /// <summary>安置: placed in a welfare institution.</summary>
    Placed,

    /// <summary>落户: hukou settled for the placed person.</summary>
    HukouSettled,

    /// <summary>结案.</summary>
    Closed,

    /// <summary>自行离站: an adult who is not vulnerable left of their own will (the station may not restrain anyone, 办法 arts 7, 11).</summary>
    LeftOnOwn,
}

/// <summary>Who brought the person in (办法 art. 5: police must escort the vulnerable).</summary>
internal enum FoundBy
{
    /// <summary>公安派出所.</summary>
    Police,

    /// <summary>救助站街面巡查.</summary>
    Patrol,

    /// <summary>主动求助.</summary>
    SelfReferral,

    /// <summary>市民或单位护送.</summary>
    Citizen,

    Other,
}

/// <summary>受助人员分类: decides the care rules (who may take the person away, escort by police).</summary>
internal enum CareCategory
{
    /// <summary>未成年人.</summary>
    Minor,

    /// <summary>老年人.</summary>
    Elderly,

    /// <summary>残疾人.</summary>
    Disabled,

    /// <summary>精神障碍患者.</summary>
    MentallyIll,

    /// <summary>危重病人/患病人员.</summary>
    Sick,

    /// <summary>一般受助人员.</summary>
    Ordinary,
}

/// <summary>
/// A person in the rescue station's care (受助人员). The core that every area uses; the casework
/// area owns it and adds what intake, stay and hand-over need.
/// </summary>
internal sealed class RescueCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Case number, e.g. JZ-2018-000123 (station and year).</summary>
    public string CaseNumber { get; set; } = "";

    /// <summary>The street (9 digits) where the person was found: district and street staff see their own cases.</summary>
    public string DivisionCode { get; set; } = "";

    public RescueCaseStatus Status { get; set; }

    /// <summary>Name as given, if any (may be false or unknown).</summary>
    [PersonalData(MaskKind.Name)]
    public string? Name { get; set; }

    /// <summary>ID number once identified.</summary>
    [PersonalData(MaskKind.IdNumber)]
    public string? IdNumber { get; set; }

    public Sex Sex { get; set; }

    /// <summary>目测年龄 when there is no ID; the age from the ID otherwise.</summary>
    public int? EstimatedAge { get; set; }

    public int? HeightCm { get; set; }

    public DateTime FoundAtUtc { get; set; }

    [PersonalData(MaskKind.Address)]
    public string FoundPlace { get; set; } = "";

    /// <summary>口音, e.g. 湖南口音.</summary>
    public string? Accent { get; set; }

    public DateTime AdmittedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public int Version { get; set; }

    // ---- casework (owned by Features/Cases) ----

    public FoundBy FoundBy { get; set; }

    /// <summary>派出所 or unit that brought the person, e.g. 福田派出所.</summary>
    public string? FoundByUnit { get; set; }

    /// <summary>Whether the police escorted the person to the station (required for the vulnerable, 办法 art. 5).</summary>
    public bool PoliceEscorted { get; set; }

    /// <summary>From the ID number when one was given.</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>体型 (偏瘦, 中等, 偏胖).</summary>
    public string? Build { get; set; }

    /// <summary>健康状况 as observed.</summary>
    public string? Health { get; set; }

    /// <summary>精神状况.</summary>
    public string? MentalState { get; set; }

    /// <summary>智力状况.</summary>
    public string? IntellectualState { get; set; }

    /// <summary>衣着.</summary>
    public string? Clothing { get; set; }

    /// <summary>体貌特征 (scars, tattoos, ...).</summary>
    public string? PhysicalFeatures { get; set; }

    public bool ObservedDisabled { get; set; }

    public bool ObservedMentalIllness { get; set; }

    public bool ObservedSick { get; set; }

    public CareCategory Category { get; set; }

    /// <summary>What the rules suggested at intake (age and observations).</summary>
    public CareCategory SuggestedCategory { get; set; }

    /// <summary>The staff member who confirmed the category; null while only suggested.</summary>
    public string? CategoryConfirmedBy { get; set; }

    /// <summary>The station room the person sleeps in.</summary>
    public Guid? RoomId { get; set; }

    /// <summary>The stay norm (days) in force on admission, as used for overdue (rescue.stay.norm_days).</summary>
    public int StayNormDays { get; set; }

    public string IntakeBy { get; set; } = "";

    /// <summary>When the person left the station (handed over, sent home, left on own, placed).</summary>
    public DateTime? LeftAtUtc { get; set; }

    /// <summary>安置机构.</summary>
    public string? PlacementInstitution { get; set; }

    public DateOnly? PlacedOn { get; set; }

    public DateOnly? HukouSettledOn { get; set; }

    public string? HukouApprovedBy { get; set; }

    public string? ClosureReason { get; set; }

    /// <summary>The 临时救助 case opened by the referral (Assistance module).</summary>
    public Guid? AssistanceCaseId { get; set; }

    public DateTime? AssistanceReferredAtUtc { get; set; }

    /// <summary>True once the person has gone home, been placed or the case is closed: family search stops moving it.</summary>
    public bool IsSettled => Status is RescueCaseStatus.Returned or RescueCaseStatus.Placed or RescueCaseStatus.HukouSettled or RescueCaseStatus.Closed
        or RescueCaseStatus.LeftOnOwn;

    /// <summary>Still sleeping at the station (family-search track or long stay).</summary>
    public bool InCare => !IsSettled;

    /// <summary>
    /// Moves the case forward on the family-search track (Registered … FamilyVerification) when
    /// <paramref name="to"/> is further along; never backwards and never out of a settled or
    /// long-stay state (a long-stay person found by DNA is moved by the hand-over, not by the match).
    /// Returns whether the status changed.
    /// </summary>
    public bool Advance(RescueCaseStatus to)
    {
        if (IsSettled || Status == RescueCaseStatus.LongStay || to > RescueCaseStatus.FamilyVerification || to <= Status)
        {
            return false;
        }
        Status = to;
        Version++;
        return true;
    }
}

/// <summary>A photo of a person in care (intake photo, later photos), shown on notices and used for face embeddings.</summary>
internal sealed class CasePhoto
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    /// <summary>The case's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>image/jpeg or image/png.</summary>
    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime TakenAtUtc { get; set; }

    /// <summary>The photo shown on the public notice (one per case).</summary>
    public bool IsPrimary { get; set; }
}
