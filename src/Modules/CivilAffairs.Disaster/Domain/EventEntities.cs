using CivilAffairs.Platform.Values;

namespace CivilAffairs.Disaster.Domain;

public enum DisasterType
{
    Typhoon = 1,
    Flood = 2,
    Rainstorm = 3,
    Landslide = 4,
    Earthquake = 5,
    Fire = 6,
    Other = 9,
}

/// <summary>A natural disaster the bureau responds to. Events are city-wide records (visible to every disaster.read user); what hangs off them is scoped.</summary>
internal sealed class DisasterEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>ZH-{year}-{seq:000}.</summary>
    public string Number { get; set; } = "";

    public string Name { get; set; } = "";

    public DisasterType Type { get; set; }

    /// <summary>Severity I (1, most severe) to IV (4).</summary>
    public int Level { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>Affected division codes, comma-separated (districts or streets).</summary>
    public string AffectedDivisions { get; set; } = "";

    public string? Description { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public List<ResponseActivation> Responses { get; set; } = [];
}

/// <summary>An emergency response level started when the plan's trigger conditions are met (条例 art. 14), and ended.</summary>
internal sealed class ResponseActivation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EventId { get; set; }

    public int Level { get; set; }

    public string Trigger { get; set; } = "";

    public DateTime ActivatedAtUtc { get; set; }

    public string ActivatedBy { get; set; } = "";

    public DateTime? EndedAtUtc { get; set; }

    public string? EndedBy { get; set; }
}

/// <summary>A 避灾场所 (school, community centre, stadium) with its capacity.</summary>
internal sealed class Shelter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string Address { get; set; } = "";

    public int Capacity { get; set; }
}

/// <summary>A shelter opened for one event: its live head count is kept by conditional updates, never above capacity.</summary>
internal sealed class ShelterOpening
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EventId { get; set; }

    public Guid ShelterId { get; set; }

    /// <summary>Copied from the shelter so the capacity check is one row.</summary>
    public string DivisionCode { get; set; } = "";

    public int Capacity { get; set; }

    public int Occupants { get; set; }

    public int Peak { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public string OpenedBy { get; set; } = "";
}

/// <summary>One person sheltered: from the registry when known, otherwise described.</summary>
internal sealed class ShelterOccupant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OpeningId { get; set; }

    public string DivisionCode { get; set; } = "";

    public Guid? RegistryPersonId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string? IdNumber { get; set; }

    [PersonalData(MaskKind.Name)]
    public string? Name { get; set; }

    public string? Description { get; set; }

    public DateTime CheckedInAtUtc { get; set; }

    public DateTime? CheckedOutAtUtc { get; set; }
}

public enum HouseDamage
{
    None = 0,
    Moderate = 1,
    Severe = 2,
    Collapsed = 3,
}

/// <summary>A household hit by the event, with its losses; linked to the registry when the head is a registered resident.</summary>
internal sealed class AffectedHousehold
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EventId { get; set; }

    /// <summary>Community or street (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string HeadName { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string HeadIdNumber { get; set; } = "";

    public Guid? RegistryPersonId { get; set; }

    public Guid? RegistryHouseholdId { get; set; }

    [PersonalData(MaskKind.Address)]
    public string Address { get; set; } = "";

    public int Members { get; set; }

    public HouseDamage Damage { get; set; }

    public int Injured { get; set; }

    public int Dead { get; set; }

    public int Missing { get; set; }

    /// <summary>农作物受灾面积（亩）.</summary>
    public decimal CropAreaMu { get; set; }

    /// <summary>Direct property loss in yuan.</summary>
    public decimal PropertyLoss { get; set; }

    /// <summary>The reference given to 临时救助 ("DIS-{event}-{household}"), once referred.</summary>
    public string? CashReferralRef { get; set; }

    public Guid? CashCaseId { get; set; }

    public decimal? CashRequested { get; set; }

    public DateTime? CashReferredAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
