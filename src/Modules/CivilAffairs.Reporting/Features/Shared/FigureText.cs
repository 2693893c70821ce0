using System.Globalization;
using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Reporting.Features.Shared;

/// <summary>How a figure reads in Chinese: money in 万元/亿元 when large, counts with separators, "—" when there is no data.</summary>
internal static class FigureText
{
    public static string Value(decimal? v, string unit, int decimals)
    {
        if (v is not { } x)
        {
            return "—";
        }
        if (unit == "元" && Math.Abs(x) >= 1_0000_0000m)
        {
            return (x / 1_0000_0000m).ToString("N2", CultureInfo.InvariantCulture) + "亿元";
        }
        if (unit == "元" && Math.Abs(x) >= 100_0000m)
        {
            return (x / 1_0000m).ToString("N1", CultureInfo.InvariantCulture) + "万元";
        }
        return x.ToString("N" + decimals, CultureInfo.InvariantCulture) + (unit == "%" ? "%" : unit);
    }

    /// <summary>The number alone (no unit), for tables whose heading carries the unit.</summary>
    public static string Number(decimal? v, int decimals) =>
        v is { } x ? x.ToString("N" + decimals, CultureInfo.InvariantCulture) : "—";

    /// <summary>"▲ 17.2%" / "▼ 3.0%" / "持平"; for ratios the change is in percentage points.</summary>
    public static string Change(decimal? change, bool points)
    {
        if (change is not { } c)
        {
            return "";
        }
        var text = Math.Abs(c).ToString("0.0", CultureInfo.InvariantCulture) + (points ? "个百分点" : "%");
        return c > 0 ? "▲ " + text : c < 0 ? "▼ " + text : "持平";
    }

    public static string KindName(MetricKind k) => k switch
    {
        MetricKind.Flow => "期间累计",
        MetricKind.Stock => "期末数",
        _ => "比率",
    };
}
