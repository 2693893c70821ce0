using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Adaptation;

/// <summary>Lists, the detail, statistics.</summary>
internal sealed partial class Adaptations
{
    public async Task<AdaptationView> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.AdaptationCases.AsNoTracking().Include(x => x.Measures).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var photos = await db.AdaptationPhotos.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.UploadedAtUtc)
            .Select(p => new PhotoView(p.Id, p.ContentType, p.UploadedAtUtc, p.UploadedBy)).ToListAsync(ct);
        return View(c, ChinaTime.Today(clock), photos);
    }

    public async Task<AdaptationList> ListAsync(AdaptationSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var today = ChinaTime.Today(clock);
        var q = db.AdaptationCases.AsNoTracking().Include(x => x.Measures).AsQueryable();
        if (!string.IsNullOrWhiteSpace(s.Division))
        {
            var d = s.Division.Trim();
            q = q.Where(c => c.DivisionCode.StartsWith(d));
        }
        if (s.Year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(c => c.AppliedOn >= from && c.AppliedOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(s.Q))
        {
            var t = s.Q.Trim().ToUpperInvariant();
            q = q.Where(c => c.CaseNumber.Contains(t) || c.IdNumber == t);
        }
        var all = (await q.OrderByDescending(c => c.AppliedOn).ThenByDescending(c => c.CaseNumber).ToListAsync(ct)).Select(c => View(c, today, [])).ToList();
        var counts = new AdaptationCounts(all.Count, all.Count(c => c.Status == AdaptationStatus.Applied), all.Count(c => c.Status == AdaptationStatus.Assessed),
            all.Count(c => c.Status == AdaptationStatus.Approved), all.Count(c => c.Status is AdaptationStatus.Contracted or AdaptationStatus.CheckFailed),
            all.Count(c => c.Status == AdaptationStatus.Closed), all.Count(c => c.Status == AdaptationStatus.Refused), all.Count(c => c.Overdue));
        IEnumerable<AdaptationView> items = all;
        if (Enum.TryParse<AdaptationStatus>(s.Status, true, out var st))
        {
            items = st is AdaptationStatus.Contracted ? items.Where(c => c.Status is AdaptationStatus.Contracted or AdaptationStatus.CheckFailed) : items.Where(c => c.Status == st);
        }
        if (s.Overdue == true)
        {
            items = items.Where(c => c.Overdue);
        }
        return new AdaptationList(counts, items.ToList());
    }

    public async Task<AdaptationStats> StatsAsync(int year, string? division, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var q = db.AdaptationCases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division))
        {
            var d = division.Trim();
            q = q.Where(c => c.DivisionCode.StartsWith(d));
        }
        var rows = await q.Where(c => (c.AppliedOn >= from && c.AppliedOn <= to) || (c.ClosedOn >= from && c.ClosedOn <= to))
            .Select(c => new { c.DivisionCode, c.Status, c.AppliedOn, c.ClosedOn, c.CostTotal, c.Subsidy }).ToListAsync(ct);
        var applied = rows.Where(r => r.AppliedOn >= from && r.AppliedOn <= to).ToList();
        var done = rows.Where(r => r.Status == AdaptationStatus.Closed && r.ClosedOn >= from && r.ClosedOn <= to).ToList();
        var byStatus = applied.GroupBy(r => AdaptationRules.StatusName(r.Status)).ToDictionary(g => g.Key, g => g.Count());
        var byDistrict = rows.Select(r => r.DivisionCode[..6]).Distinct().Order().Select(d => new AdaptationDistrictStats(d,
            applied.Count(r => r.DivisionCode.StartsWith(d, StringComparison.Ordinal)), done.Count(r => r.DivisionCode.StartsWith(d, StringComparison.Ordinal)),
            done.Where(r => r.DivisionCode.StartsWith(d, StringComparison.Ordinal)).Sum(r => r.Subsidy))).ToList();
        return new AdaptationStats(year, byStatus, done.Count, done.Count == 0 ? 0 : Math.Round(done.Average(r => r.CostTotal), 2), done.Sum(r => r.Subsidy), byDistrict);
    }

    internal static AdaptationView View(AdaptationCase c, DateOnly today, IReadOnlyList<PhotoView> photos) => new(
        c.Id, c.CaseNumber, Masking.IdNumber(c.IdNumber), Masking.Name(c.Name), c.DivisionCode, c.AgeOnApplication, c.Priority, c.Status,
        AdaptationRules.StatusName(c.Status), c.AppliedOn, c.AppliedBy, c.Needs, AdaptationRules.DueOn(c.Status, c.AssessmentDueOn, c.PlannedCompletion),
        AdaptationRules.IsOverdue(c.Status, c.AssessmentDueOn, c.PlannedCompletion, today), c.AssessedOn, c.Assessor, c.Findings, c.CostTotal, c.Subsidy,
        c.SelfPaid, c.CapApplied, c.ParametersUsed, c.DecidedBy, c.DecidedAtUtc, c.RefusalReason, c.ContractorName, c.ContractorCreditCode, c.ContractDate,
        c.PlannedCompletion, c.CheckedOn, c.Checker, c.CheckNote, c.FailedChecks, c.ClosedOn,
        c.Measures.OrderBy(m => m.Name).Select(m => new MeasureView(m.Code, m.Name, m.Quantity, m.Unit, m.UnitCost, m.Amount)).ToList(), photos);
}
