using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Platform.Identity;

/// <summary>Adds jurisdiction, display name and the forced-change flag to the principal.</summary>
internal sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<StaffRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, StaffRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        // an account without jurisdiction (a citizen) gets no claim, so it sees no one's records but its own
        if (user.Jurisdiction.Length > 0)
        {
            id.AddClaim(new Claim(StaffClaims.Jurisdiction, user.Jurisdiction));
        }
        id.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        if (!string.IsNullOrEmpty(user.Organization))
        {
            id.AddClaim(new Claim(StaffClaims.Organization, user.Organization));
        }
        if (user.MustChangePassword)
        {
            id.AddClaim(new Claim(StaffClaims.MustChangePassword, "true"));
        }
        return id;
    }
}

/// <summary>A disabled account cannot sign in (Identity asks this before every sign-in).</summary>
internal sealed class EnabledAccountConfirmation : IUserConfirmation<StaffUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(!user.IsDisabled);
}
