using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Performance;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Seeding;

/// <summary>
/// Assessment indicators (reference data: the bureau's 德能勤绩廉 frame, weights 推定), and demo data:
/// this year's open period with demo accounts at each step, and training programmes of this year
/// (扬帆计划, 红色教育培育计划, 专业化人才培养) with sessions and attendance.
/// </summary>
internal sealed class PerformanceSeeder(GovernanceDb db, PlatformDb platform, TimeProvider clock) : ISeeder
{
    internal static readonly (string Name, decimal Weight, string Rule)[] IndicatorRows =
    [
        ("政治素质", 20, "政治立场、理论学习、执行党的路线方针政策情况，按支部评议结果折算（权重推定，请人事处确认）"),
        ("工作实绩", 40, "年度重点任务完成数量、质量和时效，按任务台账逐项评分（推定）"),
        ("工作作风", 20, "服务群众、遵守纪律、团结协作情况（推定）"),
        ("廉洁自律", 20, "遵守廉洁纪律、申报个人有关事项情况；有违纪行为的本项不得分（推定）"),
    ];

    public int Order => 118;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        if (await db.Indicators.AnyAsync(ct))
        {
            return;
        }
        db.Indicators.AddRange(IndicatorRows.Select(r => new Indicator { Name = r.Name, Weight = r.Weight, ScoringRule = r.Rule }));
        await db.SaveChangesAsync(ct);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.Periods.AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var names = new[] { "city.officer", "futian.district", "city.grassroots", "city.office", "futian.finance" };
        var users = await platform.Users.AsNoTracking().Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, ct);
        var indicators = await db.Indicators.AsNoTracking().ToListAsync(ct);
        var period = new AssessmentPeriod { Year = today.Year, Status = PeriodStatus.Open };
        db.Periods.Add(period);
        Assessment Enrol(string user)
        {
            var u = users[user];
            var a = new Assessment
            {
                PeriodId = period.Id, UserName = user, DisplayName = u.DisplayName, DivisionCode = u.Jurisdiction, Status = AssessmentStatus.Pending,
                Scores = indicators.Select(i => new AssessmentScore { IndicatorId = i.Id }).ToList(),
            };
            db.Assessments.Add(a);
            return a;
        }
        foreach (var n in names.Where(users.ContainsKey))
        {
            var a = Enrol(n);
            if (n == "city.grassroots")
            {
                // self-assessed and reviewed: shows the provisional grade
                foreach (var s in a.Scores)
                {
                    s.Self = 92;
                    s.Review = 88;
                }
                a.SelfScore = 92;
                a.ReviewerScore = 88;
                a.FinalScore = 88;
                a.Grade = Grade.Good;
                a.ReviewerUserName = "city.office";
                a.Status = AssessmentStatus.Reviewed;
            }
            else if (n == "futian.finance")
            {
                foreach (var s in a.Scores)
                {
                    s.Self = 85;
                }
                a.SelfScore = 85;
                a.Status = AssessmentStatus.SelfAssessed;
            }
        }
        SeedTraining(today, users);
        await db.SaveChangesAsync(ct);
    }

    private void SeedTraining(DateOnly today, Dictionary<string, Platform.Identity.StaffUser> users)
    {
        var year = today.Year;
        var start = new DateOnly(year, 1, 1);
        // sessions spread over the part of the year already past
        DateOnly On(int share) => start.AddDays(Math.Max(0, (today.DayNumber - start.DayNumber) * share / 100));
        var programmes = new[]
        {
            (new TrainingProgramme { Name = "年轻干部“扬帆计划”", Category = "年轻干部", Organizer = "市民政局组织人事处", Year = year, Description = "年轻干部理论学习、岗位练兵和基层锻炼" },
                new[] { ("理论学习专题班", 10, 16m, "市委党校"), ("基层街道跟班锻炼", 40, 24m, "福田街道") }),
            (new TrainingProgramme { Name = "党员干部红色教育培育计划", Category = "党性教育", Organizer = "市民政局机关党委", Year = year, Description = "红色教育基地现场教学" },
                new[] { ("东江纵队纪念馆现场教学", 20, 8m, "东江纵队纪念馆"), ("廉政警示教育", 60, 4m, "市廉政教育基地") }),
            (new TrainingProgramme { Name = "民政专业化人才培养项目", Category = "专业能力", Organizer = "市民政局办公室", Year = year, Description = "民政业务政策与信息化应用" },
                new[] { ("社会救助政策解读", 30, 12m, "市民政局培训室"), ("民政综合服务平台应用培训", 70, 6m, "市民政局培训室") }),
        };
        var attendees = new[] { "city.officer", "futian.district", "city.grassroots", "city.office" };
        var k = 0;
        foreach (var (programme, sessions) in programmes)
        {
            db.TrainingProgrammes.Add(programme);
            foreach (var (title, share, hours, place) in sessions)
            {
                var s = new TrainingSession { ProgrammeId = programme.Id, Title = title, HeldOn = On(share), Hours = hours, Location = place };
                db.TrainingSessions.Add(s);
                foreach (var u in attendees.Where((_, i) => (i + k) % 3 != 0).Where(users.ContainsKey))
                {
                    db.TrainingAttendance.Add(new TrainingAttendance { SessionId = s.Id, UserName = u, DisplayName = users[u].DisplayName, DivisionCode = users[u].Jurisdiction, Hours = hours });
                }
                k++;
            }
        }
    }
}
