namespace CivilAffairs.Charity.Domain;

/// <summary>慈善活动的类别 (seed 八: 广东扶贫济困日 6-30, 深圳慈善月 9月 / 慈善日 9-5, 慈善展会).</summary>
public enum CampaignKind
{
    PovertyReliefDay = 1,
    CharityMonth = 2,
    CharityDay = 3,
    CharityFair = 4,
    Special = 5,
    Other = 9,
}

public enum CampaignStatus
{
    Preparing = 1,
    Active = 2,
    Closed = 3,
}

/// <summary>
/// A fundraising campaign. Campaigns are public information (the disclosure pages list them for
/// anyone), so they carry no division code and no jurisdiction filter; donations, pledges and
/// spending that belong to them are filtered.
/// </summary>
internal sealed class Campaign
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public CampaignKind Kind { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>市民政局 or the organizing charitable organization's name.</summary>
    public string OrganizerName { get; set; } = "";

    /// <summary>Set when a charitable organization organizes it; null for the bureau.</summary>
    public string? OrganizerCreditCode { get; set; }

    public decimal? TargetAmount { get; set; }

    public CampaignStatus Status { get; set; } = CampaignStatus.Preparing;

    public string? Description { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public string? ClosedBy { get; set; }

    public int Version { get; set; }
}
