using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Reminders;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Reminders;

/// <summary>
/// Child-welfare to-dos on the home page, in the user's jurisdiction: categories waiting for
/// approval (approvers), overdue placement visits, and runs waiting for a second person (checkers).
/// </summary>
internal sealed class ChildWelfareReminders(ChildWelfareDb db, ICurrentUser user, TimeProvider clock) : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> GetAsync(CancellationToken ct)
    {
        if (!user.Has(Permissions.ChildWelfareRead) || user.Jurisdiction is null)
        {
            return [];
        }
        var today = ChinaTime.Today(clock);
        var list = new List<Reminder>();
        if (user.Has(Permissions.ChildWelfareApprove))
        {
            var waiting = await db.Children.CountAsync(c => c.Status == ChildStatus.Registered && c.RegisteredBy != user.UserName, ct);
            list.Add(new Reminder("儿童保障类别待核定", waiting, "/childwelfare/children?status=Registered", false));
        }
        var overdue = await db.Placements.CountAsync(p => p.Status != PlacementStatus.Closed && p.NextVisitDue != null && p.NextVisitDue < today, ct);
        list.Add(new Reminder("成年孤儿安置回访逾期", overdue, "/childwelfare/placements", true));
        if (user.Has(Permissions.ChildWelfarePayRelease))
        {
            var toRelease = await db.AllowanceRuns.CountAsync(r => r.Status == PaymentRunStatus.Prepared && r.PreparedBy != user.UserName, ct);
            list.Add(new Reminder("儿童基本生活费批次待复核", toRelease, "/childwelfare/allowances", false));
        }
        return list.Where(r => r.Count > 0).ToList();
    }
}
