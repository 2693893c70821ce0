using CivilAffairs.Funeral.Domain;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>A companion boarding the sea-burial vessel; blank rows of the form are ignored.</summary>
public sealed class CompanionInput
{
    public string? Name { get; set; }

    public string? IdNumber { get; set; }
}

/// <summary>A new eco-burial application, as entered at the funeral home's counter or the bureau.</summary>
public sealed class EcoBurialRequest
{
    /// <summary>Sea, Tree, FlowerBed or Lawn.</summary>
    public string? BurialType { get; set; }

    public string? DeceasedIdNumber { get; set; }

    public string? DeceasedName { get; set; }

    /// <summary>A Shenzhen district (440304) or another county's code; empty = outside Shenzhen.</summary>
    public string? HukouDivisionCode { get; set; }

    public DateOnly? DateOfDeath { get; set; }

    /// <summary>火化证 or 骨灰寄存证 number.</summary>
    public string? CertificateNumber { get; set; }

    public string? ApplicantIdNumber { get; set; }

    public string? ApplicantName { get; set; }

    public string? ApplicantPhone { get; set; }

    public string? Relationship { get; set; }

    public string? BankName { get; set; }

    public string? BankAccount { get; set; }

    public bool OrganisedByCivilAffairs { get; set; } = true;

    /// <summary>Tree, flower-bed and lawn burials: the day of the burial (a sea burial takes its voyage's date).</summary>
    public DateOnly? BurialDate { get; set; }

    public string? CemeteryName { get; set; }

    /// <summary>Optional: book the voyage at once.</summary>
    public Guid? SeaBurialEventId { get; set; }

    public List<CompanionInput> Companions { get; set; } = [];

    public bool PaperCertificate { get; set; }

    public bool PaperApplicantId { get; set; }

    public bool PaperRelationship { get; set; }

    public bool PaperCompanionIds { get; set; }

    public bool PaperHukouBook { get; set; }
}

public sealed class AssignRequest
{
    public Guid? EventId { get; set; }
}

public sealed class RejectRequest
{
    public string? Reason { get; set; }
}

public sealed class EcoBurialQuery
{
    public string? Status { get; set; }

    public string? Type { get; set; }

    /// <summary>Accepted in this month (yyyy-MM).</summary>
    public string? Month { get; set; }

    /// <summary>Application number or certificate number.</summary>
    public string? Q { get; set; }

    public int? Page { get; set; }
}

internal sealed record CompanionView(string Name, string MaskedIdNumber);

internal sealed record EcoBurialRow(Guid Id, string Number, EcoBurialStatus Status, BurialType BurialType, string DeceasedName, string DeceasedIdNumber,
    bool ShenzhenHukou, DateOnly AcceptedOn, DateOnly? BurialDate, int Companions, decimal? RewardAmount, string ApplicantName, string BankAccount,
    string DivisionCode);

internal sealed record EcoBurialList(int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<EcoBurialRow> Items);

internal sealed record EcoBurialView(Guid Id, string Number, EcoBurialStatus Status, string StatusName, BurialType BurialType, string BurialTypeName,
    string DivisionCode, string DeceasedName, string DeceasedIdNumber, string HukouDivisionCode, bool ShenzhenHukou, DateOnly DateOfDeath,
    string CertificateNumber, string ApplicantName, string ApplicantIdNumber, string ApplicantPhone, string Relationship, bool PowerOfAttorney,
    string BankName, string BankAccount, bool OrganisedByCivilAffairs, DateOnly? BurialDate, string? CemeteryName, Guid? SeaBurialEventId,
    string? SeaBurialEventLabel, IReadOnlyList<CompanionView> Companions, int ExtraSeats, decimal ExtraSeatFee, string? SeatBasis,
    IReadOnlyList<PaperView> Papers, DateOnly AcceptedOn, string AcceptedBy, decimal? RewardAmount, string? RewardReason, string? RewardBasis,
    DateOnly? DecidedOn, string? DecidedBy, string? RejectReason, Guid? PaymentBatchId, DateOnly? PaidOn, bool CanDecide, bool CanAssign,
    FuneralHomeRecord? HomeRecord = null);

/// <summary>The funeral home's record of the same deceased, when one is visible: lets the approver check the certificate.</summary>
internal sealed record FuneralHomeRecord(Guid CaseId, string HomeName, string? CremationCertificateNumber, DateOnly? CrematedOn, bool CertificateMatches);

internal sealed record PaperView(string Key, string Name, bool Required, bool Ticked);

internal static class EcoBurialNames
{
    public static string Status(EcoBurialStatus s) => s switch
    {
        EcoBurialStatus.Submitted => "待审批",
        EcoBurialStatus.Approved => "已批准",
        EcoBurialStatus.Rejected => "不予批准",
        _ => "已发放",
    };

    public static string Badge(EcoBurialStatus s) => s switch
    {
        EcoBurialStatus.Submitted => "text-bg-warning",
        EcoBurialStatus.Approved => "text-bg-primary",
        EcoBurialStatus.Rejected => "text-bg-secondary",
        _ => "text-bg-success",
    };

    public static string Event(SeaBurialStatus s) => s switch
    {
        SeaBurialStatus.Planned => "计划",
        SeaBurialStatus.Done => "已举行",
        _ => "已取消",
    };

    public static readonly string[] Relationships = ["配偶", "子女", "父母", "兄弟姐妹", "其他亲属", "受托人"];

    public static readonly (string Code, string Name)[] Districts =
    [
        ("440303", "罗湖区"), ("440304", "福田区"), ("440305", "南山区"), ("440306", "宝安区"), ("440307", "龙岗区"),
        ("440308", "盐田区"), ("440309", "龙华区"), ("440310", "坪山区"), ("440311", "光明区"),
    ];

    public static string HukouName(string code) =>
        code.Length == 0 ? "非深圳户籍"
        : Districts.FirstOrDefault(d => code.StartsWith(d.Code, StringComparison.Ordinal)).Name is { } n ? "深圳市" + n
        : EcoBurialRules.IsShenzhenHukou(code) ? "深圳市" : "非深圳户籍（" + code + "）";
}
