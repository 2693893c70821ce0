using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Shared;

/// <summary>
/// The one way onto a credit list, used by every area whose facts trigger a listing (a missing
/// annual report, an unreachable address, a penalty). Adds the entry, the history line and the
/// organization's credit status to the caller's unit of work; the caller saves.
/// </summary>
internal sealed class CreditListing(SocialOrgsDb db, Numbers numbers, ICurrentUser user, TimeProvider clock)
{
    public async Task<CreditListEntry> PlaceAsync(SocialOrganization org, CreditList list, CreditTrigger trigger, string basis, string? sourceRef,
        DateOnly occurredOn, CancellationToken ct)
    {
        // the same fact lists an organization once: a second sweep or a retried request finds the open entry
        var open = await db.CreditEntries.FirstOrDefaultAsync(e => e.OrganizationId == org.Id && e.List == list && e.Trigger == trigger
            && e.RemovedOn == null, ct);
        if (open is not null)
        {
            return open;
        }
        var today = ChinaTime.Today(clock);
        var entry = new CreditListEntry
        {
            Number = await numbers.NextAsync(list == CreditList.Abnormal ? "YC" : "SX", today.Year, ct),
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, List = list, Trigger = trigger,
            Basis = basis, SourceRef = sourceRef, OccurredOn = occurredOn, DueBy = occurredOn, ListedOn = today, ListedBy = user.UserName ?? "system",
        };
        db.CreditEntries.Add(entry);
        if ((int)list > (int)org.CreditStatus)
        {
            org.CreditStatus = list == CreditList.Serious ? CreditStatus.Serious : CreditStatus.Abnormal;
            org.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = OrgEventKind.CreditListed,
            Summary = (list == CreditList.Serious ? "列入严重违法失信名单：" : "列入活动异常名录：") + basis, Reference = entry.Number,
            OccurredOn = today, RecordedBy = user.UserName ?? "system", RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        return entry;
    }
}
