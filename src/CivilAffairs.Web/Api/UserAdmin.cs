using CivilAffairs.Contracts.Institutions;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Web.Api;

public sealed class CreateUserRequest
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public string? Jurisdiction { get; set; }

    public string? Password { get; set; }

    /// <summary>For 机构人员 only: the code of the institution the account works for (it then sees that institution only).</summary>
    public string? Organization { get; set; }
}

public sealed record UserView(Guid Id, string UserName, string DisplayName, string Role, string RoleName, string Jurisdiction,
    string? JurisdictionName, bool IsDisabled, bool MustChangePassword, bool TwoFactorEnabled, DateTimeOffset? LockoutEnd, string? Organization = null);

/// <summary>Account administration, limited to accounts inside the administrator's jurisdiction.</summary>
internal sealed class UserAdmin(PlatformDb db, UserManager<StaffUser> users, ICurrentUser me, IDivisionDirectory divisions, SecurityOptions security,
    IEnumerable<IInstitutionDirectory> institutions)
{
    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken ct)
    {
        var list = await db.ScopedUsers.AsNoTracking().OrderBy(u => u.Jurisdiction).ThenBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var result = new List<UserView>();
        foreach (var u in list)
        {
            var role = roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? "";
            var d = await divisions.FindAsync(u.Jurisdiction, null, ct);
            result.Add(new UserView(u.Id, u.UserName!, u.DisplayName, role, Roles.DisplayNameOf(role), u.Jurisdiction, d?.Name,
                u.IsDisabled, u.MustChangePassword, u.TwoFactorEnabled, u.LockoutEnd, u.Organization));
        }
        return result;
    }

    public async Task<UserView> CreateAsync(CreateUserRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = (r.UserName ?? "").Trim();
        if (name.Length < 3)
        {
            errors.Add("userName", "用户名至少3个字符");
        }
        if (string.IsNullOrWhiteSpace(r.DisplayName))
        {
            errors.Add("displayName", "请填写姓名");
        }
        var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(x => x.Name == r.Role, ct);
        if (role is null)
        {
            errors.Add("role", "角色无效");
        }
        var jurisdiction = DivisionCodes.Normalize(r.Jurisdiction);
        if (jurisdiction is null || await divisions.FindAsync(jurisdiction, null, ct) is null)
        {
            errors.Add("jurisdiction", "辖区区划代码无效");
        }
        else if (me.Jurisdiction is null || !DivisionCodes.IsWithin(jurisdiction, me.Jurisdiction))
        {
            errors.Add("jurisdiction", "只能为本辖区内创建账户");
        }
        if (role is not null && !await CanGrantAsync(role, ct))
        {
            errors.Add("role", "不能授予超出您自身权限的角色");
        }
        var organization = await CheckOrganizationAsync(r.Organization, role, jurisdiction, errors, ct);
        errors.ThrowIfAny();
        var user = new StaffUser
        {
            UserName = name, DisplayName = r.DisplayName!.Trim(), Jurisdiction = jurisdiction!, EmailConfirmed = true,
            MustChangePassword = security.ForcePasswordChange, CreatedAtUtc = DateTime.UtcNow, Organization = organization,
        };
        var created = await users.CreateAsync(user, r.Password ?? "");
        if (!created.Succeeded)
        {
            throw new FieldValidationException(created.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }
        await users.AddToRoleAsync(user, role!.Name!);
        return (await ListAsync(ct)).First(u => u.Id == user.Id);
    }

    /// <summary>An institution code is for 机构人员 and 社会组织人员 only (a social organization is known by its credit code), must name a known institution, and the institution must lie in the account's jurisdiction.</summary>
    private async Task<string?> CheckOrganizationAsync(string? code, StaffRole? role, string? jurisdiction, FieldErrors errors, CancellationToken ct)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        if (c.Length == 0)
        {
            return null;
        }
        if (role is not null && role.Name is not (Roles.InstitutionStaff or Roles.SocialOrgStaff))
        {
            errors.Add("organization", "只有机构人员或社会组织人员账户可以关联机构");
            return null;
        }
        foreach (var directory in institutions)
        {
            if (await directory.FindAsync(c, ct) is { } found)
            {
                if (jurisdiction is not null && !DivisionCodes.IsWithin(found.DivisionCode, jurisdiction))
                {
                    errors.Add("organization", "该机构不在账户辖区内");
                }
                return found.Code;
            }
        }
        errors.Add("organization", "机构代码不存在或不在您的辖区内");
        return null;
    }

    public async Task SetDisabledAsync(Guid id, bool disabled, CancellationToken ct)
    {
        var user = await db.ScopedUsers.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException();
        if (user.UserName == me.UserName)
        {
            throw new BusinessRuleException("不能停用自己的账户");
        }
        var roleIds = await db.UserRoles.Where(r => r.UserId == id).Select(r => r.RoleId).ToListAsync(ct);
        foreach (var role in await db.Roles.Where(r => roleIds.Contains(r.Id)).ToListAsync(ct))
        {
            if (!await CanGrantAsync(role, ct))
            {
                throw new BusinessRuleException("不能停用或启用权限高于您的账户");
            }
        }
        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        // a new stamp signs the account out everywhere within a minute
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>
    /// No escalation of administrative powers: an administrator may hand out (or take away) a
    /// role only if they themselves hold every administrative permission in it (audit, accounts,
    /// parameters), so a city administrator cannot mint an auditor or a system administrator.
    /// Case-work permissions are what administrators hand out every day and are not limited.
    /// </summary>
    private async Task<bool> CanGrantAsync(StaffRole role, CancellationToken ct)
    {
        var perms = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == Permissions.ClaimType).Select(c => c.ClaimValue).ToListAsync(ct);
        return perms.All(p => p is null || !Permissions.Administrative.Contains(p) || me.Has(p));
    }

    public async Task ResetPasswordAsync(Guid id, string? newPassword, CancellationToken ct)
    {
        var user = await db.ScopedUsers.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword ?? "");
        if (!result.Succeeded)
        {
            throw new FieldValidationException("password", string.Join("；", result.Errors.Select(e => e.Description)));
        }
        user.MustChangePassword = security.ForcePasswordChange;
        await users.SetLockoutEndDateAsync(user, null);
        await users.UpdateAsync(user);
    }
}
