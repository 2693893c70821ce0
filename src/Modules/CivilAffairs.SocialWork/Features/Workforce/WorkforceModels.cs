using CivilAffairs.SocialWork.Features.Shared;

namespace CivilAffairs.SocialWork.Features.Workforce;

public sealed class OrganizationRequest
{
    /// <summary>统一社会信用代码 of a registered social organization; empty for one not registered as such (its name and division are then required).</summary>
    public string? CreditCode { get; set; }

    public string? Name { get; set; }

    public string? DivisionCode { get; set; }

    public List<SwField> Fields { get; set; } = [];

    public int? StationsRun { get; set; }

    public int? DeclaredHeadcount { get; set; }
}

public sealed record OrganizationRow(Guid Id, string? CreditCode, string Name, string DivisionCode, string District, IReadOnlyList<string> Fields,
    int StationsRun, int DeclaredHeadcount, int WorkersInPost, int Qualified, bool Registered);

public sealed class WorkerRequest
{
    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public SwQualification? Qualification { get; set; }

    public string? CertificateNumber { get; set; }

    public int? CertificateYear { get; set; }

    public SwField? Field { get; set; }

    public bool FullTime { get; set; } = true;

    public Guid? OrganizationId { get; set; }

    public string? DivisionCode { get; set; }

    public DateOnly? HiredOn { get; set; }
}

public sealed class WorkerQuery
{
    public SwField? Field { get; set; }

    public SwQualification? Qualification { get; set; }

    public WorkerStatus? Status { get; set; }

    public string? District { get; set; }

    public Guid? Organization { get; set; }

    /// <summary>Certificate number, or the full ID number (never a name search on a masked list).</summary>
    public string? Q { get; set; }

    public int? Page { get; set; }
}

/// <summary>A worker in a list: name and ID number masked.</summary>
public sealed record WorkerRow(Guid Id, string Name, string IdNumber, string Qualification, string QualificationName, string? CertificateNumber,
    string Field, string FieldName, bool FullTime, string Organization, string DivisionCode, string District, string Status, string StatusName, DateOnly HiredOn);

public sealed record WorkerList(int Total, int Page, int PageSize, IReadOnlyList<WorkerRow> Items);

public sealed record CeYear(int Year, decimal Hours, decimal Required, decimal Shortfall, string Basis);

public sealed record CeLine(Guid Id, DateOnly CompletedOn, string Course, decimal Hours, string RecordedBy);

public sealed record PeerRow(Guid Id, string Name, Guid WorkerId, string WorkerName, string DivisionCode, DateOnly StartedOn, int Sessions, bool Active);

/// <summary>One worker for the detail page; the name is shown in full to those who may see the record, the ID number stays masked.</summary>
public sealed record WorkerView(WorkerRow Row, string FullName, int? CertificateYear, DateOnly? LeftOn, IReadOnlyList<CeYear> CeByYear, IReadOnlyList<CeLine> Ce,
    IReadOnlyList<PeerRow> Peers);

public sealed class CeRequest
{
    public DateOnly? CompletedOn { get; set; }

    public string? Course { get; set; }

    public decimal? Hours { get; set; }
}

public sealed class LeaveRequest
{
    public DateOnly? LeftOn { get; set; }
}

public sealed class PeerRequest
{
    public string? Name { get; set; }

    public Guid? WorkerId { get; set; }

    public DateOnly? StartedOn { get; set; }
}

public sealed class SessionsRequest
{
    public int? Sessions { get; set; }
}
