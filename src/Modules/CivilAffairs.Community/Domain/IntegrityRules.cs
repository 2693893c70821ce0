using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Community.Domain;

/// <summary>The vote of a residents' meeting on a removal, checked against the quorum and majority in force.</summary>
internal sealed record VoteCheck(bool QuorumMet, bool MajorityMet, int AttendanceNeeded, int VotesNeeded)
{
    public bool Passed => QuorumMet && MajorityMet;
}

/// <summary>Pure rules of the integrity area.</summary>
internal static class IntegrityRules
{
    /// <summary>
    /// 《城市居民委员会组织法》: the meeting is valid only with more than <paramref name="quorumRatio"/> of those
    /// entitled attending, and decides by more than <paramref name="majorityRatio"/> of those attending.
    /// "More than half" of 100 is 51; of 101 it is 51.
    /// </summary>
    public static VoteCheck CheckVote(int eligible, int attended, int votesFor, decimal quorumRatio, decimal majorityRatio)
    {
        var attendanceNeeded = MoreThan(eligible, quorumRatio);
        var votesNeeded = MoreThan(attended, majorityRatio);
        return new VoteCheck(attended >= attendanceNeeded, votesFor >= votesNeeded, attendanceNeeded, votesNeeded);
    }

    /// <summary>The smallest whole number strictly greater than <paramref name="n"/> × <paramref name="ratio"/>.</summary>
    public static int MoreThan(int n, decimal ratio) => (int)Math.Floor(n * ratio) + 1;

    /// <summary>The verification deadline: <paramref name="days"/> working days after receipt (the receipt day does not count).</summary>
    public static DateOnly VerifyDue(WorkingDays calendar, DateOnly receivedOn, int days) => calendar.AddWorkingDays(receivedOn, days);

    public static bool Overdue(LeadStatus status, DateOnly due, DateOnly today) =>
        status is LeadStatus.Received or LeadStatus.Verifying && today > due;

    /// <summary>Which transitions a lead allows from its status.</summary>
    public static bool Allows(LeadStatus status, string action, LeadResult? result) => (status, action) switch
    {
        (LeadStatus.Received or LeadStatus.Verifying, "verify") => true,
        (LeadStatus.Received or LeadStatus.Verifying, "result") => true,
        (LeadStatus.Verified, "handover") => result is LeadResult.Confirmed or LeadResult.PartlyConfirmed,
        (LeadStatus.Verified, "close") => result == LeadResult.Unfounded,
        (LeadStatus.HandedOver, "close") => true,
        _ => false,
    };

    public static string Name(LeadField f) => f switch
    {
        LeadField.Begging => "流浪乞讨",
        LeadField.Funeral => "殡葬",
        LeadField.GrassrootsOrganization => "基层组织建设",
        LeadField.SocialOrganization => "社会组织",
        _ => "其他",
    };

    public static string Name(LeadSource s) => s switch
    {
        LeadSource.PublicReport => "群众举报",
        LeadSource.Hotline12345 => "12345热线",
        LeadSource.Superior => "上级交办",
        LeadSource.Patrol => "巡查发现",
        LeadSource.Discipline => "纪检监察移送",
        _ => "其他",
    };

    public static string Name(LeadStatus s) => s switch
    {
        LeadStatus.Received => "待核查",
        LeadStatus.Verifying => "核查中",
        LeadStatus.Verified => "已核结",
        LeadStatus.HandedOver => "已移交公安",
        LeadStatus.Closed => "已办结",
        _ => s.ToString(),
    };

    public static string Name(LeadResult r) => r switch
    {
        LeadResult.Confirmed => "查实",
        LeadResult.PartlyConfirmed => "部分查实",
        LeadResult.Unfounded => "查否",
        _ => r.ToString(),
    };

    public static string Name(RemovalGrounds g) => g switch
    {
        RemovalGrounds.GangRelated => "涉黑涉恶",
        RemovalGrounds.Crime => "被判处刑罚",
        RemovalGrounds.Misconduct => "严重违法违纪",
        _ => "其他",
    };

    public static string Name(MeetingKind m) => m switch
    {
        MeetingKind.ResidentsMeeting => "居民会议",
        MeetingKind.RepresentativesMeeting => "居民代表会议",
        MeetingKind.HouseholdRepresentatives => "户代表会议",
        _ => m.ToString(),
    };

    public static string Name(RemovalStatus s) => s switch
    {
        RemovalStatus.Proposed => "待确认",
        RemovalStatus.Confirmed => "已确认罢免",
        RemovalStatus.Rejected => "不予确认",
        _ => s.ToString(),
    };
}

/// <summary>Effective-dated parameters of the integrity area (values and legal bases in Seeding/IntegritySeeder).</summary>
internal static class IntegrityParameters
{
    public const string LeadVerifyDays = "community.integrity.lead_verify_days";
    public const string RemovalQuorum = "community.integrity.removal_quorum_ratio";
    public const string RemovalMajority = "community.integrity.removal_majority_ratio";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(LeadVerifyDays, "涉黑涉恶线索核查办结期限（受理后）", "工作日", ParameterType.Integer, "community"),
        new(RemovalQuorum, "罢免居委会成员：居民会议出席人数须超过应到人数的比例", "比例", ParameterType.Decimal, "community"),
        new(RemovalMajority, "罢免居委会成员：赞成票须超过出席人数的比例", "比例", ParameterType.Decimal, "community"),
    ];
}
