using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Shared;

/// <summary>
/// The one way onto (and off) a credit list, used by every area whose facts trigger a listing (a
/// missing annual report, an unreachable address, a penalty). Adds the entry, the history line and
/// the organization's credit status to the caller's unit of work; the caller saves.
/// </summary>
/// <remarks>
/// Callers pass a <c>sourceRef</c> that names the fact (report year, letter, case number): the same
/// fact lists an organization once, so a second sweep or a retried request finds the open entry.
/// A new fact with the same trigger is folded into the open entry; on the serious list any new fact
/// restarts the listing period of the open serious entries (<see cref="CreditRules.RestartSeriousPeriod"/>).
/// </remarks>
internal sealed class CreditListing(SocialOrgsDb db, Numbers numbers, ICurrentUser user, TimeProvider clock, ParameterStore parameters,
    WorkingDayCalendar calendar)
{
    public async Task<CreditListEntry> PlaceAsync(SocialOrganization org, CreditList list, CreditTrigger trigger, string basis, string? sourceRef,
        DateOnly occurredOn, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "system";
        var open = await OpenEntriesAsync(org.Id, ct);
        var same = open.FirstOrDefault(e => e.List == list && e.Trigger == trigger);
        if (same is not null && CreditRules.IsSameFact(same, sourceRef, occurredOn))
        {
            return same;
        }
        var rules = await RulesAsync(org, occurredOn, ct);
        if (list == CreditList.Serious)
        {
            var restarted = CreditRules.RestartSeriousPeriod(open, today);
            foreach (var e in restarted)
            {
                e.RuleNote = Trim($"{e.RuleNote}；{today:yyyy-MM-dd}因新情形（{SocialOrgNames.Of(trigger)}）重新起算，最短列入期{rules.SeriousYears}年", 300);
            }
            if (restarted.Count > 0)
            {
                AddEvent(org, OrgEventKind.CreditListed, $"列入严重违法失信名单期间出现新情形（{SocialOrgNames.Of(trigger)}），列入期自{today:yyyy-MM-dd}重新起算",
                    string.Join("、", restarted.Select(e => e.Number)), today, by, now);
            }
        }
        if (same is not null)
        {
            // the open entry already lists the organization for this trigger: the new fact extends its record
            same.Basis = Trim($"{same.Basis}；{occurredOn:yyyy-MM-dd}：{basis}", 1000);
            return same;
        }
        var entry = new CreditListEntry
        {
            Number = await numbers.NextAsync(list == CreditList.Abnormal ? "YC" : "SX", today.Year, ct),
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, List = list, Trigger = trigger,
            Basis = Trim(basis, 1000), SourceRef = sourceRef, OccurredOn = occurredOn,
            DueBy = CreditRules.EntryDeadline(await calendar.GetAsync(ct), occurredOn, rules.EntryDays),
            ListedOn = today, PeriodStart = today, ListedBy = by, RuleNote = rules.EntryNote,
        };
        db.CreditEntries.Add(entry);
        SetStatus(org, open.Select(e => e.List).Append(list), now);
        AddEvent(org, OrgEventKind.CreditListed, (list == CreditList.Serious ? "列入严重违法失信名单：" : "列入活动异常名录：") + basis, entry.Number, today, by, now);
        return entry;
    }

    /// <summary>Takes an entry off its list (history kept), recomputes the organization's status and writes the history line; the caller saves.</summary>
    public async Task RemoveAsync(SocialOrganization org, CreditListEntry entry, string reason, CancellationToken ct)
    {
        if (entry.RemovedOn is not null)
        {
            throw new BusinessRuleException($"{entry.Number}已于{entry.RemovedOn:yyyy-MM-dd}移出");
        }
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        entry.RemovedOn = today;
        entry.RemovalReason = Trim(reason, 1000);
        entry.RemovedBy = user.UserName ?? "system";
        var open = await OpenEntriesAsync(org.Id, ct);
        SetStatus(org, open.Where(e => e.Id != entry.Id).Select(e => e.List), now);
        AddEvent(org, OrgEventKind.CreditRemoved, $"移出{SocialOrgNames.Of(entry.List)}（{SocialOrgNames.Of(entry.Trigger)}）：{reason}", entry.Number, today,
            entry.RemovedBy, now);
    }

    /// <summary>The credit-list parameters in force for the organization on a day (today's if none were yet in force then).</summary>
    public async Task<CreditRuleSet> RulesAsync(SocialOrganization org, DateOnly date, CancellationToken ct)
    {
        var found = await parameters.FindManyAsync(CreditParameters.Keys, date, org.DivisionCode, ct);
        if (found.Count < CreditParameters.Keys.Length)
        {
            found = await parameters.FindManyAsync(CreditParameters.Keys, ChinaTime.Today(clock), org.DivisionCode, ct);
        }
        var missing = CreditParameters.Keys.Where(k => !found.ContainsKey(k)).ToList();
        return missing.Count > 0
            ? throw new BusinessRuleException($"信用名单参数未设置：{string.Join("、", missing)}")
            : CreditRuleSet.From(found);
    }

    private async Task<List<CreditListEntry>> OpenEntriesAsync(Guid orgId, CancellationToken ct)
    {
        // whoever triggers a listing may not see every row of the organization (a sweep, another area): the organization is known here
        var open = await db.CreditEntries.IgnoreQueryFilters().Where(e => e.OrganizationId == orgId && e.RemovedOn == null).ToListAsync(ct);
        open.AddRange(db.CreditEntries.Local.Where(e => e.OrganizationId == orgId && e.RemovedOn == null && !open.Contains(e)));
        return open;
    }

    private static void SetStatus(SocialOrganization org, IEnumerable<CreditList> open, DateTime now)
    {
        var status = CreditRules.StatusOf(open);
        if (status != org.CreditStatus)
        {
            org.CreditStatus = status;
            org.UpdatedAtUtc = now;
        }
    }

    private void AddEvent(SocialOrganization org, OrgEventKind kind, string summary, string reference, DateOnly on, string by, DateTime now) =>
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = kind, Summary = Trim(summary, 500),
            Reference = Trim(reference, 64), OccurredOn = on, RecordedBy = by, RecordedAtUtc = now,
        });

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}
