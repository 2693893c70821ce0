using System.Text.Json;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>Demo adaptation cases in 福田 and 南山 at every stage: some 2018 records, some current, one overdue at each deadline.</summary>
internal sealed partial class AdaptationSeeder
{
    /// <summary>A 1×1 PNG standing in for a completion photo.</summary>
    private static readonly byte[] DemoPhoto = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static readonly (string Code, int Qty, decimal Cost)[][] Quotes =
    [
        [("handrail", 3, 180m), ("antislip", 6, 120m), ("toilet", 1, 650m)],
        [("threshold", 2, 300m), ("lighting", 4, 150m), ("alarm", 1, 980m)],
        [("handrail", 4, 180m), ("toilet", 1, 650m), ("monitor", 1, 2600m), ("antislip", 8, 120m)],
        [("ramp", 1, 1800m), ("handrail", 2, 180m)],
    ];

    private async Task SeedCasesAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        // the registry's jurisdiction filter applies: read the elders as the system
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("eldercare-demo");
        var elders = scope.ServiceProvider.GetRequiredService<IElderDirectory>();
        var futian = (await elders.QueryAsync(new ElderQuery(today, 60, null, "440304", true, null, 0, 12), ct)).Items;
        var nanshan = (await elders.QueryAsync(new ElderQuery(today, 60, null, "440305", true, null, 0, 6), ct)).Items;
        var people = futian.Concat(nanshan).ToList();
        if (people.Count < 8)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var numbers = new Dictionary<int, int>();
        var n = 0;
        AdaptationCase Case(ElderInfo p, DateOnly applied, AdaptationStatus status, string? priority, string needs)
        {
            var year = applied.Year;
            numbers[year] = numbers.GetValueOrDefault(year) + 1;
            var c = new AdaptationCase
            {
                CaseNumber = $"SLH-{year}-{numbers[year]:000000}", PersonId = p.PersonId, IdNumber = p.IdNumber, Name = p.Name, DivisionCode = p.DivisionCode,
                Address = p.Address, Priority = priority, AgeOnApplication = ElderInfo.Age(p.BirthDate, applied), AppliedOn = applied,
                AppliedBy = p.DivisionCode.StartsWith("440305", StringComparison.Ordinal) ? "nanshan.street" : "futian.clerk", Needs = needs,
                AssessmentDueOn = applied.AddDays(15), Status = status, CreatedAtUtc = now, UpdatedAtUtc = now,
            };
            if (status is not AdaptationStatus.Applied)
            {
                var quote = Quotes[n++ % Quotes.Length];
                var cap = priority is null ? 3000m : 5000m;
                var split = AdaptationRules.Subsidy(quote.Select(q => (q.Qty, q.Cost)), cap);
                c.AssessedOn = applied.AddDays(6);
                c.Assessor = "梁评估";
                c.Findings = "卫生间无扶手，地面湿滑；卧室至卫生间有门槛；夜间照明不足。";
                c.Measures = quote.Select(q =>
                {
                    var item = AdaptationCatalogue.Find(q.Code)!;
                    return new AdaptationMeasure { CaseId = c.Id, Code = item.Code, Name = item.Name, Unit = item.Unit, Quantity = q.Qty, UnitCost = q.Cost };
                }).ToList();
                (c.CostTotal, c.Subsidy, c.SelfPaid, c.CapApplied) = (split.Cost, split.Subsidy, split.SelfPaid, cap);
                c.ParametersUsed = JsonSerializer.Serialize(new
                {
                    key = priority is null ? AdaptationParameters.CapOther : AdaptationParameters.CapPriority, value = cap, validFrom = "2018-01-01", legalBasis = "推定",
                });
            }
            if (status is AdaptationStatus.Approved or AdaptationStatus.Refused or AdaptationStatus.Contracted or AdaptationStatus.CheckFailed or AdaptationStatus.Closed)
            {
                c.DecidedBy = c.AppliedBy == "nanshan.street" ? "city.officer" : "futian.street";
                c.DecidedAtUtc = applied.AddDays(10).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            }
            if (status is AdaptationStatus.Contracted or AdaptationStatus.CheckFailed or AdaptationStatus.Closed)
            {
                c.ContractorName = "深圳市安居适老工程有限公司";
                c.ContractorCreditCode = "91440300MA5F0ADP1X";
                c.ContractDate = applied.AddDays(14);
                c.PlannedCompletion = applied.AddDays(44);
            }
            return c;
        }

        var y = new DateOnly(2018, 3, 12);
        var cases = new List<AdaptationCase>
        {
            Closed(Case(people[0], y, AdaptationStatus.Closed, "独居", "卫生间跌倒过一次，希望加装扶手"), y.AddDays(40)),
            Closed(Case(people[1], y.AddDays(30), AdaptationStatus.Closed, "低保,独居", "轮椅进出门槛困难"), y.AddDays(75)),
            Closed(Case(people[^1], y.AddDays(60), AdaptationStatus.Closed, null, "夜间起床照明不足"), y.AddDays(100)),
            Refused(Case(people[2], y.AddDays(90), AdaptationStatus.Refused, null, "希望更换整体橱柜")),
            Case(people[3], today.AddDays(-30), AdaptationStatus.Applied, "失能", "子女在外地，老人行动不便"), // overdue: the visit was due 15 days ago
            Case(people[4], today.AddDays(-2), AdaptationStatus.Applied, null, "浴室防滑"),
            Case(people[5], today.AddDays(-12), AdaptationStatus.Assessed, "特困", "卫生间、卧室改造"),
            Case(people[6], today.AddDays(-20), AdaptationStatus.Approved, "低收入", "门槛清除、扶手"),
            Case(people[7], today.AddDays(-60), AdaptationStatus.Contracted, "独居", "加装紧急呼叫"), // overdue: planned completion passed
            Case(people[^2], today.AddDays(-25), AdaptationStatus.Contracted, null, "适老照明"),
            Failed(Case(people[^3], today.AddDays(-50), AdaptationStatus.CheckFailed, "低保", "扶手、防滑地面")),
        };
        db.AdaptationCases.AddRange(cases);
        foreach (var c in cases.Where(c => c.Status is AdaptationStatus.Closed or AdaptationStatus.CheckFailed))
        {
            db.AdaptationPhotos.Add(new AdaptationPhoto
            {
                CaseId = c.Id, DivisionCode = c.DivisionCode, ContentType = "image/png", Content = DemoPhoto, UploadedBy = "futian.clerk",
                UploadedAtUtc = (c.CheckedOn ?? today).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
            });
        }
        foreach (var (year, last) in numbers)
        {
            db.AdaptationCounters.Add(new AdaptationCounter { Year = year, Last = last });
        }
        await db.SaveChangesAsync(ct);
    }

    private static AdaptationCase Closed(AdaptationCase c, DateOnly on)
    {
        (c.CheckedOn, c.Checker, c.ClosedOn) = (on, "陈验收", on);
        return c;
    }

    private static AdaptationCase Refused(AdaptationCase c)
    {
        c.RefusalReason = "申请项目（整体橱柜）不属于适老化改造目录";
        c.ClosedOn = c.AppliedOn.AddDays(10);
        return c;
    }

    private static AdaptationCase Failed(AdaptationCase c)
    {
        (c.CheckedOn, c.Checker, c.CheckNote, c.FailedChecks) = (c.PlannedCompletion, "陈验收", "扶手安装高度不符合要求，须返工", 1);
        return c;
    }
}
