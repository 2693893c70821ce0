using CivilAffairs.Platform.Values;
using CivilAffairs.SocialWork.Features.Shared;

namespace CivilAffairs.SocialWork.Features.Workforce;

/// <summary>
/// A social-work organization as the bureau's social-work side sees it. Registered ones point to
/// the social-organization register by credit code (name and location come from there); the
/// service fields, stations run and headcount are kept here.
/// </summary>
internal sealed class SwOrganization
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string? CreditCode { get; set; }

    public string Name { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>Service fields, comma-separated enum names.</summary>
    public string Fields { get; set; } = "";

    public int StationsRun { get; set; }

    /// <summary>Declared headcount (the workers recorded here may be fewer).</summary>
    public int DeclaredHeadcount { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A social worker (社会工作者), posted to a division; the posting decides who sees the record.</summary>
internal sealed class SocialWorker
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    public SwQualification Qualification { get; set; }

    public string? CertificateNumber { get; set; }

    public int? CertificateYear { get; set; }

    public SwField Field { get; set; }

    public bool FullTime { get; set; } = true;

    public Guid OrganizationId { get; set; }

    public string DivisionCode { get; set; } = "";

    public WorkerStatus Status { get; set; } = WorkerStatus.InPost;

    public DateOnly HiredOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One continuing-education course a worker completed (继续教育).</summary>
internal sealed class CeRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid WorkerId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly CompletedOn { get; set; }

    public string Course { get; set; } = "";

    public decimal Hours { get; set; }

    public string RecordedBy { get; set; } = "";
}

/// <summary>A peer counsellor (朋辈辅导员) of the drug-rehabilitation model, guided by a social worker.</summary>
internal sealed class PeerCounsellor
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    public Guid WorkerId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    public int Sessions { get; set; }

    public bool Active { get; set; } = true;

    public string CreatedBy { get; set; } = "";
}
