using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Reminders;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Applications;

/// <summary>
/// 催办提醒: what in social assistance is late or waiting for this user. Counts run through the
/// jurisdiction filter, so a street sees its own cases and the district sees its streets'.
/// </summary>
internal sealed class AssistanceReminders(AssistanceDb db, ICurrentUser user, TimeProvider clock) : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> GetAsync(CancellationToken ct)
    {
        var list = new List<Reminder>();
        if (!user.Has(Permissions.AssistanceRead))
        {
            return list;
        }
        var today = ChinaTime.Today(clock);
        var overdue = await db.Applications.CountAsync(a => (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Accepted
            || a.Status == ApplicationStatus.Publicizing) && a.DueOn != null && a.DueOn < today, ct);
        list.Add(new Reminder("救助申请超过办理时限", overdue, "/assistance/applications?overdue=true", true));
        if (user.Has(Permissions.AssistanceApprove))
        {
            var ready = await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Publicizing && a.PublicityEndsOn < today, ct);
            list.Add(new Reminder("公示期满待区审批", ready, "/assistance/applications?status=Publicizing", false));
        }
        var reviews = await db.Enrolments.CountAsync(e => e.Status == EnrolmentStatus.Active && e.NextReviewOn != null && e.NextReviewOn < today, ct);
        list.Add(new Reminder("在保家庭定期复核已到期", reviews, "/assistance/reviews", true));
        var papers = await db.TemporaryCases.CountAsync(c => c.PapersReceivedOn == null && c.PapersDueOn != null && c.PapersDueOn < today, ct);
        list.Add(new Reminder("急难型临时救助逾期未补齐材料", papers, "/assistance/temporary?papersOverdue=true", true));
        if (user.Has(Permissions.AssistancePayRelease))
        {
            var runs = await db.PaymentRuns.CountAsync(r => r.Status == PaymentRunStatus.Prepared, ct);
            list.Add(new Reminder("救助金发放批次待复核", runs, "/assistance/payments", false));
        }
        return list.Where(r => r.Count > 0).ToList();
    }
}
