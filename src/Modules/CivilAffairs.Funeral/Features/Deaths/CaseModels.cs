using CivilAffairs.Contracts.Events;

namespace CivilAffairs.Funeral.Features.Deaths;

public sealed class RecordCaseRequest
{
    public Guid? HomeId { get; set; }

    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    /// <summary>户籍所在县区, 6 digits (4403xx = Shenzhen).</summary>
    public string? HukouDivisionCode { get; set; }

    public DateOnly? DiedOn { get; set; }

    /// <summary>Hospital, Home or Other.</summary>
    public string? Place { get; set; }

    public string? PlaceText { get; set; }

    /// <summary>False for a Shenzhen resident who died (and was cremated) elsewhere and claims the fees back.</summary>
    public bool? DiedInShenzhen { get; set; }

    public string? DeathCertificateNumber { get; set; }
}

public sealed class ServiceLineRequest
{
    /// <summary>A catalogue item code, or null/empty for a paid extra.</summary>
    public string? ItemCode { get; set; }

    /// <summary>Name of an extra (catalogue items take the catalogue's name).</summary>
    public string? Name { get; set; }

    public decimal? Quantity { get; set; }

    public decimal? UnitPrice { get; set; }
}

public sealed class ServicesRequest
{
    public List<ServiceLineRequest>? Items { get; set; }
}

public sealed class CremationRequest
{
    public DateOnly? CrematedOn { get; set; }

    /// <summary>Only for a death elsewhere: the other city's cremation certificate number.</summary>
    public string? CertificateNumber { get; set; }

    /// <summary>Only for a death elsewhere: the invoices presented.</summary>
    public string? InvoiceNumbers { get; set; }
}

public sealed class CaseSearch
{
    public Guid? Home { get; set; }

    public string? Status { get; set; }

    /// <summary>The cases of one monthly claim.</summary>
    public Guid? Claim { get; set; }

    /// <summary>yyyy-MM: died in this month.</summary>
    public string? Month { get; set; }

    /// <summary>Name, full ID number, cremation or death certificate number.</summary>
    public string? Q { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

public sealed record CaseListItem(Guid Id, string HomeName, string IdNumber, string Name, string Sex, int Age, DateOnly DiedOn, bool DiedInShenzhen,
    bool ShenzhenHukou, string Status, DateOnly? CrematedOn, string? CremationCertificateNumber, decimal Charged, decimal Waiver, decimal SelfPay,
    bool Claimed, bool NoticePending);

public sealed record CasePage(int Total, int Page, int PageSize, int Recorded, int Cremated, int Closed, decimal Waiver, IReadOnlyList<CaseListItem> Items);

public sealed record ServiceView(string? ItemCode, string Name, decimal Quantity, decimal UnitPrice, decimal Charged, decimal? Standard, decimal Waived);

public sealed record NoticeView(Guid Id, string Source, DateTime CreatedAtUtc, DateTime? DispatchedAtUtc, int Attempts, string? LastError,
    IReadOnlyList<PersonDiedOutcome> Outcomes, string Summary);

public sealed record CaseView(Guid Id, Guid HomeId, string HomeName, string IdNumber, string Name, string Sex, DateOnly BirthDate, int Age,
    string HukouDivisionCode, string HukouName, bool ShenzhenHukou, DateOnly DiedOn, string Place, string PlaceText, bool DiedInShenzhen,
    string DeathCertificateNumber, string Status, DateOnly? CrematedOn, string? CremationCertificateNumber, string? InvoiceNumbers,
    IReadOnlyList<ServiceView> Services, decimal Charged, bool WaiverEligible, string WaiverReason, decimal Waiver, decimal SelfPay,
    decimal? WaiverCap, DateOnly? WaiverCapFrom, string? WaiverBasis, Guid? ClaimId, string? ClaimStatus, IReadOnlyList<NoticeView> Notices,
    string RecordedBy, DateTime RecordedAtUtc, bool CanChange);
