using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>银龄安康: insured on the last day, claims reported and paid in the period, by district.</summary>
internal sealed class InsuranceFigures(ElderCareDb db) : IElderCareFigures
{
    private const string Area = "银龄安康";

    public async Task<IReadOnlyList<ElderCareFigure>> GetAsync(FigureQuery query, CancellationToken ct)
    {
        var to = query.To;
        var from = query.From;
        var roster = db.InsuranceRoster.AsNoTracking();
        var claims = db.InsuranceClaims.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.DivisionPrefix))
        {
            roster = roster.Where(r => r.DivisionCode.StartsWith(query.DivisionPrefix));
            claims = claims.Where(c => c.DivisionCode.StartsWith(query.DivisionPrefix));
        }
        var insured = await roster.Where(r => r.CoveredFrom <= to && (r.CoveredUntil == null || r.CoveredUntil >= to))
            .GroupBy(r => r.DivisionCode.Substring(0, 6)).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var inPeriod = await claims.Where(c => c.AccidentOn >= from && c.AccidentOn <= to)
            .Select(c => new { District = c.DivisionCode.Substring(0, 6), c.Status, c.PaidAmount }).ToListAsync(ct);
        var figures = insured.Select(i => new ElderCareFigure(Area, "insurance.insured", "参保人数", i.Key, i.Count, "人")).ToList();
        foreach (var d in inPeriod.GroupBy(c => c.District))
        {
            figures.Add(new(Area, "insurance.claims", "理赔报案", d.Key, d.Count(), "件"));
            figures.Add(new(Area, "insurance.claims_paid", "已赔付", d.Key, d.Count(c => c.Status == ClaimStatus.Paid), "件"));
            figures.Add(new(Area, "insurance.paid_amount", "赔付金额", d.Key, d.Sum(c => c.PaidAmount ?? 0), "元"));
        }
        return figures;
    }
}
