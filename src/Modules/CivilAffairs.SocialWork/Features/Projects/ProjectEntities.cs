using CivilAffairs.SocialWork.Features.Shared;

namespace CivilAffairs.SocialWork.Features.Projects;

/// <summary>
/// A government-purchased social-work service project (政府购买社工服务项目). The purchaser (a
/// district or street) decides who sees it: its division code is the purchaser's.
/// </summary>
internal sealed class ServiceProject
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public string Name { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string PurchaserName { get; set; } = "";

    public Guid ProviderId { get; set; }

    public string ProviderName { get; set; } = "";

    public SwField Field { get; set; }

    public string ContractNumber { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public decimal Budget { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>A contract indicator (服务指标): target and what was achieved.</summary>
internal sealed class ProjectIndicator
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public decimal Target { get; set; }

    public decimal? Actual { get; set; }
}

/// <summary>A mid-term or final evaluation; the grade and the bands it was graded by are kept as they were.</summary>
internal sealed class ProjectEvaluation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    public EvaluationKind Kind { get; set; }

    public string Evaluator { get; set; } = "";

    public DateOnly EvaluatedOn { get; set; }

    public decimal Score { get; set; }

    public string Grade { get; set; } = "";

    public bool Passed { get; set; }

    /// <summary>The bands in force on the evaluation date, e.g. 优秀≥90；良好≥80；合格≥60.</summary>
    public string Basis { get; set; } = "";

    public string Findings { get; set; } = "";

    public string RecordedBy { get; set; } = "";
}

/// <summary>A payment instalment to the provider (预付款 / 中期款 / 尾款).</summary>
internal sealed class ProjectPayment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    public PaymentStage Stage { get; set; }

    public decimal Amount { get; set; }

    public DateOnly PaidOn { get; set; }

    /// <summary>The evaluation it rests on (mid-term and final payments).</summary>
    public Guid? EvaluationId { get; set; }

    /// <summary>The parameter values and evaluation the payment was checked against.</summary>
    public string Basis { get; set; } = "";

    public string RecordedBy { get; set; } = "";
}

/// <summary>An out-of-province assistance project (社工援疆 …): where, with whom, people served by year.</summary>
internal sealed class AidProject
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    /// <summary>The Shenzhen unit that runs it (4403 for the city bureau).</summary>
    public string DivisionCode { get; set; } = "4403";

    public string Place { get; set; } = "";

    public string Partner { get; set; } = "";

    public SwField Field { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public decimal? Budget { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>People served (人次) by an aid project in a period.</summary>
internal sealed class AidServiceLog
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AidProjectId { get; set; }

    public string DivisionCode { get; set; } = "4403";

    public DateOnly PeriodEnd { get; set; }

    public int PeopleServed { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";
}
