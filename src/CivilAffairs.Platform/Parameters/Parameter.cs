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

    /// <summary>文号 of the policy document in the document register that set this value (checked when the value is added).</summary>
    public string? DocumentNumber { get; set; }

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

/// <summary>
/// Checks a 文号 cited by a new parameter value against the register of policy documents (the
/// Governance module implements it): the answer is null when the document may be cited, or the
/// reason (in Chinese) why not.
/// </summary>
public interface IPolicyDocumentCheck
{
    Task<string?> ProblemAsync(string documentNumber, CancellationToken ct);
}
