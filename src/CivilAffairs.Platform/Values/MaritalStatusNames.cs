using CivilAffairs.Contracts.Registry;

namespace CivilAffairs.Platform.Values;

/// <summary>Names and groupings of GB/T 2261.2 婚姻状况 codes, shared by the Registry and Marriage modules.</summary>
public static class MaritalStatusNames
{
    /// <summary>Married now (20–23).</summary>
    public static bool IsMarried(MaritalStatus? s) => s is MaritalStatus.Married or MaritalStatus.FirstMarriage or MaritalStatus.Remarried or MaritalStatus.Reunited;

    public static string Of(MaritalStatus? s) => s switch
    {
        MaritalStatus.Unmarried => "未婚",
        MaritalStatus.Married => "已婚",
        MaritalStatus.FirstMarriage => "初婚",
        MaritalStatus.Remarried => "再婚",
        MaritalStatus.Reunited => "复婚",
        MaritalStatus.Widowed => "丧偶",
        MaritalStatus.Divorced => "离婚",
        _ => "未说明的婚姻状况",
    };

    /// <summary>The standard's two-digit code.</summary>
    public static string Code(MaritalStatus s) => ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static MaritalStatus? Parse(string? code) =>
        int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && Enum.IsDefined(typeof(MaritalStatus), n)
            ? (MaritalStatus)n : null;
}
