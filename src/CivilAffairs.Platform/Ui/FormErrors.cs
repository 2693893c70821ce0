using CivilAffairs.Platform.Http;

namespace CivilAffairs.Platform.Ui;

/// <summary>Errors of one form post: per field (from the handler's validation) and overall.</summary>
public sealed class FormErrors
{
    private IReadOnlyDictionary<string, string[]> _fields = new Dictionary<string, string[]>();

    public string? Message { get; private set; }

    public bool Any => Message is not null || _fields.Count > 0;

    public string? For(string field) => _fields.TryGetValue(field, out var m) ? string.Join("；", m) : null;

    public string Css(string field) => _fields.ContainsKey(field) ? "is-invalid" : "";

    public void Clear()
    {
        _fields = new Dictionary<string, string[]>();
        Message = null;
    }

    /// <summary>Runs a handler call and turns our exceptions into messages; the form keeps what was typed.</summary>
    public async Task<bool> TryAsync(Func<Task> action)
    {
        Clear();
        try
        {
            await action();
            return true;
        }
        catch (FieldValidationException ex)
        {
            _fields = ex.Errors;
            Message = "请更正标红的内容后再提交";
        }
        catch (BusinessRuleException ex)
        {
            Message = ex.Message;
        }
        catch (ForbiddenException ex)
        {
            Message = ex.Message;
        }
        catch (NotFoundException ex)
        {
            Message = ex.Message;
        }
        return false;
    }
}
