namespace CivilAffairs.ElderCare.Domain;

/// <summary>The facts the tier rule needs, taken from ElderFacts.</summary>
internal sealed record HomeCareFacts(int Age, bool ShenzhenHukou, bool Dibao, bool NeedsFullCare, bool CareCertified, bool ThreeNo, bool Entitled);

/// <summary>The parameter values the tier rule uses.</summary>
internal sealed record HomeCareRates(int MinAge, decimal DibaoFullCare, decimal FullCare, decimal Priority);

/// <summary>The chosen tier and amount, or the reason nothing applies.</summary>
internal sealed record TierResult(HomeCareTier? Tier, decimal Amount, string Reason);

/// <summary>Split of one elder's month: the subsidy pays up to the entitlement, the elder the rest.</summary>
internal sealed record CapSplit(decimal Subsidised, decimal SelfPaid);

/// <summary>
/// 居家养老服务补贴 (rules §6): 低保 + 介护 500, 介护 300, 三无 / 低保 / 优抚 300 a month; only the
/// highest single line is paid (就高不就低，不重复); 介护 counts only with a hospital diagnosis.
/// </summary>
internal static class HomeCareRules
{
    public static string TierName(HomeCareTier t) => t switch
    {
        HomeCareTier.DibaoFullCare => "低保且介护",
        HomeCareTier.FullCare => "非低保介护",
        _ => "三无、低保或优抚老人",
    };

    public static TierResult SelectTier(HomeCareFacts f, HomeCareRates r)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(r);
        if (!f.ShenzhenHukou)
        {
            return new(null, 0, "居家养老服务补贴仅限深圳户籍老年人，该居民非深圳户籍");
        }
        if (f.Age < r.MinAge)
        {
            return new(null, 0, $"申请人未满{r.MinAge}周岁（现{f.Age}周岁）");
        }
        var fullCare = f.NeedsFullCare && f.CareCertified;
        var lines = new List<(HomeCareTier Tier, decimal Amount)>();
        if (fullCare && f.Dibao)
        {
            lines.Add((HomeCareTier.DibaoFullCare, r.DibaoFullCare));
        }
        if (fullCare && !f.Dibao)
        {
            lines.Add((HomeCareTier.FullCare, r.FullCare));
        }
        if (f.ThreeNo || f.Dibao || f.Entitled)
        {
            lines.Add((HomeCareTier.Priority, r.Priority));
        }
        if (lines.Count == 0)
        {
            var why = f.NeedsFullCare && !f.CareCertified
                ? "评估为介护但未取得市、区医院的诊断证明，介护档不能适用；且不属于三无、低保或优抚老人"
                : "不属于低保介护、介护、三无、低保或优抚老人中的任何一类";
            return new(null, 0, "不符合居家养老服务补贴条件：" + why);
        }
        // the highest single line only (就高不就低，不重复); on a tie the more specific (earlier) one
        var best = lines.OrderByDescending(l => l.Amount).ThenBy(l => l.Tier).First();
        var also = lines.Count > 1 ? $"；同时符合{lines.Count}项，按就高不就低只享受一项" : "";
        return new(best.Tier, best.Amount, $"适用“{TierName(best.Tier)}”档，每月{best.Amount:0.##}元{also}");
    }

    /// <summary>Price of one visit: hourly price × minutes / 60, rounded to the fen.</summary>
    public static decimal Price(decimal hourly, int minutes) => Math.Round(hourly * minutes / 60m, 2, MidpointRounding.AwayFromZero);

    /// <summary>The subsidy pays the month's subsidisable amount up to the entitlement; the rest (and every self-paid order) is the elder's.</summary>
    public static CapSplit Cap(decimal subsidisable, decimal selfPaidOrders, decimal entitlement)
    {
        var paid = Math.Min(Math.Max(subsidisable, 0), Math.Max(entitlement, 0));
        return new(paid, subsidisable - paid + selfPaidOrders);
    }

    /// <summary>Whether two visits on the same day overlap in time.</summary>
    public static bool Overlaps(TimeOnly aStart, int aMinutes, TimeOnly bStart, int bMinutes)
    {
        var a0 = aStart.ToTimeSpan();
        var b0 = bStart.ToTimeSpan();
        return a0 < b0 + TimeSpan.FromMinutes(bMinutes) && b0 < a0 + TimeSpan.FromMinutes(aMinutes);
    }

    public static DateOnly MonthStart(DateOnly d) => new(d.Year, d.Month, 1);
}
