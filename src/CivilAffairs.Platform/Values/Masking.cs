namespace CivilAffairs.Platform.Values;

/// <summary>How personal data is shown in lists, logs and the audit trail.</summary>
public static class Masking
{
    /// <summary>440304********1234: keeps the address code and the last four.</summary>
    public static string IdNumber(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value.Length <= 4)
        {
            return new string('*', value.Length);
        }
        // at least half of a short document number (passports: 9 characters) stays hidden
        var head = Math.Min(6, Math.Max(0, value.Length - 8));
        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - 4), value.AsSpan(value.Length - 4));
    }

    /// <summary>张*明: first character (and last when three or more) of a name.</summary>
    public static string Name(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        return value.Length switch
        {
            1 => "*",
            2 => value[0] + "*",
            _ => value[0] + new string('*', value.Length - 2) + value[^1],
        };
    }

    public static string Phone(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 7)
        {
            return string.IsNullOrEmpty(value) ? "" : "****";
        }
        return string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));
    }

    public static string Address(string? value) =>
        string.IsNullOrEmpty(value) ? "" : (value.Length <= 6 ? "***" : value[..6] + "***");

    public static string Apply(MaskKind kind, string? value) => kind switch
    {
        MaskKind.IdNumber => IdNumber(value),
        MaskKind.Name => Name(value),
        MaskKind.Phone => Phone(value),
        MaskKind.Address => Address(value),
        _ => "***",
    };
}

public enum MaskKind
{
    IdNumber,
    Name,
    Phone,
    Address,
    Secret,
}

/// <summary>Marks a property as personal data: masked in the audit trail, never logged.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute(MaskKind kind) : Attribute
{
    public MaskKind Kind { get; } = kind;
}
