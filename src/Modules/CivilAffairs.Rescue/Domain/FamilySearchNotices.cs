using CivilAffairs.Platform.Values;

namespace CivilAffairs.Rescue.Domain;

internal enum NoticeStatus
{
    /// <summary>Being written; the public does not see it.</summary>
    Draft,

    Published,

    /// <summary>Taken down (reunion, closure or a reason given by staff).</summary>
    Unpublished,
}

/// <summary>
/// 寻亲公告: one per unidentified person in care, with the fields of the national 寻亲网 (rules
/// §4.2). The text is kept here, not read live from the case, so that what was published is what
/// the public saw; staff refresh it from the case when they edit the notice.
/// </summary>
internal sealed class PublicNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    /// <summary>The case's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The case number, shown to the public as the notice's reference.</summary>
    public string CaseNumber { get; set; } = "";

    public NoticeStatus Status { get; set; }

    /// <summary>Name or self-given name if known (may be a nickname); empty when unknown.</summary>
    public string? Name { get; set; }

    public Sex Sex { get; set; }

    public int? Age { get; set; }

    /// <summary>True when <see cref="Age"/> is 目测年龄 (no ID).</summary>
    public bool AgeEstimated { get; set; } = true;

    public int? HeightCm { get; set; }

    /// <summary>健康状况.</summary>
    public string? Health { get; set; }

    /// <summary>智力状况.</summary>
    public string? Intellect { get; set; }

    /// <summary>精神状况.</summary>
    public string? Mental { get; set; }

    /// <summary>体貌特征 (scars, birthmarks, build, teeth...).</summary>
    public string? PhysicalFeatures { get; set; }

    /// <summary>随身衣物 when found.</summary>
    public string? Clothing { get; set; }

    public string? Accent { get; set; }

    public DateOnly FoundOn { get; set; }

    /// <summary>The district found in (6 digits), for the public region filter.</summary>
    public string FoundDistrict { get; set; } = "";

    /// <summary>Place found as published (coarse: street and landmark, never a home address).</summary>
    public string FoundPlace { get; set; } = "";

    /// <summary>The station's contact: name, address, phone.</summary>
    public string StationContact { get; set; } = "";

    /// <summary>The case photo shown publicly (served only while the notice is published).</summary>
    public Guid? PhotoId { get; set; }

    public DateTime? FirstPublishedAtUtc { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public DateTime? UnpublishedAtUtc { get; set; }

    public string? UnpublishReason { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}

internal enum NoticeMessageStatus
{
    New,
    Handled,
}

/// <summary>"我可能认识此人": a member of the public answers a notice. Personal data; never logged.</summary>
internal sealed class NoticeMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid NoticeId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The case's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    [PersonalData(MaskKind.Phone)]
    public string Phone { get; set; } = "";

    /// <summary>What the sender is to the person (父亲, 同乡, 邻居...).</summary>
    public string Relationship { get; set; } = "";

    public string Message { get; set; } = "";

    public DateTime ReceivedAtUtc { get; set; }

    public NoticeMessageStatus Status { get; set; }

    public string? HandledBy { get; set; }

    public DateTime? HandledAtUtc { get; set; }

    public string? HandledNote { get; set; }
}

/// <summary>回访: a follow-up after a person went home (by phone or in person, often with the home town's civil affairs).</summary>
internal sealed class ReunionFollowUp
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReunionId { get; set; }

    /// <summary>The case's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    public DateOnly VisitedOn { get; set; }

    /// <summary>电话回访, 上门回访, 委托当地民政.</summary>
    public string Method { get; set; } = "";

    public string Note { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
