using CivilAffairs.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Features.Shared;

/// <summary>
/// Pages and endpoints that bureau staff and an organization's own account share (its record, its
/// annual reports, its applications): either permission opens them, and the data layer narrows an
/// organization's account to itself.
/// </summary>
internal static class SocialOrgPolicies
{
    /// <summary>socialorgs.read or socialorgs.self.</summary>
    public const string ReadOrSelf = "socialorgs.read|socialorgs.self";

    public static void Add(IServiceCollection services) =>
        services.AddAuthorizationBuilder().AddPolicy(ReadOrSelf, b => b.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.HasClaim(Permissions.ClaimType, Permissions.SocialOrgsRead) || c.User.HasClaim(Permissions.ClaimType, Permissions.SocialOrgsSelf)));
}
