using CivilAffairs.Charity.Domain;

namespace CivilAffairs.Charity.Features.Campaigns;

internal sealed class CampaignRequest
{
    public string? Name { get; set; }

    public CampaignKind? Kind { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    /// <summary>Empty: the bureau organizes it; else a charitable organization's credit code.</summary>
    public string? OrganizerCreditCode { get; set; }

    public decimal? TargetAmount { get; set; }

    public string? Description { get; set; }
}

/// <summary>What the valid donations of a campaign add up to.</summary>
internal sealed record CampaignTotals(decimal Money, decimal Goods, int Donations, int Organizations)
{
    public static readonly CampaignTotals Zero = new(0, 0, 0, 0);

    public decimal Total => Money + Goods;
}

internal sealed record CampaignView(Guid Id, string Name, CampaignKind Kind, string KindName, DateOnly StartsOn, DateOnly EndsOn, string OrganizerName,
    string? OrganizerCreditCode, decimal? TargetAmount, CampaignStatus Status, string StatusName, string? Description, CampaignTotals Totals);

internal sealed class DonationRequest
{
    /// <summary>The recipient charitable organization; an organization's own account may leave it empty (itself).</summary>
    public string? RecipientCreditCode { get; set; }

    public Guid? CampaignId { get; set; }

    public DonorKind? DonorKind { get; set; }

    public string? DonorName { get; set; }

    public string? DonorCreditCode { get; set; }

    public bool NamePublicly { get; set; }

    public DonationForm? Form { get; set; }

    public string? GoodsDescription { get; set; }

    public string? GoodsQuantity { get; set; }

    public string? ValuationBasis { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public DonationPurpose? Purpose { get; set; }

    public Guid? ProjectId { get; set; }
}

internal sealed class VoidRequest
{
    public string? Reason { get; set; }
}

internal sealed class DonationQuery
{
    public Guid? Campaign { get; set; }

    public DonationStatus? Status { get; set; }

    public DonorKind? Donor { get; set; }

    public string? Org { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int? Page { get; set; }
}

/// <summary>A line of the donations list: individual donors masked, 匿名 without a name.</summary>
public sealed record DonationRow(Guid Id, string ReceiptNumber, string RecipientName, string CreditCode, string? CampaignName, DonorKind DonorKind,
    string DonorKindName, string Donor, DonationForm Form, string FormName, decimal Amount, DateOnly ReceivedOn, string PurposeName, DonationStatus Status,
    string StatusName);

internal sealed record DonationList(IReadOnlyList<DonationRow> Items, int Total, int Valid, decimal ValidAmount, int Page, int PageSize);

internal sealed record DonationView(Guid Id, string ReceiptNumber, string RecipientName, string CreditCode, Guid? CampaignId, string? CampaignName,
    DonorKind DonorKind, string DonorKindName, string? DonorName, string? DonorCreditCode, string? DonorCodeWarning, bool NamePublicly, DonationForm Form,
    string FormName, string? GoodsDescription, string? GoodsQuantity, string? ValuationBasis, decimal Amount, DateOnly ReceivedOn, DonationPurpose Purpose,
    string PurposeName, Guid? ProjectId, string? ProjectName, DonationStatus Status, string StatusName, string? VoidReason, string? VoidedBy,
    DateTime? VoidedAtUtc, string RecordedBy, DateTime RecordedAtUtc);

internal sealed class PledgeRequest
{
    public Guid? CampaignId { get; set; }

    public string? PledgerName { get; set; }

    public string? PledgerCreditCode { get; set; }

    public string? BeneficiaryArea { get; set; }

    public string? Project { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? PledgedOn { get; set; }

    /// <summary>Empty: the default period (parameter charity.campaigns.pledge_due_days).</summary>
    public DateOnly? DueOn { get; set; }
}

internal sealed class DeliveryRequest
{
    public DateOnly? DeliveredOn { get; set; }

    public decimal? Amount { get; set; }

    public string? ReceiptRef { get; set; }
}

internal sealed record PledgeRow(Guid Id, string CampaignName, string PledgerName, string? PledgerCreditCode, string? PledgerCodeWarning,
    string BeneficiaryArea, string? Project, decimal Amount, DateOnly PledgedOn, DateOnly DueOn, decimal Delivered, decimal Rate, PledgeStatus Status,
    string StatusName, bool Overdue);

/// <summary>Pledged against delivered for one campaign and beneficiary area.</summary>
internal sealed record PledgeSum(string CampaignName, string BeneficiaryArea, int Pledges, decimal Pledged, decimal Delivered, decimal Rate);

internal sealed record PledgeList(IReadOnlyList<PledgeRow> Items, IReadOnlyList<PledgeSum> Sums, int Overdue);

internal sealed record DeliveryView(Guid Id, DateOnly DeliveredOn, decimal Amount, string? ReceiptRef, string RecordedBy);

internal sealed record PledgeView(PledgeRow Pledge, Guid CampaignId, string DueBasis, IReadOnlyList<DeliveryView> Deliveries);

internal sealed class ProjectRequest
{
    public string? OrganizationCreditCode { get; set; }

    public string? Name { get; set; }

    public string? Field { get; set; }

    public decimal? Budget { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int? BeneficiariesTarget { get; set; }
}

internal sealed class SpendingRequest
{
    public DateOnly? SpentOn { get; set; }

    public decimal? Amount { get; set; }

    public string? Purpose { get; set; }

    public int? BeneficiariesReached { get; set; }
}

/// <summary>A project with what 定向 donations raised for it and what it spent.</summary>
internal sealed record ProjectRow(Guid Id, string OrganizationName, string CreditCode, string Name, string Field, decimal Budget, DateOnly StartsOn,
    DateOnly? EndsOn, int BeneficiariesTarget, decimal Raised, decimal Spent, int BeneficiariesReached);

internal sealed record SpendingView(Guid Id, DateOnly SpentOn, decimal Amount, string Purpose, int BeneficiariesReached, string RecordedBy);

internal sealed record ProjectView(ProjectRow Project, IReadOnlyList<SpendingView> Spending);
