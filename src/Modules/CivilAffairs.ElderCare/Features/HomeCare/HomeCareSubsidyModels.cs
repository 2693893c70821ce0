using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.ElderCare.Features.HomeCare;

public sealed class SubsidyApplication
{
    public string? IdNumber { get; set; }

    public string? Note { get; set; }
}

public sealed class ReasonRequest
{
    public string? Reason { get; set; }
}

internal sealed record SubsidyEventView(string Kind, string Text, string By, DateTime AtUtc);

internal sealed record SubsidyView(Guid Id, string Number, string IdNumberMasked, string Name, string DivisionCode, HomeCareSubsidyStatus Status,
    string StatusName, HomeCareTier Tier, string TierName, decimal MonthlyAmount, string Basis, string? Note, DateOnly AppliedOn, string AppliedBy,
    DateOnly? DecidedOn, string? DecidedBy, string? RefusalReason, DateOnly? StartMonth, DateOnly? EndOn, string? StopReason, DateOnly? LastCheckedOn,
    IReadOnlyList<SubsidyEventView> Events);

internal sealed record SubsidyListQuery(string? Status, string? Tier, string? Q);

/// <summary>What a provider may know for its bill: whether the elder holds a subsidy this month, and how much.</summary>
internal sealed record AllowanceView(string IdNumberMasked, DateOnly Month, bool Subsidised, string? TierName, decimal MonthlyAmount);
