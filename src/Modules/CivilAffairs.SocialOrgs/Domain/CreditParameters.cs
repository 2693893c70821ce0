using System.Globalization;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>信用名单 parameters (prefix socialorgs.credit.): deadlines, the letters' window, the promotion and minimum periods.</summary>
internal static class CreditParameters
{
    public const string EntryWorkingDays = "socialorgs.credit.entry_working_days";
    public const string RemovalWorkingDays = "socialorgs.credit.removal_working_days";
    public const string LetterGapMinDays = "socialorgs.credit.letter_gap_min_days";
    public const string LetterGapMaxDays = "socialorgs.credit.letter_gap_max_days";
    public const string AbnormalToSeriousYears = "socialorgs.credit.abnormal_to_serious_years";
    public const string SeriousMinYears = "socialorgs.credit.serious_min_years";

    public static readonly string[] Keys = [EntryWorkingDays, RemovalWorkingDays, LetterGapMinDays, LetterGapMaxDays, AbnormalToSeriousYears, SeriousMinYears];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(EntryWorkingDays, "信用名单：信用信息自产生或收到之日起录入的期限", "工作日", ParameterType.Integer, "socialorgs"),
        new(RemovalWorkingDays, "信用名单：收到整改证明后移出活动异常名录的期限", "工作日", ParameterType.Integer, "socialorgs"),
        new(LetterGapMinDays, "信用名单：两封挂号信寄出间隔下限（无法取得联系）", "天", ParameterType.Integer, "socialorgs"),
        new(LetterGapMaxDays, "信用名单：两封挂号信寄出间隔上限（无法取得联系）", "天", ParameterType.Integer, "socialorgs"),
        new(AbnormalToSeriousYears, "信用名单：列入活动异常名录满该年数转入严重违法失信名单", "年", ParameterType.Integer, "socialorgs"),
        new(SeriousMinYears, "信用名单：严重违法失信名单最短列入期（新情形重新起算）", "年", ParameterType.Integer, "socialorgs"),
    ];
}

/// <summary>The credit-list rules in force for one organization on one day; <see cref="EntryNote"/> and <see cref="RemovalNote"/> record the values used.</summary>
internal sealed record CreditRuleSet(int EntryDays, int RemovalDays, int LetterMin, int LetterMax, int AbnormalYears, int SeriousYears, DateOnly EffectiveFrom)
{
    public string EntryNote => string.Create(CultureInfo.InvariantCulture, $"录入时限{EntryDays}个工作日（参数自{EffectiveFrom:yyyy-MM-dd}）");

    public string RemovalNote => string.Create(CultureInfo.InvariantCulture, $"移出时限{RemovalDays}个工作日（参数自{EffectiveFrom:yyyy-MM-dd}）");

    public static CreditRuleSet From(IReadOnlyDictionary<string, Parameter> found)
    {
        int I(string k) => int.Parse(found[k].Value, CultureInfo.InvariantCulture);
        return new CreditRuleSet(I(CreditParameters.EntryWorkingDays), I(CreditParameters.RemovalWorkingDays), I(CreditParameters.LetterGapMinDays),
            I(CreditParameters.LetterGapMaxDays), I(CreditParameters.AbnormalToSeriousYears), I(CreditParameters.SeriousMinYears), found.Values.Max(p => p.ValidFrom));
    }
}
