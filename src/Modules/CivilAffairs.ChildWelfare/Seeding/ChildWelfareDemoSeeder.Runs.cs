using CivilAffairs.Platform.Payments;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Seeding;

internal sealed partial class ChildWelfareDemoSeeder
{
    /// <summary>The three months before this one, city-wide: computed by the real engine, released by a second person, the bank's results applied (a few returned).</summary>
    private async partial Task SeedRunsAsync(CancellationToken ct)
    {
        var thisMonth = PaymentMonth.First(_today);
        for (var back = 3; back >= 1; back--)
        {
            var run = await runs.ComputeAsync(thisMonth.AddMonths(-back), "4403", "demo:city.officer", ct);
            var tracked = await db.AllowanceRuns.IgnoreQueryFilters().FirstAsync(r => r.Id == run.Id, ct);
            tracked.Status = PaymentRunStatus.Released;
            tracked.ReleasedBy = "demo:checker";
            tracked.ReleasedAtUtc = tracked.PreparedAtUtc.AddHours(3);
            var lines = await db.AllowanceLines.IgnoreQueryFilters().Where(l => l.RunId == run.Id && l.Status == PaymentLineStatus.Pending).OrderBy(l => l.Id).ToListAsync(ct);
            foreach (var (l, i) in lines.Select((l, i) => (l, i)))
            {
                if (i % 37 == 5 && !l.PaidToInstitution)
                {
                    l.Status = PaymentLineStatus.Failed;
                    l.Note = "账户已销户";
                }
                else
                {
                    l.Status = PaymentLineStatus.Paid;
                }
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
