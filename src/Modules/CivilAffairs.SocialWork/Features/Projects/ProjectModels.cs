using CivilAffairs.SocialWork.Features.Shared;

namespace CivilAffairs.SocialWork.Features.Projects;

public sealed class ProjectRequest
{
    public string? Name { get; set; }

    /// <summary>The purchasing district or street (in my jurisdiction).</summary>
    public string? PurchaserDivisionCode { get; set; }

    public Guid? ProviderId { get; set; }

    public SwField? Field { get; set; }

    public string? ContractNumber { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public decimal? Budget { get; set; }

    public List<IndicatorRequest> Indicators { get; set; } = [];
}

public sealed class IndicatorRequest
{
    public string? Name { get; set; }

    public string? Unit { get; set; }

    public decimal? Target { get; set; }
}

public sealed class IndicatorActualRequest
{
    public decimal? Actual { get; set; }
}

public sealed class EvaluationRequest
{
    public EvaluationKind? Kind { get; set; }

    public string? Evaluator { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public decimal? Score { get; set; }

    public string? Findings { get; set; }
}

public sealed class PaymentRequest
{
    public PaymentStage? Stage { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? PaidOn { get; set; }
}

public sealed record ProjectRow(Guid Id, string Number, string Name, string PurchaserName, string DivisionCode, string ProviderName, string Field, string FieldName,
    string ContractNumber, DateOnly StartsOn, DateOnly EndsOn, decimal Budget, decimal Paid, string? MidTermGrade, string? FinalGrade, string Stage, bool Overdue);

public sealed record IndicatorView(Guid Id, string Name, string Unit, decimal Target, decimal? Actual, decimal? Rate);

public sealed record EvaluationView(Guid Id, string Kind, string KindName, string Evaluator, DateOnly EvaluatedOn, decimal Score, string Grade, bool Passed,
    string Basis, string Findings, string RecordedBy);

public sealed record PaymentView(Guid Id, string Stage, string StageName, decimal Amount, DateOnly PaidOn, string Basis, string RecordedBy);

public sealed record ProjectView(ProjectRow Row, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<EvaluationView> Evaluations, IReadOnlyList<PaymentView> Payments);

public sealed class AidRequest
{
    public string? Name { get; set; }

    public string? Place { get; set; }

    public string? Partner { get; set; }

    public SwField? Field { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public decimal? Budget { get; set; }
}

public sealed class AidServedRequest
{
    public DateOnly? PeriodEnd { get; set; }

    public int? PeopleServed { get; set; }

    public string? Note { get; set; }
}

public sealed record AidRow(Guid Id, string Name, string Place, string Partner, string FieldName, DateOnly StartsOn, DateOnly? EndsOn, decimal? Budget,
    IReadOnlyDictionary<int, int> ServedByYear, int ServedTotal);

public sealed record AidView(IReadOnlyList<AidRow> Projects, IReadOnlyDictionary<int, int> ServedByYear);

/// <summary>Chinese names of the project area's enums.</summary>
internal static class ProjectNames
{
    public static string Of(EvaluationKind k) => k == EvaluationKind.MidTerm ? "中期评估" : "末期评估";

    public static string Of(PaymentStage s) => s switch
    {
        PaymentStage.Advance => "预付款",
        PaymentStage.MidTerm => "中期款",
        _ => "尾款",
    };
}
