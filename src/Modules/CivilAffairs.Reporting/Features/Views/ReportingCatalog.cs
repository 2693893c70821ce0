using System.Text.RegularExpressions;
using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Reporting.Features.Views;

/// <summary>
/// Every view and metric the modules publish, checked once at start-up: names unique and
/// well-formed, each metric's view published, ratios citing metrics that exist. A broken
/// contract stops the host rather than showing a wrong figure later.
/// </summary>
internal sealed partial class ReportingCatalog
{
    private readonly Dictionary<string, ReportingMetric> _metrics;
    private readonly Dictionary<string, ReportingView> _views;

    public ReportingCatalog(IEnumerable<IReportingSource> sources)
    {
        var all = sources.OrderBy(s => s.Module, StringComparer.Ordinal).ToList();
        Sources = all;
        _views = new(StringComparer.Ordinal);
        _metrics = new(StringComparer.Ordinal);
        foreach (var s in all)
        {
            foreach (var v in s.Views)
            {
                if (!NamePattern().IsMatch(v.Name) || !v.Name.StartsWith(s.Module + "_", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Reporting view '{v.Name}' of {s.Module}: the name must be snake_case and start with '{s.Module}_'.");
                }
                if (!_views.TryAdd(v.Name, v))
                {
                    throw new InvalidOperationException($"Reporting view '{v.Name}' is published twice.");
                }
            }
            foreach (var m in s.Metrics)
            {
                if (!m.Key.StartsWith(s.Module + ".", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Metric '{m.Key}' of {s.Module} must start with '{s.Module}.'.");
                }
                if (!_metrics.TryAdd(m.Key, m))
                {
                    throw new InvalidOperationException($"Metric '{m.Key}' is published twice.");
                }
            }
        }
        foreach (var m in _metrics.Values)
        {
            Validate(m);
        }
    }

    public IReadOnlyList<IReportingSource> Sources { get; }

    public IEnumerable<ReportingView> Views => _views.Values;

    public IEnumerable<ReportingMetric> Metrics => _metrics.Values;

    /// <summary>Metrics read from a view (ratios are computed from these, never stored).</summary>
    public IEnumerable<ReportingMetric> StoredMetrics => _metrics.Values.Where(m => m.Kind != MetricKind.Ratio);

    public ReportingMetric? Find(string key) => _metrics.GetValueOrDefault(key);

    public ReportingView? View(string name) => _views.GetValueOrDefault(name);

    public string ModuleOf(ReportingMetric m) => m.Key[..m.Key.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>A level (max/min measure): combined across divisions by max/min, and the city's row applies to a district.</summary>
    public static bool IsLevel(ReportingMetric m) =>
        m.Measure.TrimStart().StartsWith("max(", StringComparison.OrdinalIgnoreCase) || m.Measure.TrimStart().StartsWith("min(", StringComparison.OrdinalIgnoreCase);

    private void Validate(ReportingMetric m)
    {
        if (m.Kind == MetricKind.Ratio)
        {
            if (m.Numerator is null || m.Denominator is null || Find(m.Numerator) is null || Find(m.Denominator) is null)
            {
                throw new InvalidOperationException($"Ratio metric '{m.Key}' must name an existing numerator and denominator.");
            }
            return;
        }
        if (!_views.ContainsKey(m.View))
        {
            throw new InvalidOperationException($"Metric '{m.Key}' reads view '{m.View}', which no module publishes.");
        }
        if (string.IsNullOrWhiteSpace(m.DateColumn) || !NamePattern().IsMatch(m.DateColumn))
        {
            throw new InvalidOperationException($"Metric '{m.Key}' needs a date column.");
        }
        if (m.Kind == MetricKind.Stock && m.EndColumn is { } end && !NamePattern().IsMatch(end))
        {
            throw new InvalidOperationException($"Metric '{m.Key}': bad end column '{end}'.");
        }
        if (m.Measure.Contains(';', StringComparison.Ordinal) || (m.Filter?.Contains(';', StringComparison.Ordinal) ?? false))
        {
            throw new InvalidOperationException($"Metric '{m.Key}': a measure or filter is one expression.");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();
}
