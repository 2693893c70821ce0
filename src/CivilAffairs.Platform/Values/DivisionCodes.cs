namespace CivilAffairs.Platform.Values;

/// <summary>
/// Division codes are stored in their natural length (2 province, 4 city, 6 county, 9 street,
/// 12 community) so that a jurisdiction is a plain string prefix of every code below it.
/// </summary>
public static class DivisionCodes
{
    public static int LevelOf(string code) => code.Length switch
    {
        2 => 1,
        4 => 2,
        6 => 3,
        9 => 4,
        12 => 5,
        _ => 0,
    };

    /// <summary>Accepts the natural form or the 12-digit padded form (440304004000) and returns the natural one.</summary>
    public static string? Normalize(string? code)
    {
        var s = (code ?? "").Trim();
        if (s.Length == 0 || !s.All(char.IsAsciiDigit))
        {
            return null;
        }
        // strip zero groups from the right: 440304004000 -> 440304004, 440300 -> 4403
        if (s.Length == 12 && s.EndsWith("000", StringComparison.Ordinal)) { s = s[..9]; }
        if (s.Length == 9 && s.EndsWith("000", StringComparison.Ordinal)) { s = s[..6]; }
        if (s.Length == 6 && s.EndsWith("00", StringComparison.Ordinal)) { s = s[..4]; }
        if (s.Length == 4 && s.EndsWith("00", StringComparison.Ordinal)) { s = s[..2]; }
        return LevelOf(s) == 0 ? null : s;
    }

    public static string? ParentOf(string code) => code.Length switch
    {
        4 => code[..2],
        6 => code[..4],
        9 => code[..6],
        12 => code[..9],
        _ => null,
    };

    /// <summary>True when <paramref name="code"/> lies in the subtree of <paramref name="jurisdiction"/>.</summary>
    public static bool IsWithin(string code, string jurisdiction) => code.StartsWith(jurisdiction, StringComparison.Ordinal);

    /// <summary>The 12-digit statistical form, for exports to systems that expect it.</summary>
    public static string Pad12(string code) => code.PadRight(12, '0');
}
