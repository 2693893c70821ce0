namespace CivilAffairs.ChildWelfare.Domain;

public enum PlacementStatus
{
    /// <summary>拟定: drafted by the institution or street.</summary>
    Draft,

    /// <summary>已批准: the plan is approved and being carried out; follow-up visits are due.</summary>
    Approved,

    /// <summary>已结案: the young adult is settled.</summary>
    Closed,
}

/// <summary>成年孤儿安置 plan (2018 policy): what is arranged for an orphan turning 18, by whom, by when.</summary>
internal sealed class Placement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ChildId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly TurnsAdultOn { get; set; }

    public string? Education { get; set; }

    public DateOnly? EducationDue { get; set; }

    public string? Employment { get; set; }

    public DateOnly? EmploymentDue { get; set; }

    public string? Housing { get; set; }

    public DateOnly? HousingDue { get; set; }

    /// <summary>Referral to social assistance (低保 / 特困) where needed.</summary>
    public string? AssistanceReferral { get; set; }

    public DateOnly? AssistanceDue { get; set; }

    public string ResponsiblePerson { get; set; } = "";

    public PlacementStatus Status { get; set; }

    /// <summary>When the next follow-up visit is due (from the plan, then from each visit).</summary>
    public DateOnly? NextVisitDue { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateOnly CreatedOn { get; set; }

    public string? ApprovedBy { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosingNote { get; set; }

    public int Version { get; set; }

    public List<FollowUpVisit> Visits { get; set; } = [];
}

internal sealed class FollowUpVisit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlacementId { get; set; }

    public DateOnly VisitedOn { get; set; }

    public string Notes { get; set; } = "";

    public DateOnly? NextDue { get; set; }

    public string VisitedBy { get; set; } = "";
}
