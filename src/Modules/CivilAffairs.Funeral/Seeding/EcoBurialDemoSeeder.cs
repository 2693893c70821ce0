using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Funeral.Features.EcoBurial;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Seeding;

/// <summary>
/// Demo eco-burials from October 2018 to now: five to six sea-burial voyages a year (45 or so in all) (spring and
/// autumn, around 清明 and 冬至), each with a handful of the applications entered here, some tree
/// and lawn burials, paid monthly batches, recent approvals not yet paid, a few pending and a few
/// refused. Fictitious persons with valid check digits. Idempotent (any voyage is the marker).
/// </summary>
internal sealed class EcoBurialDemoSeeder(FuneralDb db, EcoBurialPolicyReader policies, TimeProvider clock)
{
    private static readonly string[] Surnames = ["陈", "李", "张", "黄", "林", "刘", "吴", "王", "郑", "杨", "何", "周", "罗", "梁", "谢", "邓"];
    private static readonly string[] Given = ["志强", "秀英", "建华", "桂芳", "伟明", "丽珍", "国平", "玉兰", "永昌", "淑贞", "少雄", "惠芬", "锦荣", "美玲", "海生", "月娥"];
    private static readonly string[] Vessels = ["鹏城海葬1号", "深圳海事礼宾船", "大鹏湾号"];
    private static readonly string[] Banks = ["中国工商银行深圳分行", "中国建设银行深圳分行", "中国银行深圳分行", "招商银行深圳分行", "中国农业银行深圳分行"];
    private static readonly string[] Offices = ["440303", "440303", "440303", "440304", "440305", "440306", "440307"];
    private static readonly string[] Outside = ["430102", "360102", "441302", "445202", "450102"];

    private readonly Random _r = new(20181001);
    private int _seq;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.SeaBurialEvents.AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Scope.BulkLoad = true;
        var apps = new List<EcoBurialApplication>();
        var n = 0;
        foreach (var date in VoyageDates(new DateOnly(2018, 10, 1), today.AddDays(45)))
        {
            var ev = new SeaBurialEvent
            {
                Sequence = ++n, Date = date, Vessel = Vessels[n % Vessels.Length], AshesCapacity = 300, PassengerSeats = 600,
                Status = date < today ? SeaBurialStatus.Done : SeaBurialStatus.Planned, CreatedAtUtc = now,
                Note = date.Month == 4 ? "清明海葬" : date.Month == 12 ? "冬至海葬" : null,
            };
            var count = date < today ? _r.Next(4, 9) : _r.Next(1, 3);
            for (var i = 0; i < count; i++)
            {
                var a = Application(BurialType.Sea, date, today, now);
                var companions = _r.Next(0, 6);
                for (var c = 0; c < companions; c++)
                {
                    a.Companions.Add(new EcoBurialCompanion { Name = Name(), IdNumber = IdNumber.Create("440304", new DateOnly(1970, 1, 1).AddDays(_r.Next(0, 9000)), Seq()) });
                }
                var seats = await policies.SeatsAsync(date, a.DivisionCode, ct);
                var charge = EcoBurialRules.Seats(companions, seats);
                a.SeaBurialEventId = ev.Id;
                a.ExtraSeats = charge.ExtraSeats;
                a.ExtraSeatFee = charge.Fee;
                a.SeatBasis = string.Join("；", seats.Used);
                ev.AshesTaken++;
                ev.SeatsTaken += companions;
                apps.Add(a);
            }
            db.SeaBurialEvents.Add(ev);
        }
        // tree and lawn burials at 大鹏湾华侨墓园's eco area, around 清明 and in autumn
        for (var d = new DateOnly(2018, 11, 10); d < today; d = d.AddDays(_r.Next(40, 80)))
        {
            apps.Add(Application(_r.Next(4) == 0 ? BurialType.Lawn : BurialType.Tree, d, today, now));
        }
        await DecideAsync(apps, today, ct);
        db.EcoBurials.AddRange(apps);
        Batches(apps, today, now);
        await db.SaveChangesAsync(ct);
        db.Scope.BulkLoad = false;
    }

    private static IEnumerable<DateOnly> VoyageDates(DateOnly from, DateOnly to)
    {
        for (var y = from.Year; y <= to.Year; y++)
        {
            // 2020: the spring voyages were called off (epidemic); two in autumn
            int[] months = y == 2020 ? [9, 11] : y < 2021 ? [3, 4, 6, 10, 12] : [3, 4, 6, 9, 10, 12];
            foreach (var m in months)
            {
                var d = new DateOnly(y, m, 1);
                while (d.DayOfWeek != DayOfWeek.Saturday)
                {
                    d = d.AddDays(1);
                }
                d = d.AddDays(7);
                if (d >= from && d <= to)
                {
                    yield return d;
                }
            }
        }
    }

    private EcoBurialApplication Application(BurialType type, DateOnly burial, DateOnly today, DateTime now)
    {
        var shenzhen = _r.Next(10) < 8;
        var hukou = shenzhen ? EcoBurialNames.Districts[_r.Next(EcoBurialNames.Districts.Length)].Code : Outside[_r.Next(Outside.Length)];
        var died = burial.AddDays(-_r.Next(12, 90));
        var birth = new DateOnly(1928, 1, 1).AddDays(_r.Next(0, 365 * 35));
        var surname = Surnames[_r.Next(Surnames.Length)];
        var accepted = burial.AddDays(-_r.Next(3, 10));
        if (accepted > today)
        {
            accepted = today;
        }
        return new EcoBurialApplication
        {
            Number = "EB" + accepted.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + (++_seq).ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            DivisionCode = Offices[_r.Next(Offices.Length)], Status = EcoBurialStatus.Submitted, BurialType = type,
            DeceasedIdNumber = IdNumber.Create(hukou, birth, Seq()), DeceasedName = surname + Given[_r.Next(Given.Length)],
            HukouDivisionCode = hukou, ShenzhenHukou = shenzhen, DateOfDeath = died,
            CertificateNumber = $"SZ{died.Year}H{_r.Next(10000, 99999)}",
            ApplicantIdNumber = IdNumber.Create(shenzhen ? hukou : "440304", birth.AddYears(26).AddDays(_r.Next(0, 3000)), Seq()),
            ApplicantName = surname + Given[_r.Next(Given.Length)], ApplicantPhone = "13" + _r.Next(100000000, 999999999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Relationship = _r.Next(10) < 8 ? "子女" : "配偶",
            BankName = Banks[_r.Next(Banks.Length)], BankAccount = "6222" + _r.NextInt64(100000000000000, 999999999999999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            BurialDate = burial, CemeteryName = type == BurialType.Sea ? null : "大鹏湾华侨墓园生态安葬区",
            PaperCertificate = true, PaperApplicantId = true, PaperRelationship = true, PaperCompanionIds = true, PaperHukouBook = shenzhen,
            AcceptedOn = accepted, AcceptedBy = "demo", CreatedAtUtc = now,
        };
    }

    /// <summary>Burials more than ten days ago are decided (one in thirty refused); the last weeks stay pending.</summary>
    private async Task DecideAsync(List<EcoBurialApplication> apps, DateOnly today, CancellationToken ct)
    {
        foreach (var a in apps.Where(a => a.BurialDate!.Value.AddDays(10) < today))
        {
            a.DecidedOn = a.BurialDate!.Value.AddDays(_r.Next(5, 10));
            a.DecidedBy = "demo";
            if (_r.Next(30) == 0)
            {
                a.Status = EcoBurialStatus.Rejected;
                a.RejectReason = "申请人提交的关系证明与逝者信息不符，经补正仍未能提供有效证明";
                a.RewardAmount = 0m;
                continue;
            }
            var decision = EcoBurialRules.Reward(a.BurialType, a.HukouDivisionCode, a.OrganisedByCivilAffairs, a.BurialDate.Value,
                await policies.RewardAsync(a.BurialDate.Value, a.DivisionCode, ct));
            a.Status = EcoBurialStatus.Approved;
            a.RewardAmount = decision.Amount;
            a.RewardReason = decision.Reason;
            a.RewardBasis = decision.Basis?.ToString();
        }
    }

    /// <summary>Each office's approvals of a month are paid in one batch the next month, up to last month.</summary>
    private void Batches(List<EcoBurialApplication> apps, DateOnly today, DateTime now)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var due = apps.Where(a => a.Status == EcoBurialStatus.Approved && a.RewardAmount > 0m)
            .GroupBy(a => (a.DivisionCode, Month: new DateOnly(a.DecidedOn!.Value.Year, a.DecidedOn.Value.Month, 1)))
            .Where(g => g.Key.Month < thisMonth.AddMonths(-1));
        foreach (var g in due)
        {
            var paidOn = g.Key.Month.AddMonths(1).AddDays(14);
            var batch = new EcoRewardBatch
            {
                DivisionCode = g.Key.DivisionCode, Month = g.Key.Month, Count = g.Count(), Total = g.Sum(a => a.RewardAmount ?? 0m), Status = PaymentBatchStatus.Paid,
                PreparedBy = "demo", PreparedAtUtc = now, PaidOn = paidOn, PaidBy = "demo",
            };
            batch.Number = $"ST{g.Key.Month:yyyyMM}-{g.Key.DivisionCode}-{batch.Id.ToString("N")[^4..].ToUpperInvariant()}";
            foreach (var a in g)
            {
                a.PaymentBatchId = batch.Id;
                a.Status = EcoBurialStatus.Paid;
                a.PaidOn = paidOn;
            }
            db.EcoRewardBatches.Add(batch);
        }
    }

    private string Name() => Surnames[_r.Next(Surnames.Length)] + Given[_r.Next(Given.Length)];

    private int Seq() => _r.Next(100, 999);
}
