using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Charity.Domain;

/// <summary>慈善活动 parameters (prefix charity.campaigns.).</summary>
internal static class CampaignParameters
{
    /// <summary>When a pledge is recorded without its own due date: the days after the pledge by which it should be delivered.</summary>
    public const string PledgeDueDays = "charity.campaigns.pledge_due_days";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(PledgeDueDays, "慈善认捐：未约定到位日期时的默认到位期限（自认捐之日起）", "天", ParameterType.Integer, "charity"),
    ];
}
