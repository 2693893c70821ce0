using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Shared;

/// <summary>
/// Who may act on which organization. Reads are already filtered in the DbContext (jurisdiction,
/// and an organization's account sees only itself); this guards writes.
/// </summary>
internal sealed class OrgAccess(SocialOrgsDb db, ICurrentUser user)
{
    /// <summary>The organization's own account (社会组织人员): its credit code; null for bureau staff.</summary>
    public string? SelfCode => user.Organization;

    public bool IsOrganization => user.Organization is not null || (user.Has(Permissions.SocialOrgsSelf) && !user.Has(Permissions.SocialOrgsRead));

    /// <summary>The organization, visible to the caller, or 404.</summary>
    public async Task<SocialOrganization> GetAsync(Guid id, CancellationToken ct) =>
        await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException("社会组织不存在或不在您的管辖范围内");

    /// <summary>The caller's own organization (社会组织人员 only), or 404.</summary>
    public async Task<SocialOrganization> MineAsync(CancellationToken ct) =>
        SelfCode is { } code
            ? await db.Organizations.FirstOrDefaultAsync(o => o.CreditCode == code, ct) ?? throw new NotFoundException("未找到本账户关联的社会组织")
            : throw new NotFoundException("本账户未关联社会组织");

    /// <summary>
    /// The registration authority's staff act only on organizations their own bureau registered:
    /// the city bureau (4403) on city-registered ones, a district bureau on its own (the city may act on all).
    /// Refuses with 403 otherwise, since the organization itself is visible.
    /// </summary>
    public void EnsureAuthorityFor(SocialOrganization org)
    {
        var j = user.Jurisdiction ?? "#";
        if (!DivisionCodes.IsWithin(org.AuthorityCode, j))
        {
            throw new ForbiddenException("该社会组织不由本登记管理机关登记，不能办理");
        }
    }
}
