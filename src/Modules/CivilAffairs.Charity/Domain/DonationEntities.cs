using CivilAffairs.Platform.Values;

namespace CivilAffairs.Charity.Domain;

public enum DonorKind
{
    /// <summary>个人: named on the receipt, masked in lists, never named in public.</summary>
    Individual = 1,

    /// <summary>单位: company or other organization, with its credit code where given.</summary>
    Organization = 2,

    /// <summary>匿名: no name is stored at all.</summary>
    Anonymous = 3,
}

public enum DonationForm
{
    Money = 1,
    Goods = 2,
}

public enum DonationPurpose
{
    /// <summary>非定向: for the organization's charitable purposes.</summary>
    Unrestricted = 1,

    /// <summary>定向: for one of its projects.</summary>
    Restricted = 2,
}

public enum DonationStatus
{
    Valid = 1,

    /// <summary>作废: corrected by reversal; the row stays with its reason and leaves every total.</summary>
    Voided = 2,
}

/// <summary>A donation received by a charitable organization (捐赠登记), with its receipt number (公益事业捐赠票据号).</summary>
internal sealed class Donation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    /// <summary>The recipient's credit code (the organization filter).</summary>
    public string CreditCode { get; set; } = "";

    public string RecipientName { get; set; } = "";

    /// <summary>Where the recipient is located (the jurisdiction filter).</summary>
    public string DivisionCode { get; set; } = "";

    public Guid? CampaignId { get; set; }

    public DonorKind DonorKind { get; set; }

    /// <summary>Individuals and organizations; null for 匿名.</summary>
    [PersonalData(MaskKind.Name)]
    public string? DonorName { get; set; }

    public string? DonorCreditCode { get; set; }

    /// <summary>What the GB 32100 check said of the donor's code (a warning: market-regulator codes are not ours to refuse).</summary>
    public string? DonorCodeWarning { get; set; }

    /// <summary>An organizational donor agreed to be named on the public pages.</summary>
    public bool NamePublicly { get; set; }

    public DonationForm Form { get; set; }

    public string? GoodsDescription { get; set; }

    public string? GoodsQuantity { get; set; }

    /// <summary>How goods were valued (发票价 / 评估价 / 市场价).</summary>
    public string? ValuationBasis { get; set; }

    /// <summary>Money received, or the goods' valuation (元).</summary>
    public decimal Amount { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DonationPurpose Purpose { get; set; }

    public Guid? ProjectId { get; set; }

    public string ReceiptNumber { get; set; } = "";

    public DonationStatus Status { get; set; } = DonationStatus.Valid;

    public string? VoidReason { get; set; }

    public string? VoidedBy { get; set; }

    public DateTime? VoidedAtUtc { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public int Version { get; set; }
}

public enum PledgeStatus
{
    NotDelivered = 1,
    Partial = 2,
    Delivered = 3,
}

/// <summary>An intention of support made at a charity fair (意向帮扶 / 认捐), followed up until delivered. Bureau-only rows.</summary>
internal sealed class Pledge
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CampaignId { get; set; }

    /// <summary>The recording bureau's jurisdiction (4403 for the city's fair).</summary>
    public string DivisionCode { get; set; } = "";

    public string PledgerName { get; set; } = "";

    public string? PledgerCreditCode { get; set; }

    public string? PledgerCodeWarning { get; set; }

    /// <summary>对口帮扶 河源 / 汕尾 …, 本市困难群体.</summary>
    public string BeneficiaryArea { get; set; } = "";

    public string? Project { get; set; }

    public decimal Amount { get; set; }

    public DateOnly PledgedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>How the due date was set: entered, or the default period with the parameter version used.</summary>
    public string DueBasis { get; set; } = "";

    public decimal Delivered { get; set; }

    public PledgeStatus Status { get; set; } = PledgeStatus.NotDelivered;

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>One delivery (到位) of a pledge.</summary>
internal sealed class PledgeDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PledgeId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly DeliveredOn { get; set; }

    public decimal Amount { get; set; }

    /// <summary>Receipt number or bank reference of the money received.</summary>
    public string? ReceiptRef { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>A charitable organization's project (慈善项目), which receives 定向 donations and spends them.</summary>
internal sealed class CharityProject
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string OrganizationName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>扶贫济困 / 助老 / 助残 / 助学 / 医疗救助 …</summary>
    public string Field { get; set; } = "";

    public decimal Budget { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int BeneficiariesTarget { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>Money a project spent (项目支出).</summary>
internal sealed class ProjectSpending
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public DateOnly SpentOn { get; set; }

    public decimal Amount { get; set; }

    public string Purpose { get; set; } = "";

    public int BeneficiariesReached { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
