namespace CivilAffairs.Assistance.Features.Temporary;

/// <summary>POST /api/v1/assistance/temporary: a 临时救助 case registered at the window or by a community worker.</summary>
public sealed class CreateTemporaryRequest
{
    /// <summary>Urgent (急难型) or Transitional (过渡型).</summary>
    public string? Kind { get; set; }

    public string? ApplicantName { get; set; }

    /// <summary>Optional: people without papers are described instead.</summary>
    public string? IdNumber { get; set; }

    /// <summary>Required without an ID number: sex, apparent age, where found, features.</summary>
    public string? PersonDescription { get; set; }

    public bool ShenzhenHukou { get; set; }

    public int? HouseholdSize { get; set; }

    /// <summary>The street or community handling the case (in the worker's jurisdiction).</summary>
    public string? DivisionCode { get; set; }

    public string? Reason { get; set; }

    /// <summary>Amount asked for, in yuan; at most the cap of the kind.</summary>
    public decimal? Amount { get; set; }
}

/// <summary>A street or district decision: approve (with the amount, default the one asked for) or refuse with a reason.</summary>
public sealed class TemporaryDecisionRequest
{
    public bool? Approve { get; set; }

    public decimal? Amount { get; set; }

    public string? Note { get; set; }

    public int? Version { get; set; }
}

public sealed class TemporaryNoteRequest
{
    public string? Note { get; set; }
}

/// <summary>Money handed over for an approved case.</summary>
public sealed class TemporaryPaymentRequest
{
    public DateOnly? PaidOn { get; set; }

    public decimal? Amount { get; set; }

    public string? Note { get; set; }
}

public sealed record TemporaryStepView(DateTime AtUtc, string Action, string UserName, string Role, string? Note);

public sealed record TemporaryPaymentView(DateOnly PaidOn, decimal Amount, string? Note, string UserName);

public sealed record TemporaryCaseView(Guid Id, string Kind, string Status, string ApplicantName, string IdNumberMasked, string? PersonDescription,
    bool ShenzhenHukou, int HouseholdSize, string DivisionCode, string Reason, decimal RequestedAmount, decimal? ApprovedAmount, decimal Standard,
    decimal Cap, decimal StreetLimit, string Level, DateOnly SubmittedOn, DateOnly? DecidedOn, DateOnly? PapersDueOn, DateOnly? PapersReceivedOn,
    bool PapersOverdue, string Source, string? RescueCaseRef, string? DecisionNote, decimal PaidTotal, int Version,
    IReadOnlyList<TemporaryStepView> Steps, IReadOnlyList<TemporaryPaymentView> Payments);

public sealed record TemporaryList(int PendingStreet, int AwaitingDistrict, int PapersOverdue, IReadOnlyList<TemporaryCaseView> Items);
