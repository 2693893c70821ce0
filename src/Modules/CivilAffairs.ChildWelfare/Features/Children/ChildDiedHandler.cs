using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Children;

/// <summary>
/// A child in care died: the record leaves care with reason 死亡 on the date of death, so the
/// allowance stops from the next month. Idempotent: a child already recorded as died is not touched;
/// a child who left care earlier for another reason keeps that record (nothing is paid any more).
/// </summary>
internal sealed class ChildDiedHandler(ChildWelfareDb db, TimeProvider clock) : IPersonDiedHandler
{
    public async Task<PersonDiedOutcome> HandleAsync(PersonDied e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var id = (e.IdNumber ?? "").Trim().ToUpperInvariant();
        var child = await db.Children.FirstOrDefaultAsync(c => c.IdNumber == id, ct);
        if (child is null)
        {
            return new PersonDiedOutcome("childwelfare", 0, "不是在册儿童");
        }
        if (child.Status == ChildStatus.Left)
        {
            return new PersonDiedOutcome("childwelfare", 0, child.LeaveReason == LeaveReason.Died ? "已按死亡退出，未重复处理" : "此前已退出保障，未作变更");
        }
        child.Status = ChildStatus.Left;
        child.LeaveReason = LeaveReason.Died;
        child.LeftOn = e.DiedOn;
        child.LeaveNote = Truncate(e.Source, 200);
        child.Version++;
        child.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var stop = AllowanceRules.MonthOf(e.DiedOn).AddMonths(1);
        return new PersonDiedOutcome("childwelfare", 1, $"儿童按死亡退出保障，基本生活费自{stop.Year}年{stop.Month}月起停发");
    }

    private static string Truncate(string? s, int max) => s is null ? "" : s.Length <= max ? s : s[..max];
}
