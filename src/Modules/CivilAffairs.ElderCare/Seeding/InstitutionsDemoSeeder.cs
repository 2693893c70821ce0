using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Institutions;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// Demo beds for every nursing home, care home and day-care centre (opening capacity, some beds
/// added in 2018 and some this year), residents of 福康颐养院 (care.home) and 南头长者护理院
/// (care.home2) — registry elders where the registry has them, a few fictitious outsiders —,
/// clinic contracts, and subsidy applications at each status. Today's work is relative to today.
/// </summary>
internal sealed class InstitutionsDemoSeeder(ElderCareDb db, IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly (string Code, BedType Type, int Beds, string? On, string Reason)[] BedPlan =
    [
        ("YL440304001", BedType.SelfCare, 40, null, "开业核定床位"), ("YL440304001", BedType.Nursing, 50, null, "开业核定床位"),
        ("YL440304001", BedType.Nursing, 20, "2018-06-01", "二期护理楼启用"), ("YL440304001", BedType.MemoryCare, 10, "this", "三楼改造为失智照护专区"),
        ("YL440305001", BedType.SelfCare, 10, null, "开业核定床位"), ("YL440305001", BedType.Nursing, 60, null, "开业核定床位"),
        ("YL440305001", BedType.MemoryCare, 20, "2018-10-08", "失智照护单元投入使用"),
        ("YL440304002", BedType.SelfCare, 80, null, "开业核定床位"), ("YL440304002", BedType.Nursing, 120, null, "开业核定床位"),
        ("YL440304002", BedType.Nursing, 30, "2018-09-01", "自理床位改造为护理型"), ("YL440304002", BedType.SelfCare, -30, "2018-09-01", "自理床位改造为护理型"),
        ("YL440303001", BedType.SelfCare, 60, null, "开业核定床位"), ("YL440303001", BedType.Nursing, 90, null, "开业核定床位"),
        ("YL440303001", BedType.Nursing, 40, "this", "公建民营新院区启用"),
        ("YL440306001", BedType.SelfCare, 100, null, "开业核定床位"), ("YL440306001", BedType.Nursing, 60, null, "开业核定床位"),
        ("YL440306001", BedType.Nursing, 50, "2018-03-20", "护理楼扩建"),
        ("YL440307001", BedType.Nursing, 80, null, "开业核定床位"), ("YL440307001", BedType.MemoryCare, 20, null, "开业核定床位"),
        ("YL440307001", BedType.Nursing, 30, "this", "四楼护理单元启用"),
        ("RZ440304004", BedType.SelfCare, 10, null, "日间照料短托床位"), ("RZ440304004", BedType.Nursing, 4, null, "日间照料短托床位"),
        ("RZ440304001", BedType.SelfCare, 8, null, "日间照料短托床位"), ("RZ440305001", BedType.SelfCare, 10, null, "日间照料短托床位"),
        ("RZ440303001", BedType.SelfCare, 6, null, "日间照料短托床位"), ("RZ440311001", BedType.SelfCare, 8, null, "日间照料短托床位"),
    ];

    private static readonly string[] Outsiders = ["蔡秀英", "邝桂芳", "温志强", "黎玉珍", "甘德华", "欧阳丽华"];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.BedChanges.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var thisYear = today.Month > 1 ? new DateOnly(today.Year, 1, 15) : today;
        var institutions = await db.Institutions.IgnoreQueryFilters().ToDictionaryAsync(i => i.Code, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<BedChange>();
        foreach (var p in BedPlan.Where(p => institutions.ContainsKey(p.Code)))
        {
            var i = institutions[p.Code];
            var on = p.On switch { null => i.OpenedOn ?? new DateOnly(2018, 1, 1), "this" => thisYear, var s => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture) };
            changes.Add(new BedChange
            {
                InstitutionCode = p.Code, DivisionCode = i.DivisionCode, BedType = p.Type, Delta = p.Beds, ChangedOn = on, Reason = p.Reason,
                RecordedBy = "system", AtUtc = now,
            });
        }
        db.BedChanges.AddRange(changes);
        var stays = new List<Admission>();
        stays.AddRange(await ResidentsAsync(institutions.GetValueOrDefault("YL440304001"), "440304", 18, 0, today, now, ct));
        stays.AddRange(await ResidentsAsync(institutions.GetValueOrDefault("YL440305001"), "440305", 12, 3, today, now, ct));
        db.Admissions.AddRange(stays);
        AddClinics(institutions, today, now);
        AddSubsidies(institutions, changes, stays, today);
        await db.SaveChangesAsync(ct);
    }

    private async Task<List<Admission>> ResidentsAsync(Institution? home, string district, int fromRegistry, int outsiderOffset, DateOnly today, DateTime now,
        CancellationToken ct)
    {
        if (home is null)
        {
            return [];
        }
        // the registry filters by the caller's jurisdiction: read it as the system (seeding has no signed-in user)
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("eldercare.institutions.seed");
        var elders = scope.ServiceProvider.GetRequiredService<IElderDirectory>();
        var (found, _) = await elders.QueryAsync(new ElderQuery(today, MinAge: 70, DivisionPrefix: district, Take: fromRegistry), ct);
        var people = found.Select(e => (e.IdNumber, e.Name, (Guid?)e.PersonId, e.BirthDate)).ToList();
        for (var k = 0; k < 3; k++)
        {
            var birth = new DateOnly(1936 + (k * 5), 3 + k, 10 + k);
            people.Add((IdNumber.Create(district, birth, 611 + (k * 2) + outsiderOffset), Outsiders[k + outsiderOffset], null, birth));
        }
        var list = new List<Admission>();
        for (var n = 0; n < people.Count; n++)
        {
            var p = people[n];
            var type = n % 5 == 0 ? BedType.SelfCare : n % 7 == 3 ? BedType.MemoryCare : BedType.Nursing;
            var admitted = today.AddDays(-40 - (n * 37 % 700));
            var a = new Admission
            {
                InstitutionCode = home.Code, DivisionCode = home.DivisionCode, IdNumber = p.IdNumber.ToUpperInvariant(), Name = p.Name, PersonId = p.Item3,
                BedType = type, AdmittedOn = admitted, CareLevel = type == BedType.SelfCare ? CareLevel.Independent : (CareLevel)(1 + (n % 3)),
                FeePayer = n % 6 == 1 ? FeePayer.Destitute : n % 9 == 4 ? FeePayer.GovernmentPurchase : FeePayer.Self, RecordedBy = "system", AtUtc = now,
            };
            // a few have left: home, a transfer to hospital
            if (n is 2 or 9)
            {
                a.DischargedOn = admitted.AddDays(25 + n);
                a.DischargeReason = n == 2 ? DischargeReason.Home : DischargeReason.Transfer;
                a.DischargeNote = n == 2 ? "家属接回照料" : "转入市第二人民医院治疗";
            }
            list.Add(a);
        }
        return list;
    }

    private void AddClinics(Dictionary<string, Institution> institutions, DateOnly today, DateTime now)
    {
        (string Code, string Clinic, bool Expired)[] plan =
        [
            ("RZ440304004", "福田街道社区健康服务中心", false), ("RZ440304001", "南园街道社区健康服务中心", false), ("RZ440305001", "南头街道社康中心", false),
            ("RZ440303001", "桂园街道社区健康服务中心", false), ("RZ440311001", "光明街道社区健康服务中心", true),
            ("YL440304001", "深圳市福田区人民医院", false), ("YL440304002", "福田区第二人民医院", false), ("YL440305001", "南山区人民医院", false),
            ("YL440306001", "宝安区中心医院", false),
        ];
        foreach (var (code, clinic, expired) in plan.Where(p => institutions.ContainsKey(p.Code)))
        {
            var i = institutions[code];
            db.ClinicContracts.Add(new ClinicContract
            {
                InstitutionCode = code, DivisionCode = i.DivisionCode, ClinicName = clinic, Services = "定期巡诊、健康档案、慢病管理、急诊绿色通道",
                From = expired ? today.AddYears(-2) : new DateOnly(2018, 3, 1), To = expired ? today.AddDays(-30) : today.AddYears(1), RecordedBy = "system", AtUtc = now,
            });
        }
    }

    private void AddSubsidies(Dictionary<string, Institution> institutions, List<BedChange> changes, List<Admission> stays, DateOnly today)
    {
        var counters = new Dictionary<int, InstitutionSubsidyCounter>();
        string Number(int year)
        {
            if (!counters.TryGetValue(year, out var c))
            {
                counters[year] = c = new InstitutionSubsidyCounter { Year = year };
                db.InstitutionSubsidyCounters.Add(c);
            }
            c.Last++;
            return $"ZZ-{year}-{c.Last:000000}";
        }
        var month = new DateOnly(today.Year, today.Month, 1);
        foreach (var (code, back, status) in new[]
                 {
                     ("YL440304001", 3, SubsidyStatus.Refused), ("YL440304001", 2, SubsidyStatus.Approved), ("YL440304001", 1, SubsidyStatus.Submitted),
                     ("YL440305001", 1, SubsidyStatus.Submitted),
                 })
        {
            if (!institutions.TryGetValue(code, out var i))
            {
                continue;
            }
            var m = month.AddMonths(-back);
            var rates = InstitutionNames.BedTypes.ToDictionary(t => t, t => InstitutionsSeeder.Value(InstitutionParameters.Operating(t), m));
            var lines = BedRules.Operating(stays.Where(s => s.InstitutionCode == code).Select(s => new Stay(s.BedType, s.AdmittedOn, s.DischargedOn)), m, rates);
            var applied = m.AddMonths(1).AddDays(4).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            db.InstitutionSubsidies.Add(new InstitutionSubsidy
            {
                Number = Number(applied.Year), InstitutionCode = code, DivisionCode = i.DivisionCode, Kind = SubsidyKind.Operating, Month = m,
                Amount = lines.Sum(l => l.Amount), Status = status, AppliedBy = code == "YL440304001" ? "care.home" : "care.home2", AppliedAtUtc = applied,
                Calculation = string.Join("；", lines.Select(l => $"{InstitutionNames.Of(l.BedType)} {l.BedDays} 床日 × {l.MonthlyRate:0.##} 元/床·月 ÷ {l.DaysInMonth} 天 = {l.Amount:0.00} 元")),
                ParametersUsed = string.Join("；", lines.Select(l => $"{InstitutionParameters.Operating(l.BedType)}={l.MonthlyRate:0.##}（2018-01-01起，4403）")),
                DecidedBy = status == SubsidyStatus.Submitted ? null : "futian.district", DecidedAtUtc = status == SubsidyStatus.Submitted ? null : applied.AddDays(6),
                DecisionNote = status == SubsidyStatus.Refused ? "入住床日与护理记录不符，请核实后重报" : null,
            });
        }
        // construction: 福康颐养院's 2018 nursing beds paid; 布吉康乐护理院's beds of this year waiting
        foreach (var (code, on, status) in new[] { ("YL440304001", new DateOnly(2018, 6, 1), SubsidyStatus.Approved), ("YL440307001", (DateOnly?)null, SubsidyStatus.Submitted) })
        {
            var b = changes.FirstOrDefault(c => c.InstitutionCode == code && c.Delta > 0 && (on is null ? c.ChangedOn.Year == today.Year : c.ChangedOn == on));
            if (b is null || !institutions.TryGetValue(code, out var i))
            {
                continue;
            }
            var rate = InstitutionsSeeder.Value(InstitutionParameters.Construction(b.BedType), b.ChangedOn);
            var applied = b.ChangedOn.AddDays(20).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            var s = new InstitutionSubsidy
            {
                Number = Number(applied.Year), InstitutionCode = code, DivisionCode = i.DivisionCode, Kind = SubsidyKind.Construction, Amount = rate * b.Delta,
                Calculation = $"{b.ChangedOn:yyyy-MM-dd} 新增{InstitutionNames.Of(b.BedType)} {b.Delta} 张 × {rate:0.##} 元 = {rate * b.Delta:0.00} 元",
                ParametersUsed = $"{InstitutionParameters.Construction(b.BedType)}={rate:0.##}（2018-01-01起，4403）", Status = status,
                AppliedBy = code == "YL440304001" ? "care.home" : "longgang.institution", AppliedAtUtc = applied,
                DecidedBy = status == SubsidyStatus.Approved ? "futian.district" : null, DecidedAtUtc = status == SubsidyStatus.Approved ? applied.AddDays(15) : null,
            };
            b.SubsidyApplicationId = s.Id;
            db.InstitutionSubsidies.Add(s);
        }
    }
}
