using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Rescue.Domain;

/// <summary>Parameter keys of the casework area; values, dates and legal bases live in the parameter store.</summary>
internal static class CaseParameters
{
    /// <summary>救助期限: days a stay normally lasts (实施细则 arts 11–12).</summary>
    public const string StayNormDays = "rescue.stay.norm_days";

    /// <summary>Age from which a person counts as elderly (老年人权益保障法 art. 2).</summary>
    public const string ElderlyAge = "rescue.age.elderly";

    /// <summary>Age below which a person is a minor (未成年人保护法 art. 2).</summary>
    public const string MinorAge = "rescue.age.minor";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(StayNormDays, "救助管理站：救助期限（一般不超过）", "日", ParameterType.Integer, "rescue"),
        new(ElderlyAge, "救助管理站：老年人年龄起点", "周岁", ParameterType.Integer, "rescue"),
        new(MinorAge, "救助管理站：未成年人年龄上限（不满）", "周岁", ParameterType.Integer, "rescue"),
    ];
}
