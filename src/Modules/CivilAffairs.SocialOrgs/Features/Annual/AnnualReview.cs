using System.Text.Json;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Annual;

/// <summary>
/// The registry's review (socialorgs.write, the organization's own registration authority):
/// return for correction, grade (with the foundation checks and the parameters used stored),
/// close a rectification. Grading keeps the organization's LastInspection*/Rectifying current.
/// </summary>
internal sealed class AnnualReview(SocialOrgsDb db, OrgAccess access, AnnualTerms terms, AnnualViews views, AnnualSanctions sanctions, ICurrentUser user,
    TimeProvider clock)
{
    public async Task<AnnualReportView> ReturnAsync(Guid id, AnnualReasonRequest request, CancellationToken ct)
    {
        var (org, r) = await OpenAsync(id, ct);
        if (r.Status != AnnualReportStatus.Submitted)
        {
            throw new BusinessRuleException("只有待审查的年度报告可以退回修改");
        }
        var reason = (request.Reason ?? "").Trim();
        if (reason.Length < 4)
        {
            throw new FieldValidationException("reason", "请写明退回修改的原因（至少4个字）");
        }
        r.Status = AnnualReportStatus.Returned;
        r.ReturnReason = reason.Length > 1000 ? reason[..1000] : reason;
        r.ReturnCount++;
        r.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        Event(org, r, OrgEventKind.AnnualReport, $"{r.Year}年度工作报告退回修改：{r.ReturnReason}");
        await db.SaveChangesAsync(ct);
        return await views.GetAsync(id, ct);
    }

    public async Task<AnnualReportView> GradeAsync(Guid id, AnnualGradeRequest request, CancellationToken ct)
    {
        var (org, r) = await OpenAsync(id, ct);
        if (r.Status != AnnualReportStatus.Submitted)
        {
            throw new BusinessRuleException(r.Status == AnnualReportStatus.Graded ? "该年度报告已作出年检结论" : "只有已提交的年度报告可以作出年检结论");
        }
        var errors = new FieldErrors();
        var valid = Enum.TryParse<InspectionResult>(request.Result, true, out var result) && Enum.IsDefined(result);
        if (!valid)
        {
            errors.Add("result", "请选择年检结论（合格、基本合格或不合格）");
        }
        var codes = request.Breaches.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var unknown = codes.Where(c => AnnualBreaches.Find(c) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("breaches", $"未知的检查项目：{string.Join("、", unknown)}");
        }
        var opinion = (request.Opinion ?? "").Trim();
        if (valid && result != InspectionResult.Pass && opinion.Length < 4)
        {
            errors.Add("opinion", "基本合格、不合格须写明审查意见和整改要求");
        }
        if (valid && result != InspectionResult.Pass && codes.Count == 0)
        {
            errors.Add("breaches", "基本合格、不合格须勾选发现的问题");
        }
        var today = terms.Today;
        if (request.RectifyBy is { } by && by <= today)
        {
            errors.Add("rectifyBy", "整改期限应在今天之后");
        }
        errors.ThrowIfAny();

        var used = new List<string>();
        if (r.OrgType == SocialOrgType.Foundation)
        {
            var (checks, ratiosUsed) = await terms.CheckFoundationAsync(r, org.PublicFundraising, ct);
            r.RatioChecks = JsonSerializer.Serialize(checks);
            r.RatioFailed = checks.Any(c => c.Passed == false);
            used.Add(ratiosUsed);
        }
        r.Result = result;
        r.Breaches = codes.Count == 0 ? null : string.Join(',', codes);
        r.Opinion = opinion.Length == 0 ? null : opinion;
        r.GradedOn = today;
        r.GradedBy = user.UserName;
        r.Status = AnnualReportStatus.Graded;
        if (result != InspectionResult.Pass)
        {
            var (defaultBy, rectUsed) = await terms.RectifyByAsync(today, r.DivisionCode, ct);
            r.Rectification = RectificationStatus.Ordered;
            r.RectifyBy = request.RectifyBy is { } earlier && earlier < defaultBy ? earlier : defaultBy;
            used.Add(rectUsed);
        }
        r.ParametersUsed = used.Count == 0 ? null : string.Join("；", used);
        r.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;

        if (org.LastInspectionYear is null || org.LastInspectionYear <= r.Year)
        {
            org.LastInspectionYear = r.Year;
            org.LastInspectionResult = result;
        }
        // the restriction (no change of name or scope, no branches) follows a 不合格 grade; 基本合格 is rectified without it
        if (result == InspectionResult.Fail)
        {
            org.Rectifying = true;
        }
        org.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        var summary = $"{r.Year}年度年检结论：{SocialOrgNames.Of(result)}" + (r.RectifyBy is { } rb ? $"，责令于{rb:yyyy-MM-dd}前整改" : "");
        Event(org, r, OrgEventKind.Inspection, summary, opinion.Length == 0 ? null : opinion);
        await sanctions.RaiseAsync(org, r.Year, AnnualTerms.Of(result), ct);
        await db.SaveChangesAsync(ct);
        return await views.GetAsync(id, ct);
    }

    /// <summary>Closes a rectification (reported done, or checked by the registrar directly): Rectifying ends.</summary>
    public async Task<AnnualReportView> CloseRectificationAsync(Guid id, AnnualReasonRequest request, CancellationToken ct)
    {
        var (org, r) = await OpenAsync(id, ct);
        if (r.Rectification is not (RectificationStatus.Ordered or RectificationStatus.Reported))
        {
            throw new BusinessRuleException("该年度报告没有进行中的整改");
        }
        var note = (request.Reason ?? "").Trim();
        r.Rectification = RectificationStatus.Closed;
        r.RectificationClosedOn = terms.Today;
        r.RectificationClosedBy = user.UserName;
        if (note.Length > 0)
        {
            r.RectificationNote = ((r.RectificationNote is null ? "" : r.RectificationNote + "\n") + "登记管理机关：" + note) is var n && n.Length > 2000 ? n[..2000] : n;
        }
        r.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        var stillOpen = await db.AnnualReports.AnyAsync(x => x.OrganizationId == org.Id && x.Id != r.Id && x.Result == InspectionResult.Fail
            && (x.Rectification == RectificationStatus.Ordered || x.Rectification == RectificationStatus.Reported), ct);
        if (!stillOpen)
        {
            org.Rectifying = false;
            org.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }
        Event(org, r, OrgEventKind.Inspection, $"{r.Year}年度年检整改完成，整改结束" + (note.Length > 0 ? "：" + note : ""));
        await db.SaveChangesAsync(ct);
        return await views.GetAsync(id, ct);
    }

    private async Task<(SocialOrganization Org, AnnualReport Report)> OpenAsync(Guid id, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("年度报告由登记管理机关的登记管理人员审查");
        }
        var r = await db.AnnualReports.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("年度报告不存在或不在您的管辖范围内");
        var org = await access.GetAsync(r.OrganizationId, ct);
        access.EnsureAuthorityFor(org);
        return (org, r);
    }

    private void Event(SocialOrganization org, AnnualReport r, OrgEventKind kind, string summary, string? details = null) =>
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = kind, Summary = summary, Details = details,
            Reference = r.Number, OccurredOn = terms.Today, RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
}
