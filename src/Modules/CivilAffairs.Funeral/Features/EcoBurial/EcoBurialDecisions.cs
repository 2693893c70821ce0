using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>
/// Booking the voyage, and the bureau's decision. The reward is computed when approving, on the
/// burial date (the scheme covers burials carried out from its first day), and the parameter
/// values it used are written on the application.
/// </summary>
internal sealed class EcoBurialDecisions(FuneralDb db, ICurrentUser user, EcoBurialIntake intake, EcoBurialPolicyReader policies,
    SeatBooking seats, TimeProvider clock)
{
    public async Task AssignAsync(Guid id, AssignRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!intake.CanEnter)
        {
            throw new ForbiddenException();
        }
        var app = await LoadAsync(id, ct);
        if (r.EventId is not { } eventId)
        {
            throw new FieldValidationException("eventId", "请选择海葬活动");
        }
        if (app.BurialType != BurialType.Sea || app.Status != EcoBurialStatus.Submitted || app.SeaBurialEventId is not null)
        {
            throw new BusinessRuleException("只有待审批、尚未安排活动的海葬申请可以安排海葬活动");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ev = await seats.TakeAsync(eventId, app.Companions.Count, ct);
        await intake.ApplyVoyageAsync(app, ev, ct);
        app.Version++;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task ApproveAsync(Guid id, CancellationToken ct)
    {
        RequireManage();
        var app = await LoadAsync(id, ct);
        RequireSubmitted(app);
        var today = ChinaTime.Today(clock);
        if (app.BurialDate is not { } buried)
        {
            throw new BusinessRuleException(app.BurialType == BurialType.Sea ? "请先为该申请安排海葬活动" : "申请没有安葬日期");
        }
        if (buried > today)
        {
            throw new BusinessRuleException($"安葬（{buried:yyyy-MM-dd}）尚未实施，实施后方可审批奖励");
        }
        if (app.SeaBurialEventId is { } eid && await db.SeaBurialEvents.AnyAsync(e => e.Id == eid && e.Status == SeaBurialStatus.Cancelled, ct))
        {
            throw new BusinessRuleException("所安排的海葬活动已取消，请重新安排后再审批");
        }
        var policy = await policies.RewardAsync(buried, app.DivisionCode, ct);
        var decision = EcoBurialRules.Reward(app.BurialType, app.HukouDivisionCode, app.OrganisedByCivilAffairs, buried, policy);
        app.RewardAmount = decision.Amount;
        app.RewardReason = decision.Reason;
        app.RewardBasis = decision.Basis?.ToString() ?? "安葬日无奖励参数生效";
        app.Status = EcoBurialStatus.Approved;
        Decided(app, today);
        await db.SaveChangesAsync(ct);
    }

    public async Task RejectAsync(Guid id, RejectRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        RequireManage();
        var reason = (r.Reason ?? "").Trim();
        if (reason.Length is 0 or > 500)
        {
            throw new FieldValidationException("reason", "请填写不予批准的理由（500字以内）");
        }
        var app = await LoadAsync(id, ct);
        RequireSubmitted(app);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // the places on the voyage go back to others
        if (app.SeaBurialEventId is { } eid)
        {
            await seats.ReleaseAsync(eid, app.Companions.Count, ct);
        }
        app.Status = EcoBurialStatus.Rejected;
        app.RejectReason = reason;
        app.RewardAmount = 0m;
        Decided(app, ChinaTime.Today(clock));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private void Decided(EcoBurialApplication app, DateOnly today)
    {
        app.DecidedOn = today;
        app.DecidedBy = user.UserName;
        app.Version++;
    }

    private void RequireManage()
    {
        if (!user.Has(Permissions.FuneralManage))
        {
            throw new ForbiddenException("只有民政部门（funeral.manage）可以审批生态安葬奖励");
        }
    }

    private static void RequireSubmitted(EcoBurialApplication app)
    {
        if (app.Status != EcoBurialStatus.Submitted)
        {
            throw new BusinessRuleException($"申请已是“{EcoBurialNames.Status(app.Status)}”状态，不能再审批");
        }
    }

    private async Task<EcoBurialApplication> LoadAsync(Guid id, CancellationToken ct) =>
        await db.EcoBurials.Include(a => a.Companions).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
}
