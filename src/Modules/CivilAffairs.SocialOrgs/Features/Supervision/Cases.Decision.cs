using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>处罚决定 and its consequences on the register and the credit lists.</summary>
internal sealed partial class Cases
{
    public async Task<CaseView> DecideAsync(Guid id, CaseStepRequest r, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsApprove);
        var c = await LoadForActionAsync(id, ct);
        // maker–checker: whoever proposed or investigated the case does not decide it
        NotSameAs(c.ProposedBy, "提出立案申请的人员不能作出处罚决定");
        if (SupervisionSupport.Names(c.Investigators).Contains(user.UserName, StringComparer.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("参与调查取证的人员不能作出处罚决定");
        }
        var on = CheckDate(c, r, CaseStatus.Decided);
        var (outcome, amount, months) = CheckOutcome(c, r);
        c.Outcome = outcome;
        c.Amount = amount;
        c.SuspensionMonths = months;
        c.DecidedOn = on;
        c.DecidedBy = user.UserName;
        c.DecisionReason = SupervisionSupport.Trim(r.Note, 2000);
        var text = $"{SupervisionRules.Name(outcome)}{(amount is { } a ? $" {a:#,##0.##} 元" : "")}{(months is { } m ? $" {m} 个月" : "")}";
        if (c.OrganizationId is { } orgId)
        {
            var org = await access.GetAsync(orgId, ct);
            var used = SupervisionSupport.Uses(c.ParametersUsed);
            var listed = await CreditConsequencesAsync(c, org, outcome, amount, on, used, ct);
            c.ParametersUsed = SupervisionSupport.Json(used);
            c.CreditEntries = listed.Count == 0 ? null : string.Join(",", listed);
            AddEvent(org, $"行政处罚决定：{text}（{c.Number}）", c.DecisionReason, on);
        }
        return await MoveAsync(c, CaseStatus.Decided, on, text + (c.DecisionReason is { } why ? "；" + why : ""), ct);
    }

    /// <summary>
    /// 民政部令第60号: a large fine, a suspension or a revocation puts the organization on the serious
    /// list; so do two or more warnings or small fines within three years. Revocation also ends it.
    /// </summary>
    private async Task<List<string>> CreditConsequencesAsync(EnforcementCase c, SocialOrganization org, CaseOutcome outcome, decimal? amount, DateOnly on,
        List<ParameterUse> used, CancellationToken ct)
    {
        var large = await parameters.ParamAsync(SupervisionParameters.LargeFine, on, org.DivisionCode, used, ct);
        var listed = new List<string>();
        async Task PlaceAsync(CreditTrigger trigger, string basis) =>
            listed.Add((await credit.PlaceAsync(org, CreditList.Serious, trigger, basis, c.Number, on, ct)).Number);
        switch (outcome)
        {
            case CaseOutcome.Fine when amount >= large:
                await PlaceAsync(CreditTrigger.LargeFine, $"被处以罚款{amount:#,##0.##}元（{c.Number}）");
                break;
            case CaseOutcome.Suspension:
                await PlaceAsync(CreditTrigger.SuspensionPenalty, $"被处以限期停止活动（{c.Number}）");
                break;
            case CaseOutcome.Revocation:
                await PlaceAsync(CreditTrigger.Revoked, $"被撤销登记（{c.Number}）");
                org.Status = OrgStatus.Revoked;
                org.EndedOn = on;
                org.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
                db.OrganizationEvents.Add(new OrganizationEvent
                {
                    OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = OrgEventKind.Revoked,
                    Summary = $"撤销登记（行政处罚决定 {c.Number}）", Reference = c.Number, OccurredOn = on, RecordedBy = user.UserName,
                    RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
                });
                break;
        }
        if (SupervisionRules.IsMinorPenalty(outcome, amount, large))
        {
            var count = (int)await parameters.ParamAsync(SupervisionParameters.RepeatCount, on, org.DivisionCode, used, ct);
            var years = (int)await parameters.ParamAsync(SupervisionParameters.RepeatYears, on, org.DivisionCode, used, ct);
            var from = on.AddYears(-years);
            // every decision about the organization counts, whoever made it
            var earlier = await db.Cases.IgnoreQueryFilters().AsNoTracking()
                .Where(x => x.OrganizationId == org.Id && x.Id != c.Id && x.DecidedOn > from && (x.Outcome == CaseOutcome.Warning || x.Outcome == CaseOutcome.Fine))
                .Select(x => new { x.Outcome, x.Amount, x.DecidedOn }).ToListAsync(ct);
            var dates = earlier.Where(x => SupervisionRules.IsMinorPenalty(x.Outcome!.Value, x.Amount, large)).Select(x => x.DecidedOn!.Value).Append(on);
            if (SupervisionRules.RepeatedPenalties(dates, on, count, years))
            {
                await PlaceAsync(CreditTrigger.RepeatedPenalties, $"{years}年内受到{count}次以上警告或较小数额罚款（{c.Number}）");
            }
        }
        return listed;
    }
}
