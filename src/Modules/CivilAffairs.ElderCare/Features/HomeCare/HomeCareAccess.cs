using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;

namespace CivilAffairs.ElderCare.Features.HomeCare;

internal static class HomeCareAccess
{
    public static void Require(ICurrentUser user, string permission)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException();
        }
    }

    /// <summary>
    /// Providers act with eldercare.provide for their own institution; bureau staff with the named
    /// permission. An institution account without an institution code (e.g. a welfare centre's
    /// staff) holds eldercare.provide but may see and do nothing here.
    /// </summary>
    public static void RequireProvideOr(ICurrentUser user, string permission)
    {
        if (!user.Has(permission) && !IsProvider(user))
        {
            throw new ForbiddenException();
        }
    }

    /// <summary>A provider's staff account: eldercare.provide and an institution code.</summary>
    public static bool IsProvider(ICurrentUser user) => user.Has(Permissions.ElderCareProvide) && user.Organization is not null;

    public static void RequireProvider(ICurrentUser user)
    {
        if (!IsProvider(user))
        {
            throw new ForbiddenException("只有服务机构的账户（eldercare.provide）可以提交账单");
        }
    }
}

internal static class HomeCareMonth
{
    /// <summary>"yyyy-MM" → first day; null when empty; 400 when malformed.</summary>
    public static DateOnly? Parse(string? month, string field)
    {
        if (string.IsNullOrWhiteSpace(month))
        {
            return null;
        }
        return DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FieldValidationException(field, "月份格式应为 yyyy-MM");
    }
}
