using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>Which figure of a metric a placeholder asks for.</summary>
internal enum SummaryFigureKind
{
    /// <summary>{{k}}: the value in the period.</summary>
    Value,

    /// <summary>{{k:prev}}: the same period a year earlier.</summary>
    Previous,

    /// <summary>{{k:yoy}}: percent change on the year before (percentage points for a ratio).</summary>
    Yoy,

    /// <summary>{{k:start}}: what stood at the start of the period, i.e. at the end of the year before.</summary>
    Start,

    /// <summary>{{k:since:2015}}: percent change since that year.</summary>
    Since,
}

/// <summary>One <c>{{…}}</c> in a section's text.</summary>
/// <param name="Divisor">1, 10 000 (万) or 100 000 000 (亿).</param>
/// <param name="YuanOnly">Written as 万元/亿元: only valid for a metric counted in 元.</param>
internal sealed record SummaryPlaceholder(string Raw, int Index, string Key, SummaryFigureKind Kind, int? SinceYear, decimal Divisor, bool YuanOnly)
{
    public bool IsPercent => Kind is SummaryFigureKind.Yoy or SummaryFigureKind.Since;
}

/// <summary>
/// The placeholder language of summary templates, parsed and formatted without any data, so that
/// a template is checked before it is saved and the same rules render it. Syntax:
/// <c>{{key}}</c>, <c>{{key|万}}</c>, <c>{{key|亿}}</c>, <c>{{key|万元}}</c>, <c>{{key|亿元}}</c>,
/// <c>{{key:prev}}</c> (may be scaled too), <c>{{key:start}}</c>, <c>{{key:yoy}}</c>,
/// <c>{{key:since:2015}}</c>.
/// </summary>
internal static partial class SummaryPlaceholders
{
    public const string Open = "{{";
    public const string Close = "}}";

    /// <summary>Finds the placeholders of a text; each malformed one adds a Chinese message to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<SummaryPlaceholder> Parse(string text, ICollection<string> errors)
    {
        var list = new List<SummaryPlaceholder>();
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf(Open, i, StringComparison.Ordinal);
            var stray = text.IndexOf(Close, i, StringComparison.Ordinal);
            if (stray >= 0 && (open < 0 || stray < open))
            {
                errors.Add($"第{stray + 1}个字符处有多余的“}}}}”");
                i = stray + Close.Length;
                continue;
            }
            if (open < 0)
            {
                break;
            }
            var close = text.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            var nested = text.IndexOf(Open, open + Open.Length, StringComparison.Ordinal);
            if (close < 0 || (nested >= 0 && nested < close))
            {
                errors.Add($"第{open + 1}个字符处的占位符没有闭合（应为 {{{{指标键}}}}）");
                i = open + Open.Length;
                continue;
            }
            var raw = text[open..(close + Close.Length)];
            var p = ParseOne(raw, open, out var error);
            if (p is null)
            {
                errors.Add($"占位符 {raw} 格式不正确：{error}");
            }
            else
            {
                list.Add(p);
            }
            i = close + Close.Length;
        }
        return list;
    }

    private static SummaryPlaceholder? ParseOne(string raw, int index, out string error)
    {
        error = "";
        var m = Grammar().Match(raw);
        if (!m.Success)
        {
            error = "应为 {{指标键}}、{{指标键|万}}、{{指标键:prev}}、{{指标键:yoy}}、{{指标键:start}} 或 {{指标键:since:2015}}";
            return null;
        }
        var kind = m.Groups["mod"].Value switch
        {
            "" => SummaryFigureKind.Value,
            "prev" => SummaryFigureKind.Previous,
            "yoy" => SummaryFigureKind.Yoy,
            "start" => SummaryFigureKind.Start,
            _ => SummaryFigureKind.Since,
        };
        int? since = null;
        if (kind == SummaryFigureKind.Since)
        {
            since = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (since is < 2000 or > 2100)
            {
                error = "起始年份应在2000至2100年之间";
                return null;
            }
        }
        var scale = m.Groups["scale"].Value;
        if (scale.Length > 0 && kind is SummaryFigureKind.Yoy or SummaryFigureKind.Since)
        {
            error = "增幅以百分比表示，不能再换算为万或亿";
            return null;
        }
        var divisor = scale.StartsWith('万') ? 10_000m : scale.StartsWith('亿') ? 100_000_000m : 1m;
        return new(raw, index, m.Groups["key"].Value, kind, since, divisor, scale.EndsWith('元'));
    }

    /// <summary>A value as the text shows it: scaled to 万/亿 with at most two decimals, otherwise with the metric's decimals.</summary>
    public static string Number(decimal value, int decimals, decimal divisor)
    {
        if (divisor != 1m)
        {
            return Trim(Math.Round(value / divisor, 2, MidpointRounding.AwayFromZero), 2);
        }
        return Trim(Math.Round(value, Math.Max(decimals, 0), MidpointRounding.AwayFromZero), decimals);
    }

    /// <summary>A change in percent: "17.2%"; for a ratio metric in percentage points: "3.5个百分点".</summary>
    public static string Change(decimal change, bool points) =>
        Trim(Math.Round(change, 2, MidpointRounding.AwayFromZero), 2) + (points ? "个百分点" : "%");

    /// <summary>Percent change from <paramref name="from"/> to <paramref name="to"/>; null when the base is missing or zero.</summary>
    public static decimal? PercentChange(decimal? from, decimal? to) =>
        from is { } a && to is { } b && a != 0 ? Math.Round((b - a) / a * 100m, 2) : null;

    /// <summary>The marker of a figure without data: never a 0 in its place.</summary>
    public static string Missing(string title) => $"【缺数据：{title}】";

    private static string Trim(decimal v, int decimals) =>
        v.ToString(decimals > 0 ? "0." + new string('#', decimals) : "0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\{\{\s*(?<key>[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)(?::(?<mod>prev|yoy|start|since:(?<year>\d{4})))?(?:\|(?<scale>万元|亿元|万|亿))?\s*\}\}$")]
    private static partial Regex Grammar();
}
