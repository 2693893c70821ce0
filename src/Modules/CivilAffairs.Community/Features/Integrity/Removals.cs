using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.Honours;
using CivilAffairs.Community.Features.Shared;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Community.Features.Integrity;

/// <summary>
/// Removal of residents' committee members: the street or community proposes with the meeting's vote
/// (community.write), the street or district confirms with the decision record (community.approve, not the proposer).
/// </summary>
internal sealed class Removals(CommunityDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, GrassUnits units, Numbers numbers,
    IDivisionDirectory divisions, AuditEvents audit)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<RemovalView>> ListAsync(RemovalSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var q = db.Removals.AsNoTracking();
        if (s.Year is { } y)
        {
            var (from, to) = GrassText.Year(y);
            q = q.Where(r => r.ProposedOn >= from && r.ProposedOn <= to);
        }
        if (GrassText.Parse<RemovalStatus>(s.Status) is { } st)
        {
            q = q.Where(r => r.Status == st);
        }
        if (DivisionCodes.Normalize(s.Division) is { } d)
        {
            q = q.Where(r => r.DivisionCode.StartsWith(d));
        }
        var rows = await q.OrderByDescending(r => r.ProposedOn).ThenByDescending(r => r.Number).Take(1000).ToListAsync(ct);
        var leads = await LeadNumbersAsync(rows, ct);
        return rows.Select(r => View(r, leads)).ToList();
    }

    public async Task<RemovalView> GetAsync(Guid id, CancellationToken ct)
    {
        var r = await db.Removals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return View(r, await LeadNumbersAsync([r], ct));
    }

    public async Task<RemovalView> ProposeAsync(RemovalRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!user.Has(Permissions.CommunityWrite))
        {
            throw new ForbiddenException("您的角色无权提出罢免");
        }
        var errors = new FieldErrors();
        var today = Today;
        var name = GrassText.Trim(r.MemberName, 50);
        if (name is null)
        {
            errors.Add("memberName", "请填写被罢免成员姓名");
        }
        string? id = null;
        if (!IdNumber.TryParse(r.MemberIdNumber, today, divisions.IsKnownAddressCode, out var info, out var idError))
        {
            errors.Add("memberIdNumber", idError ?? "身份证号码不正确");
        }
        else
        {
            id = info!.Normalized;
        }
        var position = GrassText.Trim(r.Position, 32);
        if (position is null)
        {
            errors.Add("position", "请填写职务（主任、副主任或委员）");
        }
        var grounds = GrassText.Parse<RemovalGrounds>(r.Grounds);
        if (grounds is null)
        {
            errors.Add("grounds", "请选择罢免事由");
        }
        var detail = GrassText.Trim(r.GroundsDetail, 1000);
        if (detail is null)
        {
            errors.Add("groundsDetail", "请填写事实与依据");
        }
        var meeting = GrassText.Parse<MeetingKind>(r.Meeting);
        if (meeting is null)
        {
            errors.Add("meeting", "请选择表决会议（居民会议或居民代表会议）");
        }
        var proposed = r.ProposedOn ?? today;
        if (proposed > today)
        {
            errors.Add("proposedOn", "提议日期不能晚于今天");
        }
        if (r.MeetingOn is not { } meetingOn || meetingOn > today || meetingOn < proposed)
        {
            errors.Add("meetingOn", "会议日期须在提议日期至今天之间");
        }
        int eligible = r.Eligible ?? 0, attended = r.Attended ?? 0, yes = r.VotesFor ?? 0, no = r.VotesAgainst ?? 0, abstain = r.Abstained ?? 0;
        if (eligible <= 0)
        {
            errors.Add("eligible", "请填写应到人数");
        }
        if (attended < 0 || attended > eligible)
        {
            errors.Add("attended", "实到人数须在0至应到人数之间");
        }
        if (yes < 0 || no < 0 || abstain < 0 || yes + no + abstain > attended)
        {
            errors.Add("votesFor", "赞成、反对、弃权票之和不能超过实到人数");
        }
        errors.ThrowIfAny();
        var (code, community) = await units.ResolveAsync(r.DivisionCode, "divisionCode", r.MeetingOn, ct, 12);
        Guid? leadId = null;
        if (GrassText.Trim(r.LeadNumber, 32) is { } leadNumber)
        {
            if (!user.Has(Permissions.CommunityIntegrity))
            {
                throw new FieldValidationException("leadNumber", "您无权关联线索");
            }
            leadId = (await db.Leads.AsNoTracking().FirstOrDefaultAsync(l => l.Number == leadNumber, ct))?.Id
                ?? throw new FieldValidationException("leadNumber", "线索编号不存在");
        }
        var used = new List<GrassParameterUse>();
        var quorum = await parameters.GrassParamAsync(IntegrityParameters.RemovalQuorum, r.MeetingOn!.Value, code, used, ct);
        var majority = await parameters.GrassParamAsync(IntegrityParameters.RemovalMajority, r.MeetingOn!.Value, code, used, ct);
        var vote = IntegrityRules.CheckVote(eligible, attended, yes, quorum, majority);
        var m = new MemberRemoval
        {
            Number = await numbers.NextAsync("BM", today.Year, ct), DivisionCode = code, CommunityName = community, MemberName = name!, MemberIdNumber = id!,
            Position = position!, Grounds = grounds!.Value, GroundsDetail = detail!, ProposedOn = proposed, ProposedBy = user.UserName, Meeting = meeting!.Value,
            MeetingOn = r.MeetingOn!.Value, Eligible = eligible, Attended = attended, VotesFor = yes, VotesAgainst = no, Abstained = abstain,
            AttendanceNeeded = vote.AttendanceNeeded, VotesNeeded = vote.VotesNeeded, VotePassed = vote.Passed, ParametersUsed = GrassText.Json(used),
            Status = RemovalStatus.Proposed, LeadId = leadId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Removals.Add(m);
        await db.SaveChangesAsync(ct);
        return await GetAsync(m.Id, ct);
    }

    /// <summary>确认 (with the decision record's number) or 不予确认; a vote that missed the quorum or the majority cannot be confirmed.</summary>
    public async Task<RemovalView> DecideAsync(Guid id, RemovalDecisionRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!user.Has(Permissions.CommunityApprove))
        {
            throw new ForbiddenException("罢免须由街道或区民政部门审批人员确认");
        }
        var m = await db.Removals.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (m.Status != RemovalStatus.Proposed)
        {
            throw new BusinessRuleException($"该罢免已{RemovalRulesText(m.Status)}");
        }
        if (string.Equals(m.ProposedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("提出人不能确认自己提出的罢免");
        }
        var confirm = r.Confirm ?? throw new FieldValidationException("confirm", "请选择确认或不予确认");
        var today = Today;
        var on = r.On ?? today;
        var errors = new FieldErrors();
        if (on > today || on < m.MeetingOn)
        {
            errors.Add("on", "决定日期须在会议日期至今天之间");
        }
        var number = GrassText.Trim(r.DecisionNumber, 64);
        if (confirm && number is null)
        {
            errors.Add("decisionNumber", "请填写决定文书编号");
        }
        var note = GrassText.Trim(r.Note, 1000);
        if (!confirm && note is null)
        {
            errors.Add("note", "请填写不予确认的理由");
        }
        errors.ThrowIfAny();
        if (confirm && !m.VotePassed)
        {
            throw new BusinessRuleException(
                $"表决未达到法定要求（须实到不少于{m.AttendanceNeeded}人、赞成不少于{m.VotesNeeded}票；实到{m.Attended}人、赞成{m.VotesFor}票），不能确认罢免");
        }
        m.Status = confirm ? RemovalStatus.Confirmed : RemovalStatus.Rejected;
        m.DecidedOn = on;
        m.DecidedBy = user.UserName;
        m.DecisionNumber = number;
        m.DecisionNote = note;
        m.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(m.Id, ct);
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(RemovalSearch s, string? reason, CancellationToken ct)
    {
        var why = GrassText.Reason(reason);
        var rows = (await ListAsync(s, ct)).Select(r => new Dictionary<string, object?>
        {
            ["编号"] = r.Number, ["区"] = r.District, ["社区"] = r.CommunityName, ["成员"] = r.MemberName, ["身份证号"] = r.MemberIdNumber, ["职务"] = r.Position,
            ["事由"] = r.GroundsName, ["提议日期"] = r.ProposedOn.ToString("yyyy-MM-dd"), ["表决会议"] = r.MeetingName, ["会议日期"] = r.MeetingOn.ToString("yyyy-MM-dd"),
            ["应到"] = r.Eligible, ["实到"] = r.Attended, ["赞成"] = r.VotesFor, ["反对"] = r.VotesAgainst, ["弃权"] = r.Abstained,
            ["表决结果"] = r.VotePassed ? "通过" : "未通过", ["状态"] = r.StatusName, ["决定日期"] = r.DecidedOn?.ToString("yyyy-MM-dd") ?? "",
            ["决定文书"] = r.DecisionNumber ?? "",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "罢免", cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, nameof(MemberRemoval), null, new { reason = why, s.Year, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), "member-removals.xlsx");
    }

    private static string RemovalRulesText(RemovalStatus s) => IntegrityRules.Name(s).Replace("已", "", StringComparison.Ordinal);

    /// <summary>Lead numbers for the linked leads; the query filter returns none to anyone without community.integrity.</summary>
    private async Task<Dictionary<Guid, string>> LeadNumbersAsync(IReadOnlyCollection<MemberRemoval> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.LeadId is not null).Select(r => r.LeadId!.Value).Distinct().ToList();
        if (ids.Count == 0 || !user.Has(Permissions.CommunityIntegrity))
        {
            return [];
        }
        return await db.Leads.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Number, ct);
    }

    private static RemovalView View(MemberRemoval r, Dictionary<Guid, string> leads)
    {
        var lead = r.LeadId is { } l && leads.TryGetValue(l, out var n) ? n : null;
        return new RemovalView(r.Id, r.Number, r.DivisionCode, r.CommunityName, GrassText.DistrictName(r.DivisionCode), Masking.Name(r.MemberName),
            Masking.IdNumber(r.MemberIdNumber), r.Position, r.Grounds.ToString(), IntegrityRules.Name(r.Grounds), r.GroundsDetail, r.ProposedOn, r.ProposedBy,
            r.Meeting.ToString(), IntegrityRules.Name(r.Meeting), r.MeetingOn, r.Eligible, r.Attended, r.VotesFor, r.VotesAgainst, r.Abstained, r.AttendanceNeeded,
            r.VotesNeeded, r.VotePassed, r.ParametersUsed, r.Status.ToString(), IntegrityRules.Name(r.Status), r.DecidedOn, r.DecidedBy, r.DecisionNumber,
            r.DecisionNote, lead is null ? null : r.LeadId, lead);
    }
}
