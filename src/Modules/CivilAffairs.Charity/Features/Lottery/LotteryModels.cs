using CivilAffairs.Charity.Domain;

namespace CivilAffairs.Charity.Features.Lottery;

internal sealed class LotteryOutletRequest
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? DivisionCode { get; set; }

    public string? OperatorName { get; set; }

    public string? OperatorPhone { get; set; }

    public DateOnly? OpenedOn { get; set; }
}

internal sealed class LotteryOutletCloseRequest
{
    public DateOnly? ClosedOn { get; set; }
}

internal sealed class LotterySaleRequest
{
    public string? Month { get; set; }

    public string? OutletCode { get; set; }

    public string? Game { get; set; }

    public decimal? Amount { get; set; }
}

internal sealed class LotteryUnclaimedRequest
{
    public decimal? Amount { get; set; }
}

internal sealed class LotteryReturnRequest
{
    public string? Reason { get; set; }
}

internal sealed class LotteryBudgetLineRequest
{
    public LotteryFundUse Use { get; set; }

    public string? Title { get; set; }

    public decimal? Amount { get; set; }

    public string? ProgrammeKey { get; set; }
}

internal sealed class LotteryBudgetRequest
{
    public int? Year { get; set; }

    public string? Note { get; set; }

    public List<LotteryBudgetLineRequest>? Lines { get; set; }
}

internal sealed class LotteryGrantRequest
{
    public Guid? BudgetLineId { get; set; }

    public LotteryApplicantKind ApplicantKind { get; set; }

    public string? CreditCode { get; set; }

    public string? ApplicantName { get; set; }

    public string? ProjectName { get; set; }

    public bool IsBrand { get; set; }

    public string? ProgrammeKey { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public string? Targets { get; set; }
}

internal sealed class LotteryDisbursementRequest
{
    public DateOnly? PaidOn { get; set; }

    public decimal? Amount { get; set; }

    public string? Note { get; set; }
}

internal sealed class LotteryIndicatorRequest
{
    public LotteryIndicatorKind Kind { get; set; }

    public string? Name { get; set; }

    public decimal? Target { get; set; }

    public decimal? Actual { get; set; }

    public decimal? Weight { get; set; }
}

internal sealed class LotteryEvaluationRequest
{
    public string? Evaluator { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public string? Findings { get; set; }

    public List<LotteryIndicatorRequest>? Indicators { get; set; }
}

/// <summary>An outlet as lists show it: the operator's name and phone masked.</summary>
internal sealed record LotteryOutletView(Guid Id, string Code, string Name, string DivisionCode, string District, string OperatorMasked, string PhoneMasked,
    DateOnly OpenedOn, DateOnly? ClosedOn, LotteryOutletStatus Status, string StatusName);

internal sealed record LotteryImportError(int Row, string Column, string Message);

internal sealed record LotteryImportResult(string Month, int Rows, int Added, int Replaced, int Rejected, decimal Amount, IReadOnlyList<LotteryImportError> Errors);

internal sealed record LotteryMonthRow(string Month, LotteryMonthStatus Status, string StatusName, decimal Sales, decimal MySales, decimal FundFromSales,
    decimal UnclaimedPrizes, decimal FundRaised, decimal LocalFund);

internal sealed record LotteryAccrualView(LotteryGame Game, string GameName, decimal Sales, decimal Rate, DateOnly RateValidFrom, string RateBasis, decimal Fund);

internal sealed record LotteryDistrictRow(string Code, string Name, decimal Sales, IReadOnlyDictionary<string, decimal> ByGame);

internal sealed record LotteryMonthView(string Month, LotteryMonthStatus Status, string StatusName, decimal Sales, decimal FundFromSales, decimal UnclaimedPrizes,
    decimal FundRaised, decimal LocalShare, decimal LocalFund, string ParameterKey, DateTime? ComputedAtUtc, string? ClosedBy, DateTime? ClosedAtUtc,
    IReadOnlyList<LotteryAccrualView> Accruals, IReadOnlyList<LotteryDistrictRow> Districts, int Outlets);

internal sealed record LotteryBudgetRow(int Year, LotteryBudgetStatus Status, string StatusName, decimal Total, decimal Granted, string PreparedBy, string? DecidedBy);

internal sealed record LotteryBudgetLineView(Guid Id, LotteryFundUse Use, string UseName, string Title, decimal Amount, decimal Granted, decimal Pending, decimal Remaining,
    string? ProgrammeKey, string? ProgrammeName, string? ProgrammeLink);

internal sealed record LotteryBudgetView(Guid Id, int Year, LotteryBudgetStatus Status, string StatusName, string? Note, string PreparedBy, DateTime PreparedAtUtc,
    string? DecidedBy, DateTime? DecidedAtUtc, string? ReturnReason, decimal FundBasis, decimal CarryOver, decimal Limit, IReadOnlyList<LotteryBudgetLineView> Lines)
{
    public decimal Total => Lines.Sum(l => l.Amount);
}

internal sealed record LotteryGrantRow(Guid Id, string Number, int Year, string ApplicantName, string ProjectName, bool IsBrand, LotteryFundUse Use, string UseName,
    string LineTitle, decimal Amount, decimal Paid, LotteryGrantStatus Status, string StatusName, string? Grade, string PreparedBy, string? ProgrammeName);

internal sealed record LotteryGrantList(IReadOnlyList<LotteryGrantRow> Items, int Pending, decimal ApprovedTotal);

internal sealed record LotteryDisbursementView(Guid Id, DateOnly PaidOn, decimal Amount, string? Note, string RecordedBy);

internal sealed record LotteryIndicatorView(LotteryIndicatorKind Kind, string KindName, string Name, decimal Target, decimal Actual, decimal Weight);

internal sealed record LotteryEvaluationView(Guid Id, string Evaluator, DateOnly EvaluatedOn, string Findings, decimal Score, string Grade, string ParameterKey,
    IReadOnlyList<LotteryIndicatorView> Indicators);

internal sealed record LotteryGrantView(LotteryGrantRow Grant, LotteryApplicantKind ApplicantKind, string CreditCode, string DivisionCode, DateOnly PeriodFrom,
    DateOnly PeriodTo, string Targets, DateTime PreparedAtUtc, string? DecidedBy, DateTime? DecidedAtUtc, string? ReturnReason, decimal? LineRemainingBefore,
    decimal? LineAmount, decimal? LineRemaining, string? ProgrammeKey, string? ProgrammeLink, IReadOnlyList<LotteryDisbursementView> Disbursements,
    IReadOnlyList<LotteryEvaluationView> Evaluations);

internal sealed record LotteryStatMonth(string Month, decimal Sales, decimal Fund, bool Closed);

internal sealed record LotteryStatShare(string Key, string Name, decimal Sales);

internal sealed record LotteryStatYear(int Year, decimal Sales, decimal FundRaised, decimal LocalFund, decimal Used, decimal Disbursed, decimal Balance);

internal sealed record LotteryProgrammeYear(string Key, string Name, string Module, string Link, int Year, decimal Budgeted, decimal Granted);

internal sealed record LotteryStatsView(int Year, IReadOnlyList<LotteryStatMonth> Months, IReadOnlyList<LotteryStatShare> Districts, IReadOnlyList<LotteryStatShare> Games,
    IReadOnlyList<LotteryStatYear> Years, IReadOnlyList<LotteryProgrammeYear> Programmes);

internal sealed record LotteryPublicUse(int Year, string Use, decimal Amount, int Projects);

internal sealed record LotteryPublicProject(int Year, string ProjectName, string ApplicantName, string Use, decimal Amount, string? Grade);

internal sealed record LotteryPublicView(IReadOnlyList<LotteryStatYear> Years, IReadOnlyList<LotteryPublicUse> Uses, IReadOnlyList<LotteryPublicProject> BrandProjects);
