using System.Globalization;

namespace CivilAffairs.Platform.Documents;

/// <summary>How amounts and dates are written on printed documents (not in the UI, which follows the culture).</summary>
public static class ChineseFormat
{
    /// <summary>1,234.00 元: grouping and two decimals, as on payment and benefit notices.</summary>
    public static string Yuan(decimal amount) =>
        amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元";

    /// <summary>2026年12月5日: no leading zeros, as in 公文 成文日期.</summary>
    public static string Date(DateOnly date) =>
        date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>2026年12月.</summary>
    public static string Month(DateOnly date) =>
        date.ToString("yyyy年M月", CultureInfo.InvariantCulture);
}
