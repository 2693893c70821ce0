namespace CivilAffairs.Funeral.Domain;

/// <summary>The facts the waiver depends on.</summary>
internal sealed record WaiverFacts(bool DiedInShenzhen, bool ShenzhenHukou, bool Cremated);

/// <summary>A catalogue item's standard in force on the date of death.</summary>
internal sealed record ItemStandard(string Code, string Name, decimal Standard, int Order);

/// <summary>One delivered service as charged (ItemCode null for a paid extra).</summary>
internal sealed record ChargedService(string? ItemCode, decimal Charged);

/// <summary>Eligibility: whether the free basic services apply and why (reimbursement = claimed back with invoices).</summary>
internal sealed record WaiverEligibility(bool Eligible, bool Reimbursement, string Reason);

/// <summary>The waiver of a case: per service (same order as given), the total after the cap, and what the family pays.</summary>
internal sealed record WaiverResult(bool Eligible, string Reason, IReadOnlyList<decimal> Waived, decimal Charged, decimal Waiver, decimal SelfPay,
    decimal Cap, bool Capped);

/// <summary>
/// 基本殡葬服务免费 (rules §12): everyone who dies in Shenzhen and is cremated, whatever the hukou,
/// and Shenzhen-hukou residents who die elsewhere and are cremated (claimed back with invoices).
/// Waiver = Σ over the delivered catalogue items of min(charged, item standard), at most the
/// overall cap in force on the date of death. Pure: no I/O, the caller supplies the catalogue.
/// </summary>
internal static class WaiverRules
{
    public static WaiverEligibility Eligibility(WaiverFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!f.Cremated)
        {
            return new(false, false, "尚未火化：免费基本殡葬服务以火化为条件");
        }
        if (f.DiedInShenzhen)
        {
            return new(true, false, f.ShenzhenHukou ? "在深圳死亡并火化（深圳户籍）" : "在深圳死亡并火化（非深圳户籍，同样免除）");
        }
        return f.ShenzhenHukou
            ? new(true, true, "深圳户籍在外地死亡并火化，凭发票报销")
            : new(false, false, "非深圳户籍且在外地死亡，不属于免除范围");
    }

    public static WaiverResult Compute(WaiverFacts facts, IReadOnlyList<ChargedService> services, IReadOnlyCollection<ItemStandard> catalogue, decimal cap)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(catalogue);
        var eligibility = Eligibility(facts);
        var charged = services.Sum(s => s.Charged);
        var waived = new decimal[services.Count];
        if (!eligibility.Eligible)
        {
            return new(false, eligibility.Reason, waived, charged, 0m, charged, cap, false);
        }
        var standards = catalogue.ToDictionary(i => i.Code, i => i.Standard, StringComparer.Ordinal);
        // an item delivered on several lines is waived up to its standard once
        var leftPerItem = new Dictionary<string, decimal>(standards, StringComparer.Ordinal);
        var left = cap;
        var uncapped = 0m;
        for (var i = 0; i < services.Count; i++)
        {
            var s = services[i];
            if (s.ItemCode is null || !leftPerItem.TryGetValue(s.ItemCode, out var itemLeft))
            {
                continue;
            }
            var w = Math.Min(Math.Max(s.Charged, 0m), itemLeft);
            leftPerItem[s.ItemCode] = itemLeft - w;
            uncapped += w;
            w = Math.Min(w, left);
            left -= w;
            waived[i] = w;
        }
        var total = waived.Sum();
        return new(true, eligibility.Reason, waived, charged, total, charged - total, cap, uncapped > total);
    }
}
