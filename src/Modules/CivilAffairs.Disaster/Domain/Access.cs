using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Disaster.Domain;

/// <summary>Role and jurisdiction checks shared by the features (the query filters already hide rows outside the jurisdiction).</summary>
internal static class Access
{
    public static void Require(ICurrentUser user, string permission, string message)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(message);
        }
    }

    /// <summary>Street work (disaster.write) that the district or city (disaster.manage) may also do itself.</summary>
    public static void RequireWork(ICurrentUser user, string message)
    {
        if (!user.Has(Permissions.DisasterWrite) && !user.Has(Permissions.DisasterManage))
        {
            throw new ForbiddenException(message);
        }
    }

    public static bool Within(ICurrentUser user, string divisionCode) =>
        user.Jurisdiction is { } j && DivisionCodes.IsWithin(divisionCode, j);

    /// <summary>A Shenzhen division of at least <paramref name="minLength"/> digits inside the user's jurisdiction, or a field error.</summary>
    public static string Division(FieldErrors e, ICurrentUser user, string field, string? input, int minLength, string what)
    {
        var code = DivisionCodes.Normalize(input);
        if (code is null || code.Length < minLength || !code.StartsWith("4403", StringComparison.Ordinal))
        {
            e.Add(field, $"请填写{what}的区划代码（深圳市内）");
            return "";
        }
        if (!Within(user, code))
        {
            e.Add(field, "该区划不在您的辖区内");
        }
        return code;
    }

    public static string Text(FieldErrors e, string field, string? value, int max, string missing, bool required = true)
    {
        var v = (value ?? "").Trim();
        if ((required && v.Length == 0) || v.Length > max)
        {
            e.Add(field, v.Length > max ? $"不超过{max}个字符" : missing);
        }
        return v;
    }
}
