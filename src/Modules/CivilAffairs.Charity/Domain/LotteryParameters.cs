using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Charity.Domain;

/// <summary>福彩公益金 parameters (prefix charity.lottery.): the fund rate per game, the local share, the grade thresholds of a performance evaluation.</summary>
internal static class LotteryParameters
{
    public const string RatePrefix = "charity.lottery.rate.";
    public const string LocalShare = "charity.lottery.local_share";
    public const string GradeExcellent = "charity.lottery.grade.excellent";
    public const string GradeGood = "charity.lottery.grade.good";
    public const string GradePass = "charity.lottery.grade.pass";

    public static string Rate(LotteryGame g) => RatePrefix + g switch
    {
        LotteryGame.DoubleColorBall => "ssq",
        LotteryGame.Fc3D => "3d",
        LotteryGame.Happy8 => "kl8",
        LotteryGame.SevenLe => "qlc",
        LotteryGame.Instant => "instant",
        _ => "video",
    };

    public static readonly string[] RateKeys = Enum.GetValues<LotteryGame>().Select(Rate).ToArray();

    public static readonly string[] GradeKeys = [GradeExcellent, GradeGood, GradePass];

    public static IEnumerable<ParameterDefinition> Definitions() =>
        Enum.GetValues<LotteryGame>().Select(g => new ParameterDefinition(Rate(g), $"福彩公益金：{LotteryNames.Game(g)}公益金提取比例", "比例（0–1）", ParameterType.Decimal, "charity"))
            .Concat(
            [
                new(LocalShare, "福彩公益金：留归地方（深圳市）使用的比例（其余上缴中央）", "比例（0–1）", ParameterType.Decimal, "charity"),
                new(GradeExcellent, "公益金项目绩效评价：“优”的最低分", "分", ParameterType.Decimal, "charity"),
                new(GradeGood, "公益金项目绩效评价：“良”的最低分", "分", ParameterType.Decimal, "charity"),
                new(GradePass, "公益金项目绩效评价：“中”的最低分（以下为“差”）", "分", ParameterType.Decimal, "charity"),
            ]);

    internal static decimal Dec(Parameter p) => decimal.Parse(p.Value, CultureInfo.InvariantCulture);

    /// <summary>The rates and local share in force on a month's first day; every key must be set.</summary>
    public static LotteryRates RatesFrom(IReadOnlyDictionary<string, Parameter> found, DateOnly month)
    {
        var missing = RateKeys.Append(LocalShare).Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"福彩公益金参数未设置（{month:yyyy-MM}）：{string.Join("、", missing)}");
        }
        var rates = Enum.GetValues<LotteryGame>().ToDictionary(g => g, g => new LotteryRate(Dec(found[Rate(g)]), found[Rate(g)].ValidFrom, found[Rate(g)].LegalBasis));
        return new LotteryRates(rates, Dec(found[LocalShare]), found[LocalShare].ValidFrom);
    }

    public static GradeThresholds GradesFrom(IReadOnlyDictionary<string, Parameter> found, DateOnly on)
    {
        var missing = GradeKeys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"绩效评价等级参数未设置（{on:yyyy-MM-dd}）：{string.Join("、", missing)}");
        }
        return new GradeThresholds(Dec(found[GradeExcellent]), Dec(found[GradeGood]), Dec(found[GradePass]), found.Where(f => GradeKeys.Contains(f.Key)).Max(f => f.Value.ValidFrom));
    }
}

internal sealed record LotteryRate(decimal Value, DateOnly ValidFrom, string Basis);

/// <summary>The rates in force for one month, and a short text recording them.</summary>
internal sealed record LotteryRates(IReadOnlyDictionary<LotteryGame, LotteryRate> ByGame, decimal LocalShare, DateOnly LocalShareFrom)
{
    public string Key => string.Join(" ", ByGame.OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{LotteryParameters.Rate(g.Key)[LotteryParameters.RatePrefix.Length..]}={g.Value.Value:0.####}@{g.Value.ValidFrom:yyyy-MM-dd}")))
        + string.Create(CultureInfo.InvariantCulture, $" local={LocalShare:0.####}@{LocalShareFrom:yyyy-MM-dd}");
}

/// <summary>Minimum scores of 优, 良 and 中; below 中 is 差.</summary>
internal sealed record GradeThresholds(decimal Excellent, decimal Good, decimal Pass, DateOnly ValidFrom)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"优≥{Excellent:0.##} 良≥{Good:0.##} 中≥{Pass:0.##}@{ValidFrom:yyyy-MM-dd}");
}
