using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>Demo care workers at the demo institutions (fictitious people) and courses of 深圳健康养老学院 with results.</summary>
internal sealed partial class AdaptationSeeder
{
    private static readonly (string Institution, string Name, CareQualification Level)[] DemoWorkers =
    [
        ("YL440304001", "黄秀梅", CareQualification.Senior), ("YL440304001", "李春兰", CareQualification.Intermediate), ("YL440304001", "王桂芳", CareQualification.Intermediate),
        ("YL440304001", "刘志强", CareQualification.Junior), ("YL440304001", "陈小燕", CareQualification.None), ("YL440304001", "张丽华", CareQualification.Technician),
        ("YL440305001", "吴美玲", CareQualification.Senior), ("YL440305001", "周建平", CareQualification.Intermediate), ("YL440305001", "郑玉珍", CareQualification.Junior),
        ("YL440305001", "孙海燕", CareQualification.None),
        ("JJ440304001", "何慧敏", CareQualification.Intermediate), ("JJ440304001", "罗文娟", CareQualification.Junior), ("JJ440304001", "梁秀英", CareQualification.None),
        ("ZC440304004", "谢志红", CareQualification.Junior),
        ("YL440304002", "林淑贞", CareQualification.SeniorTechnician), ("YL440304002", "高翠华", CareQualification.Senior), ("YL440304002", "马晓东", CareQualification.Junior),
        ("RZ440304004", "许丽萍", CareQualification.Intermediate), ("RZ440304004", "邓海英", CareQualification.None),
        ("YL440303001", "冯佩玲", CareQualification.Senior), ("YL440306001", "曾国华", CareQualification.Intermediate),
    ];

    private const string Academy = "深圳健康养老学院";

    private async Task SeedWorkforceAsync(CancellationToken ct)
    {
        var institutions = await db.Institutions.IgnoreQueryFilters().ToDictionaryAsync(i => i.Code, ct);
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = new List<CareWorker>();
        foreach (var (w, i) in DemoWorkers.Select((w, i) => (w, i)))
        {
            if (!institutions.TryGetValue(w.Institution, out var inst))
            {
                continue;
            }
            var birth = new DateOnly(1968 + i % 20, 1 + i % 12, 3 + i);
            workers.Add(new CareWorker
            {
                Name = w.Name, IdNumber = IdNumber.Create(i % 3 == 0 ? "440304" : i % 3 == 1 ? "441402" : "430521", birth, 100 + i * 7), Qualification = w.Level,
                CertificateNumber = w.Level == CareQualification.None ? null : $"S{2016 + i % 3}44030{w.Level:D}{i:00000}", InstitutionCode = w.Institution,
                DivisionCode = inst.DivisionCode, HiredOn = new DateOnly(2014 + i % 5, 3, 1), CreatedAtUtc = now, UpdatedAtUtc = now,
            });
        }
        db.CareWorkers.AddRange(workers);
        var courses = new List<TrainingCourse>
        {
            new() { Title = "养老护理员（初级）职业技能培训班", Organiser = Academy, StartsOn = new(2018, 9, 10), EndsOn = new(2018, 9, 28), Hours = 120, Capacity = 40, Level = CareQualification.Junior },
            new() { Title = "养老护理员（中级）职业技能培训班", Organiser = Academy, StartsOn = new(2018, 11, 5), EndsOn = new(2018, 11, 30), Hours = 160, Capacity = 30, Level = CareQualification.Intermediate },
            new() { Title = "失智老年人照护专项培训", Organiser = Academy, StartsOn = today.AddDays(-40), EndsOn = today.AddDays(-30), Hours = 40, Capacity = 30, Level = CareQualification.Intermediate },
            new() { Title = "养老护理员（高级）职业技能培训班", Organiser = Academy, StartsOn = today.AddDays(20), EndsOn = today.AddDays(45), Hours = 200, Capacity = 25, Level = CareQualification.Senior },
            new() { Title = "长者饭堂食品安全与营养配餐", Organiser = "深圳市民政局", StartsOn = today.AddDays(10), EndsOn = today.AddDays(11), Hours = 12, Capacity = 3, Level = CareQualification.Junior },
        };
        foreach (var c in courses)
        {
            c.CreatedAtUtc = now;
        }
        db.TrainingCourses.AddRange(courses);
        void Enrol(TrainingCourse c, CareWorker w, EnrolmentResult result, int seq)
        {
            db.TrainingEnrolments.Add(new TrainingEnrolment
            {
                CourseId = c.Id, WorkerId = w.Id, InstitutionCode = w.InstitutionCode, DivisionCode = w.DivisionCode, Result = result,
                CertificateNumber = result == EnrolmentResult.Passed ? $"XY{c.StartsOn.Year}{seq:0000}" : null,
                CompletedOn = result == EnrolmentResult.Enrolled ? null : c.EndsOn, EnrolledAtUtc = now,
            });
        }
        var seq = 1;
        foreach (var w in workers.Where(w => w.Qualification is CareQualification.None or CareQualification.Junior).Take(8))
        {
            Enrol(courses[0], w, seq % 4 == 0 ? EnrolmentResult.Failed : EnrolmentResult.Passed, seq++);
        }
        foreach (var w in workers.Where(w => w.Qualification == CareQualification.Intermediate).Take(5))
        {
            Enrol(courses[1], w, EnrolmentResult.Passed, seq++);
        }
        foreach (var w in workers.Where(w => w.Qualification >= CareQualification.Intermediate).Take(9))
        {
            Enrol(courses[2], w, seq % 5 == 0 ? EnrolmentResult.Failed : EnrolmentResult.Passed, seq++);
        }
        foreach (var w in workers.Where(w => w.Qualification == CareQualification.Intermediate).Take(4))
        {
            Enrol(courses[3], w, EnrolmentResult.Enrolled, seq++);
        }
        foreach (var w in workers.Where(w => w.InstitutionCode == "ZC440304004").Take(1))
        {
            Enrol(courses[4], w, EnrolmentResult.Enrolled, seq++);
        }
        await db.SaveChangesAsync(ct);
    }
}
