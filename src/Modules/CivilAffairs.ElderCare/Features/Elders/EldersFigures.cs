using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Elders;

/// <summary>老年人口: elders by district and age band (registry, on the report's last day), living alone, empty nest, assessments due.</summary>
internal sealed class EldersFigures(IElderDirectory elders, ElderCareDb db) : IElderCareFigures
{
    private const string Area = "老年人口";

    public async Task<IReadOnlyList<ElderCareFigure>> GetAsync(FigureQuery query, CancellationToken ct)
    {
        var figures = new List<ElderCareFigure>();
        var counts = await elders.CountAsync(query.To, query.DivisionPrefix, 60, ct);
        foreach (var d in counts.GroupBy(c => c.DistrictCode))
        {
            figures.Add(new(Area, "elders.total", "60岁以上老年人", d.Key, d.Sum(c => c.Count), "人"));
            figures.Add(new(Area, "elders.hukou", "其中深圳户籍", d.Key, d.Where(c => c.IsShenzhenHukou).Sum(c => c.Count), "人"));
            foreach (var band in d.GroupBy(c => c.AgeBand))
            {
                var label = band.Key == 100 ? "100岁以上" : $"{band.Key}–{band.Key + 9}岁";
                figures.Add(new(Area, $"elders.age{band.Key}", label, d.Key, band.Sum(c => c.Count), "人"));
            }
        }
        var profiles = db.Profiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.DivisionPrefix))
        {
            profiles = profiles.Where(p => p.DivisionCode.StartsWith(query.DivisionPrefix));
        }
        var to = query.To;
        var rows = await profiles.GroupBy(p => p.DivisionCode.Substring(0, 6)).Select(g => new
        {
            District = g.Key,
            Alone = g.Count(p => p.Living == LivingSituation.Alone),
            Empty = g.Count(p => p.Living == LivingSituation.EmptyNest),
            Lost = g.Count(p => p.LostOnlyChild),
            Disabled = g.Count(p => p.CareLevel == CareLevel.Moderate || p.CareLevel == CareLevel.Severe),
            Due = g.Count(p => p.NextAssessmentOn != null && p.NextAssessmentOn <= to),
        }).ToListAsync(ct);
        foreach (var r in rows)
        {
            figures.Add(new(Area, "elders.alone", "独居老人", r.District, r.Alone, "人"));
            figures.Add(new(Area, "elders.empty_nest", "空巢老人", r.District, r.Empty, "人"));
            figures.Add(new(Area, "elders.lost_only_child", "失独老人", r.District, r.Lost, "人"));
            figures.Add(new(Area, "elders.disabled", "中度及重度失能老人", r.District, r.Disabled, "人"));
            figures.Add(new(Area, "elders.assessments_due", "能力评估到期未复评", r.District, r.Due, "人"));
        }
        return figures;
    }
}
