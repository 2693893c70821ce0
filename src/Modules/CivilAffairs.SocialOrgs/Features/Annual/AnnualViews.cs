using System.Text.Json;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Annual;

/// <summary>Reads: one report (with the foundation checks, stored or previewed), the registry's queue, the organizations that have not reported.</summary>
internal sealed class AnnualViews(SocialOrgsDb db, AnnualTerms terms, ICurrentUser user)
{
    public int ReportingYear => terms.ReportingYear;

    public async Task<AnnualReportView> GetAsync(Guid id, CancellationToken ct)
    {
        var r = await db.AnnualReports.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("年度报告不存在或不在您的管辖范围内");
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == r.OrganizationId, ct)
            ?? throw new NotFoundException("年度报告不存在或不在您的管辖范围内");
        var deadlines = await terms.DeadlinesAsync(r.Year, r.DivisionCode, ct);
        IReadOnlyList<RatioCheck> checks = [];
        var stored = r.RatioChecks is not null;
        var used = r.ParametersUsed;
        if (stored)
        {
            checks = JsonSerializer.Deserialize<List<RatioCheck>>(r.RatioChecks!) ?? [];
        }
        else if (r.OrgType == SocialOrgType.Foundation && r.SubmittedOn is not null && user.Has(Permissions.SocialOrgsRead))
        {
            (checks, used) = await terms.CheckFoundationAsync(r, org.PublicFundraising, ct);
        }
        var breaches = (r.Breaches ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        var suggestedFrom = r.Result is null && checks.Any(c => c.Passed == false) ? [AnnualBreaches.RatioCode] : breaches;
        var suggested = r.SubmittedOn is null ? (InspectionResult?)null
            : AnnualInspectionRules.Suggest(suggestedFrom.Select(AnnualBreaches.Find).OfType<AnnualBreach>());
        var today = terms.Today;
        return new AnnualReportView(r.Id, r.Number, r.Year, org.Id, org.Name, org.CreditCode, org.Type, SocialOrgNames.Of(org.Type), r.AuthorityCode,
            org.PublicFundraising, r.Status, AnnualTerms.StatusName(r.Status), r.DueOn, org.SupervisingUnit is null ? null : deadlines.SupervisorFor(org.Type),
            r.SubmittedOn, r.Late, r.SubmittedBy, FormOf(r), r.ReturnReason, r.ReturnCount, r.Result, r.Result is { } g ? SocialOrgNames.Of(g) : null, breaches,
            r.Opinion, r.GradedOn, r.GradedBy, checks, stored, used, suggested, r.Rectification, r.RectifyBy, r.RectificationNote, r.RectificationReportedOn,
            r.RectificationClosedOn, r.Rectification == RectificationStatus.Ordered && r.RectifyBy < today);
    }

    public static AnnualReportForm FormOf(AnnualReport r) => new()
    {
        Year = r.Year, IndividualMembers = r.IndividualMembers, UnitMembers = r.UnitMembers, FullTimeStaff = r.FullTimeStaff, CouncilMeetings = r.CouncilMeetings,
        GeneralMeetings = r.GeneralMeetings, ActivitiesSummary = r.ActivitiesSummary, IncomeTotal = r.IncomeTotal, ExpenditureTotal = r.ExpenditureTotal,
        CharitableExpenditure = r.CharitableExpenditure, StaffAndAdminCosts = r.StaffAndAdminCosts, PriorYearIncome = r.PriorYearIncome,
        PriorYearFundBalance = r.PriorYearFundBalance, NetAssets = r.NetAssets, MajorChanges = r.MajorChanges, SelfDeclaredBreaches = r.SelfDeclaredBreaches,
    };

    /// <summary>The queue: reports of a year in the caller's reach (an organization: its own), filtered, with counts.</summary>
    public async Task<AnnualQueue> QueueAsync(AnnualQueueQuery q, CancellationToken ct)
    {
        var year = q.Year ?? terms.ReportingYear;
        var baseQuery = from r in db.AnnualReports.AsNoTracking()
                        join o in db.Organizations.AsNoTracking() on r.OrganizationId equals o.Id
                        where r.Year == year
                        select new { r, o.Name };
        if (!string.IsNullOrWhiteSpace(q.Authority))
        {
            var a = q.Authority.Trim();
            baseQuery = baseQuery.Where(x => x.r.AuthorityCode == a);
        }
        var all = await baseQuery.ToListAsync(ct);
        var items = all.AsEnumerable();
        if (Enum.TryParse<SocialOrgType>(q.Type, true, out var type))
        {
            items = items.Where(x => x.r.OrgType == type);
        }
        if (Enum.TryParse<AnnualReportStatus>(q.Status, true, out var status))
        {
            items = items.Where(x => x.r.Status == status);
        }
        if (Enum.TryParse<InspectionResult>(q.Result, true, out var result))
        {
            items = items.Where(x => x.r.Result == result);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim();
            items = items.Where(x => x.Name.Contains(t, StringComparison.Ordinal) || x.r.CreditCode.Equals(t, StringComparison.OrdinalIgnoreCase));
        }
        var today = terms.Today;
        var rows = items.OrderBy(x => x.r.Status == AnnualReportStatus.Submitted ? 0 : x.r.Status == AnnualReportStatus.Returned ? 1 : 2)
            .ThenBy(x => x.r.SubmittedOn).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => AnnualTerms.Row(x.r, x.Name, today)).ToList();
        var notSubmitted = user.Has(Permissions.SocialOrgsRead) ? (await OverdueAsync(year, q.Authority, ct)).Count : 0;
        var counts = new AnnualQueueCounts(all.Count(x => x.r.Status == AnnualReportStatus.Draft), all.Count(x => x.r.Status == AnnualReportStatus.Submitted),
            all.Count(x => x.r.Status == AnnualReportStatus.Returned), all.Count(x => x.r.Status == AnnualReportStatus.Graded), notSubmitted,
            all.Count(x => x.r.Rectification is RectificationStatus.Ordered or RectificationStatus.Reported));
        return new AnnualQueue(year, counts, rows);
    }

    /// <summary>Registered organizations in reach that owe the year's report, whose deadline has passed, and that have not submitted.</summary>
    public async Task<IReadOnlyList<AnnualOverdueOrg>> OverdueAsync(int year, string? authority, CancellationToken ct)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var orgs = db.Organizations.AsNoTracking().Where(o => o.Status == OrgStatus.Active && o.EstablishedOn <= yearEnd);
        if (!string.IsNullOrWhiteSpace(authority))
        {
            var a = authority.Trim();
            orgs = orgs.Where(o => o.AuthorityCode == a);
        }
        var list = await orgs.OrderBy(o => o.AuthorityCode).ThenBy(o => o.Name).ToListAsync(ct);
        var reports = await db.AnnualReports.AsNoTracking().Where(r => r.Year == year)
            .Select(r => new { r.OrganizationId, r.SubmittedOn }).ToListAsync(ct);
        var submitted = reports.Where(r => r.SubmittedOn != null).Select(r => r.OrganizationId).ToHashSet();
        var drafts = reports.Where(r => r.SubmittedOn == null).Select(r => r.OrganizationId).ToHashSet();
        var reference = AnnualSanctions.SourceRef(year);
        var listed = await db.CreditEntries.AsNoTracking()
            .Where(e => e.Trigger == CreditTrigger.NoAnnualReport && (e.SourceRef == reference || e.RemovedOn == null))
            .Select(e => new { e.OrganizationId, e.Number }).ToListAsync(ct);
        var today = terms.Today;
        var result = new List<AnnualOverdueOrg>();
        foreach (var o in list.Where(o => !submitted.Contains(o.Id)))
        {
            var due = await terms.DueOnAsync(o, year, ct);
            if (today > due)
            {
                result.Add(new AnnualOverdueOrg(o.Id, o.Name, o.CreditCode, SocialOrgNames.Of(o.Type), o.AuthorityCode, due, today.DayNumber - due.DayNumber,
                    drafts.Contains(o.Id), listed.FirstOrDefault(l => l.OrganizationId == o.Id)?.Number));
            }
        }
        return result;
    }
}
