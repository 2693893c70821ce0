namespace CivilAffairs.Funeral.Domain;

/// <summary>海葬 / 树葬 / 花坛葬 / 草坪葬: the forms of 节地生态安葬 the Shenzhen rewards cover.</summary>
internal enum BurialType
{
    Sea,
    Tree,
    FlowerBed,
    Lawn,
}

/// <summary>The parameter values a reward was computed with, as recorded on the application.</summary>
internal sealed record UsedParameter(string Key, string Value, DateOnly ValidFrom, string LegalBasis)
{
    public override string ToString() => $"{Key}={Value}（{ValidFrom:yyyy-MM-dd}起，{LegalBasis}）";
}

/// <summary>The reward amounts in force on a burial date; null where no value is in force (before the scheme began).</summary>
internal sealed record RewardPolicy(UsedParameter? Sea, UsedParameter? Other);

/// <summary>The sea-burial seat rules in force on the event's date.</summary>
internal sealed record SeatPolicy(int FreeCompanions, decimal ExtraSeatFee, IReadOnlyList<UsedParameter> Used);

/// <summary>What the reward rule decided and why (the reason is printed on the notice).</summary>
internal sealed record RewardDecision(decimal Amount, string Reason, UsedParameter? Basis);

/// <summary>Companions on a sea burial: the free ones, the paid extra seats and their fee.</summary>
internal sealed record SeatCharge(int Companions, int FreeSeats, int ExtraSeats, decimal Fee);

/// <summary>
/// 节地生态安葬奖励 (深民规〔2018〕1号, renewed by 深民规〔2023〕6号): a reward per set of ashes when the
/// deceased had Shenzhen hukou and the burial was organised by the city or a district 民政 department.
/// Others may take part free of charge but get nothing. The burial date decides which values apply:
/// the scheme covers burials carried out from its first day, whenever the family applies.
/// </summary>
internal static class EcoBurialRules
{
    public const string ShenzhenPrefix = "4403";

    public static string TypeName(BurialType t) => t switch
    {
        BurialType.Sea => "海葬",
        BurialType.Tree => "树葬",
        BurialType.FlowerBed => "花坛葬",
        _ => "草坪葬",
    };

    public static bool IsShenzhenHukou(string? hukouDivisionCode) =>
        hukouDivisionCode is not null && hukouDivisionCode.StartsWith(ShenzhenPrefix, StringComparison.Ordinal);

    public static RewardDecision Reward(BurialType type, string? hukouDivisionCode, bool organisedByCivilAffairs, DateOnly burialDate, RewardPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var basis = type == BurialType.Sea ? policy.Sea : policy.Other;
        if (basis is null)
        {
            return new RewardDecision(0m, $"安葬日期 {burialDate:yyyy-MM-dd} 节地生态安葬奖励办法尚未施行，不予奖励", null);
        }
        if (!IsShenzhenHukou(hukouDivisionCode))
        {
            return new RewardDecision(0m, "逝者非深圳户籍：可免费参加节地生态安葬，不享受奖励", basis);
        }
        if (!organisedByCivilAffairs)
        {
            return new RewardDecision(0m, "非由市、区民政部门组织实施的安葬，不予奖励", basis);
        }
        var amount = decimal.Parse(basis.Value, System.Globalization.CultureInfo.InvariantCulture);
        return new RewardDecision(amount, $"深圳户籍逝者{TypeName(type)}，按每份骨灰 {amount:0.##} 元奖励", basis);
    }

    /// <summary>Up to the free number ride free; every further companion takes a paid seat.</summary>
    public static SeatCharge Seats(int companions, SeatPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(companions);
        var free = Math.Min(companions, policy.FreeCompanions);
        var extra = companions - free;
        return new SeatCharge(companions, free, extra, extra * policy.ExtraSeatFee);
    }
}
