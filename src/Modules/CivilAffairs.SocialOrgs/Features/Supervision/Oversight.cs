using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>行政检查 and 投诉举报: what the registrar records before (or instead of) a case.</summary>
internal sealed class Oversight(SocialOrgsDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, OrgAccess access, Numbers numbers,
    WorkingDayCalendar calendar)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<InspectionView>> InspectionsAsync(Guid? org, int? year, CancellationToken ct)
    {
        var q = db.Inspections.AsNoTracking();
        if (org is { } o)
        {
            q = q.Where(i => i.OrganizationId == o);
        }
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(i => i.InspectedOn >= from && i.InspectedOn <= to);
        }
        var rows = await q.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Number).Take(2000).ToListAsync(ct);
        var ids = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var self = access.IsOrganization;
        var today = Today;
        return rows.Select(i => new InspectionView(i.Id, i.Number, i.OrganizationId, names.GetValueOrDefault(i.OrganizationId) ?? "", i.DivisionCode,
            i.Kind.ToString(), SupervisionRules.Name(i.Kind), i.InspectedOn, self ? "" : i.Inspectors, i.Findings, self ? null : i.Notes, i.Outcome.ToString(),
            SupervisionRules.Name(i.Outcome), i.RectifyBy, i.RectifiedOn, i.RectifyBy is { } by && i.RectifiedOn is null && today > by)).ToList();
    }

    public async Task<InspectionView> InspectAsync(InspectionRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        var errors = new FieldErrors();
        if (r.OrganizationId is null)
        {
            errors.Add("organizationId", "请选择被检查的社会组织");
        }
        var kind = SupervisionSupport.Parse<InspectionKind>(r.Kind);
        if (kind is null)
        {
            errors.Add("kind", "请选择检查类型");
        }
        var outcome = SupervisionSupport.Parse<InspectionOutcome>(r.Outcome);
        if (outcome is null)
        {
            errors.Add("outcome", "请选择检查结果");
        }
        var today = Today;
        var on = r.InspectedOn ?? today;
        if (on > today)
        {
            errors.Add("inspectedOn", "检查日期不能晚于今天");
        }
        var findings = SupervisionSupport.Trim(r.Findings, 2000);
        if (findings is null)
        {
            errors.Add("findings", "请填写检查发现");
        }
        if (outcome == InspectionOutcome.Rectify && (r.RectifyBy is not { } by || by <= on))
        {
            errors.Add("rectifyBy", "责令整改须填写晚于检查日期的整改期限");
        }
        errors.ThrowIfAny();
        var org = await access.GetAsync(r.OrganizationId!.Value, ct);
        access.EnsureAuthorityFor(org);
        var names = SupervisionSupport.Names(r.Inspectors);
        var min = (int)await parameters.GetDecimalAsync(SupervisionParameters.MinInvestigators, on, org.DivisionCode, ct);
        if (names.Count < min)
        {
            throw new FieldValidationException("inspectors", $"检查人员不得少于{min}人");
        }
        var i = new Inspection
        {
            Number = await numbers.NextAsync("JC", today.Year, ct), OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode,
            Kind = kind!.Value, InspectedOn = on, Inspectors = string.Join(",", names), Findings = findings!, Notes = SupervisionSupport.Trim(r.Notes, 2000),
            Outcome = outcome!.Value, RectifyBy = outcome == InspectionOutcome.Rectify ? r.RectifyBy : null, RecordedBy = user.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Inspections.Add(i);
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = OrgEventKind.Inspection,
            Summary = $"行政检查（{SupervisionRules.Name(i.Kind)}）：{SupervisionRules.Name(i.Outcome)}{(i.RectifyBy is { } d ? $"，整改期限 {d:yyyy-MM-dd}" : "")}",
            Reference = i.Number, OccurredOn = on, RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return (await InspectionsAsync(org.Id, null, ct)).First(x => x.Id == i.Id);
    }

    public async Task<InspectionView> RectifiedAsync(Guid id, DateOnly? on, CancellationToken ct)
    {
        Require();
        var i = await db.Inspections.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        access.EnsureAuthorityFor(await access.GetAsync(i.OrganizationId, ct));
        if (i.Outcome != InspectionOutcome.Rectify || i.RectifiedOn is not null)
        {
            throw new BusinessRuleException("该检查没有待完成的整改");
        }
        var day = on ?? Today;
        if (day > Today || day < i.InspectedOn)
        {
            throw new FieldValidationException("on", "整改完成日期须在检查日期至今天之间");
        }
        i.RectifiedOn = day;
        await db.SaveChangesAsync(ct);
        return (await InspectionsAsync(i.OrganizationId, null, ct)).First(x => x.Id == i.Id);
    }

    public async Task<IReadOnlyList<ComplaintView>> ComplaintsAsync(Guid? org, int? year, string? status, CancellationToken ct)
    {
        RequireRead();
        var q = db.Complaints.AsNoTracking();
        if (org is { } o)
        {
            q = q.Where(c => c.OrganizationId == o);
        }
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        }
        if (SupervisionSupport.Parse<ComplaintStatus>(status) is { } st)
        {
            q = q.Where(c => c.Status == st);
        }
        var rows = await q.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Number).Take(2000).ToListAsync(ct);
        var today = Today;
        return rows.Select(c => View(c, today)).ToList();
    }

    private static ComplaintView View(Complaint c, DateOnly today) => new(c.Id, c.Number, c.ReceivedOn, c.Channel.ToString(), SupervisionRules.Name(c.Channel),
        c.OrganizationId, c.OrganizationId is null, c.SubjectName, c.SubjectPlace, c.DivisionCode, c.Summary,
        c.ComplainantName is null ? null : Masking.Name(c.ComplainantName), c.ComplainantPhone is null ? null : Masking.Phone(c.ComplainantPhone),
        c.Status.ToString(), SupervisionRules.Name(c.Status), c.AssignedTo, c.VerifiedOn, c.Substantiated, c.Result, c.RepliedOn, c.ReplyDue,
        (c.RepliedOn ?? today) > c.ReplyDue, c.ParametersUsed);

    public async Task<ComplaintView> ReceiveAsync(ComplaintRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        var errors = new FieldErrors();
        var channel = SupervisionSupport.Parse<ComplaintChannel>(r.Channel);
        if (channel is null)
        {
            errors.Add("channel", "请选择受理渠道");
        }
        var today = Today;
        var on = r.ReceivedOn ?? today;
        if (on > today)
        {
            errors.Add("receivedOn", "受理日期不能晚于今天");
        }
        var summary = SupervisionSupport.Trim(r.Summary, 2000);
        if (summary is null)
        {
            errors.Add("summary", "请填写投诉举报内容");
        }
        var phone = SupervisionSupport.Trim(r.ComplainantPhone, 32);
        if (phone is not null && !phone.All(ch => char.IsAsciiDigit(ch) || ch == '-'))
        {
            errors.Add("complainantPhone", "联系电话只能包含数字和“-”");
        }
        var c = new Complaint
        {
            Channel = channel ?? ComplaintChannel.Hotline12345, ReceivedOn = on, Summary = summary ?? "", ComplainantName = SupervisionSupport.Trim(r.ComplainantName, 50),
            ComplainantPhone = phone, RecordedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (r.OrganizationId is { } orgId)
        {
            errors.ThrowIfAny();
            var org = await access.GetAsync(orgId, ct);
            c.OrganizationId = org.Id;
            c.CreditCode = org.CreditCode;
            c.SubjectName = org.Name;
            c.DivisionCode = org.DivisionCode;
        }
        else
        {
            var name = SupervisionSupport.Trim(r.SubjectName, 100);
            if (name is null)
            {
                errors.Add("subjectName", "请选择社会组织，或填写未登记组织的名称");
            }
            var place = SupervisionSupport.Trim(r.SubjectPlace, 200);
            if (place is null)
            {
                errors.Add("subjectPlace", "请填写未登记组织的活动地点");
            }
            var division = DivisionCodes.Normalize(r.DivisionCode);
            if (division is null || division.Length < 6 || !DivisionCodes.IsWithin(division, user.Jurisdiction ?? "#"))
            {
                errors.Add("divisionCode", "请填写您辖区内的区或街道区划代码");
            }
            errors.ThrowIfAny();
            c.SubjectName = name!;
            c.SubjectPlace = place;
            c.DivisionCode = division!;
        }
        var used = new List<ParameterUse>();
        var days = (int)await parameters.ParamAsync(SupervisionParameters.ComplaintReplyDays, on, c.DivisionCode, used, ct);
        c.ReplyDue = await calendar.AddWorkingDaysAsync(on, days, ct);
        c.ParametersUsed = SupervisionSupport.Json(used);
        c.Number = await numbers.NextAsync("TS", today.Year, ct);
        db.Complaints.Add(c);
        await db.SaveChangesAsync(ct);
        return View(c, today);
    }

    /// <summary>分办 (assign), 核查 (verify: substantiated or not), 答复 (reply: closes it).</summary>
    public async Task<ComplaintView> HandleAsync(Guid id, ComplaintHandlingRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        var c = await db.Complaints.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var today = Today;
        var on = r.On ?? today;
        if (on > today || on < c.ReceivedOn)
        {
            throw new FieldValidationException("on", "日期须在受理日期至今天之间");
        }
        switch ((r.Action ?? "").Trim().ToLowerInvariant())
        {
            case "assign" when c.Status is ComplaintStatus.Received or ComplaintStatus.Assigned:
                c.AssignedTo = SupervisionSupport.Trim(r.AssignedTo, 256) ?? throw new FieldValidationException("assignedTo", "请填写承办人");
                c.Status = ComplaintStatus.Assigned;
                break;
            case "verify" when c.Status == ComplaintStatus.Assigned:
                c.Substantiated = r.Substantiated ?? throw new FieldValidationException("substantiated", "请选择核查结论");
                c.Result = SupervisionSupport.Trim(r.Result, 2000) ?? throw new FieldValidationException("result", "请填写核查情况");
                c.VerifiedOn = on;
                c.Status = ComplaintStatus.Verified;
                break;
            case "reply" when c.Status == ComplaintStatus.Verified:
                c.RepliedOn = on;
                c.Status = ComplaintStatus.Replied;
                break;
            case "assign" or "verify" or "reply":
                throw new BusinessRuleException($"投诉举报当前为“{SupervisionRules.Name(c.Status)}”，不能办理此操作");
            default:
                throw new FieldValidationException("action", "请选择分办、核查或答复");
        }
        c.Version++;
        await db.SaveChangesAsync(ct);
        return View(c, today);
    }

    private void Require()
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("您的角色无权办理行政检查和投诉举报");
        }
    }

    private void RequireRead()
    {
        if (!user.Has(Permissions.SocialOrgsRead))
        {
            throw new ForbiddenException("投诉举报只对登记管理机关工作人员开放");
        }
    }
}
