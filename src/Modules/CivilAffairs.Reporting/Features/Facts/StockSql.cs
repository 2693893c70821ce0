using System.Text.RegularExpressions;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Reporting.Features.Views;

namespace CivilAffairs.Reporting.Features.Facts;

/// <summary>
/// The SELECT that gives a stock metric's figure for each month and division: how many rows of
/// its view (or the sum of a column over them) stand on the day after the month ends.
/// </summary>
internal static partial class StockSql
{
    /// <summary>
    /// An additive measure (<c>count(*)</c> or <c>sum(x)</c>) is built from each row's start and
    /// end month: +1 where it starts, −1 where it ends, and a running sum per division. That reads
    /// every row once, where joining every month to every row standing reads months × rows — at
    /// 5 M register rows and ten years, 600 M row visits per metric. Any other measure
    /// (<c>max</c>, <c>count(distinct …)</c>) cannot be summed that way and keeps the join.
    /// </summary>
    public static string Select(ReportingMetric m, int from, int to, bool sqlite, string division)
    {
        var arg = AdditiveArgument(m.Measure);
        return arg is null ? Joined(m, from, to, sqlite, division) : Running(m, arg, from, to, sqlite, division);
    }

    /// <summary>The division a view row counts under: its code cut to the community, or the city's.</summary>
    public static string Division(string cityCode) => $"substr(COALESCE(NULLIF(division_code, ''), '{cityCode}'), 1, 12)";

    /// <summary>The value each standing row adds: 1 for count(*), x for sum(x); null when not additive.</summary>
    internal static string? AdditiveArgument(string measure)
    {
        var t = measure.Trim();
        if (CountAll().IsMatch(t))
        {
            return "1";
        }
        var sum = SumOf().Match(t);
        if (!sum.Success)
        {
            return null;
        }
        // sum(a) + sum(b) also matches ^sum\((.*)\)$: accept the inner text only if its parentheses balance
        var inner = sum.Groups[1].Value;
        var depth = 0;
        foreach (var c in inner)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return null;
            }
        }
        return depth == 0 && !inner.TrimStart().StartsWith("distinct ", StringComparison.OrdinalIgnoreCase) ? inner : null;
    }

    internal static string Running(ReportingMetric m, string arg, int from, int to, bool sqlite, string division)
    {
        var months = MonthRows(from, to, sqlite);
        var view = ViewSql.ViewName(m.View, sqlite);
        var hi = ViewSql.DateLiteral(Months.FirstDay(Months.Add(to, 1)), sqlite);
        // typed: an untyped NULL column is text to PostgreSQL and cannot be compared with a month
        var end = m.EndColumn is null ? "CAST(NULL AS integer)" : ViewSql.MonthOf(m.EndColumn, sqlite);
        var filter = m.Filter is null ? "" : $" AND ({m.Filter})";
        // a row that started before the first month counts from it; one that ended by then never counts
        var rows = $"SELECT {division} AS d, CASE WHEN sm < {from} THEN {from} ELSE sm END AS sm, em, x FROM (" +
                   $"SELECT division_code, {ViewSql.MonthOf(m.DateColumn!, sqlite)} AS sm, {end} AS em, {arg} AS x " +
                   $"FROM {view} WHERE {m.DateColumn} < {hi}{filter}) q";
        var deltas = $"SELECT d, p, sum(dn) AS dn, sum(dv) AS dv FROM (" +
                     $"SELECT d, sm AS p, 1 AS dn, x AS dv FROM r UNION ALL " +
                     $"SELECT d, em AS p, -1 AS dn, -x AS dv FROM r WHERE em IS NOT NULL AND em <= {to}) u GROUP BY d, p";
        // n counts the rows standing, so a division appears in a month exactly when a row stands there
        return $"WITH r AS (SELECT d, sm, em, x FROM ({rows}) q2 WHERE em IS NULL OR em > sm), dl AS ({deltas}) " +
               $"SELECT p, d, v FROM (SELECT mo.mp AS p, dd.d AS d, " +
               $"sum(dl.dn) OVER (PARTITION BY dd.d ORDER BY mo.mp) AS n, sum(dl.dv) OVER (PARTITION BY dd.d ORDER BY mo.mp) AS v " +
               $"FROM ({months}) mo CROSS JOIN (SELECT DISTINCT d FROM dl) dd LEFT JOIN dl ON dl.d = dd.d AND dl.p = mo.mp) g WHERE n > 0";
    }

    internal static string Joined(ReportingMetric m, int from, int to, bool sqlite, string division)
    {
        var months = MonthRows(from, to, sqlite);
        var view = ViewSql.ViewName(m.View, sqlite);
        var end = m.EndColumn is null ? "" : $" AND (v.{m.EndColumn} IS NULL OR v.{m.EndColumn} >= mo.next_day)";
        return $"SELECT mo.mp AS p, {division.Replace("division_code", "v.division_code", StringComparison.Ordinal)} AS d, {m.Measure} AS v " +
               $"FROM ({months}) mo JOIN {view} v ON v.{m.DateColumn} < mo.next_day{end}" +
               $"{(m.Filter is null ? "" : $" WHERE ({m.Filter})")} GROUP BY 1, 2";
    }

    /// <summary>One row per month with the day after its end.</summary>
    private static string MonthRows(int from, int to, bool sqlite)
    {
        var months = new List<string>();
        for (var p = from; p <= to; p = Months.Add(p, 1))
        {
            months.Add($"SELECT {p} AS mp, {ViewSql.DateLiteral(Months.FirstDay(Months.Add(p, 1)), sqlite)} AS next_day");
        }
        return string.Join(" UNION ALL ", months);
    }

    [GeneratedRegex(@"^count\(\s*\*\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountAll();

    [GeneratedRegex(@"^sum\((.*)\)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SumOf();
}
