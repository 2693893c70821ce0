using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Elders;
using CivilAffairs.ElderCare.Features.Insurance;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// Demo profiles for most registry demo elders (some 独居 or 空巢, a few 失独, 三无, 优抚 or with a
/// disability), Barthel assessments (some overdue, some from 2018), the 银龄安康 roster filled by the
/// enrolment itself, and claims at every status. Assessor names and organisations are invented.
/// </summary>
internal sealed class EldersDemoSeeder(ElderCareDb db, IElderDirectory elders, ParameterStore parameters, InsuranceRoster roster, TimeProvider clock)
{
    private static readonly int[] OldTypes = [1, 2, 3, 4, 1, 10, 13, 1, 6];
    private static readonly int[] NewTypes = [1, 3, 2, 5, 1];
    private static readonly string[] Places = ["家中卫生间", "小区楼梯", "公交车上", "菜市场门口", "社区公园"];

    private static readonly string[] Assessors = ["陈晓红", "林志伟", "黄丽萍", "周建新"];

    /// <summary>Item scores (Barthel order) from fully able to severely dependent.</summary>
    private static readonly int[][] Patterns =
    [
        [10, 5, 5, 10, 10, 10, 10, 15, 15, 10], // 100
        [10, 5, 5, 10, 10, 10, 10, 15, 15, 5],  // 95
        [10, 0, 5, 10, 10, 10, 10, 15, 10, 0],  // 80
        [10, 0, 5, 5, 10, 5, 5, 10, 10, 0],     // 60
        [5, 0, 0, 5, 5, 5, 5, 10, 5, 0],        // 40
        [5, 0, 0, 0, 5, 0, 0, 5, 0, 0],         // 15
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Assessments.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var (people, _) = await elders.QueryAsync(new ElderQuery(today, Take: 2000), ct);
        var demo = people.Where(p => p.Address?.StartsWith("深圳市长者示例", StringComparison.Ordinal) == true).OrderBy(p => p.IdNumber, StringComparer.Ordinal).ToList();
        var have = (await db.Profiles.IgnoreQueryFilters().Select(p => p.PersonId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < demo.Count; i++)
        {
            var p = demo[i];
            if (i % 11 == 10 || have.Contains(p.PersonId))
            {
                continue; // a few have no profile yet
            }
            var age = p.AgeOn(today);
            var f = new ElderProfile
            {
                PersonId = p.PersonId, IdNumber = p.IdNumber.ToUpperInvariant(), DivisionCode = p.DivisionCode,
                Living = (i % 10) switch
                {
                    0 or 1 or 2 => LivingSituation.Alone,
                    3 or 4 or 5 => LivingSituation.EmptyNest,
                    9 => LivingSituation.InInstitution,
                    _ => LivingSituation.WithFamily,
                },
                LostOnlyChild = i % 23 == 0, ThreeNo = i % 37 == 5, Entitled = i % 19 == 3, OnlyChildDisabled = i % 29 == 7,
                DisabilityGrade = i % 17 == 4 ? 1 + (i % 4) : null, UpdatedAtUtc = now, UpdatedBy = "system", Version = 1,
            };
            db.Profiles.Add(f);
            if (age < 61 || i % 5 == 4)
            {
                continue; // not assessed yet
            }
            // older people tend to need more care; the spread gives every level
            var pattern = Patterns[Math.Min(Patterns.Length - 1, Math.Max(0, (age - 60) / 8 + (i % 3) - 1))];
            // some were assessed long ago and are overdue now
            var on = today.AddDays(-((i * 37) % 520) - 3);
            if (i % 6 == 0)
            {
                await AssessAsync(f, p, new DateOnly(2018, 3 + i % 9, 1 + i % 27), Patterns[Math.Max(0, Array.IndexOf(Patterns, pattern) - 1)], i, now, ct);
            }
            await AssessAsync(f, p, on, pattern, i, now, ct);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await roster.EnrolAsync(ct);
        await ClaimsAsync(today, now, ct);
    }

    private async Task AssessAsync(ElderProfile f, ElderInfo p, DateOnly on, int[] s, int i, DateTime now, CancellationToken ct)
    {
        if (on < ElderInfo.Reaches(p.BirthDate, 60))
        {
            return;
        }
        var policy = await AssessmentPolicy.ReadAsync(parameters, on, p.DivisionCode, ct);
        var total = s.Sum();
        var level = policy.LevelFor(total);
        var a = new ElderAssessment
        {
            PersonId = p.PersonId, DivisionCode = p.DivisionCode, AssessedOn = on, Feeding = s[0], Bathing = s[1], Grooming = s[2], Dressing = s[3], Bowels = s[4],
            Bladder = s[5], Toilet = s[6], Transfers = s[7], Mobility = s[8], Stairs = s[9], Total = total, Level = level,
            Assessor = Assessors[i % Assessors.Length], Organisation = p.DivisionCode.StartsWith("440305", StringComparison.Ordinal) ? "南山区长者能力评估站" : "福田区长者能力评估中心",
            DiagnosisCertified = level >= CareLevel.Moderate && i % 2 == 0, NextAssessmentOn = policy.NextAfter(on, level), ParametersUsed = policy.Used,
            CreatedAtUtc = now, CreatedBy = "system",
        };
        db.Assessments.Add(a);
        if (f.AssessedOn is null || on >= f.AssessedOn)
        {
            f.CareLevel = level;
            f.AssessedOn = on;
            f.NextAssessmentOn = a.NextAssessmentOn;
            f.CareDiagnosisCertified = a.DiagnosisCertified;
        }
    }

    private async Task ClaimsAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        // most claims in 福田 (the demo staff's district), a few in 南山
        var covered2018 = db.InsuranceRoster.IgnoreQueryFilters().Where(r => r.CoveredUntil == null && r.CoveredFrom <= new DateOnly(2018, 1, 1));
        var lines = (await covered2018.Where(r => r.DivisionCode.StartsWith("440304")).OrderBy(r => r.IdNumber).Take(6).ToListAsync(ct))
            .Concat(await covered2018.Where(r => r.DivisionCode.StartsWith("440305")).OrderBy(r => r.IdNumber).Take(3).ToListAsync(ct)).ToList();
        var coveredNow = db.InsuranceRoster.IgnoreQueryFilters().Where(r => r.CoveredUntil == null && r.CoveredFrom <= today.AddMonths(-3));
        var recent = (await coveredNow.Where(r => r.DivisionCode.StartsWith("440304004")).OrderByDescending(r => r.IdNumber).Take(3).ToListAsync(ct))
            .Concat(await coveredNow.Where(r => r.DivisionCode.StartsWith("440305")).OrderByDescending(r => r.IdNumber).Take(2).ToListAsync(ct)).ToList();
        var specs = new List<(InsuranceEnrolment Line, int Type, DateOnly On, ClaimItem Item, decimal Claimed, ClaimStatus Status, decimal? Paid, string? Refusal, string Place, string What)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var st = i % 3 == 2 ? ClaimStatus.Refused : ClaimStatus.Paid;
            var claimed = 2400m + 830m * i;
            specs.Add((lines[i], OldTypes[i], new DateOnly(2018, 2 + i, 10 + i), ClaimItem.Medical, claimed, st,
                st == ClaimStatus.Paid ? Math.Min(claimed, 10000m) * 0.9m : null, st == ClaimStatus.Refused ? "属既往疾病引起，不属于意外伤害责任" : null,
                Places[i % Places.Length], "老人不慎受伤，送医治疗"));
        }
        for (var i = 0; i < recent.Count; i++)
        {
            specs.Add((recent[i], NewTypes[i], today.AddDays(-20 - i * 9), i == 4 ? ClaimItem.Disability : ClaimItem.Medical, 1800m + 650m * i,
                i % 2 == 0 ? ClaimStatus.Reported : ClaimStatus.Submitted, null, null, Places[i % Places.Length], "老人意外受伤，社区工作站协助报案"));
        }
        var counters = new Dictionary<int, int>();
        foreach (var s in specs)
        {
            var policy = await new InsurancePolicy(parameters).ReadAsync(s.On, s.Line.DivisionCode, ct);
            var reported = s.On.AddDays(3) > today ? today : s.On.AddDays(3);
            counters[reported.Year] = counters.GetValueOrDefault(reported.Year) + 1;
            db.InsuranceClaims.Add(new InsuranceClaim
            {
                Number = $"YLAK-{reported.Year}-{counters[reported.Year]:00000}", EnrolmentId = s.Line.Id, PersonId = s.Line.PersonId, IdNumber = s.Line.IdNumber,
                DivisionCode = s.Line.DivisionCode, AccidentType = s.Type, AccidentOn = s.On, Place = s.Place, Description = s.What, Item = s.Item, Claimed = s.Claimed,
                CoverLimit = InsurancePolicy.CoverFor(policy, s.Item), ParametersUsed = InsuranceClaims.Used(policy, s.Item), Status = s.Status,
                PaidAmount = s.Paid, RefusalReason = s.Refusal, ReportedOn = reported,
                SubmittedOn = s.Status == ClaimStatus.Reported ? null : reported.AddDays(2) > today ? today : reported.AddDays(2),
                DecidedOn = s.Status is ClaimStatus.Paid or ClaimStatus.Refused ? reported.AddDays(30) : null, ReportedBy = "futian.clerk", CreatedAtUtc = now,
            });
        }
        db.InsuranceClaimCounters.AddRange(counters.Select(c => new InsuranceClaimCounter { Year = c.Key, Last = c.Value }));
        await db.SaveChangesAsync(ct);
    }
}
