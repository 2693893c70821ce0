namespace CivilAffairs.Assistance.Domain;

public enum Programme
{
    /// <summary>最低生活保障 低保</summary>
    Mlg,

    /// <summary>低收入家庭认定</summary>
    LowIncome,

    /// <summary>特困人员救助供养</summary>
    ExtremePoverty,
}

/// <summary>A member as the rules see it: age already derived, income already itemised.</summary>
internal sealed record Member(int Age, decimal Income, IReadOnlyList<(string Kind, decimal Amount)> IncomeItems, int? DisabilityGrade,
    bool SeriousIllness, bool Student, bool ShenzhenHukou, int? AdlNotAchieved);

internal sealed record Assets(decimal FinancialAssets, int ResidentialUnits, int NonResidentialUnits, int Vehicles, int BusinessRegistrations);

/// <summary>The parameter values in force on the calculation date (see <see cref="AssistanceParameters"/>).</summary>
internal sealed record Policy(decimal Standard, decimal LowIncomeRatio, decimal? ExtremePovertyRatio, int FinancialAssetMonths,
    int MaxResidentialUnits, int MaxNonResidentialUnits, int MaxVehicles, int MaxBusinessRegistrations, IReadOnlySet<string> ExcludedIncomeKinds,
    decimal AddOnElderlyPct, decimal AddOnMinorPct, decimal AddOnSevereDisabilityPct, decimal AddOnSeriousIllnessPct, decimal AddOnStudentPct,
    int ElderlyAge, decimal CarePartial, decimal CareFull);

internal sealed record BreakdownLine(string Item, decimal Amount);

internal sealed record MeansTestResult(decimal Standard, decimal Threshold, int HouseholdSize, decimal CountedIncome, decimal PerCapitaIncome,
    bool Eligible, IReadOnlyList<string> Reasons, decimal MonthlyBenefit, IReadOnlyList<BreakdownLine> Breakdown);

/// <summary>
/// The means test and benefit rules of 低保 / 低收入 / 特困 (rules doc §1–2). Pure: the same object
/// serves the trial calculation, applications and payment runs.
/// </summary>
internal static class MeansTest
{
    public static decimal Money(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);

    /// <summary>Linked thresholds are rounded up to a whole yuan (1365 × 1.5 = 2047.5 → 2048).</summary>
    public static decimal WholeYuanUp(decimal v) => Math.Ceiling(v);

    public static MeansTestResult Calculate(Programme programme, IReadOnlyList<Member> members, Assets assets, Policy p)
    {
        var size = members.Count;
        var counted = members.Sum(m => CountedIncome(m, p));
        var perCapita = Money(counted / size);
        var threshold = Threshold(programme, p);
        var reasons = new List<string>();
        if (!members.Any(m => m.ShenzhenHukou))
        {
            reasons.Add("家庭成员中没有深圳户籍人员，不符合申请条件");
        }
        reasons.AddRange(EconomicReasons(programme, size, counted, assets, p));
        if (programme == Programme.ExtremePoverty && !IsExtremePovertyCategory(members[0], p))
        {
            reasons.Add("特困人员须为老年人、残疾人或未满16周岁的未成年人（按申请人，即第1名成员）");
        }
        var breakdown = new List<BreakdownLine>();
        var benefit = 0m;
        if (reasons.Count == 0)
        {
            switch (programme)
            {
                case Programme.Mlg:
                    var gap = Money(p.Standard * size - counted);
                    breakdown.Add(new($"差额补助：({p.Standard:0.##} − {perCapita:0.00}) × {size}人", gap));
                    benefit = gap + AddOns(members, p, breakdown);
                    break;
                case Programme.LowIncome:
                    breakdown.Add(new("认定为低收入家庭（享受专项救助，不发放差额补助金）", 0m));
                    break;
                default:
                    breakdown.Add(new($"基本生活供养金：{p.ExtremePovertyRatio:0.##} × 低保标准 {p.Standard:0.##}，取整", threshold));
                    var care = CareAllowance(members[0], p, out var level);
                    breakdown.Add(new($"照料护理费：{level}", care));
                    benefit = threshold + care;
                    break;
            }
        }
        return new MeansTestResult(p.Standard, threshold, size, Money(counted), perCapita, reasons.Count == 0, reasons, Money(benefit), breakdown);
    }

    /// <summary>Excluded kinds (assistance itself, awards, subsidies) do not count as income.</summary>
    public static decimal CountedIncome(Member m, Policy p) =>
        m.IncomeItems.Count == 0 ? m.Income : m.IncomeItems.Where(i => !p.ExcludedIncomeKinds.Contains(i.Kind)).Sum(i => i.Amount);

    /// <summary>The income threshold of a programme: the standard, or the standard times its ratio rounded up.</summary>
    public static decimal Threshold(Programme programme, Policy p) => programme switch
    {
        Programme.Mlg => p.Standard,
        Programme.LowIncome => WholeYuanUp(p.Standard * p.LowIncomeRatio),
        _ => WholeYuanUp(p.Standard * (p.ExtremePovertyRatio ?? 0)),
    };

    /// <summary>
    /// The income and asset tests alone (特困 has no asset test): what the economic cross-check
    /// (核对) verifies from external data, with the same wording as the calculation.
    /// </summary>
    public static IReadOnlyList<string> EconomicReasons(Programme programme, int size, decimal countedIncome, Assets assets, Policy p)
    {
        var reasons = new List<string>();
        var threshold = Threshold(programme, p);
        // compared on the exact amounts; the rounded per-capita figure is for display
        if (countedIncome >= threshold * size)
        {
            reasons.Add($"家庭月人均收入 {Money(countedIncome / size):0.00} 元，不低于{Label(programme)} {threshold:0.##} 元");
        }
        if (programme != Programme.ExtremePoverty)
        {
            AssetReasons(assets, size, p, reasons);
        }
        return reasons;
    }

    private static void AssetReasons(Assets a, int size, Policy p, List<string> reasons)
    {
        var cap = p.FinancialAssetMonths * p.Standard;
        if (a.FinancialAssets / size > cap)
        {
            reasons.Add($"人均金融资产 {Money(a.FinancialAssets / size):0.00} 元，超过 {p.FinancialAssetMonths} 个月低保标准（{cap:0.##} 元）");
        }
        if (a.ResidentialUnits > p.MaxResidentialUnits)
        {
            reasons.Add($"拥有住宅 {a.ResidentialUnits} 套，超过 {p.MaxResidentialUnits} 套");
        }
        if (a.NonResidentialUnits > p.MaxNonResidentialUnits)
        {
            reasons.Add($"拥有非住宅房产（商铺、车位、写字楼等）{a.NonResidentialUnits} 处");
        }
        if (a.Vehicles > p.MaxVehicles)
        {
            reasons.Add($"拥有机动车 {a.Vehicles} 辆（残疾人代步车、燃油摩托车、电动自行车除外）");
        }
        if (a.BusinessRegistrations > p.MaxBusinessRegistrations)
        {
            reasons.Add($"家庭成员名下有商事登记 {a.BusinessRegistrations} 个");
        }
    }

    /// <summary>分类施保: each member gets the highest add-on of the categories they are in.</summary>
    private static decimal AddOns(IReadOnlyList<Member> members, Policy p, List<BreakdownLine> breakdown)
    {
        var total = 0m;
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var options = new List<(string Name, decimal Pct)>();
            if (m.Age >= p.ElderlyAge) { options.Add(("老年人", p.AddOnElderlyPct)); }
            if (m.Age < 18) { options.Add(("未成年人", p.AddOnMinorPct)); }
            if (m.DisabilityGrade is 1 or 2) { options.Add(("重度残疾", p.AddOnSevereDisabilityPct)); }
            if (m.SeriousIllness) { options.Add(("重特大疾病", p.AddOnSeriousIllnessPct)); }
            if (m.Student) { options.Add(("在校学生", p.AddOnStudentPct)); }
            if (options.Count == 0)
            {
                continue;
            }
            var best = options.MaxBy(o => o.Pct);
            var amount = Money(p.Standard * best.Pct / 100m);
            if (amount > 0)
            {
                breakdown.Add(new($"分类施保：第{i + 1}名成员（{best.Name}）{best.Pct:0.##}%", amount));
                total += amount;
            }
        }
        return total;
    }

    private static bool IsExtremePovertyCategory(Member m, Policy p) => m.Age >= p.ElderlyAge || m.Age < 16 || m.DisabilityGrade is not null;

    /// <summary>Six ADL indicators: all achieved = self-care; up to 3 not achieved = partial; 4 or more = full loss.</summary>
    public static decimal CareAllowance(Member m, Policy p, out string level)
    {
        switch (m.AdlNotAchieved ?? 0)
        {
            case 0:
                level = "具备生活自理能力";
                return 0m;
            case <= 3:
                level = "部分丧失生活自理能力";
                return p.CarePartial;
            default:
                level = "完全丧失生活自理能力";
                return p.CareFull;
        }
    }

    private static string Label(Programme programme) => programme switch
    {
        Programme.Mlg => "低保标准",
        Programme.LowIncome => "低收入认定标准",
        _ => "特困供养标准",
    };
}
