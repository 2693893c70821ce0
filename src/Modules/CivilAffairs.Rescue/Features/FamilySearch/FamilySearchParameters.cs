using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Rescue.Features.FamilySearch;

/// <summary>Family-search settings that policy may change (seeded with their basis by FamilySearchSeeder).</summary>
internal static class FamilySearchParameters
{
    /// <summary>Working days after admission within which an unidentified person's notice should be out.</summary>
    public const string NoticeDeadline = "rescue.notice.deadline_working_days";

    /// <summary>The station's contact printed on every notice.</summary>
    public const string StationContact = "rescue.notice.station_contact";

    /// <summary>Days after going home by which the first follow-up (回访) is due.</summary>
    public const string FollowUpDays = "rescue.reunion.follow_up_days";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(NoticeDeadline, "身份不明受助人员寻亲公告发布时限（入站后工作日）", "工作日", ParameterType.Integer, "rescue"),
        new(StationContact, "寻亲公告上的救助站联系方式", "", ParameterType.Text, "rescue"),
        new(FollowUpDays, "返乡后首次回访时限（天）", "天", ParameterType.Integer, "rescue"),
    ];
}
