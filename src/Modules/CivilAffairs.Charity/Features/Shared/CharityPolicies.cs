using CivilAffairs.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Charity.Features.Shared;

/// <summary>Pages and endpoints that bureau staff and a charitable organization's own account share; the data layer narrows the organization to itself.</summary>
internal static class CharityPolicies
{
    /// <summary>charity.read or charity.self.</summary>
    public const string ReadOrSelf = "charity.read|charity.self";

    public static void Add(IServiceCollection services) =>
        services.AddAuthorizationBuilder().AddPolicy(ReadOrSelf, b => b.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.HasClaim(Permissions.ClaimType, Permissions.CharityRead) || c.User.HasClaim(Permissions.ClaimType, Permissions.CharitySelf)));
}
