using System.Globalization;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ChildWelfare.Domain;

/// <summary>Which standard a child's allowance follows.</summary>
public enum AllowanceBasis
{
    /// <summary>No allowance from this module (a disabled child living at home: 残疾人两项补贴 are paid elsewhere).</summary>
    None,
    Institutional,
    Dispersed,
    DeFacto,
}

/// <summary>The parameter values in force for one month, as used (and recorded) by a computation.</summary>
internal sealed record AllowanceStandards(IReadOnlyDictionary<string, Parameter> Values)
{
    public decimal? Decimal(string key) =>
        Values.TryGetValue(key, out var p) ? decimal.Parse(p.Value, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public int UntilAge => Values.TryGetValue(ChildWelfareParameters.UntilAge, out var p) ? int.Parse(p.Value, CultureInfo.InvariantCulture) : 18;

    /// <summary>The values used, for the record: key, value, valid from, legal basis.</summary>
    public IEnumerable<UsedParameter> Used(params string[] keys) =>
        keys.Where(Values.ContainsKey).Select(k => Values[k]).Select(p => new UsedParameter(p.Key, p.Value, p.ValidFrom, p.DivisionCode, p.LegalBasis));
}

internal sealed record UsedParameter(string Key, string Value, DateOnly ValidFrom, string DivisionCode, string LegalBasis);

/// <summary>The allowance rules, without I/O: the standard by category, the months paid, the amount.</summary>
internal static class AllowanceRules
{
    public static DateOnly MonthOf(DateOnly d) => new(d.Year, d.Month, 1);

    /// <summary>
    /// Institutional care (any category living in a welfare institution) follows the institutional
    /// standard; dispersed orphans the dispersed one; de facto unsupported children at home the
    /// dispersed one times a ratio (民发〔2019〕62号); a disabled child at home gets nothing here.
    /// </summary>
    public static AllowanceBasis BasisOf(ChildCategory category, bool inInstitution) => (category, inInstitution) switch
    {
        (_, true) => AllowanceBasis.Institutional,
        (ChildCategory.DispersedOrphan, false) => AllowanceBasis.Dispersed,
        (ChildCategory.DeFactoUnsupported, false) => AllowanceBasis.DeFacto,
        _ => AllowanceBasis.None,
    };

    /// <summary>The monthly amount for a basis, or null when no standard is in force that month.</summary>
    public static decimal? Amount(AllowanceBasis basis, AllowanceStandards s) => basis switch
    {
        AllowanceBasis.Institutional => s.Decimal(ChildWelfareParameters.Institutional),
        AllowanceBasis.Dispersed => s.Decimal(ChildWelfareParameters.Dispersed),
        AllowanceBasis.DeFacto => s.Decimal(ChildWelfareParameters.Dispersed) is { } d && s.Decimal(ChildWelfareParameters.DeFactoRatio) is { } r
            ? Math.Round(d * r, 2, MidpointRounding.AwayFromZero)
            : null,
        _ => 0m,
    };

    public static string[] KeysOf(AllowanceBasis basis) => basis switch
    {
        AllowanceBasis.Institutional => [ChildWelfareParameters.Institutional, ChildWelfareParameters.UntilAge],
        AllowanceBasis.Dispersed => [ChildWelfareParameters.Dispersed, ChildWelfareParameters.UntilAge],
        AllowanceBasis.DeFacto => [ChildWelfareParameters.Dispersed, ChildWelfareParameters.DeFactoRatio, ChildWelfareParameters.UntilAge],
        _ => [],
    };

    /// <summary>The last month paid because of age: the month of the birthday at <paramref name="untilAge"/>; it stops from the next month.</summary>
    public static DateOnly LastMonthByAge(DateOnly birth, int untilAge) => MonthOf(birth.AddYears(untilAge));

    /// <summary>The last month paid: the month the child left care or came of age, whichever is first.</summary>
    public static DateOnly LastMonth(DateOnly birth, int untilAge, DateOnly? leftOn)
    {
        var byAge = LastMonthByAge(birth, untilAge);
        return leftOn is { } l && MonthOf(l) < byAge ? MonthOf(l) : byAge;
    }

    /// <summary>Whether a month is paid: approved into care (active, or left after that month), from the first month to the last.</summary>
    public static bool IsDue(ChildStatus status, DateOnly? allowanceFrom, DateOnly birth, DateOnly? leftOn, int untilAge, DateOnly month)
    {
        if (status is not (ChildStatus.Active or ChildStatus.Left) || allowanceFrom is not { } from)
        {
            return false;
        }
        var m = MonthOf(month);
        return m >= MonthOf(from) && m <= LastMonth(birth, untilAge, leftOn);
    }
}
