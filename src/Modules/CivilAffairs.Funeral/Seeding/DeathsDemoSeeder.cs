using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Funeral.Features.Deaths;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Seeding;

/// <summary>
/// Demo data of the desk: a sample of cases with their services for the last three months and this
/// month (about 50 a month, not Shenzhen's real ~1,400), claims approved for the months before last
/// and submitted for last month. The demo year (the seed's 17,000 free funerals) is <see cref="FuneralYearSeeder"/>'s.
/// </summary>
internal sealed class DeathsDemoSeeder(FuneralDb db, Catalogue catalogue, TimeProvider clock)
{
    private static readonly string[] Surnames = ["陈", "李", "黄", "张", "王", "林", "刘", "吴", "郑", "杨", "何", "罗", "周", "谢", "邓", "叶", "曾", "钟"];
    private static readonly string[] Given = ["秀英", "桂兰", "建国", "志强", "玉珍", "国华", "淑芬", "永明", "德胜", "金凤", "振华", "美玲", "伟", "芳", "明", "丽华"];
    private static readonly string[] Hospitals = ["深圳市人民医院", "北京大学深圳医院", "深圳市第二人民医院", "香港大学深圳医院", "深圳市宝安区人民医院", "深圳市龙岗中心医院"];
    private static readonly string[] OtherHukou = ["430102", "360102", "450103", "441402", "445202", "420102", "510104"];
    private static readonly string[] Districts = ["440303", "440304", "440305", "440306", "440307", "440309", "440308"];
    private static readonly (string Name, decimal Price)[] Extras = [("告别厅升级（中厅）", 800m), ("鲜花布置", 600m), ("骨灰盒（升级款）", 1200m), ("遗体化妆", 300m)];

    private static readonly Dictionary<string, int> CasesPerMonth = new() { ["SZ"] = 28, ["BA"] = 12, ["LG"] = 10 };

    private readonly Random _random = new(20181);
    private readonly HashSet<string> _ids = [];
    private readonly Dictionary<(Guid Home, int Year), int> _counters = [];

    private int Next(Guid home, int year) => _counters[(home, year)] = _counters.GetValueOrDefault((home, year)) + 1;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Claims.IgnoreQueryFilters().AnyAsync(ct) || await db.Cases.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var homes = await db.Homes.IgnoreQueryFilters().OrderBy(h => h.Code).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Scope.BulkLoad = true;
        try
        {
            await SeedRecentAsync(homes, now, ct);
            db.CertificateCounters.AddRange(_counters.Select(c => new CertificateCounter { HomeId = c.Key.Home, Year = c.Key.Year, Last = c.Value }));
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    private async Task SeedRecentAsync(List<FuneralHome> homes, DateTime now, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var cases = new List<DeathCase>();
        for (var back = 3; back >= 0; back--)
        {
            var month = thisMonth.AddMonths(-back);
            foreach (var home in homes.Where(h => CasesPerMonth.ContainsKey(h.Code)))
            {
                var days = back == 0 ? today.Day : month.AddMonths(1).AddDays(-1).Day;
                var n = back == 0 ? CasesPerMonth[home.Code] * today.Day / 31 : CasesPerMonth[home.Code];
                for (var i = 0; i < n; i++)
                {
                    cases.Add(await CaseAsync(home, month.AddDays(_random.Next(days)), today, now, ct));
                }
            }
        }
        // claimed by cremation month: approved for the months before last, last month's awaits approval, this month's is not claimed yet
        for (var back = 3; back >= 1; back--)
        {
            var month = thisMonth.AddMonths(-back);
            var end = month.AddMonths(1);
            var at = end.AddDays(3).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            foreach (var home in homes)
            {
                var claimable = cases.Where(c => c.HomeId == home.Id && c.WaiverAmount > 0 && c.CrematedOn >= month && c.CrematedOn < end).ToList();
                if (claimable.Count == 0)
                {
                    continue;
                }
                var claim = new WaiverClaim
                {
                    HomeId = home.Id, DivisionCode = home.DivisionCode, Month = month, Status = back >= 2 ? ClaimStatus.Approved : ClaimStatus.Submitted,
                    Cases = claimable.Count, Amount = claimable.Sum(c => c.WaiverAmount), PreparedBy = Clerk(home), PreparedAtUtc = at,
                    SubmittedBy = Clerk(home), SubmittedAtUtc = at, DecidedBy = back >= 2 ? "city.officer" : null,
                    DecidedAtUtc = back >= 2 ? at.AddDays(7) : null,
                };
                db.Claims.Add(claim);
                claimable.ForEach(c => c.ClaimId = claim.Id);
            }
        }
    }

    private async Task<DeathCase> CaseAsync(FuneralHome home, DateOnly diedOn, DateOnly today, DateTime now, CancellationToken ct)
    {
        var shenzhen = _random.Next(100) < 68;
        var hukou = shenzhen ? Districts[_random.Next(Districts.Length)] : OtherHukou[_random.Next(OtherHukou.Length)];
        string id;
        do
        {
            var birth = new DateOnly(1928 + _random.Next(40), 1 + _random.Next(12), 1 + _random.Next(28));
            id = IdNumber.Create(hukou, birth, _random.Next(1, 999));
        }
        while (!_ids.Add(id));
        IdNumber.TryParse(id, today, null, out var info, out _);
        var hospital = _random.Next(100) < 75;
        var cremated = diedOn.AddDays(1 + _random.Next(4));
        var c = new DeathCase
        {
            HomeId = home.Id, DivisionCode = home.DivisionCode, IdNumber = id, Name = Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)],
            Sex = info!.Sex, BirthDate = info.BirthDate, HukouDivisionCode = hukou, DiedOn = diedOn,
            Place = hospital ? DeathPlace.Hospital : DeathPlace.Home, PlaceText = hospital ? Hospitals[_random.Next(Hospitals.Length)] : "家中（深圳市）",
            DiedInShenzhen = true, DeathCertificateNumber = "Q" + diedOn.ToString("yyMM", System.Globalization.CultureInfo.InvariantCulture) + _random.Next(100000, 999999),
            Status = CaseStatus.Recorded, RecordedBy = Clerk(home), RecordedAtUtc = diedOn.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
        };
        var cat = await catalogue.OnAsync(diedOn, ct);
        var order = 0;
        foreach (var item in cat.Items)
        {
            var qty = item.Code == "storage" ? 1 + _random.Next(5) : 1m;
            var unit = item.Code == "storage" ? 60m : item.Standard;
            c.Services.Add(new DeliveredService { CaseId = c.Id, ItemCode = item.Code, Name = item.Name, Quantity = qty, UnitPrice = unit, Charged = qty * unit, Order = order++ });
        }
        foreach (var extra in Extras.Where(_ => _random.Next(100) < 30))
        {
            c.Services.Add(new DeliveredService { CaseId = c.Id, Name = extra.Name, Quantity = 1, UnitPrice = extra.Price, Charged = extra.Price, Order = order++ });
        }
        if (cremated < today)
        {
            c.CrematedOn = cremated;
            c.CremationCertificateNumber = CaseWork.Format(home.Code, cremated.Year, Next(home.Id, cremated.Year));
            c.Status = cremated < today.AddDays(-7) ? CaseStatus.Closed : CaseStatus.Cremated;
            c.ClosedAtUtc = c.Status == CaseStatus.Closed ? now : null;
        }
        CaseWork.Apply(c, cat);
        db.Cases.Add(c);
        db.DeathNotices.Add(new DeathNotice
        {
            CaseId = c.Id, DivisionCode = c.DivisionCode, IdNumber = c.IdNumber, DiedOn = diedOn, Source = DemoSource, CreatedAtUtc = c.RecordedAtUtc,
            DispatchedAtUtc = c.RecordedAtUtc, Attempts = 0, OutcomesJson = "[]",
        });
        return c;
    }

    // the demo account works at 深圳市殡仪馆; the other homes' clerks have no account in the demo
    private static string Clerk(FuneralHome home) => home.Code == "SZ" ? "funeral.home" : "demo." + home.Code.ToLowerInvariant();

    public const string DemoSource = "demo:演示数据，未向其他模块发布";
}
