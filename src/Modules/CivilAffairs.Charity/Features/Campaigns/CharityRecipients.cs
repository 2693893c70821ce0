using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;

namespace CivilAffairs.Charity.Features.Campaigns;

/// <summary>
/// Which charitable organization a donation, project or spending belongs to, and whether the caller
/// may act for it: an organization's own account only for itself (charity.self), bureau staff
/// (charity.write) for organizations located in their jurisdiction. The register is read through
/// <see cref="ISocialOrgDirectory"/> only.
/// </summary>
internal sealed class CharityRecipients(ISocialOrgDirectory directory, ICurrentUser user)
{
    public bool IsOrganization => user.Organization is not null;

    /// <summary>Null (with a field error) when no code was given or the register does not know it.</summary>
    public async Task<SocialOrgRef?> ResolveAsync(string? creditCode, string field, FieldErrors errors, CancellationToken ct)
    {
        var code = (creditCode ?? "").Trim().ToUpperInvariant();
        if (user.Organization is { } own)
        {
            if (!user.Has(Permissions.CharitySelf))
            {
                throw new ForbiddenException();
            }
            if (code.Length > 0 && code != own)
            {
                throw new ForbiddenException("本组织账户只能为本组织登记");
            }
            code = own;
        }
        else if (!user.Has(Permissions.CharityWrite))
        {
            throw new ForbiddenException();
        }
        if (code.Length == 0)
        {
            errors.Add(field, "请选择慈善组织");
            return null;
        }
        var org = await directory.FindAsync(code, ct);
        if (org is null)
        {
            errors.Add(field, "社会组织登记信息中没有这个统一社会信用代码");
            return null;
        }
        if (user.Organization is null && !org.DivisionCode.StartsWith(user.Jurisdiction ?? "#", StringComparison.Ordinal))
        {
            throw new NotFoundException("该组织不在您的辖区内");
        }
        return org;
    }

    /// <summary>Only an active organization recognised as charitable receives charitable donations and runs charity projects.</summary>
    public static void EnsureCharitable(SocialOrgRef org)
    {
        if (!org.Active)
        {
            throw new BusinessRuleException($"{org.Name}不是正常登记状态，不能登记捐赠或慈善项目");
        }
        if (!org.IsCharitable)
        {
            throw new BusinessRuleException($"{org.Name}未认定为慈善组织（《慈善法》第十条），不能登记慈善捐赠或慈善项目");
        }
    }

    /// <summary>The charitable organizations the caller may record for (the form's choices).</summary>
    public async Task<IReadOnlyList<SocialOrgRef>> ChoicesAsync(CancellationToken ct)
    {
        var all = await directory.CharitableAsync(ct);
        return user.Organization is { } own ? all.Where(o => o.CreditCode == own).ToList()
            : all.Where(o => o.DivisionCode.StartsWith(user.Jurisdiction ?? "#", StringComparison.Ordinal)).ToList();
    }
}
