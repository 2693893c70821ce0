using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Cases;

/// <summary>Leaving the station: hand-over, long stay → placement → hukou, closure and the 临时救助 referral.</summary>
internal sealed partial class CaseWork
{
    /// <summary>
    /// The person leaves: to relatives or a guardian, home on a ticket, or on their own. The
    /// vulnerable go only to relatives or guardians; the others may leave freely (art. 7/11).
    /// </summary>
    public async Task<CaseView> HandOverAsync(Guid id, HandOverRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        var errors = new FieldErrors();
        if (!Enum.TryParse<HandOverKind>(r.Kind, true, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "请选择离站方式：亲属接回、监护人接回、购票返乡或自行离站");
        }
        if (r.HandedOverOn is not { } on || on > Today || on < CaseQueries.Day(c.AdmittedAtUtc))
        {
            errors.Add("handedOverOn", "离站日期应在入站日期和今天之间");
        }
        var receiver = Opt(r.ReceiverName, 64);
        var relationship = Opt(r.Relationship, 32);
        IdNumberInfo? rid = null;
        if (kind is HandOverKind.Relative or HandOverKind.Guardian)
        {
            if (receiver is null)
            {
                errors.Add("receiverName", "请填写接领人姓名");
            }
            if (relationship is null)
            {
                errors.Add("relationship", "请填写接领人与受助人员的关系");
            }
            if (string.IsNullOrWhiteSpace(r.ReceiverIdNumber))
            {
                errors.Add("receiverIdNumber", "请填写接领人身份证号码");
            }
            else if (!IdNumber.TryParse(r.ReceiverIdNumber, Today, null, out rid, out var idError))
            {
                errors.Add("receiverIdNumber", idError!);
            }
        }
        errors.ThrowIfAny();
        var today = Today;
        var age = c.BirthDate is { } b ? IdNumber.AgeOn(b, today) : c.EstimatedAge;
        var limits = await queries.AgeLimitsAsync(today, c.DivisionCode, ct);
        if (CaseRules.HandOverRefusal(kind, CaseRules.IsVulnerable(c.Category, age, limits)) is { } refusal)
        {
            throw new BusinessRuleException(refusal, "/problems/rescue-vulnerable-hand-over");
        }
        if (kind == HandOverKind.SentHome && !await db.Tickets.AnyAsync(t => t.CaseId == id, ct))
        {
            throw new BusinessRuleException("购票返乡须先登记返乡车票");
        }
        var to = kind == HandOverKind.SelfLeave ? RescueCaseStatus.LeftOnOwn : RescueCaseStatus.Returned;
        var from = c.Status;
        CaseTransitions.Move(c, to);
        c.LeftAtUtc = CaseQueries.Utc(r.HandedOverOn!.Value).AddHours(12) > Now ? Now : CaseQueries.Utc(r.HandedOverOn.Value).AddHours(12);
        db.HandOvers.Add(new HandOver
        {
            CaseId = id, DivisionCode = c.DivisionCode, Kind = kind, ReceiverName = receiver, Relationship = relationship, ReceiverIdNumber = rid?.Normalized,
            HandedOverOn = r.HandedOverOn.Value, RecordedBy = user.UserName, RecordedAtUtc = Now,
        });
        if (r.BelongingsReturned == true)
        {
            await db.Belongings.Where(x => x.CaseId == id && x.ReturnedAtUtc == null).ForEachAsync(x =>
            {
                x.ReturnedAtUtc = Now;
                x.ReturnSigned = true;
            }, ct);
        }
        var who = receiver is null ? "" : $"：{relationship} {Masking.Name(receiver)}（{Masking.IdNumber(rid?.Normalized)}）";
        Log(db, c, user, Now, CaseQueries.HandOverName(kind), $"{CaseTransitions.StatusName(from)} → {CaseTransitions.StatusName(to)}{who}"
            + (r.BelongingsReturned == true ? "；随身物品已归还签收" : ""));
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> LongStayAsync(Guid id, NoteRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        CaseTransitions.Move(c, RescueCaseStatus.LongStay);
        Log(db, c, user, Now, "转为滞留", Opt(r.Note, 200));
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> PlaceAsync(Guid id, PlacementRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        var errors = new FieldErrors();
        var inst = (r.Institution ?? "").Trim();
        if (inst.Length is 0 or > 100)
        {
            errors.Add("institution", "请填写安置机构");
        }
        if (r.PlacedOn is not { } on || on > Today)
        {
            errors.Add("placedOn", "请填写安置日期（不晚于今天）");
        }
        errors.ThrowIfAny();
        CaseTransitions.Move(c, RescueCaseStatus.Placed);
        c.PlacementInstitution = inst;
        c.PlacedOn = r.PlacedOn;
        c.LeftAtUtc = Now;
        c.RoomId = null;
        Log(db, c, user, Now, "安置", $"{inst}（{r.PlacedOn:yyyy-MM-dd}）");
        return await SaveAsync(id, ct);
    }

    /// <summary>落户 of a placed person, approved by the station lead.</summary>
    public async Task<CaseView> SettleHukouAsync(Guid id, HukouRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueApprove, ct);
        if (r.SettledOn is not { } on || on > Today || c.PlacedOn is { } placed && on < placed)
        {
            throw new FieldValidationException("settledOn", "请填写落户日期（不早于安置日期、不晚于今天）");
        }
        CaseTransitions.Move(c, RescueCaseStatus.HukouSettled);
        c.HukouSettledOn = on;
        c.HukouApprovedBy = user.UserName;
        Log(db, c, user, Now, "批准落户", Opt(r.Note, 200));
        return await SaveAsync(id, ct);
    }

    /// <summary>Closes a case that has ended (returned, settled, left on own) once every belonging has been given back.</summary>
    public async Task<CaseView> CloseAsync(Guid id, CloseRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        var reason = (r.Reason ?? "").Trim();
        if (reason.Length is 0 or > 200)
        {
            throw new FieldValidationException("reason", "请填写结案原因");
        }
        if (c.Status != RescueCaseStatus.HukouSettled && await db.Belongings.AnyAsync(b => b.CaseId == id && b.ReturnedAtUtc == null, ct))
        {
            throw new BusinessRuleException("还有随身物品未归还签收，不能结案");
        }
        CaseTransitions.Move(c, RescueCaseStatus.Closed);
        c.ClosureReason = reason;
        c.ClosedAtUtc = Now;
        c.RoomId = null;
        Log(db, c, user, Now, "结案", reason);
        return await SaveAsync(id, ct);
    }

    /// <summary>Refers the person for 临时救助 (急难型) at the street where they were found; retrying is harmless.</summary>
    public async Task<CaseView> ReferForAssistanceAsync(Guid id, AssistanceReferralRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        var errors = new FieldErrors();
        var reason = (r.Reason ?? "").Trim();
        if (reason.Length is 0 or > 200)
        {
            errors.Add("reason", "请填写转介原因");
        }
        if (r.SuggestedAmount is not { } amount || amount <= 0)
        {
            errors.Add("suggestedAmount", "请填写建议救助金额（元）");
        }
        errors.ThrowIfAny();
        var age = c.BirthDate is { } b ? IdNumber.AgeOn(b, Today) + "岁" : c.EstimatedAge is { } e ? $"约{e}岁" : "年龄不详";
        var description = $"{CaseQueries.SexName(c.Sex)}，{age}，{ChinaTime.ToLocal(c.FoundAtUtc):yyyy-MM-dd}于{c.FoundPlace}发现，救助站案件 {c.CaseNumber}";
        ReferralResult result;
        try
        {
            result = await referrals.ReferAsync(new ReferralRequest(c.CaseNumber, c.Name, c.IdNumber, reason, r.SuggestedAmount!.Value, c.DivisionCode,
                description), ct);
        }
        catch (FieldValidationException ex)
        {
            // Assistance names its own fields; the clerk filled ours
            throw new FieldValidationException(ex.Errors.ToDictionary(x => x.Key == "amount" ? "suggestedAmount" : x.Key, x => x.Value));
        }
        if (c.AssistanceCaseId is null)
        {
            c.AssistanceCaseId = result.CaseId;
            c.AssistanceReferredAtUtc = Now;
            c.Version++;
            Log(db, c, user, Now, "转介临时救助", $"{reason}；建议 {r.SuggestedAmount:0.00} 元");
        }
        return await SaveAsync(id, ct);
    }
}
