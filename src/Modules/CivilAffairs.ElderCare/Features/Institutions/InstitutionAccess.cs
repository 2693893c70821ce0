using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>Role checks of this area (the query filters already hide other jurisdictions and other institutions).</summary>
internal static class InstitutionAccess
{
    public static void Require(ICurrentUser user, string permission, string message)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(message);
        }
    }

    /// <summary>The institution's own staff (eldercare.provide) or the district (eldercare.manage) for it.</summary>
    public static void RequireProviderOrManager(ICurrentUser user, string message)
    {
        if (!(user.Has(Permissions.ElderCareProvide) && user.Organization is not null) && !user.Has(Permissions.ElderCareManage))
        {
            throw new ForbiddenException(message);
        }
    }

    /// <summary>
    /// Bureau staff (eldercare.read) or a provider's account bound to an institution. A staff account
    /// of another kind of institution (e.g. the welfare centre: eldercare.provide, no institution
    /// code) would otherwise pass the data filter as if it were bureau staff.
    /// </summary>
    public static bool MaySee(ICurrentUser user) => user.Has(Permissions.ElderCareRead) || (user.Has(Permissions.ElderCareProvide) && user.Organization is not null);

    /// <summary>District or city staff: a street account may hold eldercare.approve, but institution subsidies are the district's decision.</summary>
    public static void RequireDistrictApprover(ICurrentUser user)
    {
        if (!user.Has(Permissions.ElderCareApprove) || user.Organization is not null || user.Jurisdiction is not { } j || j.Length > 6)
        {
            throw new ForbiddenException("民办养老机构资助须由区民政部门审批人（eldercare.approve，区级或市级）审批");
        }
    }

    public static bool Within(ICurrentUser user, string divisionCode) => user.Jurisdiction is { } j && DivisionCodes.IsWithin(divisionCode, j);

    public static string Text(FieldErrors e, string field, string? value, int max, string missing, bool required = true)
    {
        var v = (value ?? "").Trim();
        if ((required && v.Length == 0) || v.Length > max)
        {
            e.Add(field, v.Length > max ? $"不超过{max}个字符" : missing);
        }
        return v;
    }

    public static string? Optional(FieldErrors e, string field, string? value, int max)
    {
        var v = Text(e, field, value, max, "", required: false);
        return v.Length == 0 ? null : v;
    }
}
