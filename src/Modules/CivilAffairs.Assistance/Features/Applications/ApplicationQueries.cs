using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Applications;

internal sealed class ApplicationQueries(AssistanceDb db, TimeProvider clock)
{
    public async Task<ApplicationView> GetAsync(Guid id, CancellationToken ct)
    {
        var a = await db.Applications.AsNoTracking().Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return ToView(a, ChinaTime.Today(clock));
    }

    /// <summary>Scoped list; <paramref name="overdueOnly"/> gives the 超期 list a supervisor works from.</summary>
    public async Task<IReadOnlyList<ApplicationView>> ListAsync(string? status, bool overdueOnly, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var q = db.Applications.AsNoTracking().Include(x => x.Steps).AsQueryable();
        if (Enum.TryParse<ApplicationStatus>(status ?? "", ignoreCase: true, out var s))
        {
            q = q.Where(a => a.Status == s);
        }
        if (overdueOnly)
        {
            q = q.Where(a => a.DueOn != null && a.DueOn < today);
        }
        var rows = await q.OrderBy(a => a.DueOn).ThenBy(a => a.SubmittedOn).Take(500).ToListAsync(ct);
        return rows.Select(a => ToView(a, today)).ToList();
    }

    internal static ApplicationView ToView(Application a, DateOnly today) => new(a.Id, a.Programme.ToString(), Masking.IdNumber(a.ApplicantIdNumber),
        a.ApplicantName, a.DivisionCode, a.Status.ToString(), a.SubmittedOn, a.DueOn, a.DueOn is { } due && due < today, a.PublicityEndsOn,
        a.DecidedOn, a.EnrolFrom, a.CalculatedBenefit, a.DecisionReason, a.Version,
        a.Steps.OrderBy(s => s.AtUtc).Select(s => new ApplicationStepView(s.AtUtc, s.Action, s.UserName, s.Role, s.Note)).ToList());

    public static string StatusName(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Submitted => "待受理",
        ApplicationStatus.Accepted => "审核中",
        ApplicationStatus.Publicizing => "公示中",
        ApplicationStatus.Approved => "已批准",
        ApplicationStatus.Rejected => "不予批准",
        _ => "已退件",
    };
}
