using System.Globalization;
using CivilAffairs.Assistance.Domain;

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>One thing found about a household, as the report lists it.</summary>
internal sealed record FoundItem(string MemberIdNumber, ExternalSource Source, string Description, decimal? Value, string? Unit, bool Counted, string? Rule);

/// <summary>The figures the rules take, the rules broken, and the items behind them.</summary>
internal sealed record HouseholdEvaluation(Assets Assets, decimal VerifiedIncome, IReadOnlyList<string> Reasons, IReadOnlyList<FoundItem> Items)
{
    public bool BreaksRules => Reasons.Count > 0;
}

/// <summary>
/// Collects the external records matched to one household's members and evaluates them with
/// <see cref="MeansTest.EconomicReasons"/> — the same income and asset rules as the calculation.
/// Counting is what the data needs and the rules do not say: a flat owned by two members is one
/// flat (same 不动产单元号), a car is one car (same plate), exempt vehicle types and closed
/// businesses are listed but not counted, income is the monthly average per member and kind.
/// </summary>
internal sealed class HouseholdFindings
{
    private readonly List<(ExternalSource Source, string Member, string Kind, string? Reference, string? Description, decimal? Amount)> _assets = [];
    private readonly Dictionary<(string Member, string Kind), (decimal Sum, HashSet<DateOnly> Months)> _income = [];

    public int RecordCount { get; private set; }

    public void Add(ExternalSource source, string member, string kind, string? reference, string? description, decimal? amount, DateOnly? month)
    {
        RecordCount++;
        if (source != ExternalSource.Income)
        {
            _assets.Add((source, member, kind, reference, description, amount));
            return;
        }
        var key = (member, kind);
        if (!_income.TryGetValue(key, out var acc))
        {
            acc = (0m, []);
        }
        if (month is { } m)
        {
            acc.Months.Add(m);
        }
        _income[key] = (acc.Sum + (amount ?? 0m), acc.Months);
    }

    public HouseholdEvaluation Evaluate(Programme programme, int householdSize, Policy policy, IReadOnlySet<string> exemptVehicleKinds)
    {
        var size = Math.Max(1, householdSize);
        var items = new List<(FoundItem Item, ExternalSource Source)>();
        var properties = new HashSet<string>(StringComparer.Ordinal);
        var plates = new HashSet<string>(StringComparer.Ordinal);
        var businesses = new HashSet<string>(StringComparer.Ordinal);
        decimal financial = 0;
        int residential = 0, nonResidential = 0, vehicles = 0;
        foreach (var a in _assets.OrderBy(a => a.Source).ThenBy(a => a.Member, StringComparer.Ordinal))
        {
            switch (a.Source)
            {
                case ExternalSource.RealEstate:
                    var isResidential = a.Kind == ExternalSources.Residential;
                    var first = properties.Add(a.Kind + "|" + (a.Reference ?? a.Member + "|" + a.Description));
                    if (first && isResidential)
                    {
                        residential++;
                    }
                    else if (first)
                    {
                        nonResidential++;
                    }
                    items.Add((new(a.Member, a.Source, (a.Description ?? (isResidential ? "住宅" : "非住宅")) + (first ? "" : "（与其他成员共有，已计入）"),
                        a.Amount, "㎡", first, null), a.Source));
                    break;
                case ExternalSource.Vehicle:
                    var exempt = exemptVehicleKinds.Contains(a.Kind);
                    var counted = !exempt && plates.Add(a.Reference ?? "");
                    if (counted)
                    {
                        vehicles++;
                    }
                    items.Add((new(a.Member, a.Source, $"{a.Kind} {a.Reference}" + (exempt ? "（豁免车型，不计入）" : counted ? "" : "（同一车辆，已计入）"),
                        null, null, counted, null), a.Source));
                    break;
                case ExternalSource.Financial:
                    financial += a.Amount ?? 0m;
                    items.Add((new(a.Member, a.Source, $"{a.Kind} {a.Reference}", a.Amount, "元", true, null), a.Source));
                    break;
                default:
                    var open = !ExternalSources.ClosedBusinessStatuses.Contains(a.Kind);
                    var countedBusiness = open && businesses.Add(a.Reference ?? a.Description ?? "");
                    items.Add((new(a.Member, a.Source, $"{a.Description}（{a.Reference ?? "无代码"}）{a.Kind}" + (open ? "" : "，不计入"), null, null, countedBusiness, null),
                        a.Source));
                    break;
            }
        }
        decimal verified = 0;
        foreach (var group in _income.OrderBy(i => i.Key.Member, StringComparer.Ordinal).GroupBy(i => i.Key.Member))
        {
            var perKind = group.Select(i => (i.Key.Kind, Amount: MeansTest.Money(i.Value.Sum / Math.Max(1, i.Value.Months.Count)), Months: i.Value.Months.Count)).ToList();
            // the member's counted income, with the excluded kinds left out exactly as the calculation does
            var member = new Member(0, 0, perKind.Select(k => (k.Kind, k.Amount)).ToList(), null, false, false, false, null);
            verified += MeansTest.CountedIncome(member, policy);
            foreach (var k in perKind)
            {
                var excluded = policy.ExcludedIncomeKinds.Contains(k.Kind);
                items.Add((new(group.Key, ExternalSource.Income,
                    $"{ExternalSources.IncomeName(k.Kind)} 月均（{k.Months.ToString(CultureInfo.InvariantCulture)}个月）" + (excluded ? "（不计入家庭收入）" : ""),
                    k.Amount, "元/月", !excluded, null), ExternalSource.Income));
            }
        }
        var assets = new Assets(financial, residential, nonResidential, vehicles, businesses.Count);
        var reasons = MeansTest.EconomicReasons(programme, size, verified, assets, policy);
        // which rule each source breaks: the same test on that source's figures alone
        var bySource = new Dictionary<ExternalSource, string?>
        {
            [ExternalSource.Financial] = Rule(programme, size, 0, new Assets(financial, 0, 0, 0, 0), policy),
            [ExternalSource.RealEstate] = Rule(programme, size, 0, new Assets(0, residential, nonResidential, 0, 0), policy),
            [ExternalSource.Vehicle] = Rule(programme, size, 0, new Assets(0, 0, 0, vehicles, 0), policy),
            [ExternalSource.Business] = Rule(programme, size, 0, new Assets(0, 0, 0, 0, businesses.Count), policy),
            [ExternalSource.Income] = Rule(programme, size, verified, new Assets(0, 0, 0, 0, 0), policy),
        };
        var found = items.Select(i => i.Item with { Rule = i.Item.Counted ? bySource[i.Source] : null }).ToList();
        return new HouseholdEvaluation(assets, verified, reasons, found);
    }

    private static string? Rule(Programme programme, int size, decimal income, Assets assets, Policy policy)
    {
        var reasons = MeansTest.EconomicReasons(programme, size, income, assets, policy);
        return reasons.Count == 0 ? null : string.Join("；", reasons);
    }
}
