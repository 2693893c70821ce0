using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Shared;
using CivilAffairs.SocialWork.Features.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Seeding;

/// <summary>
/// Demo data of seed section 七: the registered social-work organizations from the social-organization
/// register plus district service centres, and generated social workers whose in-post full-time counts
/// reproduce the seed's 597 mental-health and 528 drug-rehabilitation social workers; other fields are
/// plausible; a few have left (so the counts are filtered, not stored). Peer counsellors of the
/// drug-rehabilitation model and continuing education for this year. All persons are fictitious. The
/// mental-health and drug-rehabilitation workers were in post by the end of the demo year (Demo:Year),
/// whose summary cites them.
/// </summary>
internal sealed class WorkforceSeeder(SocialWorkDb db, ISocialOrgDirectory register, DemoOptions demo, TimeProvider clock) : ISeeder
{
    public const int MentalHealth = 597;
    public const int DrugRehab = 528;

    /// <summary>Street postings by district; 福华社区 gets its own so that the community account sees its workers.</summary>
    private static readonly string[] Postings =
    [
        "440303001", "440303002", "440304001", "440304002", "440304004", "440304004022", "440305001", "440305002", "440306017", "440306018",
        "440307003", "440307006", "440308001", "440308002", "440309001", "440309002", "440310001", "440310002", "440311001", "440311002",
    ];

    private static readonly (SwField Field, int InPost, int Left)[] Plan =
    [
        (SwField.MentalHealth, MentalHealth, 11), (SwField.DrugRehab, DrugRehab, 9), (SwField.Community, 860, 40), (SwField.Elderly, 320, 12),
        (SwField.Disability, 170, 6), (SwField.Education, 150, 5), (SwField.Medical, 110, 4), (SwField.Youth, 130, 5), (SwField.Family, 100, 3),
        (SwField.Corrections, 80, 2),
    ];

    private static readonly (string Name, string Division)[] Centres =
    [
        ("宝安区新安社会工作服务总站", "440306017"), ("盐田区梅沙社会工作服务站", "440308001"), ("龙华区观湖社会工作服务中心", "440309001"),
        ("坪山区坪山社会工作服务站", "440310001"), ("光明区光明社会工作服务站", "440311001"),
    ];

    public int Order => 106;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.Workers.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var orgs = new List<SwOrganization>();
        foreach (var o in (await register.SearchAsync("社工", 50, ct)).Where(o => o.Active))
        {
            orgs.Add(new SwOrganization
            {
                CreditCode = o.CreditCode, Name = o.Name, DivisionCode = o.DivisionCode, Fields = "Community,Elderly,MentalHealth,DrugRehab,Youth",
                StationsRun = 6, DeclaredHeadcount = 0, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        orgs.AddRange(Centres.Select(c => new SwOrganization
        {
            Name = c.Name, DivisionCode = c.Division, Fields = "Community,Elderly,Family", StationsRun = 4, CreatedBy = "system", CreatedAtUtc = now,
        }));
        db.Organizations.AddRange(orgs);

        var people = new DemoPeople(2018, 0);
        var rng = people.Rng;
        var workers = new List<SocialWorker>();
        foreach (var (field, inPost, left) in Plan)
        {
            for (var i = 0; i < inPost + left; i++)
            {
                var posting = Postings[rng.Next(Postings.Length)];
                // workers are employed by an organization of their district where there is one
                var district = posting[..6];
                var employers = orgs.Where(o => o.DivisionCode.StartsWith(district, StringComparison.Ordinal)).ToList();
                var employer = employers.Count > 0 ? employers[rng.Next(employers.Count)] : orgs[rng.Next(orgs.Count)];
                var q = rng.Next(100) switch { < 12 => SwQualification.None, < 62 => SwQualification.Assistant, < 96 => SwQualification.Intermediate, _ => SwQualification.Senior };
                var certYear = q == SwQualification.None ? (int?)null : 2008 + rng.Next(today.Year - 2008);
                // the seed counts 597 and 528 at the end of the demo year: those two fields were staffed by then, and their leavers left before it
                var seedField = field is SwField.MentalHealth or SwField.DrugRehab;
                var yearEnd = new DateOnly(demo.Year, 12, 31) < today ? new DateOnly(demo.Year, 12, 31) : today;
                var hired = seedField ? yearEnd.AddDays(-rng.Next(i >= inPost ? 400 : 0, 2500)) : today.AddDays(-rng.Next(60, 3650));
                var w = new SocialWorker
                {
                    Name = people.Name(), IdNumber = people.IdNumber("440304", 1970, 28), Qualification = q, Field = field,
                    FullTime = field is SwField.MentalHealth or SwField.DrugRehab || rng.Next(10) > 0,
                    CertificateNumber = certYear is { } cy ? $"{cy}{(int)q:D1}44{rng.Next(100000, 999999)}" : null, CertificateYear = certYear,
                    OrganizationId = employer.Id, DivisionCode = posting, HiredOn = hired, CreatedBy = "system", CreatedAtUtc = now,
                };
                if (i >= inPost)
                {
                    w.Status = WorkerStatus.Left;
                    w.LeftOn = hired.AddDays(rng.Next(1, Math.Max(2, (seedField ? yearEnd : today).DayNumber - hired.DayNumber)));
                }
                workers.Add(w);
            }
        }
        db.Workers.AddRange(workers);
        foreach (var o in orgs)
        {
            o.DeclaredHeadcount = workers.Count(w => w.OrganizationId == o.Id && w.Status == WorkerStatus.InPost) + rng.Next(0, 8);
        }

        // continuing education of this year: most on track, some short of the yearly hours
        foreach (var w in workers.Where(w => w.Status == WorkerStatus.InPost && w.Qualification != SwQualification.None).Take(400))
        {
            var courses = rng.Next(0, 5);
            for (var c = 0; c < courses; c++)
            {
                db.CeRecords.Add(new CeRecord
                {
                    WorkerId = w.Id, DivisionCode = w.DivisionCode, CompletedOn = new DateOnly(today.Year, 1, 1).AddDays(rng.Next(Math.Max(1, today.DayOfYear))),
                    Course = Courses[rng.Next(Courses.Length)], Hours = 12 + 6 * rng.Next(0, 4), RecordedBy = "system",
                });
            }
        }

        // peer counsellors: the drug-rehabilitation model (康复人员朋辈辅导员)
        var drug = workers.Where(w => w.Field == SwField.DrugRehab && w.Status == WorkerStatus.InPost).Take(60).ToList();
        foreach (var w in drug)
        {
            db.PeerCounsellors.Add(new PeerCounsellor
            {
                Name = people.Name(), WorkerId = w.Id, DivisionCode = w.DivisionCode, StartedOn = today.AddDays(-rng.Next(30, 1500)), Sessions = rng.Next(3, 80),
                CreatedBy = "system",
            });
        }

        db.Scope.BulkLoad = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    private static readonly string[] Courses = ["精神障碍社区康复服务实务", "禁毒社会工作专业督导", "社会工作伦理与法规", "个案管理与评估", "社区营造与居民参与",
        "老年社会工作实务", "危机干预技术", "儿童保护与家庭支持"];
}
