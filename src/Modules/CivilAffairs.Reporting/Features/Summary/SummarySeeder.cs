using CivilAffairs.Platform.Seeding;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>Reference data: the city's template for 2018, after the 2018 work summary, so that staff start from it and edit.</summary>
internal sealed class SummarySeeder(ReportingDb db, ReportingOptions options, TimeProvider clock) : ISeeder
{
    public const int DefaultYear = 2018;

    public int Order => 10_001;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        if (await db.SummaryTemplates.AnyAsync(t => t.DivisionCode == options.CityCode && t.Year == DefaultYear, ct))
        {
            return;
        }
        var t = SummaryTemplates.Default(options.CityCode, DefaultYear);
        t.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.SummaryTemplates.Add(t);
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => Task.CompletedTask;
}
