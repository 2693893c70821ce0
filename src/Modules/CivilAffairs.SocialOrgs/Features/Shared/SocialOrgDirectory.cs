using CivilAffairs.Contracts.Institutions;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Shared;

/// <summary>
/// The register for other modules. Names, codes, type and status are public, so
/// <see cref="ISocialOrgDirectory"/> reads across jurisdictions; account administration
/// (<see cref="IInstitutionDirectory"/>) sees only what the administrator may see.
/// </summary>
internal sealed class SocialOrgDirectory(SocialOrgsDb db) : ISocialOrgDirectory, IInstitutionDirectory
{
    public async Task<SocialOrgRef?> FindAsync(string creditCode, CancellationToken ct = default)
    {
        var c = (creditCode ?? "").Trim().ToUpperInvariant();
        var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(o => o.CreditCode == c, ct);
        return org is null ? null : Ref(org);
    }

    public async Task<IReadOnlyList<SocialOrgRef>> CharitableAsync(CancellationToken ct = default) =>
        (await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.IsCharitable && o.Status == OrgStatus.Active)
            .OrderBy(o => o.Name).ToListAsync(ct)).Select(Ref).ToList();

    public async Task<IReadOnlyList<SocialOrgRef>> SearchAsync(string text, int take, CancellationToken ct = default)
    {
        var t = (text ?? "").Trim();
        return t.Length == 0 ? [] : (await db.Organizations.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.Status == OrgStatus.Active && (o.Name.Contains(t) || o.CreditCode == t.ToUpperInvariant()))
            .OrderBy(o => o.Name).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct)).Select(Ref).ToList();
    }

    async Task<InstitutionRef?> IInstitutionDirectory.FindAsync(string code, CancellationToken ct)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        return await db.Organizations.AsNoTracking().Where(o => o.CreditCode == c)
            .Select(o => new InstitutionRef(o.CreditCode, o.Name, o.DivisionCode, "socialorgs")).FirstOrDefaultAsync(ct);
    }

    private static SocialOrgRef Ref(SocialOrganization o) =>
        new(o.Id, o.CreditCode, o.Name, o.Type.ToString(), SocialOrgNames.Of(o.Type), o.IsCharitable, o.PublicFundraising, o.DivisionCode,
            o.Status == OrgStatus.Active);
}
