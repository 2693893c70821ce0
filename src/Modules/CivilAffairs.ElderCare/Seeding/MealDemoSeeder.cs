using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Meals;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// Demo meal aid: enrolments for the demo elders of 福田 and 南山 (groups decided by the real rules),
/// meals through the product's ingest path at three canteens for last month (福田街道长者饭堂's
/// settlement submitted, awaiting futian.street; 南头's approved) and this month so far, a few
/// anomalies (a second lunch at another canteen, a stopped card used), and a paid 2018 month.
/// </summary>
internal sealed class MealDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly (string Street, string Canteen)[] Canteens =
        [("440304004", "ZC440304004"), ("440304001", "ZC440304001"), ("440305001", "ZC440305001")];

    public async Task SeedAsync(CancellationToken ct)
    {
        // the registry, the rates and the ingest read through the jurisdiction filters: act as the system, like a job
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("eldercare-meals-demo");
        var sp = scope.ServiceProvider;
        await SeedAsync(sp.GetRequiredService<ElderCareDb>(), sp.GetRequiredService<IElderDirectory>(), sp.GetRequiredService<ElderFacts>(),
            sp.GetRequiredService<MealIngest>(), sp.GetRequiredService<MealSettlements>(), ct);
    }

    private async Task SeedAsync(ElderCareDb db, IElderDirectory elders, ElderFacts facts, MealIngest ingest, MealSettlements settlements, CancellationToken ct)
    {
        if (await db.MealEnrolments.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(84);
        var enrolled = new List<(MealEnrolment E, string Canteen)>();
        var counters = new Dictionary<string, int>();
        foreach (var (street, canteen) in Canteens)
        {
            var (people, _) = await elders.QueryAsync(new ElderQuery(today, DivisionPrefix: street, Take: 200), ct);
            var found = await facts.GetManyAsync(people.Select(p => p.IdNumber).ToList(), today, ct);
            foreach (var f in found.Values.OrderBy(f => f.IdNumber, StringComparer.Ordinal))
            {
                if (MealEnrolments.Decide(f) is not { } d || random.NextDouble() < 0.15)
                {
                    continue;
                }
                var district = f.HukouDistrictCode ?? f.ResidenceDivisionCode[..6];
                counters[district] = counters.GetValueOrDefault(district) + 1;
                var sixty = ElderInfo.Reaches(f.BirthDate, 60);
                var e = new MealEnrolment
                {
                    CardNumber = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{district}{counters[district]:0000000}"),
                    PersonId = f.PersonId, IdNumber = f.IdNumber, DivisionCode = f.ResidenceDivisionCode,
                    HukouDistrictCode = f.IsShenzhenHukou ? f.HukouDistrictCode : null, Group = d.Group, GroupReason = d.Reason,
                    ValidFrom = sixty > new DateOnly(2018, 6, 1) ? sixty : new DateOnly(2018, 6, 1), CheckedOn = today, EnrolledBy = "system", CreatedAtUtc = now,
                    UpdatedAtUtc = now,
                };
                db.MealEnrolments.Add(e);
                db.MealEnrolmentChanges.Add(new MealEnrolmentChange
                {
                    EnrolmentId = e.Id, DivisionCode = e.DivisionCode, On = e.ValidFrom, Change = "登记", ToGroup = e.Group, Reason = e.GroupReason,
                    ChangedBy = "system", AtUtc = now,
                });
                enrolled.Add((e, canteen));
            }
        }
        // one card stopped last week (moved away) that was still used afterwards: an anomaly for the report
        if (enrolled.Count > 3)
        {
            var s = enrolled[3].E;
            s.Status = MealEnrolmentStatus.Stopped;
            s.StoppedOn = today.AddDays(-7);
            s.StopReason = "迁出深圳（演示）";
        }
        db.MealCardCounters.AddRange(counters.Select(c => new MealCardCounter { DistrictCode = c.Key, Last = c.Value }));
        await db.SaveChangesAsync(ct);

        var lastMonth = MealEnrolments.MonthStart(today).AddMonths(-1);
        var inputs = new List<MealInput>();
        var row = 0;
        void Day(DateOnly date, double share)
        {
            foreach (var (e, canteen) in enrolled.Where(x => x.E.ValidFrom <= date))
            {
                if (random.NextDouble() < share)
                {
                    inputs.Add(new MealInput(++row, canteen, e.CardNumber, null, date, 11 * 60 + random.Next(0, 110), MealKind.Lunch));
                }
            }
        }
        for (var d = new DateOnly(2018, 11, 1); d < new DateOnly(2018, 12, 1); d = d.AddDays(1))
        {
            Day(d, d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.03 : 0.35);
        }
        for (var d = lastMonth; d <= today; d = d.AddDays(1))
        {
            Day(d, d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.03 : 0.4);
        }
        // anomalies: two elders eat a second lunch at another canteen minutes later; the stopped card is used
        foreach (var (e, canteen) in enrolled.Where(x => x.Canteen == "ZC440304004").Take(2))
        {
            var d = today.AddDays(-3);
            inputs.Add(new MealInput(++row, canteen, e.CardNumber, null, d, 11 * 60 + 40, MealKind.Lunch));
            inputs.Add(new MealInput(++row, "ZC440304001", e.CardNumber, null, d, 11 * 60 + 55, MealKind.Lunch));
        }
        if (enrolled.Count > 3)
        {
            inputs.Add(new MealInput(++row, enrolled[3].Canteen, enrolled[3].E.CardNumber, null, today.AddDays(-2), 12 * 60 + 5, MealKind.Lunch));
        }
        await ingest.IngestAsync(inputs, MealRecordSource.Upload, null, ct);

        async Task Settle(string canteen, DateOnly month, MealSettlementStatus status, string by, string? decider)
        {
            var inst = await db.Institutions.IgnoreQueryFilters().FirstAsync(i => i.Code == canteen, ct);
            var s = new MealSettlement
            {
                InstitutionCode = canteen, DivisionCode = inst.DivisionCode, Month = month, Status = status, SubmittedBy = by,
                SubmittedAtUtc = now.AddDays(-3), DecidedBy = decider, DecidedAtUtc = decider is null ? null : now.AddDays(-1),
                PaidOn = status == MealSettlementStatus.Paid ? month.AddMonths(1).AddDays(14) : null,
            };
            await settlements.SumAsync(s, ct);
            db.MealSettlements.Add(s);
        }
        await Settle("ZC440304004", new DateOnly(2018, 11, 1), MealSettlementStatus.Paid, "meal.canteen", "futian.street");
        await Settle("ZC440304004", lastMonth, MealSettlementStatus.Submitted, "meal.canteen", null);
        await Settle("ZC440305001", lastMonth, MealSettlementStatus.Approved, "system", "nanshan.street");
        await db.SaveChangesAsync(ct);
    }
}
