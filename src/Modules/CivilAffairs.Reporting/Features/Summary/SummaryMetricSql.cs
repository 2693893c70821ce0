using System.Globalization;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Reporting.Features.Metrics;
using CivilAffairs.Reporting.Features.Views;

namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>
/// A metric written out as the SQL over its reporting view that defines its value (数据来源), so
/// that a reader of the summary can check a figure without the monthly facts in between. It
/// describes, it is never run: the value itself comes from MetricValues.
/// </summary>
internal static class SummaryMetricSql
{
    public static string Describe(ReportingCatalog catalog, ReportingMetric m, Period period, string division)
    {
        if (m.Kind == MetricKind.Ratio)
        {
            var n = catalog.Find(m.Numerator!);
            var d = catalog.Find(m.Denominator!);
            return n is null || d is null
                ? $"{m.Numerator} ÷ {m.Denominator} × 100"
                : $"({Describe(catalog, n, period, division)}) ÷ ({Describe(catalog, d, period, division)}) × 100";
        }
        var first = Date(period.From);
        var next = Date(Facts.Months.Add(period.To, 1));
        var when = m.Kind == MetricKind.Stock
            ? $"{m.DateColumn} < '{next}'" + (m.EndColumn is { } end ? $" AND ({end} IS NULL OR {end} >= '{next}')" : "")
            : $"{m.DateColumn} >= '{first}' AND {m.DateColumn} < '{next}'";
        var filter = string.IsNullOrWhiteSpace(m.Filter) ? "" : $" AND ({m.Filter})";
        // a level (max/min: a standard) set for the whole city also applies to the places below it
        var place = ReportingCatalog.IsLevel(m)
            ? $"(division_code LIKE '{division}%' OR '{division}' LIKE division_code || '%')"
            : $"division_code LIKE '{division}%'";
        return $"SELECT {m.Measure} FROM reporting.{m.View} WHERE {when}{filter} AND {place}";
    }

    private static string Date(int yyyymm) =>
        new DateOnly(yyyymm / 100, yyyymm % 100, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
