using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Temporary;

internal sealed class TemporaryQueries(AssistanceDb db, TimeProvider clock)
{
    public async Task<TemporaryCaseView> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.TemporaryCases.AsNoTracking().Include(x => x.Steps).Include(x => x.Payments).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException();
        return ToView(c, ChinaTime.Today(clock));
    }

    /// <summary>Scoped list with counts; <paramref name="papersOverdue"/>: urgent grants whose papers are late.</summary>
    public async Task<TemporaryList> ListAsync(string? kind, string? status, bool papersOverdue, string? divisionCode, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var q = db.TemporaryCases.AsNoTracking();
        if (DivisionCodes.Normalize(divisionCode) is { } division)
        {
            q = q.Where(c => c.DivisionCode.StartsWith(division));
        }
        var pending = await q.CountAsync(c => c.Status == TemporaryStatus.Pending, ct);
        var awaiting = await q.CountAsync(c => c.Status == TemporaryStatus.AwaitingDistrict, ct);
        var overdue = await q.CountAsync(c => c.PapersReceivedOn == null && c.PapersDueOn != null && c.PapersDueOn < today, ct);
        if (Enum.TryParse<TemporaryKind>(kind ?? "", ignoreCase: true, out var k))
        {
            q = q.Where(c => c.Kind == k);
        }
        if (Enum.TryParse<TemporaryStatus>(status ?? "", ignoreCase: true, out var s))
        {
            q = q.Where(c => c.Status == s);
        }
        if (papersOverdue)
        {
            q = q.Where(c => c.PapersReceivedOn == null && c.PapersDueOn != null && c.PapersDueOn < today);
        }
        var rows = await q.Include(x => x.Payments).OrderByDescending(c => c.SubmittedOn).ThenByDescending(c => c.Id).Take(500).ToListAsync(ct);
        return new TemporaryList(pending, awaiting, overdue, rows.Select(c => ToView(c, today)).ToList());
    }

    internal static TemporaryCaseView ToView(TemporaryCase c, DateOnly today) => new(c.Id, c.Kind.ToString(), c.Status.ToString(), c.ApplicantName,
        Masking.IdNumber(c.IdNumber), c.PersonDescription, c.ShenzhenHukou, c.HouseholdSize, c.DivisionCode, c.Reason, c.RequestedAmount, c.ApprovedAmount,
        c.Standard, c.Cap, c.StreetLimit, c.Level.ToString(), c.SubmittedOn, c.DecidedOn, c.PapersDueOn, c.PapersReceivedOn,
        c.PapersReceivedOn is null && c.PapersDueOn is { } due && due < today, c.Source, c.RescueCaseRef, c.DecisionNote, c.Payments.Sum(p => p.Amount),
        c.Version, c.Steps.OrderBy(s => s.AtUtc).Select(s => new TemporaryStepView(s.AtUtc, s.Action, s.UserName, s.Role, s.Note)).ToList(),
        c.Payments.OrderBy(p => p.PaidOn).Select(p => new TemporaryPaymentView(p.PaidOn, p.Amount, p.Note, p.UserName)).ToList());
}
