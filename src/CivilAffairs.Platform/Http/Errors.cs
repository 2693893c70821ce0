namespace CivilAffairs.Platform.Http;

/// <summary>A rule of the business was broken: 409 in the API, an inline message in the UI.</summary>
/// <param name="problemType">A ProblemDetails type URI (relative, under /problems/) that clients can branch on; null for the generic one.</param>
public class BusinessRuleException(string message, string? problemType = null) : Exception(message)
{
    public string? ProblemType { get; } = problemType;
}

/// <summary>Not there, or outside the caller's jurisdiction (both answer 404 on purpose).</summary>
public sealed class NotFoundException(string message = "记录不存在或不在您的辖区内") : Exception(message);

/// <summary>The user's role does not allow this step (403).</summary>
public sealed class ForbiddenException(string message = "您的角色无权执行此操作") : Exception(message);

/// <summary>Input that fails validation: 400 with field errors (keys are camelCase JSON names).</summary>
public sealed class FieldValidationException : Exception
{
    public FieldValidationException(IDictionary<string, string[]> errors)
        : base(string.Join("；", errors.SelectMany(e => e.Value)))
    {
        Errors = new Dictionary<string, string[]>(errors);
    }

    public FieldValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>Collects field errors before throwing them together.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new FieldValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
