using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Metrics;
using CivilAffairs.Reporting.Features.Views;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>
/// The summary's templates: one per place and year, the nearest one above a place serving it
/// until it has its own. A template is checked in full before it is saved (every placeholder
/// well-formed and citing a known metric); on any error nothing is saved.
/// </summary>
internal sealed class SummaryTemplates(ReportingDb db, MetricValues values, ReportingCatalog catalog, ICurrentUser user, TimeProvider clock)
{
    public const int Sections = 10;
    public const int TitleMax = 100;
    public const int TextMax = 8000;

    /// <summary>The template in force for a place and year: its own, else the nearest above it, latest year first; else the built-in default.</summary>
    public async Task<(SummaryTemplate Template, bool BuiltIn)> ResolveAsync(string division, int year, CancellationToken ct)
    {
        var prefixes = Ancestors(division);
        var candidates = await db.SummaryTemplates.AsNoTracking().Include(t => t.Sections)
            .Where(t => prefixes.Contains(t.DivisionCode) && t.Year <= year).ToListAsync(ct);
        var best = candidates.OrderByDescending(t => t.DivisionCode.Length).ThenByDescending(t => t.Year).FirstOrDefault();
        return best is null ? (Default(CityOf(division), 0), true) : (best, false);
    }

    public async Task<SummaryTemplateView> GetAsync(int? year, string? division, CancellationToken ct)
    {
        var d = values.ResolveDivision(division);
        var y = year ?? ChinaTime.Today(clock).Year - 1;
        var (t, builtIn) = await ResolveAsync(d, y, ct);
        return new(y, d, t.DivisionCode, builtIn ? null : t.Year, !builtIn && t.DivisionCode == d && t.Year == y,
            builtIn ? null : t.UpdatedBy, builtIn ? null : t.UpdatedAtUtc,
            t.Sections.OrderBy(s => s.No).Select(s => new SummaryTemplateSectionView(s.No, SummaryDefaultTemplate.Numeral(s.No), s.Title, s.Text, Available(s.No))).ToList());
    }

    public async Task<SummaryTemplateView> SaveAsync(SummaryTemplateRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.ReportingWrite))
        {
            throw new ForbiddenException("只有具有统计编辑权限的人员可以修改总结模板");
        }
        var d = values.ResolveDivision(r.Division);
        var sections = Validate(r);
        var t = await db.SummaryTemplates.Include(x => x.Sections).FirstOrDefaultAsync(x => x.DivisionCode == d && x.Year == r.Year, ct);
        if (t is null)
        {
            t = new SummaryTemplate { DivisionCode = d, Year = r.Year };
            db.SummaryTemplates.Add(t);
        }
        foreach (var s in sections)
        {
            var row = t.Sections.FirstOrDefault(x => x.No == s.No);
            if (row is null)
            {
                row = new SummaryTemplateSection { No = s.No, TemplateId = t.Id };
                t.Sections.Add(row);
            }
            row.Title = s.Title!.Trim();
            row.Text = s.Text!.Trim();
        }
        t.UpdatedBy = user.UserName;
        t.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(r.Year, d, ct);
    }

    /// <summary>All field errors at once, in Chinese; keys <c>sections[i].title</c> / <c>sections[i].text</c> (i = No − 1).</summary>
    public List<SummarySectionRequest> Validate(SummaryTemplateRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Year is < 2000 or > 2100)
        {
            errors["year"] = ["年度应在2000至2100年之间"];
        }
        var list = (r.Sections ?? []).ToList();
        if (list.Count != Sections || list.Select(s => s.No).Distinct().Count() != Sections || list.Any(s => s.No is < 1 or > Sections))
        {
            errors["sections"] = ["总结须包含一至十共十个部分"];
            throw new FieldValidationException(errors);
        }
        foreach (var s in list.OrderBy(s => s.No))
        {
            var n = SummaryDefaultTemplate.Numeral(s.No);
            var key = $"sections[{s.No - 1}]";
            if (string.IsNullOrWhiteSpace(s.Title) || s.Title.Trim().Length > TitleMax)
            {
                errors[key + ".title"] = [$"第{n}部分的标题不能为空，且不超过{TitleMax}个字"];
            }
            var problems = new List<string>();
            if (string.IsNullOrWhiteSpace(s.Text))
            {
                problems.Add($"第{n}部分的正文不能为空");
            }
            else if (s.Text.Trim().Length > TextMax)
            {
                problems.Add($"第{n}部分的正文不超过{TextMax}个字");
            }
            else
            {
                var parse = new List<string>();
                foreach (var p in SummaryPlaceholders.Parse(s.Text, parse))
                {
                    var (known, unit) = Known(p.Key);
                    if (!known)
                    {
                        parse.Add($"占位符 {p.Raw} 引用的指标 {p.Key} 不存在");
                    }
                    else if (p.YuanOnly && unit != "元")
                    {
                        parse.Add($"占位符 {p.Raw}：指标 {p.Key} 的单位是“{unit}”，不能换算为万元或亿元");
                    }
                }
                problems.AddRange(parse.Select(m => $"第{n}部分：{m}"));
            }
            if (problems.Count > 0)
            {
                errors[key + ".text"] = [.. problems];
            }
        }
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
        return list;
    }

    /// <summary>The metrics a section may cite: those the modules publish for it and the required keys of issue 10.</summary>
    public IReadOnlyList<SummaryPlaceholderInfo> Available(int section)
    {
        var keys = catalog.Metrics.Where(m => m.Section == section).Select(m => m.Key)
            .Concat(SummaryMetricKeys.Required.Where(k => k.Section == section).Select(k => k.Key))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return keys.Select(k =>
        {
            var m = catalog.Find(k);
            var req = SummaryMetricKeys.Find(k);
            var unit = m?.Unit ?? req!.Unit;
            var forms = new List<string> { $"{{{{{k}}}}}" };
            if (m?.Kind != MetricKind.Ratio && unit != "%")
            {
                forms.Add(unit == "元" ? $"{{{{{k}|万元}}}}" : $"{{{{{k}|万}}}}");
            }
            forms.Add($"{{{{{k}:yoy}}}}");
            return new SummaryPlaceholderInfo(k, m?.Title ?? req!.Title, unit, m is not null, forms);
        }).ToList();
    }

    private (bool Known, string Unit) Known(string key) =>
        catalog.Find(key) is { } m ? (true, m.Unit) : SummaryMetricKeys.Find(key) is { } k ? (true, k.Unit) : (false, "");

    /// <summary>The built-in template (the 2018 summary's structure) for a place.</summary>
    public static SummaryTemplate Default(string division, int year)
    {
        var t = new SummaryTemplate { DivisionCode = division, Year = year, UpdatedBy = "system" };
        t.Sections = SummaryDefaultTemplate.Sections.Select((s, i) => new SummaryTemplateSection { TemplateId = t.Id, No = i + 1, Title = s.Title, Text = s.Text }).ToList();
        return t;
    }

    private static string CityOf(string division) => division.Length >= 4 ? division[..4] : division;

    private static List<string> Ancestors(string division)
    {
        var list = new List<string>();
        for (var c = division; c is not null && c.Length >= 2; c = DivisionCodes.ParentOf(c))
        {
            list.Add(c);
        }
        return list;
    }
}
