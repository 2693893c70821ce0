using System.Text.RegularExpressions;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>Pure rules of the register: code format, credit-code check digit.</summary>
internal static partial class InstitutionRules
{
    [GeneratedRegex("^(YL|RZ|JJ|ZC)(4403\\d{2})(\\d{3})$")]
    private static partial Regex CodePattern();

    public static string Prefix(InstitutionKind k) => k switch
    {
        InstitutionKind.NursingHome or InstitutionKind.CareHome => "YL",
        InstitutionKind.DayCareCenter => "RZ",
        InstitutionKind.HomeCareCenter => "JJ",
        _ => "ZC",
    };

    /// <summary>null when the code fits the kind and the district; else the Chinese reason.</summary>
    public static string? CheckCode(string code, InstitutionKind kind, string divisionCode)
    {
        var m = CodePattern().Match(code);
        if (!m.Success)
        {
            return "机构编码格式为：类别字母（YL养老机构、RZ日间照料、JJ居家服务、ZC助餐）＋6位区代码＋3位序号，如 YL440304001";
        }
        if (m.Groups[1].Value != Prefix(kind))
        {
            return $"该类别机构的编码应以 {Prefix(kind)} 开头";
        }
        return divisionCode.Length >= 6 && m.Groups[2].Value != divisionCode[..6] ? "编码中的区代码与所在区划不一致" : null;
    }

    /// <summary>
    /// 统一社会信用代码 (GB 32100-2015): 18 characters from the code set, the last one a mod-31 check character.
    /// Institutions registered by the market regulator (91…) are checked on position 18 only; see <see cref="CreditCode"/>.
    /// </summary>
    public static bool IsValidCreditCode(string code) =>
        code.Length == 18 && code.All(c => CreditCode.Chars.Contains(c, StringComparison.Ordinal)) && CreditCode.CheckChar(code.AsSpan(0, 17)) == code[17];

    /// <summary>Appends the check character to 17 valid characters (demo data and tests).</summary>
    public static string WithCreditCheck(string first17) => first17 + CreditCode.CheckChar(first17);
}
