using CivilAffairs.Platform.Http;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>Lists, the case page and the year's statistics.</summary>
internal sealed partial class Cases
{
    private static readonly CaseStatus[] OpenStatuses = [CaseStatus.Filed, CaseStatus.Investigated, CaseStatus.Reviewed, CaseStatus.Notified, CaseStatus.Heard];

    public async Task<CaseView> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return ToView(c, access.IsOrganization, Today, withSteps: true);
    }

    public async Task<CaseList> ListAsync(CaseSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var q = db.Cases.AsNoTracking();
        if (s.Year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(c => c.ProposedOn >= from && c.ProposedOn <= to);
        }
        if (s.Org is { } org)
        {
            q = q.Where(c => c.OrganizationId == org);
        }
        if (!string.IsNullOrWhiteSpace(s.Division))
        {
            var d = s.Division.Trim();
            q = q.Where(c => c.DivisionCode.StartsWith(d));
        }
        if (s.Illegal is { } illegal)
        {
            q = q.Where(c => c.IllegalOrganization == illegal);
        }
        if (SupervisionSupport.Trim(s.Q, 100) is { } text)
        {
            q = q.Where(c => c.Number.Contains(text) || c.SubjectName.Contains(text));
        }
        var rows = await q.OrderByDescending(c => c.ProposedOn).ThenByDescending(c => c.Number).Take(2000).ToListAsync(ct);
        var today = Today;
        var self = access.IsOrganization;
        var views = rows.Select(c => ToView(c, self, today, withSteps: false)).ToList();
        var counts = new CaseCounts(views.Count,
            rows.Count(c => c.Status == CaseStatus.Proposed),
            rows.Count(c => OpenStatuses.Contains(c.Status)),
            rows.Count(c => c.Status is CaseStatus.Notified or CaseStatus.Heard),
            rows.Count(c => c.Status is CaseStatus.Decided or CaseStatus.Served or CaseStatus.Executed),
            rows.Count(c => c.Status is CaseStatus.Closed or CaseStatus.Dropped),
            views.Count(v => v.Overdue && v.DecidedOn is null));
        if (SupervisionSupport.Parse<CaseStatus>(s.Status) is { } st)
        {
            views = views.Where(v => v.Status == st.ToString()).ToList();
        }
        if (s.Overdue == true)
        {
            views = views.Where(v => v.Overdue && v.DecidedOn is null).ToList();
        }
        return new CaseList(counts, views);
    }

    public async Task<CaseStats> StatsAsync(int year, string? division, CancellationToken ct)
    {
        var items = (await ListAsync(new CaseSearch { Year = year, Division = division }, ct)).Items;
        var decided = items.Where(v => v.Outcome is not null).ToList();
        return new CaseStats(year, items.Count, items.Count(v => !v.IllegalOrganization), items.Count(v => v.IllegalOrganization),
            Enum.GetValues<CaseSource>().Select(x => new CountRow(x.ToString(), SupervisionRules.Name(x), items.Count(v => v.Source == x.ToString()))).ToList(),
            Enum.GetValues<CaseOutcome>().Select(x => new CountRow(x.ToString(), SupervisionRules.Name(x), decided.Count(v => v.Outcome == x.ToString())))
                .Where(r => r.Count > 0).ToList(),
            Enum.GetValues<CaseStatus>().Select(x => new CountRow(x.ToString(), SupervisionRules.Name(x), items.Count(v => v.Status == x.ToString())))
                .Where(r => r.Count > 0).ToList(),
            items.GroupBy(v => v.DivisionCode[..Math.Min(6, v.DivisionCode.Length)]).OrderBy(g => g.Key)
                .Select(g => new DistrictCaseRow(g.Key, g.Count(), g.Count(v => !v.IllegalOrganization), g.Count(v => v.IllegalOrganization),
                    g.Count(v => v.DecidedOn is not null), g.Where(v => v.Outcome == nameof(CaseOutcome.Fine)).Sum(v => v.Amount ?? 0))).ToList(),
            decided.Count(v => v.Outcome == nameof(CaseOutcome.Ban)), decided.Count(v => v.Outcome == nameof(CaseOutcome.Dispersal)),
            decided.Where(v => v.Outcome == nameof(CaseOutcome.Fine)).Sum(v => v.Amount ?? 0),
            decided.Where(v => v.Outcome == nameof(CaseOutcome.Confiscation)).Sum(v => v.Amount ?? 0));
    }

    /// <summary>An organization's own account sees its case without the internal notes, investigators and source reference.</summary>
    internal static CaseView ToView(EnforcementCase c, bool self, DateOnly today, bool withSteps) => new(
        c.Id, c.Number, c.OrganizationId, c.IllegalOrganization ? null : c.CreditCode, c.SubjectName, c.SubjectPlace, c.IllegalOrganization, c.DivisionCode,
        c.Source.ToString(), SupervisionRules.Name(c.Source), self ? null : c.SourceRef, c.Facts, c.Status.ToString(), SupervisionRules.Name(c.Status),
        self ? "" : c.ProposedBy, c.ProposedOn, c.FiledOn, self ? null : c.FiledBy, c.DecisionDue, SupervisionRules.DaysLeft(c.DecisionDue, c.DecidedOn, today),
        SupervisionRules.Overdue(c.DecisionDue, c.DecidedOn, today, c.Status), self ? null : c.Investigators,
        c.ProposedOutcome?.ToString(), c.ProposedAmount, c.HearingRight, c.Outcome?.ToString(), c.Outcome is { } o ? SupervisionRules.Name(o) : null,
        c.Amount, c.SuspensionMonths, c.DecidedOn, self ? null : c.DecidedBy, c.DecisionReason, c.ClosedOn, c.ParametersUsed, c.CreditEntries,
        withSteps
            ? c.Steps.OrderBy(s => s.On).ThenBy(s => s.Step).Select(s => new CaseStepView(s.Step.ToString(), SupervisionRules.Name(s.Step), s.On,
                self ? "" : s.By, self ? null : s.Note)).ToList()
            : []);
}
