using CivilAffairs.Platform.Values;

namespace CivilAffairs.Disaster.Domain;

public enum SubsidyStatus
{
    /// <summary>Applied for or nominated; awaiting the community's democratic review.</summary>
    Submitted = 1,

    /// <summary>Passed the democratic review; on public display in the community.</summary>
    Publicity = 2,

    /// <summary>Street (街道) reviewed; awaiting district approval.</summary>
    StreetReviewed = 3,

    Approved = 4,

    Refused = 9,
}

/// <summary>倒房重建 subsidy (条例 art. 20): application or nomination → 民主评议 → 公示 → 街道审核 → 区审批.</summary>
internal sealed class ReconstructionSubsidy
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>CJ-{year}-{seq:000000}.</summary>
    public string Number { get; set; } = "";

    public Guid EventId { get; set; }

    public Guid HouseholdId { get; set; }

    public string DivisionCode { get; set; } = "";

    public HouseDamage Damage { get; set; }

    public bool Nominated { get; set; }

    public SubsidyStatus Status { get; set; }

    public string? ReviewNote { get; set; }

    public string? ReviewedBy { get; set; }

    public DateOnly? PublicityFrom { get; set; }

    /// <summary>Last day of 公示 (working days from the parameter, counted on the official calendar).</summary>
    public DateOnly? PublicityUntil { get; set; }

    public int PublicityDays { get; set; }

    public string? StreetNote { get; set; }

    public string? StreetBy { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>The parameter value and legal basis the amount came from.</summary>
    public string? AmountBasis { get; set; }

    public string? ApprovedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public SubsidyStatus? RefusedAt { get; set; }

    public string? RefusalReason { get; set; }

    public string SubmittedBy { get; set; } = "";

    public DateTime SubmittedAtUtc { get; set; }

    public int Version { get; set; }

    public List<SubsidyObjection> Objections { get; set; } = [];
}

/// <summary>An objection raised during 公示 and how it was settled.</summary>
internal sealed class SubsidyObjection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SubsidyId { get; set; }

    public string Text { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime AtUtc { get; set; }
}

public enum WinterListStatus
{
    Draft = 1,
    StreetReviewed = 2,
    Approved = 3,
    Returned = 9,
}

/// <summary>冬春救助 (条例 art. 21): a street's list of households in need for one season, reviewed by the street, approved by the district.</summary>
internal sealed class WinterReliefList
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string DivisionCode { get; set; } = "";

    /// <summary>e.g. "2018-2019" (winter 2018 and spring 2019).</summary>
    public string Season { get; set; } = "";

    public Guid? EventId { get; set; }

    public WinterListStatus Status { get; set; } = WinterListStatus.Draft;

    public string? ReviewedBy { get; set; }

    public string? ApprovedBy { get; set; }

    public string? ReturnReason { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<WinterReliefEntry> Entries { get; set; } = [];
}

internal sealed class WinterReliefEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ListId { get; set; }

    public string DivisionCode { get; set; } = "";

    public Guid? HouseholdId { get; set; }

    [PersonalData(MaskKind.Name)]
    public string HeadName { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string HeadIdNumber { get; set; } = "";

    public int Members { get; set; }

    /// <summary>口粮, 衣被, 取暖, 房屋修缮, 其他.</summary>
    public string Need { get; set; } = "";

    public decimal Amount { get; set; }

    /// <summary>The cap in force and its legal basis.</summary>
    public string AmountBasis { get; set; } = "";
}
