using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Platform.Calendar;

/// <summary>The calendar service: the official days are read once and kept until an import changes them.</summary>
public sealed class WorkingDayCalendar(IServiceScopeFactory scopes)
{
    private WorkingDays? _cached;

    public async Task<WorkingDays> GetAsync(CancellationToken ct = default)
    {
        if (_cached is { } c)
        {
            return c;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        return _cached = new WorkingDays(days);
    }

    public void Invalidate() => _cached = null;

    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int n, CancellationToken ct = default) =>
        (await GetAsync(ct)).AddWorkingDays(start, n);
}
