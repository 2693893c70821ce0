using CivilAffairs.Assistance.Data;
using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Temporary;

/// <summary>
/// Referrals from the Rescue module become 急难型 cases at the named street. The calling module
/// has checked its own user's rights; the street then decides like any other case. One case per
/// rescue reference, so a retried referral is harmless.
/// </summary>
internal sealed class TemporaryReferrals(AssistanceDb db, TemporaryWorkflow workflow) : ITemporaryAssistanceReferrals
{
    public async Task<ReferralResult> ReferAsync(ReferralRequest request, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(request.RescueCaseRef) || request.RescueCaseRef.Length > 64)
        {
            throw new FieldValidationException("rescueCaseRef", "请提供救助管理站的案件编号（不超过64个字符）");
        }
        var reference = request.RescueCaseRef.Trim();
        if (await FindAsync(reference, ct) is { } existing)
        {
            return existing;
        }
        var c = await workflow.NewCaseAsync(new CreateTemporaryRequest
        {
            Kind = nameof(TemporaryKind.Urgent), ApplicantName = request.Name, IdNumber = request.IdNumber, PersonDescription = request.Description,
            DivisionCode = request.DivisionCode, Reason = request.Reason, Amount = request.SuggestedAmount, HouseholdSize = 1,
        }, checkJurisdiction: false, ct);
        c.Source = TemporaryWorkflow.RescueSource;
        c.RescueCaseRef = reference;
        workflow.Record(c, "救助站转介", $"转介编号 {reference}：{request.Reason}");
        db.TemporaryCases.Add(c);
        await db.SaveChangesAsync(ct);
        return new ReferralResult(c.Id, true, c.Status.ToString(), null);
    }

    public async Task<ReferralResult?> FindAsync(string rescueCaseRef, CancellationToken ct = default)
    {
        var reference = rescueCaseRef.Trim();
        // the Rescue station's staff are usually outside the street's jurisdiction: look the reference up across the city
        var c = await db.TemporaryCases.IgnoreQueryFilters().AsNoTracking().Where(x => x.RescueCaseRef == reference)
            .Select(x => new { x.Id, x.Status, x.ApprovedAmount }).FirstOrDefaultAsync(ct);
        return c is null ? null : new ReferralResult(c.Id, false, c.Status.ToString(), c.ApprovedAmount);
    }
}
