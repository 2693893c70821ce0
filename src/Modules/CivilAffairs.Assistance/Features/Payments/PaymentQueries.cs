using System.Globalization;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>Reads of runs and lines (scoped by the jurisdiction filter), and replay of a line from its snapshot.</summary>
internal sealed class PaymentQueries(AssistanceDb db, IDivisionDirectory divisions)
{
    public async Task<IReadOnlyList<RunView>> ListAsync(string? month, CancellationToken ct)
    {
        var q = db.PaymentRuns.AsNoTracking();
        if (PaymentRuns.ParseMonth(month) is { } m)
        {
            q = q.Where(r => r.Month <= m && r.ToMonth >= m);
        }
        var runs = await q.OrderByDescending(r => r.Month).ThenByDescending(r => r.PreparedAtUtc).Take(200).ToListAsync(ct);
        return runs.Select(PaymentRuns.View).ToList();
    }

    public async Task<RunDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var run = await db.PaymentRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException();
        var groups = await db.PaymentLines.AsNoTracking().Where(l => l.RunId == id)
            .GroupBy(l => l.DivisionCode.Substring(0, 6))
            .Select(g => new
            {
                g.Key,
                Households = g.Where(l => l.Status != PaymentLineStatus.Exception).Select(l => l.EnrolmentId).Distinct().Count(),
                Persons = g.Where(l => l.Status != PaymentLineStatus.Exception).Sum(l => l.HouseholdSize),
                Amount = g.Where(l => l.Status != PaymentLineStatus.Exception).Sum(l => l.Amount),
                Exceptions = g.Count(l => l.Status == PaymentLineStatus.Exception),
            }).ToListAsync(ct);
        var districts = new List<DistrictSummary>();
        foreach (var g in groups.OrderBy(g => g.Key))
        {
            districts.Add(new DistrictSummary(g.Key, (await divisions.FindAsync(g.Key, null, ct))?.Name, g.Households, g.Persons, g.Amount, g.Exceptions));
        }
        var parameters = ParameterSet.ListFromJson(run.ParametersJson)
            .SelectMany(s => s.Values.Select(v => new RunParameterView(s.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), s.Signature,
                v.Key, v.Value, v.ValidFrom, v.LegalBasis, v.DivisionCode))).ToList();
        var recs = await db.PaymentReconciliations.AsNoTracking().Where(x => x.RunId == id).OrderBy(x => x.ImportedAtUtc).ToListAsync(ct);
        return new RunDetail(PaymentRuns.View(run), districts, parameters, recs.Select(r => Reconciliation.View(r, false)).ToList());
    }

    public async Task<LinePage> LinesAsync(Guid runId, string? status, string? division, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        if (!await db.PaymentRuns.AnyAsync(r => r.Id == runId, ct))
        {
            throw new NotFoundException();
        }
        var lines = db.PaymentLines.AsNoTracking().Where(l => l.RunId == runId);
        if (Enum.TryParse<PaymentLineStatus>(status ?? "", true, out var s))
        {
            lines = lines.Where(l => l.Status == s);
        }
        if (!string.IsNullOrWhiteSpace(division))
        {
            var d = division.Trim();
            lines = lines.Where(l => l.DivisionCode.StartsWith(d));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            var reference = Guid.TryParseExact(t, "N", out var g) ? g : Guid.Empty;
            lines = lines.Where(l => l.PayeeName.Contains(t) || l.PayeeIdNumber == t || l.Id == reference);
        }
        var size = Math.Clamp(pageSize ?? 50, 10, 500);
        var p = Math.Max(1, page ?? 1);
        var total = await lines.CountAsync(ct);
        var rows = await lines.OrderBy(l => l.DivisionCode).ThenBy(l => l.EnrolmentId).ThenBy(l => l.Month)
            .Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return new LinePage(total, p, size, rows.Select(ToView).ToList());
    }

    public static LineView ToView(PaymentLine l) => new(l.Id, l.Reference, l.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), l.Kind.ToString(),
        l.Programme.ToString(), l.DivisionCode, l.PayeeName, Masking.IdNumber(l.PayeeIdNumber), l.BankName, Masking.BankAccount(l.BankAccount),
        l.HouseholdSize, l.Amount, l.Status.ToString(), l.Note, l.BankReference, l.ReissuedInRunId is not null);

    /// <summary>
    /// Recomputes a line from its frozen inputs and the run's frozen parameter versions — not from
    /// today's household or today's parameters — and says whether the amount is the same.
    /// </summary>
    public async Task<ReproduceView> ReproduceAsync(Guid lineId, CancellationToken ct)
    {
        var line = await db.PaymentLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId, ct) ?? throw new NotFoundException();
        var runId = line.Kind == PaymentRunKind.Supplementary ? await OriginalRunAsync(line, ct) : line.RunId;
        var run = await db.PaymentRuns.AsNoTracking().IgnoreQueryFilters().FirstAsync(r => r.Id == runId, ct);
        return Reproduce(line, run);
    }

    public static ReproduceView Reproduce(PaymentLine line, PaymentRun run)
    {
        var snapshot = HouseholdSnapshot.FromJson(line.InputsJson);
        var sets = ParameterSet.ListFromJson(run.ParametersJson);
        if (snapshot.Members.Count == 0 || snapshot.ParameterSet >= sets.Count)
        {
            return new ReproduceView(line.Id, line.Amount, 0, line.Amount == 0, 0, 0, []);
        }
        var result = snapshot.Calculate(sets[snapshot.ParameterSet].PolicyFor(snapshot.Programme));
        var recomputed = line.Kind == PaymentRunKind.BackPay ? MeansTest.Money(result.MonthlyBenefit - snapshot.Paid) : result.MonthlyBenefit;
        return new ReproduceView(line.Id, line.Amount, recomputed, recomputed == line.Amount, result.MonthlyBenefit, snapshot.Paid,
            result.Breakdown.Select(b => $"{b.Item}: {b.Amount.ToString("0.00", CultureInfo.InvariantCulture)}").ToList());
    }

    private async Task<Guid> OriginalRunAsync(PaymentLine line, CancellationToken ct) =>
        await db.PaymentLines.AsNoTracking().IgnoreQueryFilters()
            .Where(o => o.ReissuedInRunId == line.RunId && o.EnrolmentId == line.EnrolmentId && o.Month == line.Month)
            .Select(o => o.RunId).FirstOrDefaultAsync(ct);
}
