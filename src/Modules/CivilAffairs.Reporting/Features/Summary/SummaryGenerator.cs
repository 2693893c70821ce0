using System.Globalization;
using System.Text;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>
/// Renders a year's summary for a place: every placeholder of the template in force becomes a
/// figure read through <see cref="MetricValues"/> (jurisdiction enforced there) — never from a
/// module's tables — and is stored with the SQL that defines it. A metric not published yet, or
/// not counted yet, is written as 【缺数据：标题】 and listed as missing: no figure is invented.
/// </summary>
internal sealed class SummaryGenerator(ReportingDb db, MetricValues values, SummaryTemplates templates, IDivisionDirectory divisions,
    ICurrentUser user, TimeProvider clock)
{
    /// <summary>Where figure n stands in a section's markup.</summary>
    public static string Marker(int n) => $"⟦{n.ToString(CultureInfo.InvariantCulture)}⟧";

    public async Task<SummaryDocument> GenerateAsync(SummaryGenerateRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.ReportingWrite))
        {
            throw new ForbiddenException("只有具有统计编辑权限的人员可以生成年度工作总结");
        }
        var thisYear = ChinaTime.Today(clock).Year;
        if (r.Year < 2000 || r.Year > thisYear)
        {
            throw new FieldValidationException("year", $"年度应在2000至{thisYear}年之间");
        }
        var division = values.ResolveDivision(r.Division);
        var (template, builtIn) = await templates.ResolveAsync(division, r.Year, ct);
        var counted = await db.RefreshStates.AsNoTracking().ToDictionaryAsync(s => s.MetricKey, s => s.FirstPeriod, StringComparer.Ordinal, ct);
        var name = await NameAsync(division, ct);
        var doc = new SummaryDocument
        {
            Year = r.Year, DivisionCode = division, DivisionName = name, Title = $"{r.Year}年{name}民政工作总结",
            TemplateDivision = template.DivisionCode, TemplateYear = builtIn ? 0 : template.Year,
            GeneratedBy = user.UserName, GeneratedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var cache = new Dictionary<(string, int), MetricFigure>();
        var text = new StringBuilder();
        foreach (var s in template.Sections.OrderBy(s => s.No))
        {
            var markup = new StringBuilder();
            var plain = new StringBuilder();
            var at = 0;
            foreach (var p in SummaryPlaceholders.Parse(s.Text, new List<string>()))
            {
                markup.Append(s.Text, at, p.Index - at);
                plain.Append(s.Text, at, p.Index - at);
                var f = await FigureAsync(p, r.Year, division, counted, cache, ct);
                f.No = doc.Figures.Count + 1;
                f.Section = s.No;
                f.DocumentId = doc.Id;
                doc.Figures.Add(f);
                markup.Append(Marker(f.No));
                plain.Append(f.Display);
                at = p.Index + p.Raw.Length;
            }
            markup.Append(s.Text, at, s.Text.Length - at);
            plain.Append(s.Text, at, s.Text.Length - at);
            doc.Sections.Add(new SummaryDocumentSection { DocumentId = doc.Id, No = s.No, Title = s.Title, Markup = markup.ToString() });
            text.Append(SummaryDefaultTemplate.Numeral(s.No)).Append('、').Append(s.Title).Append('\n').Append(plain).Append('\n');
        }
        doc.Text = text.ToString().TrimEnd();
        doc.MissingCount = doc.Figures.Count(f => f.Missing);
        doc.Number = await NumberCounters.NextAsync(db.Counters, "ZJ", r.Year, ct);
        db.SummaryDocuments.Add(doc);
        await db.SaveChangesAsync(ct);
        return doc;
    }

    private async Task<SummaryFigure> FigureAsync(SummaryPlaceholder p, int year, string division, Dictionary<string, int> counted,
        Dictionary<(string, int), MetricFigure> cache, CancellationToken ct)
    {
        var m = values.Catalog.Find(p.Key);
        var title = m?.Title ?? SummaryMetricKeys.Find(p.Key)?.Title ?? p.Key;
        var current = Period.Year(year);
        var basis = p.Kind switch
        {
            SummaryFigureKind.Previous or SummaryFigureKind.Start => Period.Year(year - 1),
            SummaryFigureKind.Since => Period.Year(p.SinceYear!.Value),
            _ => current,
        };
        var f = new SummaryFigure
        {
            Placeholder = p.Raw, MetricKey = p.Key, MetricTitle = title, DivisionCode = division,
            Unit = p.IsPercent ? (m?.Kind == MetricKind.Ratio && p.Kind == SummaryFigureKind.Yoy ? "个百分点" : "%") : m?.Unit ?? SummaryMetricKeys.Find(p.Key)?.Unit ?? "",
            PeriodKey = (p.Kind is SummaryFigureKind.Previous or SummaryFigureKind.Start ? year - 1 : year).ToString(CultureInfo.InvariantCulture),
            Period = p.Kind switch
            {
                SummaryFigureKind.Previous => $"{year - 1}年",
                SummaryFigureKind.Start => $"{year - 1}年末",
                SummaryFigureKind.Yoy => $"{year}年比{year - 1}年",
                SummaryFigureKind.Since => $"{p.SinceYear}年–{year}年",
                _ => $"{year}年",
            },
        };
        var compared = p.Kind switch { SummaryFigureKind.Value => current, SummaryFigureKind.Yoy => current.PreviousYear(), _ => basis };
        if (m is null || !Covers(m, current, counted) || !Covers(m, compared, counted))
        {
            f.Query = m is null ? "（该指标所属模块尚未发布统计视图）" : SummaryMetricSql.Describe(values.Catalog, m, basis, division);
            return MissingFigure(f, title);
        }
        var now = await CachedAsync(m, current, division, cache, ct);
        f.Query = p.Kind is SummaryFigureKind.Yoy or SummaryFigureKind.Since
            ? SummaryMetricSql.Describe(values.Catalog, m, current, division) + "；对比：" + SummaryMetricSql.Describe(values.Catalog, m, p.Kind == SummaryFigureKind.Yoy ? current.PreviousYear() : basis, division)
            : SummaryMetricSql.Describe(values.Catalog, m, basis, division);
        decimal? value = p.Kind switch
        {
            SummaryFigureKind.Value => now.Value,
            SummaryFigureKind.Previous => now.Previous,
            SummaryFigureKind.Start => (await CachedAsync(m, basis, division, cache, ct)).Value,
            SummaryFigureKind.Yoy => now.Change,
            _ => SummaryPlaceholders.PercentChange((await CachedAsync(m, basis, division, cache, ct)).Value, now.Value),
        };
        if (value is null)
        {
            return MissingFigure(f, title);
        }
        f.Value = value;
        f.Display = p.IsPercent
            ? SummaryPlaceholders.Change(value.Value, points: f.Unit == "个百分点")
            : SummaryPlaceholders.Number(value.Value, m.Decimals, p.Divisor);
        return f;
    }

    private static SummaryFigure MissingFigure(SummaryFigure f, string title)
    {
        f.Missing = true;
        f.Value = null;
        f.Display = SummaryPlaceholders.Missing(title);
        return f;
    }

    /// <summary>
    /// Whether the refresh has counted the metric for the period (a ratio: both its parts). A period
    /// ending before its first counted month has no data: MetricValues would add up nothing to 0.
    /// </summary>
    private bool Covers(ReportingMetric m, Period period, Dictionary<string, int> counted) =>
        m.Kind == MetricKind.Ratio
            ? values.Catalog.Find(m.Numerator!) is { } n && values.Catalog.Find(m.Denominator!) is { } d && Covers(n, period, counted) && Covers(d, period, counted)
            : counted.TryGetValue(m.Key, out var first) && first > 0 && period.To >= first;

    private async Task<MetricFigure> CachedAsync(ReportingMetric m, Period period, string division, Dictionary<(string, int), MetricFigure> cache, CancellationToken ct)
    {
        if (!cache.TryGetValue((m.Key, period.From), out var f))
        {
            f = await values.FigureAsync(m.Key, period, division, ct);
            cache[(m.Key, period.From)] = f;
        }
        return f;
    }

    private async Task<string> NameAsync(string division, CancellationToken ct)
    {
        var d = await divisions.FindAsync(division, null, ct) ?? (division.Length == 4 ? await divisions.FindAsync(division + "00", null, ct) : null);
        return d?.Name ?? (division.Length == 4 ? "深圳市" : division);
    }
}
