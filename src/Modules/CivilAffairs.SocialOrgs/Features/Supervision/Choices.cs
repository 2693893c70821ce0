using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>What the supervision pages' forms and side panels read: organizations to pick, an organization's credit entries.</summary>
internal sealed class Choices(SocialOrgsDb db, ICurrentUser user)
{
    public async Task<IReadOnlyList<OrgChoice>> OrganizationsAsync(CancellationToken ct)
    {
        var j = user.Jurisdiction ?? "#";
        return (await db.Organizations.AsNoTracking().Where(o => o.Status == OrgStatus.Active).OrderBy(o => o.Name).ToListAsync(ct))
            .Select(o => new OrgChoice(o.Id, o.Name, o.CreditCode, o.DivisionCode, o.IsIndustryAssociation, DivisionCodes.IsWithin(o.AuthorityCode, j))).ToList();
    }

    public async Task<IReadOnlyList<CreditLine>> CreditAsync(Guid orgId, CancellationToken ct) =>
        (await db.CreditEntries.AsNoTracking().Where(e => e.OrganizationId == orgId).OrderByDescending(e => e.ListedOn).ToListAsync(ct))
            .Select(e => new CreditLine(e.Number, SocialOrgNames.Of(e.List), SocialOrgNames.Of(e.Trigger), e.Basis, e.ListedOn, e.RemovedOn is null)).ToList();

    public async Task<(string Name, string Status, string Credit)?> OrganizationAsync(Guid orgId, CancellationToken ct) =>
        await db.Organizations.AsNoTracking().Where(o => o.Id == orgId).Select(o => new { o.Name, o.Status, o.CreditStatus }).FirstOrDefaultAsync(ct) is { } o
            ? (o.Name, SocialOrgNames.Of(o.Status), SocialOrgNames.Of(o.CreditStatus))
            : null;
}
