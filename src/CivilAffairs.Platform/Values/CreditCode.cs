namespace CivilAffairs.Platform.Values;

/// <summary>What is wrong with a unified social credit code, in order of checking.</summary>
public enum CreditCodeProblem
{
    None = 0,
    Empty,
    WrongLength,

    /// <summary>Lower-case letters: the code set is upper case only (a typing slip we do not silently fix on new registrations).</summary>
    LowerCase,

    /// <summary>A character outside 0-9 and A-Y without I, O, S, V, Z.</summary>
    BadCharacter,

    /// <summary>Position 17, the organisation code's own check (GB 11714, MOD 11), does not match.</summary>
    OrganizationCheck,

    /// <summary>Position 18, the code's check character (MOD 31), does not match.</summary>
    Check,
}

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 1 registration-authority character (5 = 民政), 1 type
/// (民政: 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他), 6-digit division code of the registering
/// authority, the 9-character 主体标识码 (GB 11714; its last character is its own MOD 11 check),
/// and a MOD 31 check character.
/// </summary>
/// <remarks>
/// Real registers contain codes that fail the check (one public validator whitelists such a code), so
/// callers decide: new registrations refuse a failure, imports keep the record and warn
/// (civil-affairs-rules §16.2).
/// </remarks>
public static class CreditCode
{
    /// <summary>The 31 characters of the code set, valued 0–30 in this order.</summary>
    public const string Chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Checks a code as typed (no case folding). <see cref="CreditCodeProblem.None"/> when valid.</summary>
    public static CreditCodeProblem Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return CreditCodeProblem.Empty;
        }
        if (code.Length != 18)
        {
            return CreditCodeProblem.WrongLength;
        }
        if (code.Any(char.IsLower))
        {
            return CreditCodeProblem.LowerCase;
        }
        if (code.Any(c => Chars.IndexOf(c, StringComparison.Ordinal) < 0))
        {
            return CreditCodeProblem.BadCharacter;
        }
        if (OrganizationCheckChar(code.AsSpan(8, 8)) != code[16])
        {
            return CreditCodeProblem.OrganizationCheck;
        }
        return CheckChar(code.AsSpan(0, 17)) == code[17] ? CreditCodeProblem.None : CreditCodeProblem.Check;
    }

    public static bool IsValid(string? code) => Check(code) == CreditCodeProblem.None;

    /// <summary>A Chinese message for a clerk, or null when the code is valid.</summary>
    public static string? Message(CreditCodeProblem problem) => problem switch
    {
        CreditCodeProblem.None => null,
        CreditCodeProblem.Empty => "请填写统一社会信用代码",
        CreditCodeProblem.WrongLength => "统一社会信用代码应为18位",
        CreditCodeProblem.LowerCase => "统一社会信用代码中的字母应为大写",
        CreditCodeProblem.BadCharacter => "统一社会信用代码含有非法字符（不使用 I、O、S、V、Z）",
        CreditCodeProblem.OrganizationCheck => "统一社会信用代码第17位（组织机构代码校验码）不正确",
        _ => "统一社会信用代码校验码（第18位）不正确",
    };

    /// <summary>The MOD 31 check character over the first 17 characters.</summary>
    public static char CheckChar(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Chars.IndexOf(first17[i]) * Weights[i];
        }
        return Chars[(31 - (sum % 31)) % 31];
    }

    /// <summary>GB 11714's check over the first 8 characters of the 主体标识码 (digits as themselves, A–Z as 10–35; 10 → X, 11 → 0).</summary>
    public static char OrganizationCheckChar(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            sum += (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * OrgWeights[i];
        }
        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
    }

    /// <summary>
    /// Builds a valid code from the authority character, the type character, the authority's 6-digit
    /// division code and 8 characters of the organisation code: both check characters are computed.
    /// For demo data and tests; real codes come from the national code centre.
    /// </summary>
    public static string Create(char authority, char type, string division6, string org8)
    {
        var first16 = $"{authority}{type}{division6}{org8}";
        var first17 = first16 + OrganizationCheckChar(org8);
        return first17 + CheckChar(first17);
    }
}
