using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Cases;

/// <summary>
/// Casework on one case: classification, room, belongings, extensions, hospital, tickets,
/// hand-over, long stay → placement → hukou, closure and the 临时救助 referral. Every step writes
/// the timeline; every status change goes through <see cref="CaseTransitions"/>.
/// </summary>
internal sealed partial class CaseWork(RescueDb db, CaseQueries queries, ITemporaryAssistanceReferrals referrals, ICurrentUser user, TimeProvider clock)
{
    public static void Require(ICurrentUser user, string permission)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(permission == Permissions.RescueApprove ? "只有救助站站长（审批权限）可以执行此操作" : "您的角色无权办理救助站业务");
        }
    }

    public static void Log(RescueDb db, RescueCase c, ICurrentUser user, DateTime now, string what, string? detail = null) =>
        db.CaseEvents.Add(new CaseEvent { CaseId = c.Id, DivisionCode = c.DivisionCode, AtUtc = now, By = user.UserName, What = what, Detail = detail });

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => ChinaTime.Today(clock);

    private async Task<RescueCase> LoadAsync(Guid id, string permission, CancellationToken ct)
    {
        Require(user, permission);
        return await db.Cases.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
    }

    private async Task<CaseView> SaveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该案件刚被他人修改，请刷新后再试");
        }
        return await queries.GetAsync(id, ct);
    }

    private static void RequireInCare(RescueCase c)
    {
        if (!c.InCare)
        {
            throw new BusinessRuleException($"该人员已离站（{CaseTransitions.StatusName(c.Status)}），不能再办理在站业务");
        }
    }

    public async Task<CaseView> ClassifyAsync(Guid id, CategoryRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        if (!Enum.TryParse<CareCategory>(r.Category, true, out var cat) || !Enum.IsDefined(cat))
        {
            throw new FieldValidationException("category", "请选择分类：未成年人、老年人、残疾人、精神障碍患者、患病人员或一般受助人员");
        }
        c.Category = cat;
        c.CategoryConfirmedBy = user.UserName;
        c.Version++;
        Log(db, c, user, Now, "分类确认", CaseRules.CategoryName(cat) + (cat == c.SuggestedCategory ? "" : $"（系统建议：{CaseRules.CategoryName(c.SuggestedCategory)}）"));
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> StartIdentifyingAsync(Guid id, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        if (!c.Advance(RescueCaseStatus.Identifying))
        {
            throw new BusinessRuleException("只有刚登记的案件可以转入身份甄别");
        }
        Log(db, c, user, Now, "开始身份甄别");
        return await SaveAsync(id, ct);
    }

    /// <summary>Men and women sleep in separate rooms (办法 art. 8); a full room takes nobody.</summary>
    public async Task<CaseView> AssignRoomAsync(Guid id, RoomAssignRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        RequireInCare(c);
        var room = r.RoomId is { } rid ? await db.Rooms.FirstOrDefaultAsync(x => x.Id == rid, ct) : null;
        if (room is null || !room.IsActive)
        {
            throw new FieldValidationException("roomId", "请选择在用的房间");
        }
        if (room.Sex != c.Sex)
        {
            throw new BusinessRuleException($"男女分区住宿：不能将{CaseQueries.SexName(c.Sex)}性受助人员安排到{CaseQueries.SexName(room.Sex)}性房间 {room.Code}");
        }
        if (c.RoomId != room.Id)
        {
            var ended = new[] { RescueCaseStatus.Returned, RescueCaseStatus.Placed, RescueCaseStatus.HukouSettled, RescueCaseStatus.Closed, RescueCaseStatus.LeftOnOwn };
            var occupied = await db.Cases.IgnoreQueryFilters().CountAsync(x => x.RoomId == room.Id && !ended.Contains(x.Status), ct);
            if (occupied >= room.Capacity)
            {
                throw new BusinessRuleException($"房间 {room.Code} 已满（{room.Capacity} 床）");
            }
        }
        c.RoomId = room.Id;
        c.Version++;
        Log(db, c, user, Now, "安排房间", room.Code);
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> AddBelongingAsync(Guid id, BelongingRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        RequireInCare(c);
        var errors = new FieldErrors();
        var item = (r.Item ?? "").Trim();
        if (item.Length is 0 or > 64)
        {
            errors.Add("item", "请填写物品名称（不超过64字）");
        }
        if (r.Quantity is not (>= 1 and <= 9999))
        {
            errors.Add("quantity", "数量应为1至9999");
        }
        errors.ThrowIfAny();
        db.Belongings.Add(new CaseBelonging { CaseId = id, DivisionCode = c.DivisionCode, Item = item, Quantity = r.Quantity!.Value, Note = Opt(r.Note, 200), RegisteredAtUtc = Now });
        Log(db, c, user, Now, "登记随身物品", $"{item} × {r.Quantity}");
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> ReturnBelongingAsync(Guid id, Guid belongingId, ReturnBelongingRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        var b = await db.Belongings.FirstOrDefaultAsync(x => x.Id == belongingId && x.CaseId == id, ct) ?? throw new NotFoundException();
        if (b.ReturnedAtUtc is not null)
        {
            throw new BusinessRuleException("该物品已归还");
        }
        if (r.Signed != true)
        {
            throw new FieldValidationException("signed", "归还物品须由本人或接领人签字确认");
        }
        b.ReturnedAtUtc = Now;
        b.ReturnSigned = true;
        Log(db, c, user, Now, "归还随身物品", $"{b.Item} × {b.Quantity}（已签收）");
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> RequestExtensionAsync(Guid id, ExtensionRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        RequireInCare(c);
        var errors = new FieldErrors();
        if (!Enum.TryParse<ExtensionReason>(r.Reason, true, out var reason) || !Enum.IsDefined(reason))
        {
            errors.Add("reason", "请选择延期理由：等待亲属接领、治疗或等待安置");
        }
        if (r.Days is not (>= 1 and <= 365))
        {
            errors.Add("days", "延长天数应为1至365天");
        }
        errors.ThrowIfAny();
        if (await db.Extensions.AnyAsync(e => e.CaseId == id && e.Status == ExtensionStatus.Requested, ct))
        {
            throw new BusinessRuleException("已有一项延期申请待站长审批");
        }
        db.Extensions.Add(new StayExtension
        {
            CaseId = id, DivisionCode = c.DivisionCode, Reason = reason, Days = r.Days!.Value, Note = Opt(r.Note, 200), Status = ExtensionStatus.Requested,
            RequestedBy = user.UserName, RequestedAtUtc = Now,
        });
        Log(db, c, user, Now, "申请延长救助", $"{CaseQueries.ReasonName(reason)}，{r.Days} 日");
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> DecideExtensionAsync(Guid id, Guid extensionId, bool approve, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueApprove, ct);
        var e = await db.Extensions.FirstOrDefaultAsync(x => x.Id == extensionId && x.CaseId == id, ct) ?? throw new NotFoundException();
        if (e.Status != ExtensionStatus.Requested)
        {
            throw new BusinessRuleException("该延期申请已处理");
        }
        e.Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Refused;
        e.DecidedBy = user.UserName;
        e.DecidedAtUtc = Now;
        Log(db, c, user, Now, approve ? "批准延长救助" : "不批准延长救助", $"{CaseQueries.ReasonName(e.Reason)}，{e.Days} 日");
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> AddMedicalAsync(Guid id, MedicalRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        RequireInCare(c);
        var errors = new FieldErrors();
        var hospital = (r.Hospital ?? "").Trim();
        if (hospital.Length is 0 or > 64)
        {
            errors.Add("hospital", "请填写医院名称");
        }
        var reason = (r.Reason ?? "").Trim();
        if (reason.Length is 0 or > 200)
        {
            errors.Add("reason", "请填写送医原因");
        }
        if (r.SentOn is not { } sent || sent > Today)
        {
            errors.Add("sentOn", "请填写送医日期（不晚于今天）");
        }
        if (r.ReturnedOn is { } back && (r.SentOn is null || back < r.SentOn))
        {
            errors.Add("returnedOn", "出院日期不能早于送医日期");
        }
        errors.ThrowIfAny();
        db.MedicalReferrals.Add(new MedicalReferral
        {
            CaseId = id, DivisionCode = c.DivisionCode, Hospital = hospital, Reason = reason, SentOn = r.SentOn!.Value, ReturnedOn = r.ReturnedOn,
            Outcome = Opt(r.Outcome, 200), RecordedBy = user.UserName,
        });
        Log(db, c, user, Now, "送医", $"{hospital}：{reason}");
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> MedicalOutcomeAsync(Guid id, Guid medicalId, MedicalRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        var m = await db.MedicalReferrals.FirstOrDefaultAsync(x => x.Id == medicalId && x.CaseId == id, ct) ?? throw new NotFoundException();
        var outcome = (r.Outcome ?? "").Trim();
        if (outcome.Length is 0 or > 200)
        {
            throw new FieldValidationException("outcome", "请填写诊疗结果");
        }
        if (r.ReturnedOn is { } back && back < m.SentOn)
        {
            throw new FieldValidationException("returnedOn", "出院日期不能早于送医日期");
        }
        m.ReturnedOn = r.ReturnedOn ?? m.ReturnedOn;
        m.Outcome = outcome;
        Log(db, c, user, Now, "送医结果", $"{m.Hospital}：{outcome}");
        return await SaveAsync(id, ct);
    }

    public async Task<CaseView> IssueTicketAsync(Guid id, TicketRequest r, CancellationToken ct)
    {
        var c = await LoadAsync(id, Permissions.RescueWrite, ct);
        RequireInCare(c);
        var errors = new FieldErrors();
        var dest = (r.Destination ?? "").Trim();
        if (dest.Length is 0 or > 64)
        {
            errors.Add("destination", "请填写目的地");
        }
        if (!Enum.TryParse<TravelMode>(r.Mode, true, out var mode) || !Enum.IsDefined(mode))
        {
            errors.Add("mode", "请选择交通方式");
        }
        if (r.TravelOn is not { } on || on < Today.AddDays(-30))
        {
            errors.Add("travelOn", "请填写乘车日期");
        }
        if (r.Fare is not { } fare || fare < 0 || fare > 99999 || decimal.Round(fare, 2) != fare)
        {
            errors.Add("fare", "票价应为0至99999元，最多两位小数");
        }
        errors.ThrowIfAny();
        db.Tickets.Add(new TravelTicket
        {
            CaseId = id, DivisionCode = c.DivisionCode, Destination = dest, Mode = mode, TravelOn = r.TravelOn!.Value, Fare = r.Fare!.Value,
            Escort = Opt(r.Escort, 64), IssuedBy = user.UserName, IssuedAtUtc = Now,
        });
        Log(db, c, user, Now, "购买返乡车票", $"{dest}，{r.Fare:0.00} 元" + (string.IsNullOrWhiteSpace(r.Escort) ? "" : "，护送"));
        return await SaveAsync(id, ct);
    }

    private static string? Opt(string? s, int max)
    {
        var t = (s ?? "").Trim();
        return t.Length == 0 ? null : t.Length > max ? t[..max] : t;
    }
}
