using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>Effective-dated parameters of supervision and party building (values and legal bases in Seeding/SupervisionSeeder).</summary>
internal static class SupervisionParameters
{
    public const string DecisionDays = "socialorgs.supervision.decision_days";
    public const string HearingFine = "socialorgs.supervision.hearing_fine";
    public const string LargeFine = "socialorgs.supervision.large_fine";
    public const string RepeatCount = "socialorgs.supervision.repeat_count";
    public const string RepeatYears = "socialorgs.supervision.repeat_years";
    public const string MinInvestigators = "socialorgs.supervision.min_investigators";
    public const string ComplaintReplyDays = "socialorgs.supervision.complaint_reply_days";
    public const string PartyMinMembers = "socialorgs.supervision.party_min_members";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(DecisionDays, "行政处罚案件自立案至作出处罚决定的期限", "日", ParameterType.Integer, "socialorgs"),
        new(HearingFine, "告知听证权利的罚款（没收）数额下限（较大数额，法人或其他组织）", "元", ParameterType.Decimal, "socialorgs"),
        new(LargeFine, "列入严重违法失信名单的罚款数额下限", "元", ParameterType.Decimal, "socialorgs"),
        new(RepeatCount, "列入严重违法失信名单的警告或较小罚款次数下限", "次", ParameterType.Integer, "socialorgs"),
        new(RepeatYears, "警告或较小罚款次数的计算期间", "年", ParameterType.Integer, "socialorgs"),
        new(MinInvestigators, "调查取证的执法人员人数下限", "人", ParameterType.Integer, "socialorgs"),
        new(ComplaintReplyDays, "投诉举报答复期限（受理后）", "工作日", ParameterType.Integer, "socialorgs"),
        new(PartyMinMembers, "应当成立党组织的正式党员人数下限（应建未建）", "人", ParameterType.Integer, "socialorgs"),
    ];
}
