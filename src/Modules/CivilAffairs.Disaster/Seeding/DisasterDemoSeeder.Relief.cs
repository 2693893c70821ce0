using CivilAffairs.Disaster.Domain;

namespace CivilAffairs.Disaster.Seeding;

/// <summary>Demo subsidies, goods and winter lists.</summary>
internal sealed partial class DisasterDemoSeeder
{
    private static readonly Dictionary<HouseDamage, decimal> Amounts = new()
    {
        [HouseDamage.Collapsed] = 40000m, [HouseDamage.Severe] = 20000m, [HouseDamage.Moderate] = 5000m,
    };

    private int _subsidy;

    private async Task SubsidiesAsync(DisasterEvent mangkhut, List<AffectedHousehold> mDamaged, DisasterEvent landslide, List<AffectedHousehold> damaged,
        DateOnly today, CancellationToken ct)
    {
        var days = await calendar.GetAsync(ct);
        // 山竹: decided in 2018
        foreach (var (h, i) in mDamaged.Select((h, i) => (h, i)))
        {
            var s = New(mangkhut, h, 2018, Utc(2018, 9, 20, 10).AddHours(i));
            var (from, until) = SubsidyWorkflow.Publicity(days, new DateOnly(2018, 9, 25), 5);
            s.ReviewNote = "经社区民主评议，情况属实";
            s.ReviewedBy = "futian.clerk";
            s.PublicityFrom = from;
            s.PublicityUntil = until;
            s.PublicityDays = 5;
            s.StreetNote = "经入户核查，同意上报";
            s.StreetBy = "futian.street";
            s.DecidedOn = days.AddWorkingDays(until, 5);
            if (i % 9 == 8)
            {
                s.Status = SubsidyStatus.Refused;
                s.RefusedAt = SubsidyStatus.StreetReviewed;
                s.RefusalReason = "核查发现该房屋为出租用途，户主另有自住住房，不符合倒房重建补助条件";
                s.ApprovedBy = "futian.district";
            }
            else
            {
                Approve(s, h.Damage, "futian.district");
            }
        }
        // the landslide: one household at each step (numbered from 1 in its own year)
        _subsidy = 0;
        // per street: 公示 over (awaiting the street), just submitted, 公示 just started, street reviewed, refused, approved
        var steps = new[] { SubsidyStatus.Publicity, SubsidyStatus.Submitted, SubsidyStatus.Publicity, SubsidyStatus.StreetReviewed, SubsidyStatus.Refused, SubsidyStatus.Approved };
        foreach (var (h, i) in damaged.GroupBy(h => h.DivisionCode).SelectMany(g => g.Select((h, i) => (h, i))))
        {
            var status = steps[i % steps.Length];
            var s = New(landslide, h, today.Year, clock.GetUtcNow().UtcDateTime.AddDays(-18 + i));
            s.Nominated = i % 3 == 1;
            if (status == SubsidyStatus.Submitted)
            {
                continue;
            }
            var reviewed = i % steps.Length == 2 ? today.AddDays(-1) : today.AddDays(-16);
            var (from, until) = SubsidyWorkflow.Publicity(days, reviewed, 5);
            s.ReviewNote = "社区民主评议通过（到会居民代表23人，同意21人）";
            s.ReviewedBy = "futian.clerk";
            s.PublicityFrom = from;
            s.PublicityUntil = until;
            s.PublicityDays = 5;
            s.Status = SubsidyStatus.Publicity;
            if (status == SubsidyStatus.Publicity)
            {
                continue;
            }
            s.StreetNote = "公示无异议，经核查同意";
            s.StreetBy = h.DivisionCode.StartsWith("440305", StringComparison.Ordinal) ? "nanshan.street" : "futian.street";
            s.Status = SubsidyStatus.StreetReviewed;
            if (status == SubsidyStatus.Approved)
            {
                s.DecidedOn = today.AddDays(-2);
                Approve(s, h.Damage, "futian.district");
            }
            else if (status == SubsidyStatus.Refused)
            {
                s.Status = SubsidyStatus.Refused;
                s.RefusedAt = SubsidyStatus.StreetReviewed;
                s.RefusalReason = "经鉴定房屋为一般损坏，可申请维修补助，不符合重建条件";
                s.DecidedOn = today.AddDays(-2);
                s.ApprovedBy = "futian.district";
            }
        }
    }

    private ReconstructionSubsidy New(DisasterEvent ev, AffectedHousehold h, int year, DateTime at)
    {
        var s = new ReconstructionSubsidy
        {
            Number = $"CJ-{year}-{++_subsidy:000000}", EventId = ev.Id, HouseholdId = h.Id, DivisionCode = h.DivisionCode, Damage = h.Damage,
            Status = SubsidyStatus.Submitted, SubmittedBy = "futian.clerk", SubmittedAtUtc = at,
        };
        db.Subsidies.Add(s);
        return s;
    }

    private static void Approve(ReconstructionSubsidy s, HouseDamage damage, string by)
    {
        s.Status = SubsidyStatus.Approved;
        s.ApprovedBy = by;
        s.Amount = Amounts[damage];
        s.AmountBasis = $"{DisasterParameters.SubsidyKey(damage)} = {Amounts[damage]:0} 元（2018-01-01 起，4403）；演示数据按推定标准";
    }

    private void Goods(DisasterEvent mangkhut, List<ShelterOpening> mOpenings, List<AffectedHousehold> mHouseholds, DisasterEvent landslide,
        List<ShelterOpening> lOpenings, DateTime now)
    {
        foreach (var (district, name) in WarehouseRows)
        {
            var w = new Warehouse { Name = name, DivisionCode = district, Address = $"{name}（地址推定）" };
            db.Warehouses.Add(w);
            foreach (var (item, unit, stock) in ItemRows)
            {
                var line = new StockItem { WarehouseId = w.Id, DivisionCode = district, Item = item, Unit = unit };
                db.Stock.Add(line);
                var balance = Move(line, MovementKind.Receipt, stock, null, null, null, "市应急管理局调拨", null, Utc(2018, 9, 14, 15));
                foreach (var o in mOpenings.Where(o => o.DivisionCode.StartsWith(district, StringComparison.Ordinal)))
                {
                    var n = Math.Min(balance / 3, Math.Max(1, o.Peak / (unit == "箱" ? 4 : 2)));
                    if (item is "帐篷" or "应急照明灯")
                    {
                        n = Math.Min(balance / 3, 10 + _r.Next(20));
                    }
                    balance = Move(line, MovementKind.Issue, n, mangkhut.Id, o.Id, null, "避灾场所管理员", "黄建华", Utc(2018, 9, 15, 16));
                }
                foreach (var h in mHouseholds.Where(h => h.DivisionCode.StartsWith(district, StringComparison.Ordinal) && h.Damage >= HouseDamage.Severe && item == "棉被"))
                {
                    balance = Move(line, MovementKind.Issue, h.Members, mangkhut.Id, null, h.Id, "受灾户户主", "户主本人", Utc(2018, 9, 18, 10));
                }
                foreach (var o in lOpenings.Where(o => o.DivisionCode.StartsWith(district, StringComparison.Ordinal) && item is "折叠床" or "棉被" or "矿泉水"))
                {
                    balance = Move(line, MovementKind.Issue, Math.Min(balance, 20), landslide.Id, o.Id, null, "社区工作站", "林丽珍", now.AddDays(-19));
                }
                line.Quantity = balance;
            }
        }
    }

    private int Move(StockItem line, MovementKind kind, int quantity, Guid? eventId, Guid? openingId, Guid? householdId, string counterparty, string? signedBy, DateTime at)
    {
        var balance = StockRules.After(line.Quantity, kind, quantity);
        line.Quantity = balance;
        db.Movements.Add(new StockMovement
        {
            StockItemId = line.Id, DivisionCode = line.DivisionCode, Kind = kind, Quantity = quantity, Balance = balance, EventId = eventId, ShelterOpeningId = openingId,
            HouseholdId = householdId, Counterparty = counterparty, SignedBy = signedBy, RecordedBy = "futian.district", AtUtc = at,
        });
        return balance;
    }

    private void Winter(DisasterEvent mangkhut, List<AffectedHousehold> mHouseholds, DateOnly today, DateTime now)
    {
        foreach (var street in new[] { "440304004", "440305001" })
        {
            var l = new WinterReliefList
            {
                DivisionCode = street, Season = "2018-2019", EventId = mangkhut.Id, Status = WinterListStatus.Approved, ReviewedBy = street == "440304004" ? "futian.street" : "nanshan.street",
                ApprovedBy = "futian.district", CreatedBy = "futian.clerk", CreatedAtUtc = Utc(2018, 11, 5, 10),
            };
            foreach (var h in mHouseholds.Where(h => h.DivisionCode == street && h.Damage != HouseDamage.None))
            {
                l.Entries.Add(new WinterReliefEntry
                {
                    DivisionCode = street, HouseholdId = h.Id, HeadName = h.HeadName, HeadIdNumber = h.HeadIdNumber, Members = h.Members,
                    Need = h.Damage == HouseDamage.Moderate ? "衣被" : "房屋修缮", Amount = h.Damage == HouseDamage.Moderate ? 800m : 2000m,
                    AmountBasis = $"{DisasterParameters.WinterCap} = 3000 元（2018-01-01 起）；演示数据",
                });
            }
            db.WinterLists.Add(l);
        }
        var season = today.Month >= 11 ? $"{today.Year}-{today.Year + 1}" : $"{today.Year - 1}-{today.Year}";
        if (season != "2018-2019")
        {
            db.WinterLists.Add(new WinterReliefList { DivisionCode = "440304004", Season = season, CreatedBy = "futian.clerk", CreatedAtUtc = now.AddDays(-3) });
        }
    }
}
