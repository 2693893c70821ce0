using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>
/// Demo data for 光明区 (440311) only, so that no other district's numbers move: the 2018 work
/// summary's 377 households / 1,110 persons whose support plans reached all their targets (they
/// then left 低保 from 2019-01), plus a few households still enrolled with reviews falling due.
/// </summary>
internal sealed class CaseDemoSeeder(AssistanceDb db, TimeProvider clock) : ISeeder
{
    public const string District = "440311";
    public const int AchievedHouseholds = 377;
    public const int AchievedPersons = 1110;

    private static readonly string[] Surnames = ["陈", "李", "张", "黄", "林", "王", "刘", "吴", "郑", "何", "罗", "周"];
    private static readonly string[] Given = ["志强", "秀英", "建华", "丽娟", "国平", "美玲", "伟明", "桂芳", "永红", "晓东", "惠珍", "少华"];
    private static readonly string[] Workers = ["陈社工", "李社工", "黄社工", "林社工", "周社工", "何社工"];

    public int Order => 25;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.Enrolments.IgnoreQueryFilters().AnyAsync(e => e.DivisionCode.StartsWith(District), ct))
        {
            return;
        }
        db.Scope.BulkLoad = true;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // 356 three-person and 21 two-person households: 1,110 persons
            var twoPerson = AchievedHouseholds * 3 - AchievedPersons;
            for (var i = 0; i < AchievedHouseholds; i++)
            {
                var e = Household(i, i < twoPerson ? 2 : 3, new DateOnly(2018, 1, 1));
                e.Status = EnrolmentStatus.Stopped;
                e.StoppedFrom = new DateOnly(2019, 1, 1);
                e.StatusReason = "帮扶目标全部达成，家庭人均收入超过低保标准，退出保障";
                e.NextReviewOn = null;
                var ended = new DateOnly(2018, 6, 1).AddDays(i * 191 % 200);
                var plan = Plan(e, i, new DateOnly(2018, 3, 1));
                plan.Status = SupportPlanStatus.Achieved;
                plan.EndedOn = ended;
                plan.Goals[0].AchievedOn = ended.AddDays(-60);
                plan.Goals[1].AchievedOn = ended;
                foreach (var g in plan.Goals)
                {
                    plan.Progress.Add(new SupportProgress { PlanId = plan.Id, GoalId = g.Id, On = g.AchievedOn!.Value, Note = "目标达成：" + g.Target, UserName = "system", AtUtc = now });
                }
                db.Enrolments.Add(e);
                db.SupportPlans.Add(plan);
                db.EnrolmentEvents.Add(new EnrolmentEvent { EnrolmentId = e.Id, AtUtc = now, EffectiveFrom = e.EnrolFrom, Kind = "纳入保障", Note = "历史数据导入", UserName = "system" });
                db.EnrolmentEvents.Add(new EnrolmentEvent { EnrolmentId = e.Id, AtUtc = now, EffectiveFrom = e.StoppedFrom.Value, Kind = "复核：停止保障", Note = e.StatusReason, UserName = "system" });
            }
            var today = ChinaTime.Today(clock);
            int[] dueIn = [-20, -3, 5, 12, 25, 40];
            for (var j = 0; j < dueIn.Length; j++)
            {
                var e = Household(AchievedHouseholds + j, 3, new DateOnly(2018, 7, 1));
                e.NextReviewOn = today.AddDays(dueIn[j]);
                e.ReviewCategory = j % 3 == 0 ? "unstable" : "working_age";
                var plan = Plan(e, AchievedHouseholds + j, new DateOnly(2018, 7, 15));
                plan.Goals[0].AchievedOn = j % 2 == 0 ? new DateOnly(2018, 11, 20) : null;
                plan.Goals[1].TargetDate = today.AddDays(j * 30 - 60);
                plan.Progress.Add(new SupportProgress { PlanId = plan.Id, On = new DateOnly(2018, 8, 1), Note = "入户走访，制定就业意向", UserName = "system", AtUtc = now });
                db.Enrolments.Add(e);
                db.SupportPlans.Add(plan);
                db.EnrolmentEvents.Add(new EnrolmentEvent { EnrolmentId = e.Id, AtUtc = now, EffectiveFrom = e.EnrolFrom, Kind = "纳入保障", Note = "历史数据导入", UserName = "system" });
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    private static Enrolment Household(int i, int size, DateOnly from)
    {
        var street = $"{District}{1 + i % 6:D3}";
        var headBirth = new DateOnly(1970, 1, 1).AddDays(i * 37 % 5000);
        var head = IdNumber.Create(District, headBirth, 100 + i % 800);
        var e = new Enrolment
        {
            Programme = Programme.Mlg, HeadIdNumber = head, HeadName = Surnames[i % Surnames.Length] + Given[(i * 5 + i / Surnames.Length) % Given.Length],
            DivisionCode = street + "001", Status = EnrolmentStatus.Active, EnrolFrom = from, ReviewCategory = "working_age",
            MonthlyBenefit = 1070m * size - 1000m,
        };
        e.Members.Add(new EnrolmentMember { EnrolmentId = e.Id, IdNumber = head, Name = e.HeadName, Relation = "02", BirthDate = headBirth, MonthlyIncome = 1000, ShenzhenHukou = true });
        if (size == 3)
        {
            var spouseBirth = headBirth.AddDays(400);
            e.Members.Add(new EnrolmentMember { EnrolmentId = e.Id, IdNumber = IdNumber.Create(District, spouseBirth, 200 + i % 700), Relation = "10", BirthDate = spouseBirth, ShenzhenHukou = true });
        }
        var childBirth = new DateOnly(2006, 1, 1).AddDays(i * 13 % 3000);
        e.Members.Add(new EnrolmentMember { EnrolmentId = e.Id, IdNumber = IdNumber.Create(District, childBirth, 300 + i % 600), Relation = "20", BirthDate = childBirth, Student = true, ShenzhenHukou = true });
        return e;
    }

    private static SupportPlan Plan(Enrolment e, int i, DateOnly started)
    {
        var plan = new SupportPlan
        {
            EnrolmentId = e.Id, DivisionCode = e.DivisionCode, Status = SupportPlanStatus.Active, StartedOn = started, ResponsibleWorker = Workers[i % Workers.Length],
            Measures = "推荐至街道就业服务站参加技能培训并安排岗位；子女申请教育救助；每月入户走访一次", CreatedBy = "system",
        };
        plan.Goals.Add(new SupportGoal { PlanId = plan.Id, Area = SupportArea.Employment, Description = "有劳动能力的成员实现就业", Target = "签订劳动合同并稳定就业6个月", TargetDate = started.AddMonths(6) });
        plan.Goals.Add(new SupportGoal { PlanId = plan.Id, Area = SupportArea.Income, Description = "家庭增收", Target = "家庭月人均收入高于低保标准", TargetDate = started.AddMonths(10) });
        return plan;
    }
}
