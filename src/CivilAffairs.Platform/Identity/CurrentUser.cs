using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CivilAffairs.Platform.Identity;

/// <summary>Who is acting, and over which part of the city.</summary>
public interface ICurrentUser
{
    string UserName { get; }

    string DisplayName { get; }

    string Role { get; }

    /// <summary>Division-code prefix the user may see; "" means everything (system), null means nothing.</summary>
    string? Jurisdiction { get; }

    bool Has(string permission);

    /// <summary>For institution staff: the code of their institution in its module; null for bureau staff.</summary>
    string? Organization { get; }
}

public static class StaffClaims
{
    public const string Jurisdiction = "jurisdiction";
    public const string DisplayName = "display_name";
    public const string MustChangePassword = "must_change_password";

    /// <summary>A citizen account's own ID number (a user claim), to prefill the portal's forms.</summary>
    public const string IdNumber = "id_number";

    /// <summary>An institution staff account's institution code (see <see cref="StaffUser.Organization"/>).</summary>
    public const string Organization = "organization";
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    private bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string UserName => IsAuthenticated ? Principal!.Identity!.Name ?? "" : "anonymous";

    public string DisplayName => Principal?.FindFirstValue(StaffClaims.DisplayName) ?? UserName;

    public string Role => Principal?.FindFirstValue(ClaimTypes.Role) ?? "";

    public string? Jurisdiction => IsAuthenticated ? Principal!.FindFirstValue(StaffClaims.Jurisdiction) : null;

    public bool Has(string permission) => IsAuthenticated && Principal!.HasClaim(Permissions.ClaimType, permission);

    public string? Organization => IsAuthenticated ? Principal!.FindFirstValue(StaffClaims.Organization) : null;
}

/// <summary>The platform itself (migrations, seeding, the CLI): sees everything, audited as "system".</summary>
public sealed class SystemCurrentUser(string userName = "system") : ICurrentUser
{
    public string UserName { get; } = userName;

    public string DisplayName => UserName;

    public string Role => Roles.SystemAdmin;

    public string? Jurisdiction => "";

    public bool Has(string permission) => true;

    public string? Organization => null;
}

/// <summary>
/// Lets a background job act as the system in its own DI scope: call <see cref="UseSystem"/>
/// before resolving any service that depends on <see cref="ICurrentUser"/>.
/// </summary>
public sealed class CurrentUserOverride
{
    public ICurrentUser? User { get; private set; }

    public void UseSystem(string jobName) => User = new SystemCurrentUser(jobName);
}
