using System.Globalization;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Funeral.Features.Deaths;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Seeding;

/// <summary>
/// The demo year's cremations (Demo:Year): about 17,000 deceased received by the three public homes
/// (the seed's 1.7万 free funerals), spread over the months (winter busier) and the homes, each with
/// the free basic services of the catalogue in force on the date of death and the waiver computed by
/// the same rule as the desk, so the 3230万 total and the ≈1,900 average come from the items; one
/// approved monthly claim per home and month. The recent months belong to <see cref="DeathsDemoSeeder"/>.
/// </summary>
internal sealed class FuneralYearSeeder(FuneralDb db, Catalogue catalogue, DemoOptions demo, TimeProvider clock) : ISeeder
{
    public const int FullYearCases = 17_000;

    /// <summary>RecordedBy of the generated cases: how a second seed knows the year is there.</summary>
    public const string Marker = "demo-year";

    private static readonly string[] Surnames = ["陈", "李", "黄", "张", "王", "林", "刘", "吴", "郑", "杨", "何", "罗", "周", "谢", "邓", "叶", "曾", "钟"];
    private static readonly string[] Given = ["秀英", "桂兰", "建国", "志强", "玉珍", "国华", "淑芬", "永明", "德胜", "金凤", "振华", "美玲", "伟", "芳", "明", "丽华"];
    private static readonly string[] Hospitals = ["深圳市人民医院", "北京大学深圳医院", "深圳市第二人民医院", "香港大学深圳医院", "深圳市宝安区人民医院", "深圳市龙岗中心医院"];
    private static readonly string[] OtherHukou = ["430102", "360102", "450103", "441402", "445202", "420102", "510104"];
    private static readonly string[] Districts = ["440303", "440304", "440305", "440306", "440307", "440309", "440308", "440310", "440311"];
    private static readonly (string Name, decimal Price)[] Extras = [("告别厅升级（中厅）", 800m), ("鲜花布置", 600m), ("骨灰盒（升级款）", 1200m), ("遗体化妆", 300m)];
    private static readonly Dictionary<string, double> HomeShare = new() { ["SZ"] = 0.58, ["BA"] = 0.23, ["LG"] = 0.19 };
    private static readonly double[] MonthWeight = [1.18, 1.12, 1.02, 0.95, 0.92, 0.88, 0.90, 0.91, 0.93, 0.98, 1.04, 1.17];

    private readonly Random _random = new(20180);
    private readonly HashSet<string> _ids = [];

    public int Order => 9040;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        var year = demo.Year;
        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        var today = ChinaTime.Today(clock);
        // the year still running is the narrative demo's
        if (year >= today.Year || await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.RecordedBy == Marker && c.CrematedOn >= start && c.CrematedOn < end, ct))
        {
            return;
        }
        // DeathsDemoSeeder tells the last three months and this one with their open claims
        var recent = new DateOnly(today.Year, today.Month, 1).AddMonths(-3);
        var homes = await db.Homes.IgnoreQueryFilters().Where(h => HomeShare.Keys.Contains(h.Code)).OrderBy(h => h.Code).ToListAsync(ct);
        var counters = await db.CertificateCounters.Where(c => c.Year == year).ToDictionaryAsync(c => c.HomeId, c => c.Last, ct);
        var total = demo.Scale(FullYearCases);
        var weights = MonthWeight.Sum();
        db.Scope.BulkLoad = true;
        try
        {
            for (var m = 1; m <= 12; m++)
            {
                var month = new DateOnly(year, m, 1);
                if (month >= recent)
                {
                    break;
                }
                // before the free basic services began (2012-06-15) there is no catalogue: no waiver to tell
                CatalogueVersionView cat;
                try
                {
                    cat = await catalogue.OnAsync(month, ct);
                }
                catch (BusinessRuleException)
                {
                    continue;
                }
                foreach (var home in homes)
                {
                    var n = (int)Math.Round(total * HomeShare[home.Code] * MonthWeight[m - 1] / weights);
                    var days = DateTime.DaysInMonth(year, m);
                    var dates = Enumerable.Range(0, n).Select(_ => month.AddDays(_random.Next(days))).Order().ToList();
                    var cases = new List<DeathCase>(n);
                    foreach (var cremated in dates)
                    {
                        var next = counters.GetValueOrDefault(home.Id) + 1;
                        counters[home.Id] = next;
                        cases.Add(Case(home, cremated, CaseWork.Format(home.Code, year, next), cat));
                    }
                    var at = month.AddMonths(1).AddDays(5).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
                    var claimed = cases.Where(c => c.WaiverAmount > 0).ToList();
                    var claim = new WaiverClaim
                    {
                        HomeId = home.Id, DivisionCode = home.DivisionCode, Month = month, Status = ClaimStatus.Approved, Cases = claimed.Count,
                        Amount = claimed.Sum(c => c.WaiverAmount), PreparedBy = Clerk(home), PreparedAtUtc = at, SubmittedBy = Clerk(home), SubmittedAtUtc = at,
                        DecidedBy = "city.officer", DecidedAtUtc = at.AddDays(10),
                    };
                    claimed.ForEach(c => c.ClaimId = claim.Id);
                    db.Claims.Add(claim);
                    db.Cases.AddRange(cases);
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }
            foreach (var (homeId, last) in counters)
            {
                var row = await db.CertificateCounters.FindAsync([homeId, year], ct);
                if (row is null)
                {
                    db.CertificateCounters.Add(new CertificateCounter { HomeId = homeId, Year = year, Last = last });
                }
                else
                {
                    row.Last = last;
                    row.Version++;
                }
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    private DeathCase Case(FuneralHome home, DateOnly cremated, string certificate, CatalogueVersionView cat)
    {
        var shenzhen = _random.Next(100) < 68;
        var hukou = shenzhen ? Districts[_random.Next(Districts.Length)] : OtherHukou[_random.Next(OtherHukou.Length)];
        var died = cremated.AddDays(-1 - _random.Next(4));
        string id;
        DateOnly birth;
        do
        {
            birth = new DateOnly(died.Year - 60 - _random.Next(38), 1 + _random.Next(12), 1 + _random.Next(28));
            id = IdNumber.Create(hukou, birth, _random.Next(1, 999));
        }
        while (!_ids.Add(id));
        var hospital = _random.Next(100) < 75;
        var c = new DeathCase
        {
            HomeId = home.Id, DivisionCode = home.DivisionCode, IdNumber = id, Name = Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)],
            Sex = (id[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female, BirthDate = birth, HukouDivisionCode = hukou, DiedOn = died,
            Place = hospital ? DeathPlace.Hospital : DeathPlace.Home, PlaceText = hospital ? Hospitals[_random.Next(Hospitals.Length)] : "家中（深圳市）",
            DiedInShenzhen = true, DeathCertificateNumber = "Q" + died.ToString("yyMM", CultureInfo.InvariantCulture) + _random.Next(100000, 999999),
            Status = CaseStatus.Closed, CrematedOn = cremated, CremationCertificateNumber = certificate, RecordedBy = Marker,
            RecordedAtUtc = died.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc), ClosedAtUtc = cremated.AddDays(7).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
        };
        var order = 0;
        foreach (var item in cat.Items)
        {
            // a quarter of families hold no farewell; the body is kept one to five days (three are free)
            if (item.Code == "farewell" && _random.Next(100) < 25)
            {
                continue;
            }
            var qty = item.Code == "storage" ? 1 + _random.Next(5) : 1m;
            var unit = item.Code == "storage" ? 60m : item.Standard;
            c.Services.Add(new DeliveredService { CaseId = c.Id, ItemCode = item.Code, Name = item.Name, Quantity = qty, UnitPrice = unit, Charged = qty * unit, Order = order++ });
        }
        foreach (var extra in Extras.Where(_ => _random.Next(100) < 20))
        {
            c.Services.Add(new DeliveredService { CaseId = c.Id, Name = extra.Name, Quantity = 1, UnitPrice = extra.Price, Charged = extra.Price, Order = order++ });
        }
        CaseWork.Apply(c, cat);
        return c;
    }

    private static string Clerk(FuneralHome home) => home.Code == "SZ" ? "funeral.home" : "demo." + home.Code.ToLowerInvariant();
}
