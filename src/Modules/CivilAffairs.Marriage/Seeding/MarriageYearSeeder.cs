using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Offices;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Seeding;

/// <summary>
/// The demo year's registration sessions (Demo:Year): every office's regular week, its Saturday
/// sessions and the announced special days (2·14, 5·20, 七夕 …) of that year, opened by the same
/// generator as the live calendar, so the seed's "重要节日、星期六婚姻登记服务" are counted from sessions.
/// </summary>
internal sealed class MarriageYearSeeder(MarriageDb db, SessionGenerator generator, DemoOptions demo, TimeProvider clock) : ISeeder
{
    public int Order => 9058;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        var year = demo.Year;
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        if (year >= ChinaTime.Today(clock).Year
            || await db.Sessions.IgnoreQueryFilters().AnyAsync(s => s.Date >= start && s.Date <= end && s.Kind == SessionKind.Weekday, ct))
        {
            return;
        }
        db.Scope.BulkLoad = true;
        try
        {
            await generator.EnsureAsync(start, end, null, ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
        db.ChangeTracker.Clear();
    }
}
