using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;

namespace CivilAffairs.ElderCare.Features.Shared;

/// <summary>
/// Who acts for which institution. Bureau staff act within their jurisdiction; a provider's staff
/// account (机构人员 with an institution code) only for its own institution. Reads are already
/// filtered in the DbContext; this guards writes that name an institution.
/// </summary>
internal sealed class ProviderScope(ICurrentUser user)
{
    /// <summary>The provider's institution code, or null for bureau staff.</summary>
    public string? InstitutionCode => user.Organization;

    /// <summary>A provider's staff: an account with an institution, or one that may only provide (it then acts for none).</summary>
    public bool IsProvider => user.Organization is not null || (user.Has(Permissions.ElderCareProvide) && !user.Has(Permissions.ElderCareRead));

    /// <summary>Refuses (404, as for any record outside one's reach) an action on another institution.</summary>
    public void EnsureMayActFor(string institutionCode)
    {
        if (IsProvider && !string.Equals(user.Organization, institutionCode, StringComparison.Ordinal))
        {
            throw new NotFoundException("机构不存在或不在您的管辖范围内");
        }
    }
}
