using CivilAffairs.Platform.Http;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Credit;

/// <summary>
/// The anonymous side: lookup by name or credit code and the two public lists. Reads bypass the
/// jurisdiction filter on purpose (the register and the lists are public) and return only public
/// fields: never the legal representative, phone or street address; the district name only.
/// </summary>
internal sealed class CreditPublic(SocialOrgsDb db)
{
    public const int MaxResults = 10;
    public const int ListPageSize = 20;

    public async Task<PublicLookupResult> LookupAsync(string? q, CancellationToken ct)
    {
        var text = (q ?? "").Trim();
        if (text.Length < 2)
        {
            throw new FieldValidationException("q", "请输入至少2个字的组织名称，或完整的18位统一社会信用代码。");
        }
        if (text.Length > 50)
        {
            throw new FieldValidationException("q", "查询内容不超过50个字。");
        }
        var code = text.ToUpperInvariant();
        // bounded so the lookup cannot page through the register: a name part or the exact code, at most N cards
        var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Name.Contains(text) || o.CreditCode == code)
            .OrderBy(o => o.Name).Take(MaxResults + 1).ToListAsync(ct);
        var more = orgs.Count > MaxResults;
        orgs = orgs.Take(MaxResults).ToList();
        var ids = orgs.Select(o => o.Id).ToList();
        var entries = (await db.CreditEntries.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.OrganizationId) && e.RemovedOn == null)
            .ToListAsync(ct)).OrderByDescending(e => e.List).ThenByDescending(e => e.ListedOn).ToLookup(e => e.OrganizationId);
        var cards = orgs.Select(o => new PublicOrgCard(o.Name, o.CreditCode, SocialOrgNames.Of(o.Type), CreditNames.Authority(o.AuthorityCode),
            SocialOrgNames.Of(o.Status), o.EstablishedOn, CreditNames.District(o.DivisionCode), o.LastInspectionYear,
            o.LastInspectionResult is { } r ? SocialOrgNames.Of(r) : null, o.CreditStatus.ToString(), SocialOrgNames.Of(o.CreditStatus),
            entries[o.Id].Select(e => new PublicCreditEntry(e.Number, e.List.ToString(), SocialOrgNames.Of(e.List), SocialOrgNames.Of(e.Trigger), e.ListedOn)).ToList()))
            .ToList();
        return new PublicLookupResult(text, cards.Count, more, cards);
    }

    public async Task<PublicListResult> ListAsync(string kind, string? q, int? page, CancellationToken ct)
    {
        var list = kind.ToLowerInvariant() switch
        {
            "abnormal" => CreditList.Abnormal,
            "serious" => CreditList.Serious,
            _ => throw new NotFoundException("没有这个名单"),
        };
        var rows = from e in db.CreditEntries.IgnoreQueryFilters().AsNoTracking()
                   join o in db.Organizations.IgnoreQueryFilters().AsNoTracking() on e.OrganizationId equals o.Id
                   where e.List == list && e.RemovedOn == null
                   select new { E = e, o.Name, o.AuthorityCode };
        if (q?.Trim() is { Length: > 0 } text)
        {
            if (text.Length > 50)
            {
                throw new FieldValidationException("q", "查询内容不超过50个字。");
            }
            var code = text.ToUpperInvariant();
            rows = rows.Where(x => x.Name.Contains(text) || x.E.CreditCode == code);
        }
        var total = await rows.CountAsync(ct);
        var p = Math.Clamp(page ?? 1, 1, 10_000);
        var items = await rows.OrderByDescending(x => x.E.ListedOn).ThenByDescending(x => x.E.Number).Skip((p - 1) * ListPageSize).Take(ListPageSize).ToListAsync(ct);
        return new PublicListResult(list.ToString(), SocialOrgNames.Of(list), total, p, ListPageSize,
            items.Select(x => new PublicListRow(x.E.Number, x.Name, x.E.CreditCode, CreditNames.District(x.E.DivisionCode), CreditNames.Authority(x.AuthorityCode),
                SocialOrgNames.Of(x.E.Trigger), x.E.ListedOn)).ToList());
    }
}
