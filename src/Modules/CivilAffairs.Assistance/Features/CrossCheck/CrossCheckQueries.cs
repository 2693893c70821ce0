using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>Reads of the cross-check: reports (jurisdiction-filtered), import history, runs.</summary>
internal sealed class CrossCheckQueries(AssistanceDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<ReportPage> ListAsync(ReportFilter f, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var q = db.CrossCheckReports.AsNoTracking();
        if (f.ApplicationId is { } app)
        {
            q = q.Where(r => r.HouseholdKind == HouseholdKind.Application && r.HouseholdId == app);
        }
        if (f.EnrolmentId is { } enr)
        {
            q = q.Where(r => r.HouseholdKind == HouseholdKind.Enrolment && r.HouseholdId == enr);
        }
        if (DivisionCodes.Normalize(f.Division) is { } division)
        {
            q = q.Where(r => r.DivisionCode.StartsWith(division));
        }
        if (f.ValidOnly)
        {
            q = q.Where(r => r.ValidUntil >= today);
        }
        var breaking = await q.CountAsync(r => r.BreaksRules, ct);
        q = f.Result switch
        {
            "breaks" => q.Where(r => r.BreaksRules),
            "clean" => q.Where(r => !r.BreaksRules),
            _ => q,
        };
        var total = await q.CountAsync(ct);
        var size = Math.Clamp(f.PageSize, 1, 200);
        var page = Math.Max(1, f.Page);
        var rows = await q.OrderByDescending(r => r.ReportDate).ThenByDescending(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new ReportPage(total, breaking, rows.Select(r => ToSummary(r, today)).ToList());
    }

    /// <summary>The household's newest report that is still valid; 404 when there is none.</summary>
    public async Task<ReportDetail> LatestAsync(Guid? applicationId, Guid? enrolmentId, CancellationToken ct)
    {
        if (applicationId is null == enrolmentId is null)
        {
            throw new FieldValidationException("applicationId", "请指定 applicationId 或 enrolmentId 之一");
        }
        var today = ChinaTime.Today(clock);
        var (kind, id) = applicationId is { } a ? (HouseholdKind.Application, a) : (HouseholdKind.Enrolment, enrolmentId!.Value);
        var report = await db.CrossCheckReports.AsNoTracking()
            .Where(r => r.HouseholdKind == kind && r.HouseholdId == id && r.ValidUntil >= today)
            .OrderByDescending(r => r.ReportDate).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("该家庭没有有效期内的核对报告");
        return await DetailAsync(report, today, ct);
    }

    public async Task<ReportDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var report = await db.CrossCheckReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException();
        return await DetailAsync(report, ChinaTime.Today(clock), ct);
    }

    private async Task<ReportDetail> DetailAsync(CrossCheckReport r, DateOnly today, CancellationToken ct)
    {
        var items = await db.CrossCheckItems.AsNoTracking().Where(i => i.ReportId == r.Id).OrderBy(i => i.Id).ToListAsync(ct);
        return new ReportDetail(ToSummary(r, today), r.FinancialAssets, r.ResidentialUnits, r.NonResidentialUnits, r.Vehicles, r.BusinessRegistrations,
            r.VerifiedIncome, items.Select(i => new ReportItemView(Masking.IdNumber(i.MemberIdNumber), i.Source.ToString(), ExternalSources.NameOf(i.Source),
                i.Description, i.Value, i.Unit, i.Counted, i.Rule)).ToList());
    }

    /// <summary>Import history, newest first; the batch each source matches against is marked current.</summary>
    public async Task<IReadOnlyList<BatchView>> BatchesAsync(CancellationToken ct)
    {
        RequireCrossCheck();
        var all = await db.ExternalBatches.AsNoTracking().ToListAsync(ct);
        var current = all.GroupBy(b => b.Source).Select(g => g.OrderByDescending(b => b.AsOf).ThenByDescending(b => b.ImportedAtUtc).First().Id).ToHashSet();
        return all.OrderByDescending(b => b.ImportedAtUtc).Take(200).Select(b => ToView(b, current.Contains(b.Id))).ToList();
    }

    public async Task<IReadOnlyList<RejectedRow>> RejectionsAsync(Guid batchId, CancellationToken ct)
    {
        RequireCrossCheck();
        var json = await db.ExternalBatches.AsNoTracking().Where(b => b.Id == batchId).Select(b => new { b.RejectionsJson }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException();
        return json.RejectionsJson is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<RejectedRow>>(json.RejectionsJson) ?? [];
    }

    /// <summary>Runs that covered the user's area or part of it.</summary>
    public async Task<IReadOnlyList<RunView>> RunsAsync(CancellationToken ct)
    {
        RequireCrossCheck();
        var scope = user.Jurisdiction ?? "#";
        var runs = await db.CrossCheckRuns.AsNoTracking().OrderByDescending(r => r.RunAtUtc).Take(200).ToListAsync(ct);
        return runs.Where(r => r.Jurisdiction.StartsWith(scope, StringComparison.Ordinal) || scope.StartsWith(r.Jurisdiction, StringComparison.Ordinal))
            .Take(20).Select(ToView).ToList();
    }

    /// <summary>The streets that have reports, for the list's filter.</summary>
    public async Task<IReadOnlyList<string>> StreetsAsync(CancellationToken ct)
    {
        var codes = await db.CrossCheckReports.AsNoTracking().Select(r => r.DivisionCode.Substring(0, 9)).Distinct().ToListAsync(ct);
        return codes.Order(StringComparer.Ordinal).ToList();
    }

    private void RequireCrossCheck()
    {
        if (!user.Has(Permissions.AssistanceCrossCheck))
        {
            throw new ForbiddenException();
        }
    }

    internal static ReportSummary ToSummary(CrossCheckReport r, DateOnly today) => new(r.Id, r.HouseholdKind.ToString(), r.HouseholdId, r.Programme.ToString(),
        r.DivisionCode, r.HeadName, Masking.IdNumber(r.HeadIdNumber), r.HouseholdSize, r.ReportDate, r.ValidUntil, r.ValidUntil >= today, r.BreaksRules,
        r.Reasons.Length == 0 ? [] : r.Reasons.Split('\n'), r.ItemCount);

    internal static BatchView ToView(ExternalBatch b, bool current) => new(b.Id, b.Source.ToString(), ExternalSources.NameOf(b.Source), b.FileName, b.Sha256,
        b.AsOf, b.RowsRead, b.RowsImported, b.RowsRejected, b.ImportedBy, b.ImportedAtUtc, current);

    internal static RunView ToView(CrossCheckRun r) => new(r.Id, r.Jurisdiction, r.ReportDate, r.Households, r.Breaking, r.Items, r.Sources, r.DurationMs,
        r.RunBy, r.RunAtUtc);
}
