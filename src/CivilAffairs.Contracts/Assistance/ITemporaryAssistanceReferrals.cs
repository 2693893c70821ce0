namespace CivilAffairs.Contracts.Assistance;

/// <summary>
/// A person the Rescue module (救助管理站) refers for 临时救助 (急难型): often without an ID
/// number or Shenzhen hukou, so a description may stand in for the ID.
/// </summary>
/// <param name="RescueCaseRef">The Rescue module's case reference; a second referral with the same reference returns the first case.</param>
/// <param name="Name">Name if known.</param>
/// <param name="IdNumber">ID number if known; when absent <paramref name="Description"/> is required.</param>
/// <param name="Reason">Why help is needed (stranded, sudden illness, ...).</param>
/// <param name="SuggestedAmount">Amount the station suggests, in yuan; checked against the urgent cap.</param>
/// <param name="DivisionCode">The street (9 or 12 digits) that will handle the case, usually where the person was found.</param>
/// <param name="Description">Sex, apparent age, where found, features — for someone without an ID number.</param>
public sealed record ReferralRequest(string RescueCaseRef, string? Name, string? IdNumber, string Reason, decimal SuggestedAmount, string DivisionCode,
    string? Description = null);

/// <param name="CaseId">The temporary-assistance case.</param>
/// <param name="Created">False when the reference had already been referred (idempotent).</param>
/// <param name="Status">Pending, AwaitingDistrict, Approved or Refused.</param>
/// <param name="ApprovedAmount">The amount granted, once approved.</param>
public sealed record ReferralResult(Guid CaseId, bool Created, string Status, decimal? ApprovedAmount);

/// <summary>Implemented by Assistance; called by Rescue. Invalid referrals throw the platform's validation or business-rule exceptions.</summary>
public interface ITemporaryAssistanceReferrals
{
    /// <summary>Opens an urgent case at the street (or returns the case already opened for the same reference).</summary>
    Task<ReferralResult> ReferAsync(ReferralRequest request, CancellationToken ct = default);

    /// <summary>Where a referral stands, or null if the reference was never referred.</summary>
    Task<ReferralResult?> FindAsync(string rescueCaseRef, CancellationToken ct = default);
}
