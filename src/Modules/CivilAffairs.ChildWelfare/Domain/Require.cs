using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;

namespace CivilAffairs.ChildWelfare.Domain;

/// <summary>
/// The role check inside the handlers: the endpoints check it too, but a page's form posts to the
/// page (which only needs childwelfare.read), so a crafted post must be refused here as well.
/// </summary>
internal static class Require
{
    public static void Permission(ICurrentUser user, string permission)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException();
        }
    }
}
