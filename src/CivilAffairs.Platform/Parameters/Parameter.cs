namespace CivilAffairs.Platform.Parameters;

/// <summary>
/// One effective-dated value of a policy parameter (a standard, ratio, cap or deadline) for a
/// division and its subtree, with the document that set it.
/// </summary>
public sealed class Parameter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Key { get; set; } = "";

    /// <summary>Division the value applies to (4403 city-wide; a district overrides the city).</summary>
    public string DivisionCode { get; set; } = "4403";

    public string Value { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day in force; null while current.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>法律依据 / 文号.</summary>
    public string LegalBasis { get; set; } = "";

    public string? Note { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>A detached copy: cached versions are shared by all requests and must not be changed by one.</summary>
    public Parameter Copy() => (Parameter)MemberwiseClone();
}

/// <summary>What a parameter key means; modules contribute their definitions.</summary>
public sealed record ParameterDefinition(string Key, string DisplayName, string Unit, ParameterType Type, string Module);

public enum ParameterType
{
    Decimal,
    Integer,
    Text,
}
