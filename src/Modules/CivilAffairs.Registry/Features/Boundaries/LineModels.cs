namespace CivilAffairs.Registry.Features.Boundaries;

public sealed class LineCreateRequest
{
    public string? Name { get; set; }

    public string? SideACode { get; set; }

    public string? SideBCode { get; set; }

    public string? Level { get; set; }

    public decimal? LengthKm { get; set; }

    public string? AgreementDoc { get; set; }

    public DateOnly? AgreementDate { get; set; }

    /// <summary>Shenzhen districts along a city line, comma separated.</summary>
    public string? AlongCodes { get; set; }
}

public sealed class MarkerRequest
{
    public string? Number { get; set; }

    public string? Type { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public DateOnly? InstalledOn { get; set; }
}

public sealed class InspectionRequest
{
    public int? Round { get; set; }

    public string? PartnerGovernment { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Participants { get; set; }

    public string? Summary { get; set; }
}

public sealed class FindingRequest
{
    public string? MarkerNumber { get; set; }

    public string? FoundStatus { get; set; }

    public string? Note { get; set; }
}

public sealed class RepairRequest
{
    public string? MarkerNumber { get; set; }

    public string? Action { get; set; }

    public decimal? Cost { get; set; }

    public DateOnly? DoneOn { get; set; }
}

public sealed class DamageRequest
{
    public string? MarkerNumber { get; set; }

    public DateOnly? FoundOn { get; set; }

    public string? Description { get; set; }

    public string? ResponsibleParty { get; set; }

    public decimal? RepairCost { get; set; }

    public decimal? ProposedFine { get; set; }
}

public sealed class ActivityRequest
{
    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }
}

public sealed class LineQuery
{
    public string? Level { get; set; }

    public string? Q { get; set; }

    public bool? Overdue { get; set; }
}

public sealed record LineRow(Guid Id, string Name, string SideA, string SideB, string Level, decimal LengthKm, int Markers, int MarkersNotIntact,
    int? LastRound, DateOnly? LastRoundEnd, DateOnly? NextDue, bool Overdue);

public sealed record LineList(int Total, int Overdue, int MarkersNotIntact, int CycleYears, string CycleBasis, IReadOnlyList<LineRow> Items);

public sealed record MarkerView(Guid Id, string Number, string Type, decimal Latitude, decimal Longitude, DateOnly? InstalledOn, string Status, DateOnly? LastInspectedOn);

public sealed record FindingView(string MarkerNumber, string FoundStatus, string? Note);

public sealed record RepairView(string MarkerNumber, string Action, decimal Cost, DateOnly? DoneOn);

public sealed record InspectionView(Guid Id, int Round, string RoundName, string PartnerGovernment, DateOnly StartDate, DateOnly EndDate, string Participants, string? Summary,
    IReadOnlyList<FindingView> Findings, IReadOnlyList<RepairView> Repairs, decimal RepairCost);

public sealed record DamageView(Guid Id, string MarkerNumber, DateOnly FoundOn, string Description, string? ResponsibleParty, decimal RepairCost, decimal ProposedFine,
    decimal FineCap, string FineCapBasis, string RecordedBy);

public sealed record ActivityView(Guid Id, DateOnly Date, string Title, string? Description);

public sealed record LineDetail(Guid Id, string Name, string SideACode, string SideAName, string SideBCode, string SideBName, string Level, decimal LengthKm,
    string? AgreementDoc, DateOnly? AgreementDate, string? AlongCodes, DateOnly? NextDue, bool Overdue, int CycleYears, string CycleBasis,
    IReadOnlyList<MarkerView> Markers, IReadOnlyList<InspectionView> Inspections, IReadOnlyList<DamageView> Damages, IReadOnlyList<ActivityView> Activities, bool CanManage);
