using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>The register: list with filters and counts, one organization with its history, the Excel export.</summary>
internal sealed class Register(SocialOrgsDb db, OrgAccess access, Applications applications, AuditEvents audit)
{
    public const int PageSize = 50;
    public const int MaxExportRows = 20_000;
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<OrgList> ListAsync(RegisterQuery q, CancellationToken ct)
    {
        var query = Filter(q);
        var total = await query.CountAsync(ct);
        var byType = await query.GroupBy(o => o.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var items = await query.OrderBy(o => o.AuthorityCode).ThenBy(o => o.Name).Skip((page - 1) * PageSize).Take(PageSize).AsNoTracking().ToListAsync(ct);
        return new OrgList(total, page, PageSize, items.Select(Row).ToList(), byType.ToDictionary(x => x.Key.ToString(), x => x.Count));
    }

    public async Task<OrgDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var o = await access.GetAsync(id, ct);
        var events = await EventsAsync(id, ct);
        var apps = await applications.ForOrganizationAsync(id, ct);
        return Detail(o, events, apps);
    }

    public async Task<OrgDetail> MineAsync(CancellationToken ct)
    {
        var o = await access.MineAsync(ct);
        return Detail(o, await EventsAsync(o.Id, ct), await applications.ForOrganizationAsync(o.Id, ct));
    }

    public async Task<IReadOnlyList<OrgEventView>> EventsAsync(Guid id, CancellationToken ct)
    {
        await access.GetAsync(id, ct);
        var rows = await db.OrganizationEvents.AsNoTracking().Where(e => e.OrganizationId == id).ToListAsync(ct);
        return rows.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.RecordedAtUtc)
            .Select(e => new OrgEventView(e.Id, e.OccurredOn, RegistryNames.Of(e.Kind), e.Summary, e.Details, e.Reference, e.RecordedBy)).ToList();
    }

    public async Task<byte[]> ExportAsync(RegisterQuery q, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2)
        {
            throw new FieldValidationException("reason", "请填写导出事由");
        }
        var rows = await Filter(q).OrderBy(o => o.AuthorityCode).ThenBy(o => o.Name).Take(MaxExportRows).AsNoTracking().ToListAsync(ct);
        var sheet = rows.Select(o => new Dictionary<string, object?>
        {
            ["统一社会信用代码"] = o.CreditCode,
            ["代码校验"] = o.CreditCodeWarning ?? "通过",
            ["名称"] = o.Name,
            ["类型"] = SocialOrgNames.Of(o.Type),
            ["登记管理机关"] = RegistryNames.Authority(o.AuthorityCode),
            ["业务主管单位"] = o.SupervisingUnit ?? "直接登记",
            ["行业领域"] = o.Field,
            ["法定代表人"] = Masking.Name(o.LegalRepresentative),
            ["注册资金（元）"] = o.RegisteredCapital,
            ["所在区划代码"] = o.DivisionCode,
            ["成立日期"] = o.EstablishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["登记状态"] = SocialOrgNames.Of(o.Status),
            ["信用状态"] = SocialOrgNames.Of(o.CreditStatus),
            ["慈善组织"] = o.IsCharitable ? "是" : "否",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "社会组织名录", cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, nameof(SocialOrganization), null, new
        {
            reason = reason.Trim(),
            filter = new { q.Q, type = q.Type?.ToString(), level = q.Level?.ToString(), q.Authority, status = q.Status?.ToString(), q.District, credit = q.Credit?.ToString(), q.Field, q.Industry, q.Charitable },
            rows = rows.Count,
        }, ct: ct);
        return stream.ToArray();
    }

    private IQueryable<SocialOrganization> Filter(RegisterQuery q)
    {
        var query = db.Organizations.AsQueryable();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim();
            var code = t.ToUpperInvariant();
            query = query.Where(o => o.Name.Contains(t) || o.CreditCode == code);
        }
        if (q.Type is { } type)
        {
            query = query.Where(o => o.Type == type);
        }
        if (q.Level is { } level)
        {
            query = query.Where(o => o.Level == level);
        }
        if (!string.IsNullOrWhiteSpace(q.Authority))
        {
            query = query.Where(o => o.AuthorityCode == q.Authority);
        }
        if (q.Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(q.District))
        {
            query = query.Where(o => o.DivisionCode.StartsWith(q.District));
        }
        if (q.Credit is { } credit)
        {
            query = query.Where(o => o.CreditStatus == credit);
        }
        if (!string.IsNullOrWhiteSpace(q.Field))
        {
            query = query.Where(o => o.Field == q.Field);
        }
        if (q.Industry is { } industry)
        {
            query = query.Where(o => o.IsIndustryAssociation == industry);
        }
        if (q.Charitable is { } charitable)
        {
            query = query.Where(o => o.IsCharitable == charitable);
        }
        return query;
    }

    private static OrgRow Row(SocialOrganization o) =>
        new(o.Id, o.CreditCode, o.CreditCodeWarning, o.Name, o.Type, SocialOrgNames.Of(o.Type), o.Level, o.AuthorityCode, o.Field, Masking.Name(o.LegalRepresentative),
            o.RegisteredCapital, o.DivisionCode, o.Status, SocialOrgNames.Of(o.Status), o.CreditStatus, SocialOrgNames.Of(o.CreditStatus), o.LastInspectionYear,
            o.LastInspectionResult is { } r ? SocialOrgNames.Of(r) : null, o.IsCharitable, o.PublicFundraising, o.IsIndustryAssociation, o.Rectifying, o.Imported,
            o.EstablishedOn);

    private static OrgDetail Detail(SocialOrganization o, IReadOnlyList<OrgEventView> events, IReadOnlyList<ApplicationRow> apps) =>
        new(o.Id, o.CreditCode, o.CreditCodeWarning, o.Name, o.Type, SocialOrgNames.Of(o.Type), o.Level, SocialOrgNames.Of(o.Level), o.AuthorityCode,
            RegistryNames.Authority(o.AuthorityCode), o.SupervisingUnit, o.Field, o.IsIndustryAssociation, o.LegalRepresentative, o.RegisteredCapital, o.Address,
            o.DivisionCode, o.Phone, o.BusinessScope, o.Status, SocialOrgNames.Of(o.Status), o.EstablishedOn, o.EndedOn, o.IsCharitable, o.CharitableSince,
            o.PublicFundraising, o.LastInspectionYear, o.LastInspectionResult is { } r ? SocialOrgNames.Of(r) : null, o.CreditStatus, SocialOrgNames.Of(o.CreditStatus),
            o.Rectifying, o.Imported, events, apps);
}
