using System.Globalization;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>The founding facts an establishment is checked against.</summary>
internal sealed record FoundingFacts(SocialOrgType Type, int IndividualMembers, int UnitMembers, decimal Funds, bool PublicFundraising);

/// <summary>A threshold check: field errors (camelCase field → Chinese message) and the values used.</summary>
internal sealed record ThresholdResult(IReadOnlyList<(string Field, string Message)> Errors, string Basis)
{
    public bool Passed => Errors.Count == 0;
}

/// <summary>Deadlines of one accepted application.</summary>
internal sealed record Deadlines(DateOnly DueOn, DateOnly StatutoryDueOn, string Basis);

/// <summary>
/// Pure registration rules: founding thresholds (社会团体登记管理条例 art. 10, 基金会管理条例 art. 8,
/// 民办非企业单位 founding funds), time limits, and the assembly of a new credit code. Organizations
/// registered in Shenzhen (city or district) are local (地方性), so the local thresholds apply.
/// </summary>
internal static class RegistryRules
{
    public static ThresholdResult CheckFounding(FoundingFacts f, RegistryRates r)
    {
        var errors = new List<(string, string)>();
        string basis;
        var from = r.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        switch (f.Type)
        {
            case SocialOrgType.SocialGroup:
                var membersOk = f.IndividualMembers >= r.IndividualMembers || f.UnitMembers >= r.UnitMembers
                    || f.IndividualMembers + f.UnitMembers >= r.MixedMembers;
                if (!membersOk)
                {
                    errors.Add(("individualMembers", Inv($"会员数不足：应有{r.IndividualMembers}个以上个人会员，或{r.UnitMembers}个以上单位会员，或个人与单位会员合计{r.MixedMembers}个以上（社会团体登记管理条例第十条）")));
                }
                if (f.Funds < r.GroupFundsLocal)
                {
                    errors.Add(("funds", Inv($"活动资金不足：地方性社会团体应有{r.GroupFundsLocal:0}元以上活动资金（社会团体登记管理条例第十条）")));
                }
                basis = Inv($"个人会员≥{r.IndividualMembers}或单位会员≥{r.UnitMembers}或合计≥{r.MixedMembers}；活动资金≥{r.GroupFundsLocal:0}元（参数自{from}）");
                break;
            case SocialOrgType.Foundation:
                var min = f.PublicFundraising ? r.FoundationPublicLocal : r.FoundationPrivate;
                if (f.Funds < min)
                {
                    errors.Add(("funds", Inv($"原始基金不足：{(f.PublicFundraising ? "地方性公募基金会" : "非公募基金会")}原始基金不低于{min:0}元（基金会管理条例第八条）")));
                }
                basis = Inv($"原始基金≥{min:0}元（{(f.PublicFundraising ? "地方性公募" : "非公募")}，参数自{from}）");
                break;
            default:
                if (f.Funds < r.ServiceOrgFunds)
                {
                    errors.Add(("funds", Inv($"开办资金不足：社会服务机构开办资金不低于{r.ServiceOrgFunds:0}元")));
                }
                basis = Inv($"开办资金≥{r.ServiceOrgFunds:0}元（参数自{from}）");
                break;
        }
        return new ThresholdResult(errors, basis);
    }

    /// <summary>
    /// The promised limit counts working days (make-up days count, holidays do not) and the statutory
    /// limit calendar days, both from acceptance; time waiting for more documents is added back.
    /// </summary>
    public static Deadlines DeadlinesFor(ApplicationKind kind, SocialOrgType type, DateOnly acceptedOn, int pausedWorkingDays, int pausedDays,
        RegistryRates r, WorkingDays calendar)
    {
        var statutory = kind != ApplicationKind.Establishment ? r.ChangeLimitDays : type switch
        {
            SocialOrgType.SocialGroup => r.GroupLimitDays,
            SocialOrgType.Foundation => r.FoundationLimitDays,
            _ => r.ServiceOrgLimitDays,
        };
        var promised = kind == ApplicationKind.Establishment ? r.PromiseEstablishment : r.PromiseChange;
        var due = calendar.AddWorkingDays(acceptedOn, promised + pausedWorkingDays);
        var statutoryDue = acceptedOn.AddDays(statutory + pausedDays);
        var basis = Inv($"承诺{promised}个工作日、法定{statutory}日，自受理之日起算{(pausedWorkingDays > 0 ? $"，补正期间{pausedWorkingDays}个工作日不计" : "")}（参数自{r.EffectiveFrom:yyyy-MM-dd}）");
        return new Deadlines(due, statutoryDue, basis);
    }

    /// <summary>Working days left until the due date: negative when overdue.</summary>
    public static int DaysLeft(DateOnly today, DateOnly due, WorkingDays calendar) =>
        due >= today ? calendar.CountBetween(today, due) : -calendar.CountBetween(due, today);

    /// <summary>The 6-digit division code in a credit code: the city bureau registers as 440300.</summary>
    public static string Authority6(string authorityCode) => authorityCode.Length == 4 ? authorityCode + "00" : authorityCode[..6];

    /// <summary>
    /// The new organization's credit code: 5 (民政) + type + the authority's division code, then the
    /// 主体标识码 as typed (9 characters) or its first 8 with the 9th computed, then the check character.
    /// The result is checked as it stands: a typing slip is an error, never corrected.
    /// </summary>
    public static (string? Code, CreditCodeProblem Problem) AssembleCode(SocialOrgType type, string authorityCode, string? orgCode)
    {
        var typed = (orgCode ?? "").Trim();
        if (typed.Length is not (8 or 9))
        {
            return (null, typed.Length == 0 ? CreditCodeProblem.Empty : CreditCodeProblem.WrongLength);
        }
        var first8 = $"5{SocialOrgNamesCodeChar(type)}{Authority6(authorityCode)}";
        if (typed.Any(c => CreditCode.Chars.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal) < 0))
        {
            return (null, typed.Any(char.IsLower) ? CreditCodeProblem.LowerCase : CreditCodeProblem.BadCharacter);
        }
        if (typed.Any(char.IsLower))
        {
            return (null, CreditCodeProblem.LowerCase);
        }
        var org9 = typed.Length == 9 ? typed : typed + CreditCode.OrganizationCheckChar(typed.AsSpan());
        var first17 = first8 + org9;
        var code = first17 + CreditCode.CheckChar(first17.AsSpan());
        var problem = CreditCode.Check(code);
        return (problem == CreditCodeProblem.None ? code : null, problem);
    }

    private static char SocialOrgNamesCodeChar(SocialOrgType t) => t switch
    {
        SocialOrgType.SocialGroup => '1',
        SocialOrgType.ServiceOrg => '2',
        _ => '3',
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
