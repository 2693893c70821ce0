using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>Reading applications: the list with days left, one application, an organization's own.</summary>
internal sealed partial class Applications
{
    public async Task<ApplicationList> ListAsync(ApplicationQuery q, CancellationToken ct)
    {
        var query = db.Applications.AsNoTracking().AsQueryable();
        if (q.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim();
            query = query.Where(a => a.Number == t || a.CreditCode == t.ToUpperInvariant() || (a.Name != null && a.Name.Contains(t)));
        }
        var byStatus = await query.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        if (q.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        var today = Today;
        if (q.Overdue == true)
        {
            query = query.Where(a => a.DueOn != null && a.DueOn < today && a.Status != ApplicationStatus.Approved && a.Status != ApplicationStatus.Refused
                && a.Status != ApplicationStatus.Returned);
        }
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var rows = await query.OrderBy(a => a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.Refused)
            .ThenByDescending(a => a.SubmittedOn).ThenByDescending(a => a.Number).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var names = await NamesAsync(rows, ct);
        var days = await calendar.GetAsync(ct);
        return new ApplicationList(total, page, PageSize, rows.Select(a => Row(a, names, days)).ToList(), byStatus.ToDictionary(x => x.Key.ToString(), x => x.Count));
    }

    public async Task<ApplicationDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var a = await db.Applications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("登记申请不存在或不在您的管辖范围内");
        var org = a.OrganizationId is { } oid ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == oid, ct) : null;
        var names = await NamesAsync([a], ct);
        var row = Row(a, names, await calendar.GetAsync(ct));
        var changes = new List<ChangeLine>();
        if (a.Kind == ApplicationKind.Change)
        {
            var pending = a.Status is not (ApplicationStatus.Approved or ApplicationStatus.Refused);
            void Line(string label, string? requested, string? current)
            {
                if (requested is not null)
                {
                    changes.Add(new ChangeLine(label, pending ? current : null, requested));
                }
            }
            Line("名称", a.Name, org?.Name);
            Line("住所", a.Address, org?.Address);
            Line("住所区划", a.NewDivisionCode, org?.DivisionCode);
            Line("法定代表人", a.LegalRepresentative, org?.LegalRepresentative);
            Line("业务范围", a.BusinessScope, org?.BusinessScope);
            Line("业务主管单位", a.SupervisingUnit is null ? null : a.SupervisingUnit.Length == 0 ? "直接登记" : a.SupervisingUnit, org?.SupervisingUnit ?? "直接登记");
            Line("注册资金（元）", a.Funds?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                org?.RegisteredCapital.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        }
        var establishment = a.Kind == ApplicationKind.Establishment;
        return new ApplicationDetail(row, RegistryNames.Authority(a.AuthorityCode), a.Type is { } t ? SocialOrgNames.Of(t) : null,
            a.Level is { } l ? SocialOrgNames.Of(l) : null, establishment ? a.SupervisingUnit ?? "直接登记" : null, a.Field, a.IsIndustryAssociation,
            establishment ? a.LegalRepresentative : null, establishment ? a.Address : null, establishment ? a.BusinessScope : null, a.IndividualMembers,
            a.UnitMembers, establishment ? a.Funds : null, a.PublicFundraising, a.OrgCode, a.ThresholdBasis, a.Reason, a.LiquidationReportConfirmed,
            a.OrganizationId, a.AcceptedBy, a.ReviewedBy, a.ReviewedOn, a.ReviewOpinion, a.DecidedBy, a.DecidedOn, a.DecisionReason, a.ReturnedOn,
            a.ReturnReason, a.PausedWorkingDays, a.StatutoryDueOn, a.DeadlineBasis, changes);
    }

    public async Task<IReadOnlyList<ApplicationRow>> ForOrganizationAsync(Guid organizationId, CancellationToken ct)
    {
        var rows = await db.Applications.AsNoTracking().Where(a => a.OrganizationId == organizationId).OrderByDescending(a => a.SubmittedOn).ToListAsync(ct);
        var names = await NamesAsync(rows, ct);
        var days = await calendar.GetAsync(ct);
        return rows.Select(a => Row(a, names, days)).ToList();
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<RegistrationApplication> rows, CancellationToken ct)
    {
        var ids = rows.Where(a => a.OrganizationId is not null).Select(a => a.OrganizationId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    private ApplicationRow Row(RegistrationApplication a, Dictionary<Guid, string> names, WorkingDays days)
    {
        var open = a.Status is ApplicationStatus.Accepted or ApplicationStatus.Reviewed;
        int? left = open && a.DueOn is { } due ? RegistryRules.DaysLeft(Today, due, days) : null;
        var name = a.Kind == ApplicationKind.Establishment ? a.Name ?? "" : a.OrganizationId is { } oid && names.TryGetValue(oid, out var n) ? n : a.Name ?? "";
        return new ApplicationRow(a.Id, a.Number, a.Kind, RegistryNames.Of(a.Kind), a.Status, RegistryNames.Of(a.Status), name, a.CreditCode, a.DivisionCode,
            a.AuthorityCode, a.SubmittedOn, a.AcceptedOn, a.DueOn, left, open && a.DueOn is { } d && d < Today, a.FiledBy, a.FiledByOrganization);
    }
}
