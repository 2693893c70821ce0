using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.ChildWelfare.Features.Allowances;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Seeding;

/// <summary>
/// Demo children (fictitious, check-digit valid ID numbers with sequences 100–499, which the tests'
/// Ids.New never makes): the city's welfare institution in 龙华 with its orphans and disabled children,
/// dispersed orphans and de facto unsupported children in 福田、南山、罗湖、龙岗 with guardians, a few
/// awaiting approval, some who left care; 25 Tomorrow Plan cases in 2018 and some later; adult-orphan
/// placements with visits (one overdue). Idempotent: does nothing once demo children exist.
/// </summary>
internal sealed partial class ChildWelfareDemoSeeder(ChildWelfareDb db, AllowanceRuns runs, TimeProvider clock)
{
    public const string Registrar = "demo:clerk";
    public const string Approver = "demo:approver";

    private static readonly string[] Surnames = ["陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "许", "谢", "邓", "罗", "何", "周", "梁", "叶", "钟"];
    private static readonly string[] Given = ["小雨", "子轩", "欣妍", "浩然", "梓涵", "宇辰", "思琪", "俊熙", "雨桐", "家乐", "诗涵", "明哲", "可馨", "嘉豪", "若曦", "天宇"];
    private static readonly string[] Relations = ["祖母", "祖父", "外祖母", "外祖父", "伯父", "姑母", "舅舅", "姨母"];
    private static readonly string[] Banks = ["中国建设银行深圳分行", "中国农业银行深圳分行", "深圳农村商业银行", "中国工商银行深圳分行"];

    /// <summary>(street, dispersed orphans, de facto unsupported, disabled at home).</summary>
    private static readonly (string Street, int Dispersed, int DeFacto, int Disabled)[] Streets =
    [
        ("440304001", 4, 2, 1), ("440304004", 5, 3, 2), ("440304008", 4, 2, 1), ("440304010", 3, 2, 1),
        ("440305001", 4, 2, 1), ("440305005", 3, 2, 1), ("440305009", 4, 2, 1),
        ("440303003", 3, 2, 0), ("440303005", 3, 1, 1),
        ("440307014", 4, 3, 1), ("440307016", 4, 2, 0),
    ];

    private readonly Random _random = new(613);
    private int _sequence;
    private DateOnly _today;
    private DateTime _now;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Children.IgnoreQueryFilters().AnyAsync(c => c.RegisteredBy == Registrar, ct))
        {
            return;
        }
        _today = ChinaTime.Today(clock);
        _now = clock.GetUtcNow().UtcDateTime;
        var institution = await db.Institutions.IgnoreQueryFilters().FirstAsync(i => i.Code == ChildWelfareSeeder.InstitutionCode, ct);
        institution.BankName ??= "中国工商银行深圳观澜支行";
        institution.BankAccount ??= "4000022309200118688";
        institution.AccountName ??= "深圳市社会福利中心";
        var institutional = new List<Child>();
        for (var i = 0; i < 38; i++)
        {
            institutional.Add(Add(ChildCategory.InstitutionalOrphan, "440309", institution.Id, AgeInMonths(i)));
        }
        for (var i = 0; i < 14; i++)
        {
            institutional.Add(Add(ChildCategory.DisabledChild, "440309", institution.Id, 24 + _random.Next(180)));
        }
        foreach (var (street, dispersed, deFacto, disabled) in Streets)
        {
            for (var i = 0; i < dispersed; i++)
            {
                Add(ChildCategory.DispersedOrphan, street, null, 12 + _random.Next(190));
            }
            for (var i = 0; i < deFacto; i++)
            {
                Add(ChildCategory.DeFactoUnsupported, street, null, 12 + _random.Next(190));
            }
            for (var i = 0; i < disabled; i++)
            {
                Add(ChildCategory.DisabledChild, street, null, 12 + _random.Next(190));
            }
        }
        await db.SaveChangesAsync(ct);
        SeedPlacements(institutional);
        SeedTomorrowPlan(institutional);
        await db.SaveChangesAsync(ct);
        await SeedRunsAsync(ct);
    }

    /// <summary>The first institutional orphans are the oldest: four turn 18 in the next six months, two turned 18 recently.</summary>
    private int AgeInMonths(int i) => i switch
    {
        0 => 18 * 12 + 3,
        1 => 18 * 12 + 1,
        2 => 17 * 12 + 11,
        3 => 17 * 12 + 9,
        4 => 17 * 12 + 8,
        5 => 17 * 12 + 7,
        _ => 6 + _random.Next(190),
    };

    private Child Add(ChildCategory category, string division, Guid? institutionId, int ageMonths)
    {
        var birth = _today.AddMonths(-ageMonths).AddDays(-_random.Next(28));
        var county = institutionId is null ? division[..6] : _random.NextDouble() < 0.7 ? "440300" : "440304";
        var male = _random.NextDouble() < 0.55;
        var seq = 100 + (_sequence++ % 200 * 2) + (male ? 1 : 0);
        var registered = Max(birth.AddMonths(1), _today.AddMonths(-_random.Next(6, 96)));
        var child = new Child
        {
            IdNumber = IdNumber.Create(county, birth, seq), Name = Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)],
            Sex = male ? Sex.Male : Sex.Female, BirthDate = birth, Hukou = "广东省深圳市", DivisionCode = division, Category = category,
            InstitutionId = institutionId, RegisteredBy = Registrar, RegisteredOn = registered, UpdatedAtUtc = _now,
        };
        var roll = _random.NextDouble();
        var adult = birth.AddYears(18);
        if (adult <= _today)
        {
            Approve(child);
            Leave(child, LeaveReason.TurnedAdult, adult);
        }
        else if (roll < 0.06)
        {
            child.Status = ChildStatus.Registered;
            child.RegisteredOn = _today.AddDays(-_random.Next(1, 20));
        }
        else if (roll < 0.09)
        {
            Approve(child);
            child.Status = ChildStatus.Approved;
        }
        else if (roll < 0.14)
        {
            Approve(child);
            var left = Max(child.AllowanceFrom!.Value.AddMonths(3), _today.AddMonths(-_random.Next(1, 30)));
            Leave(child, roll < 0.1 ? LeaveReason.Adopted : LeaveReason.ReturnedToFamily, left < _today ? left : _today.AddDays(-1));
        }
        else
        {
            Approve(child);
        }
        if (institutionId is null)
        {
            var withAccount = _random.NextDouble() > 0.04;
            child.Guardians.Add(new Guardian
            {
                Name = Surnames[_random.Next(Surnames.Length)] + (_random.NextDouble() < 0.5 ? "桂英" : "国强"), Relation = Relations[_random.Next(Relations.Length)],
                IdNumber = IdNumber.Create(division[..6], new DateOnly(1950 + _random.Next(30), 1 + _random.Next(12), 1 + _random.Next(28)), seq),
                Phone = "13" + _random.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                BankName = withAccount ? Banks[_random.Next(Banks.Length)] : null,
                BankAccount = withAccount ? "6217" + _random.NextInt64(100_000_000_000_000, 999_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                IsPayee = true,
            });
        }
        db.Children.Add(child);
        return child;
    }

    private void Approve(Child c)
    {
        c.Status = ChildStatus.Active;
        c.ApprovedBy = Approver;
        c.ApprovedOn = c.RegisteredOn.AddDays(_random.Next(5, 25));
        c.AllowanceFrom = AllowanceRules.MonthOf(c.ApprovedOn.Value);
    }

    private static void Leave(Child c, LeaveReason reason, DateOnly on)
    {
        c.Status = ChildStatus.Left;
        c.LeaveReason = reason;
        c.LeftOn = on;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private void SeedPlacements(List<Child> institutional)
    {
        // the two who turned 18: plans approved, visits made (one overdue); two of the four turning 18: drafts
        foreach (var (c, i) in institutional.Take(4).Select((c, i) => (c, i)))
        {
            var p = new Placement
            {
                ChildId = c.Id, DivisionCode = c.DivisionCode, TurnsAdultOn = c.BirthDate.AddYears(18), ResponsiblePerson = i % 2 == 0 ? "黄社工" : "李社工",
                Education = i == 0 ? "深圳技师学院 数控技术专业（三年制）" : "深圳市第二职业技术学校 护理专业",
                EducationDue = c.BirthDate.AddYears(18).AddMonths(2),
                Employment = i == 1 ? "推荐至龙华区公益性岗位" : null, EmploymentDue = i == 1 ? c.BirthDate.AddYears(18).AddMonths(6) : null,
                Housing = "入住观澜成年孤儿过渡公寓，申请公共租赁住房", HousingDue = c.BirthDate.AddYears(18).AddMonths(3),
                AssistanceReferral = i == 2 ? "如就读期间无收入，转介街道申请低保" : null,
                CreatedBy = Registrar, CreatedOn = c.BirthDate.AddYears(18).AddMonths(-6), Status = i < 2 ? PlacementStatus.Approved : PlacementStatus.Draft,
            };
            if (i < 2)
            {
                p.ApprovedBy = Approver;
                p.ApprovedOn = p.CreatedOn.AddDays(10);
                var visit = new FollowUpVisit
                {
                    VisitedOn = _today.AddDays(i == 0 ? -100 : -20), Notes = i == 0 ? "已入学，住校，生活费由助学金和兼职解决。" : "已到岗，适应良好，仍住过渡公寓。",
                    VisitedBy = "黄社工",
                };
                visit.NextDue = visit.VisitedOn.AddDays(90);
                p.Visits.Add(visit);
                p.NextVisitDue = visit.NextDue;
            }
            else
            {
                p.NextVisitDue = p.TurnsAdultOn.AddDays(30);
            }
            db.Placements.Add(p);
        }
    }

    private static readonly (string Diagnosis, string Hospital, decimal Cost)[] Conditions =
    [
        ("先天性心脏病（室间隔缺损）", "深圳市儿童医院", 48_000m), ("唇腭裂", "深圳市儿童医院", 16_500m), ("先天性马蹄内翻足", "深圳市儿童医院", 22_000m),
        ("脑性瘫痪", "深圳市儿童医院", 35_000m), ("先天性白内障", "深圳市眼科医院", 12_800m), ("尿道下裂", "深圳市儿童医院", 18_600m),
        ("脊柱裂", "北京大学深圳医院", 52_000m), ("先天性髋关节脱位", "深圳市儿童医院", 26_400m), ("斜视", "深圳市眼科医院", 6_800m),
    ];

    /// <summary>25 cases applied in 2018 (the seed's figure), 25 different children under 18 then; four a year since, the latest still open.</summary>
    private void SeedTomorrowPlan(List<Child> institutional)
    {
        var in2018 = db.Children.Local.Where(c => c.Status != ChildStatus.Registered && c.BirthDate < new DateOnly(2017, 6, 1) && c.BirthDate > new DateOnly(2000, 12, 31))
            .OrderByDescending(c => c.InstitutionId is not null).ThenBy(c => c.Id).ToList();
        for (var i = 0; i < 25; i++)
        {
            AddCase(in2018[i % in2018.Count], new DateOnly(2018, 1 + i % 11, 3 + i % 20), TomorrowStatus.Closed, i);
        }
        var later = institutional.Where(c => c.Status != ChildStatus.Left).ToList();
        var n = 0;
        for (var year = 2019; year <= _today.Year; year++)
        {
            for (var q = 0; q < 4; q++, n++)
            {
                var applied = new DateOnly(year, 1 + q * 3, 10);
                if (applied >= _today)
                {
                    return;
                }
                var status = applied < _today.AddMonths(-12) ? TomorrowStatus.Closed
                    : applied < _today.AddMonths(-6) ? TomorrowStatus.Operated : applied < _today.AddMonths(-3) ? TomorrowStatus.Approved : TomorrowStatus.Applied;
                AddCase(later[n * 7 % later.Count], applied, status, n + 3);
            }
        }
    }

    private void AddCase(Child c, DateOnly applied, TomorrowStatus status, int i)
    {
        var (diagnosis, hospital, cost) = Conditions[i % Conditions.Length];
        var t = new TomorrowCase { ChildId = c.Id, DivisionCode = c.DivisionCode, AppliedOn = applied, Diagnosis = diagnosis, Status = status, CreatedBy = Registrar };
        if (status != TomorrowStatus.Applied)
        {
            t.AssessedOn = applied.AddDays(14);
            t.Assessor = "深圳市儿童医院 专家组";
            t.AssessmentConclusion = "符合手术指征，建议手术治疗并术后康复";
            t.ApprovedBy = Approver;
            t.ApprovedOn = applied.AddDays(21);
            t.Hospital = hospital;
        }
        if (status is TomorrowStatus.Operated or TomorrowStatus.Closed)
        {
            t.SurgeryOn = applied.AddDays(40);
            t.TotalCost = cost;
            t.MedicalInsurance = Math.Round(cost * 0.3m, 2);
            t.OtherFunding = i % 5 == 0 ? 2_000m : 0m;
            t.LotteryFund = cost - t.MedicalInsurance - t.OtherFunding;
            t.RehabPlan = "术后康复训练6个月（儿童福利院康复中心）";
        }
        if (status == TomorrowStatus.Closed)
        {
            t.Outcome = i % 6 == 0 ? TomorrowOutcome.Improved : i % 11 == 0 ? TomorrowOutcome.Unchanged : TomorrowOutcome.Cured;
            t.ClosedOn = applied.AddDays(220);
        }
        db.TomorrowCases.Add(t);
    }

    /// <summary>Past allowance runs (released, with bank results); filled in by the allowance feature.</summary>
    private partial Task SeedRunsAsync(CancellationToken ct);
}
