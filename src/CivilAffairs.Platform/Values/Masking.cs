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
        if (value.Length >= 15)
        {
            return string.Concat(value.AsSpan(0, 6), new string('*', value.Length - 10), value.AsSpan(value.Length - 4));
        }
        // short document numbers (passports, permits): at least half stays hidden
        var tail = Math.Min(4, value.Length / 2);
        return new string('*', value.Length - tail) + value[^tail..];
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
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value.Length < 7)
        {
            return "****";
        }
        if (value.Length >= 11)
        {
            return string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));
        }
        // landlines and short numbers: only the last digits, never more than half
        var tail = Math.Min(4, value.Length / 2);
        return new string('*', value.Length - tail) + value[^tail..];
    }

    public static string Address(string? value) =>
        string.IsNullOrEmpty(value) ? "" : (value.Length <= 6 ? "***" : value[..6] + "***");

    /// <summary>Bank card or account: only the last four digits, as on a bank statement.</summary>
    public static string BankAccount(string? value) =>
        string.IsNullOrEmpty(value) ? "" : (value.Length <= 4 ? new string('*', value.Length) : "****" + value[^4..]);

    public static string Apply(MaskKind kind, string? value) => kind switch
    {
        MaskKind.BankAccount => BankAccount(value),
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
    BankAccount,
}

/// <summary>Marks a property as personal data: masked in the audit trail, never logged.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute(MaskKind kind) : Attribute
{
    public MaskKind Kind { get; } = kind;
}
