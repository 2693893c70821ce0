using System.Globalization;
using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Governance.Features.Proposals;

/// <summary>人大建议 and 政协提案: registered and assigned by the office, answered by the lead unit, evaluated by the proposer.</summary>
internal sealed class Proposals(GovernanceDb db, ParameterStore parameters, ICurrentUser user, TimeProvider clock, AuditEvents audit)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<ProposalList> ListAsync(ProposalQuery q, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var query = db.Proposals.AsNoTracking();
        if (q.Year is { } y)
        {
            query = query.Where(p => p.ReceivedOn >= new DateOnly(y, 1, 1) && p.ReceivedOn <= new DateOnly(y, 12, 31));
        }
        if (Enum.TryParse<ProposalKind>(q.Kind, true, out var kind))
        {
            query = query.Where(p => p.Kind == kind);
        }
        var rows = (await query.OrderByDescending(p => p.ReceivedOn).ThenBy(p => p.Number).ToListAsync(ct)).Select(p => Row(p, today)).ToList();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim();
            rows = rows.Where(r => r.Number.Contains(t, StringComparison.Ordinal) || r.Title.Contains(t, StringComparison.Ordinal) || r.Proposers.Contains(t, StringComparison.Ordinal)).ToList();
        }
        var stats = Stats(rows);
        IEnumerable<ProposalRow> items = rows;
        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            items = items.Where(r => r.Status == q.Status);
        }
        if (q.Overdue == true)
        {
            items = items.Where(r => r.Overdue);
        }
        return new ProposalList(items.ToList(), stats);
    }

    public async Task<ProposalDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return Detail(p);
    }

    public async Task<ProposalDetail> CreateAsync(ProposalRequest r, CancellationToken ct)
    {
        RequireManage();
        var errors = new FieldErrors();
        var number = (r.Number ?? "").Trim();
        var kindOk = Enum.TryParse<ProposalKind>(r.Kind, true, out var kind) && Enum.IsDefined(kind);
        if (!kindOk)
        {
            errors.Add("kind", "请选择人大代表建议或政协提案");
        }
        if (number.Length is 0 or > 32)
        {
            errors.Add("number", "请填写建议或提案编号（不超过32个字符）");
        }
        else if (kindOk && await db.Proposals.IgnoreQueryFilters().AnyAsync(p => p.Kind == kind && p.Number == number, ct))
        {
            errors.Add("number", "该编号已登记");
        }
        Text(errors, "session", r.Session, "请填写届次会议，如 市六届人大六次会议", 64);
        Text(errors, "title", r.Title, "请填写标题", 200);
        Text(errors, "proposers", r.Proposers, "请填写领衔代表或提案人", 300);
        if ((r.Content ?? "").Length > 4000)
        {
            errors.Add("content", "内容摘要不能超过4000字");
        }
        var today = ChinaTime.Today(clock);
        if (r.ReceivedOn is null)
        {
            errors.Add("receivedOn", "请填写收到日期");
        }
        else if (r.ReceivedOn > today)
        {
            errors.Add("receivedOn", "收到日期不能晚于今天");
        }
        errors.ThrowIfAny();
        var p = new Proposal
        {
            Number = number, Kind = kind, Session = r.Session!.Trim(), Title = r.Title!.Trim(), Proposers = r.Proposers!.Trim(), Content = (r.Content ?? "").Trim(),
            Key = r.Key, ReceivedOn = r.ReceivedOn!.Value, DivisionCode = "4403", Status = ProposalStatus.Received,
        };
        db.Proposals.Add(p);
        await db.SaveChangesAsync(ct);
        return Detail(p);
    }

    /// <summary>The office assigns the lead unit; the reply deadline runs from the assignment (parameter recorded with it).</summary>
    public async Task<ProposalDetail> AssignAsync(Guid id, ProposalAssignRequest r, CancellationToken ct)
    {
        RequireManage();
        var p = await db.Proposals.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (p.Status is not (ProposalStatus.Received or ProposalStatus.Assigned))
        {
            throw new BusinessRuleException("已答复的建议提案不能再交办");
        }
        var errors = new FieldErrors();
        var unit = ProposalRules.UnitName((r.LeadUnitCode ?? "").Trim());
        if (unit is null)
        {
            errors.Add("leadUnitCode", "请选择主办单位");
        }
        var today = ChinaTime.Today(clock);
        if (r.AssignedOn is null)
        {
            errors.Add("assignedOn", "请填写交办日期");
        }
        else if (r.AssignedOn < p.ReceivedOn || r.AssignedOn > today)
        {
            errors.Add("assignedOn", "交办日期须在收到日期与今天之间");
        }
        if ((r.CoUnits ?? "").Length > 200 || (r.Department ?? "").Length > 30)
        {
            errors.Add("coUnits", "协办单位不超过200字，承办处室不超过30字");
        }
        errors.ThrowIfAny();
        var months = await parameters.FindAsync(GovernanceParameters.ReplyMonths, r.AssignedOn!.Value, "4403", ct)
            ?? throw new BusinessRuleException("答复期限参数未设置");
        p.Version++;
        p.DivisionCode = r.LeadUnitCode!.Trim();
        p.LeadUnit = string.IsNullOrWhiteSpace(r.Department) ? unit : unit + r.Department.Trim();
        p.CoUnits = string.IsNullOrWhiteSpace(r.CoUnits) ? null : r.CoUnits.Trim();
        p.AssignedOn = r.AssignedOn;
        p.AssignedBy = user.UserName;
        p.DueOn = ProposalRules.Due(r.AssignedOn.Value, int.Parse(months.Value, CultureInfo.InvariantCulture));
        p.DueBasis = $"{months.Value}个月（{months.LegalBasis}）";
        p.Status = ProposalStatus.Assigned;
        await db.SaveChangesAsync(ct);
        return Detail(p);
    }

    /// <summary>The lead unit answers: staff with governance.write whose jurisdiction is the lead unit's division.</summary>
    public async Task<ProposalDetail> ReplyAsync(Guid id, ProposalReplyRequest r, CancellationToken ct)
    {
        var p = await db.Proposals.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (!CanReply(p))
        {
            throw new ForbiddenException("只有主办单位可以答复该建议提案");
        }
        if (p.Status != ProposalStatus.Assigned)
        {
            throw new BusinessRuleException(p.Status == ProposalStatus.Received ? "尚未交办，不能答复" : "已答复，不能重复答复");
        }
        var errors = new FieldErrors();
        var text = (r.ReplyText ?? "").Trim();
        if (text.Length < 10)
        {
            errors.Add("replyText", "请填写答复内容（不少于10字）");
        }
        else if (text.Length > 8000)
        {
            errors.Add("replyText", "答复内容不能超过8000字");
        }
        if (r.RepliedOn is null)
        {
            errors.Add("repliedOn", "请填写答复日期");
        }
        else if (r.RepliedOn < p.AssignedOn || r.RepliedOn > ChinaTime.Today(clock))
        {
            errors.Add("repliedOn", "答复日期须在交办日期与今天之间");
        }
        errors.ThrowIfAny();
        p.Version++;
        p.ReplyText = text;
        p.RepliedOn = r.RepliedOn;
        p.RepliedBy = user.UserName;
        p.Status = ProposalStatus.Replied;
        await db.SaveChangesAsync(ct);
        return Detail(p);
    }

    public async Task<ProposalDetail> EvaluateAsync(Guid id, ProposalEvaluateRequest r, CancellationToken ct)
    {
        RequireManage();
        var p = await db.Proposals.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (p.Status != ProposalStatus.Replied)
        {
            throw new BusinessRuleException(p.Status == ProposalStatus.Evaluated ? "已登记满意度" : "答复后才能登记满意度");
        }
        var errors = new FieldErrors();
        if (!Enum.TryParse<Satisfaction>(r.Satisfaction, true, out var s) || !Enum.IsDefined(s))
        {
            errors.Add("satisfaction", "请选择满意、基本满意或不满意");
        }
        if (r.EvaluatedOn is null || r.EvaluatedOn < p.RepliedOn || r.EvaluatedOn > ChinaTime.Today(clock))
        {
            errors.Add("evaluatedOn", "评价日期须在答复日期与今天之间");
        }
        errors.ThrowIfAny();
        p.Version++;
        p.Satisfaction = s;
        p.EvaluatedOn = r.EvaluatedOn;
        p.Status = ProposalStatus.Evaluated;
        await db.SaveChangesAsync(ct);
        return Detail(p);
    }

    public async Task<(byte[] Bytes, string Name)> ExcelAsync(ProposalQuery q, CancellationToken ct)
    {
        var list = await ListAsync(q, ct);
        var rows = list.Items.Select(r => new Dictionary<string, object?>
        {
            ["编号"] = r.Number, ["类别"] = r.KindName, ["届次"] = r.Session, ["标题"] = r.Title, ["领衔人"] = r.Proposers, ["重点"] = r.Key ? "是" : "",
            ["收到日期"] = r.ReceivedOn.ToString("yyyy-MM-dd"), ["主办单位"] = r.LeadUnit ?? "", ["协办单位"] = r.CoUnits ?? "",
            ["交办日期"] = r.AssignedOn?.ToString("yyyy-MM-dd") ?? "", ["答复期限"] = r.DueOn?.ToString("yyyy-MM-dd") ?? "",
            ["答复日期"] = r.RepliedOn?.ToString("yyyy-MM-dd") ?? "", ["状态"] = r.StatusName, ["超期"] = r.Overdue ? "是" : "", ["满意度"] = r.SatisfactionName ?? "",
        }).ToList();
        var s = list.Stats;
        var summary = new List<Dictionary<string, object?>>
        {
            Line("总数", s.Total), Line("待交办", s.Received), Line("办理中", s.Assigned), Line("已答复", s.Replied), Line("按期答复", s.RepliedOnTime),
            Line("超期答复", s.RepliedLate), Line("超期未复", s.OpenOverdue), Line("按期答复率（%）", s.OnTimeRate), Line("已评价", s.Evaluated),
            Line("满意", s.Satisfied), Line("基本满意", s.BasicallySatisfied), Line("不满意", s.Unsatisfied), Line("满意率（%）", s.SatisfactionRate),
        };
        var units = s.ByUnit.Select(u => new Dictionary<string, object?>
        {
            ["主办单位"] = u.Unit, ["区划代码"] = u.DivisionCode, ["件数"] = u.Total, ["已答复"] = u.Replied, ["按期"] = u.OnTime, ["超期"] = u.Overdue,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { ["建议提案"] = rows, ["统计"] = summary, ["按单位"] = units }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "GovernanceProposals", null, new { q.Year, q.Kind, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"proposals-{q.Year?.ToString(CultureInfo.InvariantCulture) ?? "all"}.xlsx");
    }

    private static Dictionary<string, object?> Line(string item, object? value) => new() { ["项目"] = item, ["数值"] = value };

    private static ProposalStats Stats(List<ProposalRow> rows)
    {
        var replied = rows.Where(r => r.RepliedOn is not null).ToList();
        var late = replied.Count(r => r.Overdue);
        var evaluated = rows.Where(r => r.Satisfaction is not null).ToList();
        int Count(string s) => evaluated.Count(r => r.Satisfaction == s);
        var byUnit = rows.Where(r => r.AssignedOn is not null).GroupBy(r => r.DivisionCode).OrderBy(g => g.Key)
            .Select(g => new UnitStats(g.Key, ProposalRules.UnitName(g.Key) ?? g.Key, g.Count(), g.Count(r => r.RepliedOn is not null),
                g.Count(r => r.RepliedOn is not null && !r.Overdue), g.Count(r => r.Overdue)))
            .ToList();
        return new ProposalStats(rows.Count, rows.Count(r => r.Status == nameof(ProposalStatus.Received)), rows.Count(r => r.Status == nameof(ProposalStatus.Assigned)),
            replied.Count, replied.Count - late, late, rows.Count(r => r.RepliedOn is null && r.Overdue), ProposalRules.Rate(replied.Count - late, replied.Count),
            evaluated.Count, Count(nameof(Satisfaction.Satisfied)), Count(nameof(Satisfaction.BasicallySatisfied)), Count(nameof(Satisfaction.Unsatisfied)),
            ProposalRules.SatisfactionRate(Count(nameof(Satisfaction.Satisfied)), Count(nameof(Satisfaction.BasicallySatisfied)), evaluated.Count), byUnit);
    }

    private ProposalRow Row(Proposal p, DateOnly today) =>
        new(p.Id, p.Number, p.Kind.ToString(), ProposalRules.KindName(p.Kind), p.Session, p.Title, p.Proposers, p.Key, p.ReceivedOn, p.DivisionCode, p.LeadUnit,
            p.CoUnits, p.AssignedOn, p.DueOn, p.RepliedOn, p.Status.ToString(), ProposalRules.StatusName(p.Status), p.Satisfaction?.ToString(),
            p.Satisfaction is { } s ? ProposalRules.SatisfactionName(s) : null, ProposalRules.Overdue(p.DueOn, p.RepliedOn, today),
            p.DueOn is { } d && p.RepliedOn is null ? d.DayNumber - today.DayNumber : null);

    private ProposalDetail Detail(Proposal p) =>
        new(Row(p, ChinaTime.Today(clock)), p.Content, p.AssignedBy, p.DueBasis, p.ReplyText, p.RepliedBy, p.EvaluatedOn, CanReply(p) && p.Status == ProposalStatus.Assigned);

    private bool CanReply(Proposal p) => user.Has(Permissions.GovernanceWrite) && user.Jurisdiction == p.DivisionCode;

    private static void Text(FieldErrors errors, string field, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(field, $"不能超过{max}个字");
        }
    }

    private void RequireManage()
    {
        if (!user.Has(Permissions.GovernanceManage))
        {
            throw new ForbiddenException("只有机关办公室可以登记、交办建议提案和登记满意度");
        }
    }
}
