using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Funeral.Domain;

/// <summary>
/// The parameter keys of the eco-burial rewards (rules doc §12). The reward scheme's start
/// (2018-10-01) is the first day a reward value is in force, not a date in code: on a day without a
/// value no reward is due.
/// </summary>
internal static class EcoBurialParameters
{
    public const string SeaReward = "funeral.eco.reward.sea";
    public const string OtherReward = "funeral.eco.reward.other";
    public const string FreeCompanions = "funeral.eco.sea.free_companions";
    public const string ExtraSeatFee = "funeral.eco.sea.extra_seat_fee";

    public static readonly string[] RewardKeys = [SeaReward, OtherReward];

    public static readonly string[] SeatKeys = [FreeCompanions, ExtraSeatFee];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(SeaReward, "节地生态安葬奖励：海葬（每份骨灰）", "元", ParameterType.Decimal, "funeral"),
        new(OtherReward, "节地生态安葬奖励：树葬、花坛葬、草坪葬（每份骨灰）", "元", ParameterType.Decimal, "funeral"),
        new(FreeCompanions, "海葬每份骨灰可免费随船的家属人数", "人", ParameterType.Integer, "funeral"),
        new(ExtraSeatFee, "海葬超出免费名额的随船座位费（每人）", "元", ParameterType.Decimal, "funeral"),
    ];
}
