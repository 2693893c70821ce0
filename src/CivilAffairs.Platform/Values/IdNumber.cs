using System.Globalization;

namespace CivilAffairs.Platform.Values;

/// <summary>The outcome of parsing a resident ID number (居民身份证号码, GB 11643-1999).</summary>
public sealed record IdNumberInfo(string Normalized, DateOnly BirthDate, Sex Sex, string AddressCode);

public enum Sex
{
    Unknown = 0,
    Male = 1,
    Female = 2,
}

/// <summary>
/// GB 11643-1999 validation: 6-digit address code, 8-digit birth date, 3-digit sequence
/// (odd = male), ISO 7064 MOD 11-2 check character. 15-digit legacy numbers are converted.
/// </summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static char ComputeCheck(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckChars[sum % 11];
    }

    /// <summary>Validates and normalises. Errors are Chinese, for people at a counter.</summary>
    /// <param name="knownAddressCode">Returns true when a 6-digit code is (or was) a county code.</param>
    public static bool TryParse(string? input, DateOnly today, Func<string, bool>? knownAddressCode,
        out IdNumberInfo? info, out string? error)
    {
        info = null;
        var s = (input ?? "").Trim().ToUpperInvariant();
        if (s.Length == 15 && s.All(char.IsAsciiDigit))
        {
            s = string.Concat(s.AsSpan(0, 6), "19", s.AsSpan(6));
            s += ComputeCheck(s);
        }
        if (s.Length != 18)
        {
            error = "身份证号码应为18位（或15位旧号码）";
            return false;
        }
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                error = "身份证号码前17位必须是数字";
                return false;
            }
        }
        if (!(char.IsAsciiDigit(s[17]) || s[17] == 'X'))
        {
            error = "身份证号码最后一位必须是数字或X";
            return false;
        }
        if (!DateOnly.TryParseExact(s.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1880)
        {
            error = "身份证号码中的出生日期无效";
            return false;
        }
        if (birth > today)
        {
            error = "身份证号码中的出生日期晚于今天";
            return false;
        }
        if (ComputeCheck(s) != s[17])
        {
            error = "身份证号码校验位错误，请核对";
            return false;
        }
        var address = s[..6];
        if (knownAddressCode is not null && !knownAddressCode(address))
        {
            error = "身份证号码前6位不是已知的行政区划代码";
            return false;
        }
        var seq = s[16] - '0';
        info = new IdNumberInfo(s, birth, seq % 2 == 1 ? Sex.Male : Sex.Female, address);
        error = null;
        return true;
    }

    /// <summary>Builds a valid number; used by demo data and tests (never real people).</summary>
    public static string Create(string addressCode6, DateOnly birth, int sequence)
    {
        var first17 = addressCode6 + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ComputeCheck(first17);
    }

    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        if (day < birth.AddYears(age))
        {
            age--;
        }
        return age;
    }
}
