using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.Honours;
using CivilAffairs.Community.Features.Shared;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Community.Features.Integrity;

/// <summary>
/// Leads about gang-related influence (涉黑涉恶线索). Only community.integrity: the endpoints demand it, this
/// service checks it again, and the query filter hides the rows from every other user in any case.
/// </summary>
internal sealed class Leads(CommunityDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, WorkingDayCalendar calendar, GrassUnits units,
    Numbers numbers, AuditEvents audit)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<LeadList> ListAsync(LeadSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        Require();
        var q = db.Leads.AsNoTracking();
        if (s.Year is { } y)
        {
            var (from, to) = GrassText.Year(y);
            q = q.Where(l => l.ReceivedOn >= from && l.ReceivedOn <= to);
        }
        if (GrassText.Parse<LeadField>(s.Field) is { } f)
        {
            q = q.Where(l => l.Field == f);
        }
        if (GrassText.Parse<LeadStatus>(s.Status) is { } st)
        {
            q = q.Where(l => l.Status == st);
        }
        if (DivisionCodes.Normalize(s.Division) is { } d)
        {
            q = q.Where(l => l.DivisionCode.StartsWith(d));
        }
        var today = Today;
        if (s.Overdue == true)
        {
            q = q.Where(l => (l.Status == LeadStatus.Received || l.Status == LeadStatus.Verifying) && l.VerifyDue < today);
        }
        var rows = await q.OrderByDescending(l => l.ReceivedOn).ThenByDescending(l => l.Number).Take(1000).ToListAsync(ct);
        var items = rows.Select(l => View(l, today, false)).ToList();
        var byField = Enum.GetValues<LeadField>().Select(field =>
        {
            var g = rows.Where(l => l.Field == field).ToList();
            return new LeadFieldCount(field.ToString(), IntegrityRules.Name(field), g.Count, g.Count(l => l.Result == LeadResult.Confirmed),
                g.Count(l => l.Result == LeadResult.PartlyConfirmed), g.Count(l => l.Result == LeadResult.Unfounded),
                g.Count(l => l.Status is LeadStatus.Received or LeadStatus.Verifying), g.Count(l => l.HandedOverOn is not null));
        }).ToList();
        return new LeadList(items.Count, items.Count(l => l.Status is nameof(LeadStatus.Received) or nameof(LeadStatus.Verifying)), items.Count(l => l.Overdue),
            items, byField);
    }

    public async Task<LeadView> GetAsync(Guid id, CancellationToken ct)
    {
        Require();
        var l = await db.Leads.AsNoTracking().Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return View(l, Today, true);
    }

    public async Task<LeadView> ReceiveAsync(LeadRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        var errors = new FieldErrors();
        var today = Today;
        var on = r.ReceivedOn ?? today;
        if (on > today)
        {
            errors.Add("receivedOn", "受理日期不能晚于今天");
        }
        var source = GrassText.Parse<LeadSource>(r.Source);
        if (source is null)
        {
            errors.Add("source", "请选择线索来源");
        }
        var field = GrassText.Parse<LeadField>(r.Field);
        if (field is null)
        {
            errors.Add("field", "请选择所属领域");
        }
        var summary = GrassText.Trim(r.Summary, 2000);
        if (summary is null)
        {
            errors.Add("summary", "请填写线索内容");
        }
        errors.ThrowIfAny();
        var (code, _) = await units.ResolveAsync(r.DivisionCode, "divisionCode", on, ct, 6, 9, 12);
        var used = new List<GrassParameterUse>();
        var days = (int)await parameters.GrassParamAsync(IntegrityParameters.LeadVerifyDays, on, code, used, ct);
        var lead = new IntegrityLead
        {
            Number = await numbers.NextAsync("XS", on.Year, ct), ReceivedOn = on, Source = source!.Value, Field = field!.Value, DivisionCode = code, Summary = summary!,
            SubjectName = GrassText.Trim(r.SubjectName, 50), SubjectPosition = GrassText.Trim(r.SubjectPosition, 50),
            VerifyDue = IntegrityRules.VerifyDue(await calendar.GetAsync(ct), on, days), ParametersUsed = GrassText.Json(used), Status = LeadStatus.Received,
            RecordedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Leads.Add(lead);
        await db.SaveChangesAsync(ct);
        return await GetAsync(lead.Id, ct);
    }

    /// <summary>核查 step, 核查结论, 移交公安, 办结 — in that order, with dates not before the last step.</summary>
    public async Task<LeadView> StepAsync(Guid id, LeadStepRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        var l = await db.Leads.Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var action = (r.Action ?? "").Trim().ToLowerInvariant();
        if (action is not ("verify" or "result" or "handover" or "close"))
        {
            throw new FieldValidationException("action", "请选择核查、核查结论、移交公安或办结");
        }
        var result = action == "result" ? GrassText.Parse<LeadResult>(r.Result) ?? throw new FieldValidationException("result", "请选择查实、部分查实或查否") : l.Result;
        if (!IntegrityRules.Allows(l.Status, action, result))
        {
            throw new BusinessRuleException($"线索当前为“{IntegrityRules.Name(l.Status)}”，不能办理此操作");
        }
        var today = Today;
        var on = r.On ?? today;
        var last = l.Steps.Count == 0 ? l.ReceivedOn : l.Steps.Max(s => s.On);
        if (on > today || on < last)
        {
            throw new FieldValidationException("on", $"日期须在 {last:yyyy-MM-dd} 至今天之间");
        }
        var note = GrassText.Trim(r.Note, 2000);
        if (note is null && action != "handover")
        {
            throw new FieldValidationException("note", action switch
            {
                "verify" => "请填写核查措施（走访、调取材料、谈话等）",
                "result" => "请填写核查结论的事实依据",
                _ => "请填写办结情况",
            });
        }
        switch (action)
        {
            case "verify":
                l.Status = LeadStatus.Verifying;
                break;
            case "result":
                l.Result = result;
                l.VerifiedOn = on;
                l.Status = LeadStatus.Verified;
                break;
            case "handover":
                l.ReceivingUnit = GrassText.Trim(r.ReceivingUnit, 100) ?? throw new FieldValidationException("receivingUnit", "请填写接收的公安机关");
                l.HandedOverOn = on;
                l.Status = LeadStatus.HandedOver;
                note ??= "移交" + l.ReceivingUnit;
                break;
            default:
                l.ClosedOn = on;
                l.Status = LeadStatus.Closed;
                break;
        }
        var step = new IntegrityLeadStep { LeadId = l.Id, On = on, Action = action, Note = note!, By = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime };
        db.LeadSteps.Add(step);
        l.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(l.Id, ct);
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(LeadSearch s, string? reason, CancellationToken ct)
    {
        Require();
        var why = GrassText.Reason(reason);
        var list = await ListAsync(s, ct);
        var rows = list.Items.Select(l => new Dictionary<string, object?>
        {
            ["编号"] = l.Number, ["受理日期"] = l.ReceivedOn.ToString("yyyy-MM-dd"), ["来源"] = l.SourceName, ["领域"] = l.FieldName, ["区"] = l.District,
            ["区划代码"] = l.DivisionCode, ["线索内容"] = l.Summary, ["涉及人员"] = l.SubjectName ?? "", ["职务"] = l.SubjectPosition ?? "",
            ["核查期限"] = l.VerifyDue.ToString("yyyy-MM-dd"), ["超期"] = l.Overdue ? "是" : "", ["状态"] = l.StatusName, ["核查结论"] = l.ResultName ?? "",
            ["移交日期"] = l.HandedOverOn?.ToString("yyyy-MM-dd") ?? "", ["接收单位"] = l.ReceivingUnit ?? "", ["办结日期"] = l.ClosedOn?.ToString("yyyy-MM-dd") ?? "",
        }).ToList();
        var counts = list.ByField.Select(c => new Dictionary<string, object?>
        {
            ["领域"] = c.FieldName, ["线索数"] = c.Total, ["查实"] = c.Confirmed, ["部分查实"] = c.PartlyConfirmed, ["查否"] = c.Unfounded, ["在办"] = c.Open,
            ["移交公安"] = c.HandedOver,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { ["线索"] = rows, ["按领域统计"] = counts }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, nameof(IntegrityLead), null, new { reason = why, s.Year, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"integrity-leads{(s.Year is { } y ? "-" + y : "")}.xlsx");
    }

    private static LeadView View(IntegrityLead l, DateOnly today, bool full) =>
        new(l.Id, l.Number, l.ReceivedOn, l.Source.ToString(), IntegrityRules.Name(l.Source), l.Field.ToString(), IntegrityRules.Name(l.Field), l.DivisionCode,
            GrassText.DistrictName(l.DivisionCode), l.Summary, full ? l.SubjectName : Masking.Name(l.SubjectName), l.SubjectPosition, l.VerifyDue,
            IntegrityRules.Overdue(l.Status, l.VerifyDue, today), l.Status.ToString(), IntegrityRules.Name(l.Status), l.Result?.ToString(),
            l.Result is { } res ? IntegrityRules.Name(res) : null, l.VerifiedOn, l.HandedOverOn, l.ReceivingUnit, l.ClosedOn, l.ParametersUsed,
            l.Steps.OrderBy(s => s.On).ThenBy(s => s.AtUtc).Select(s => new LeadStepView(s.On, s.Action, StepName(s.Action), s.Note, s.By)).ToList());

    public static string StepName(string action) => action switch
    {
        "verify" => "核查",
        "result" => "核查结论",
        "handover" => "移交公安",
        "close" => "办结",
        _ => action,
    };

    private void Require()
    {
        if (!user.Has(Permissions.CommunityIntegrity))
        {
            throw new ForbiddenException("涉黑涉恶线索仅限基层政权建设科专责人员查看和办理");
        }
    }
}
