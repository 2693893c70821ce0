using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Domain.Kinship;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Rescue;

/// <summary>Cases and reports written straight into the database (their own pages belong to other areas), and generated profiles.</summary>
internal static class DnaTestData
{
    public static readonly AlleleFrequencies Cn = AlleleFrequencies.ChineseReference();

    private static int _seq = Random.Shared.Next(100_000, 800_000);

    public static async Task<Guid> CaseAsync(AppFixture app, string division = "440304004")
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("dna-test");
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        var c = new RescueCase
        {
            CaseNumber = $"JZ-2026-{Interlocked.Increment(ref _seq):000000}", DivisionCode = division, Status = RescueCaseStatus.Registered, Sex = Sex.Male,
            EstimatedAge = 40, FoundAtUtc = DateTime.UtcNow.AddDays(-3), FoundPlace = "深圳北站东广场", AdmittedAtUtc = DateTime.UtcNow.AddDays(-3), Accent = "湖南口音",
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }

    public static async Task<Guid> ReportAsync(AppFixture app, string division = "440304")
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("dna-test");
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        var r = new MissingPersonReport
        {
            ReportNumber = $"XQ-2026-{Interlocked.Increment(ref _seq):000000}", DivisionCode = division, Status = MissingReportStatus.Open, MissingName = "刘建军",
            MissingSex = Sex.Male, MissingBirthYear = 1986, ReporterName = "刘长河", ReporterPhone = "13800138000", ReporterRelationship = "父亲",
            ReportedAtUtc = DateTime.UtcNow.AddDays(-30),
        };
        db.Reports.Add(r);
        await db.SaveChangesAsync();
        return r.Id;
    }

    public static Dictionary<string, string[]> Map(IReadOnlyDictionary<string, Genotype> p) => p.ToDictionary(x => x.Key, x => new[] { x.Value.First, x.Value.Second });

    public static string Sample(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..30];
}
