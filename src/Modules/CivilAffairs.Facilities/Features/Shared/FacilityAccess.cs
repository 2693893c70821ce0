using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;

namespace CivilAffairs.Facilities.Features.Shared;

/// <summary>Role checks of the module; jurisdiction is the data layer's filter plus <see cref="InScope"/> for what a user creates.</summary>
internal sealed class FacilityAccess(ICurrentUser user)
{
    public ICurrentUser User => user;

    public bool CanWrite => user.Has(Permissions.FacilitiesWrite);

    public bool CanManage => user.Has(Permissions.FacilitiesManage);

    public void Write()
    {
        if (!CanWrite)
        {
            throw new ForbiddenException("需要设施业务经办权限（facilities.write）");
        }
    }

    public void Manage()
    {
        if (!CanManage)
        {
            throw new ForbiddenException("需要设施管理权限（facilities.manage）");
        }
    }

    /// <summary>Whether a division lies within the user's jurisdiction (a user never creates rows they could not see).</summary>
    public bool InScope(string divisionCode) =>
        user.Jurisdiction is { } j && divisionCode.StartsWith(j, StringComparison.Ordinal);
}
