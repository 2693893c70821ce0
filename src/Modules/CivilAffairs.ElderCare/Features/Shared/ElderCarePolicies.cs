using CivilAffairs.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.Shared;

/// <summary>
/// Pages and endpoints that bureau staff and providers share (an institution's beds, its meals,
/// its orders): either permission opens them, and the data layer narrows a provider to its own
/// institution.
/// </summary>
internal static class ElderCarePolicies
{
    /// <summary>eldercare.read or eldercare.provide.</summary>
    public const string ReadOrProvide = "eldercare.read|eldercare.provide";

    public static void Add(IServiceCollection services) =>
        services.AddAuthorizationBuilder().AddPolicy(ReadOrProvide, b => b.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.HasClaim(Permissions.ClaimType, Permissions.ElderCareRead) || c.User.HasClaim(Permissions.ClaimType, Permissions.ElderCareProvide)));
}
