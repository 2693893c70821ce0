using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Applications;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Enrolments;

/// <summary>
/// Demo content for 福田街道 (invented people): five enrolled households with bank accounts and four
/// applications at different stages, so the pages have something to show after `dotnet run`.
/// Amounts come from the trial calculation with the parameters in force. Only when no
/// application exists yet.
/// </summary>
internal sealed class DemoCases(AssistanceDb db, CalculateHandler calculator, IDivisionDirectory divisions, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Person(string Name, int Year, int Month, decimal Income, int? Disability = null, int AdlNotAchieved = 0, bool Student = false);

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Applications.IgnoreQueryFilters().AnyAsync(ct) || await db.Enrolments.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var community = await divisions.FindAsync("440304004022", today, ct) is not null ? "440304004022" : "440304004";
        var sequence = 100;
        var decided = 0;
        async Task<Application> Make(Programme programme, Person[] people, ApplicationStatus status, DateOnly submitted)
        {
            var members = people.Select((p, i) => new CalculationMember
            {
                IdNumber = IdNumber.Create("440304", new DateOnly(p.Year, p.Month, 8 + i), sequence += 3), Relation = i == 0 ? "02" : (p.Year > people[0].Year + 15 ? "20" : "10"),
                MonthlyIncome = p.Income, DisabilityGrade = p.Disability, Student = p.Student, ShenzhenHukou = true,
                Adl = p.AdlNotAchieved == 0 ? null : new CalculationAdl { Eating = false, Bathing = p.AdlNotAchieved < 2 },
            }).ToList();
            var calc = await calculator.HandleAsync(new CalculationRequest { Programme = programme.ToString(), Date = submitted, DivisionCode = community, Members = members }, ct);
            var a = new Application
            {
                Programme = programme, ApplicantIdNumber = members[0].IdNumber!, ApplicantName = people[0].Name, DivisionCode = community, Status = status,
                SubmittedOn = submitted, HouseholdJson = JsonSerializer.Serialize(new { Members = members, Assets = new CalculationAssets() }, Json),
                CalculatedBenefit = calc.MonthlyBenefit,
            };
            Step(a, submitted, "提交申请", "futian.clerk", "StreetClerk", null);
            db.Applications.Add(a);
            return a;
        }
        void Step(Application a, DateOnly on, string action, string userName, string role, string? note) =>
            a.Steps.Add(new ApplicationStep { ApplicationId = a.Id, AtUtc = on.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), Action = action, UserName = userName, Role = role, Note = note });

        var households = new (Programme Programme, Person[] People, string Bank, string Account)[]
        {
            (Programme.Mlg, [new("王建国", 1950, 3, 0)], "中国工商银行深圳福田支行", "6222020200012345678"),
            (Programme.Mlg, [new("李秀英", 1978, 6, 1500), new("李子涵", 2008, 9, 0, Student: true)], "中国建设银行深圳分行", "6217003320001234567"),
            (Programme.Mlg, [new("张志强", 1965, 1, 0, Disability: 2), new("刘淑珍", 1967, 11, 800)], "中国农业银行深圳福田支行", "6228480120001234561"),
            (Programme.ExtremePoverty, [new("陈海燕", 1940, 5, 0, AdlNotAchieved: 2)], "深圳农村商业银行福田支行", "6230580000012345672"),
            (Programme.Mlg, [new("黄晓东", 1985, 2, 2500), new("周娜", 1987, 4, 0), new("黄浩然", 2012, 7, 0), new("黄雨桐", 2015, 10, 0)], "中国银行深圳福田支行", "6216610200012345683"),
        };
        var decidedOn = today.AddMonths(-2);
        foreach (var (programme, people, bank, account) in households)
        {
            var a = await Make(programme, people, ApplicationStatus.Approved, decidedOn.AddMonths(-1));
            a.DecidedOn = decidedOn;
            a.EnrolFrom = new DateOnly(decidedOn.Year, decidedOn.Month, 1).AddMonths(1);
            a.DecisionNumber = DecisionNumbers.Format("福田", decidedOn.Year, ++decided);
            a.DecisionReason = "符合条件，同意纳入";
            Step(a, a.SubmittedOn, "受理", "futian.clerk", "StreetClerk", "材料齐全");
            Step(a, a.SubmittedOn.AddDays(10), "街道审核并公示", "futian.street", "StreetReviewer", "入户调查属实，建议批准");
            Step(a, decidedOn, "区审批：批准", "futian.district", "DistrictApprover", a.DecisionReason);
            var e = EnrolmentFactory.FromApplication(a, a.EnrolFrom.Value.AddMonths(12));
            e.BankName = bank;
            e.BankAccount = account;
            for (var i = 1; i < e.Members.Count; i++)
            {
                e.Members[i].Name = people[i].Name;
            }
            db.Enrolments.Add(e);
            db.EnrolmentEvents.Add(new EnrolmentEvent
            {
                EnrolmentId = e.Id, AtUtc = decidedOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc), EffectiveFrom = e.EnrolFrom, Kind = "纳入保障",
                Note = $"申请批准，自{e.EnrolFrom:yyyy年M月}起发放", UserName = "futian.district",
            });
        }
        db.DecisionSequences.Add(new DecisionSequence { DivisionCode = "440304", Year = decidedOn.Year, Last = decided });

        var waiting = await Make(Programme.Mlg, [new("杨磊", 1972, 8, 600), new("吴敏", 1974, 2, 0)], ApplicationStatus.Submitted, today);
        waiting.DueOn = today.AddDays(7);
        var noticed = await Make(Programme.Mlg, [new("赵丽", 1969, 12, 900)], ApplicationStatus.Submitted, today.AddDays(-3));
        noticed.DueOn = today.AddDays(-1);
        noticed.Notice = new SupplementNotice
        {
            ApplicationId = noticed.Id, DivisionCode = community, IssuedOn = today.AddDays(-3), DueOn = today.AddDays(-1), MissingKinds = "hukou,income",
            Note = "户口簿原件及近6个月收入证明", IssuedBy = "futian.clerk",
        };
        Step(noticed, today.AddDays(-3), "一次性告知", "futian.clerk", "StreetClerk", "缺少：户口簿、收入证明");
        var accepted = await Make(Programme.Mlg, [new("郭勇", 1960, 4, 700), new("何艳", 1962, 9, 0)], ApplicationStatus.Accepted, today.AddDays(-12));
        accepted.DueOn = today.AddDays(9);
        accepted.RelativeOfWorker = true;
        accepted.RelativeWorkerName = "社区工作人员 何某";
        accepted.RelativeRelationship = "兄妹";
        Step(accepted, today.AddDays(-11), "受理", "futian.clerk", "StreetClerk", "材料齐全");
        accepted.Investigations.Add(new Investigation
        {
            ApplicationId = accepted.Id, DivisionCode = community, Kind = "neighbour_visit", Date = today.AddDays(-5), Findings = "邻居反映家庭生活困难，无稳定收入来源",
            Worker = "林涛、罗静", RecordedBy = "futian.clerk", RecordedAtUtc = today.AddDays(-5).ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
        });
        var publicizing = await Make(Programme.Mlg, [new("林杰", 1958, 3, 400)], ApplicationStatus.Publicizing, today.AddDays(-20));
        publicizing.PublicityEndsOn = today.AddDays(2);
        publicizing.DueOn = today.AddDays(7);
        Step(publicizing, today.AddDays(-19), "受理", "futian.clerk", "StreetClerk", "材料齐全");
        Step(publicizing, today.AddDays(-5), "街道审核并公示", "futian.street", "StreetReviewer", "入户调查属实，建议批准");
        await db.SaveChangesAsync(ct);
    }
}
