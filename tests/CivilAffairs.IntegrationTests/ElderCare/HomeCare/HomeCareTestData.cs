using System.Collections.Concurrent;
using CivilAffairs.Contracts.Events;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Events;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.ElderCare.HomeCare;

/// <summary>Demo elders (from the registry) that no home-care test or demo row has used yet, with the profile a test needs.</summary>
internal static class HomeCareTestData
{
    private static readonly ConcurrentDictionary<(AppFixture, Guid), bool> Used = new();

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static DateOnly MonthsAgo(int n) => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-n);

    public static async Task<ElderInfo> FreshElderAsync(this AppFixture app, string street, bool hukou = true, Action<ElderProfile>? profile = null)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("homecare-tests");
        var elders = scope.ServiceProvider.GetRequiredService<IElderDirectory>();
        var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
        var (items, _) = await elders.QueryAsync(new ElderQuery(Today, 62, 95, street, hukou, Take: 500));
        var taken = (await db.HomeCareSubsidies.IgnoreQueryFilters().Select(s => s.IdNumber).ToListAsync())
            .Concat(await db.HomeCareOrders.IgnoreQueryFilters().Select(o => o.IdNumber).Distinct().ToListAsync()).ToHashSet();
        var e = items.First(x => !taken.Contains(x.IdNumber.ToUpperInvariant()) && Used.TryAdd((app, x.PersonId), true));
        var p = await db.Profiles.IgnoreQueryFilters().FirstOrDefaultAsync(x => x.PersonId == e.PersonId);
        if (p is null)
        {
            p = new ElderProfile { PersonId = e.PersonId, IdNumber = e.IdNumber.ToUpperInvariant(), DivisionCode = e.DivisionCode, UpdatedBy = "test" };
            db.Profiles.Add(p);
        }
        p.ThreeNo = false;
        p.Entitled = false;
        p.CareLevel = CareLevel.Independent;
        p.CareDiagnosisCertified = false;
        profile?.Invoke(p);
        await db.SaveChangesAsync();
        return e;
    }

    public static async Task FreshProfileAsync(this AppFixture app, Guid personId, Action<ElderProfile> change)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
        change(await db.Profiles.IgnoreQueryFilters().FirstAsync(p => p.PersonId == personId));
        await db.SaveChangesAsync();
    }

    /// <summary>Publishes a death as the funeral module would.</summary>
    public static async Task DieAsync(this AppFixture app, string idNumber, DateOnly on)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("homecare-tests");
        await scope.ServiceProvider.GetRequiredService<PersonDiedDispatcher>().PublishAsync(new PersonDied(idNumber, on, "test:死亡医学证明"), default);
    }

    /// <summary>Moves an approved subsidy's first paid month back, as if approved long ago (orders and bills are for past months).</summary>
    public static async Task BackdateAsync(this AppFixture app, Guid subsidyId, DateOnly startMonth)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
        var s = await db.HomeCareSubsidies.IgnoreQueryFilters().FirstAsync(x => x.Id == subsidyId);
        s.StartMonth = startMonth;
        await db.SaveChangesAsync();
    }

    /// <summary>An order of another provider written straight to the database (no API lets homecare.agency write one).</summary>
    public static async Task<Guid> ForeignOrderAsync(this AppFixture app, string institution, string division, ElderInfo elder, DateOnly date)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
        var o = new HomeCareOrder
        {
            InstitutionCode = institution, DivisionCode = division, PersonId = elder.PersonId, IdNumber = elder.IdNumber.ToUpperInvariant(), ItemCode = "visit",
            ServiceDate = date, StartTime = new TimeOnly(6, 0), Minutes = 30, WorkerName = "外机构员工", UnitPrice = 30, Amount = 15, Source = "test",
            RecordedBy = "test", RecordedAtUtc = DateTime.UtcNow,
        };
        db.HomeCareOrders.Add(o);
        await db.SaveChangesAsync();
        return o.Id;
    }
}
