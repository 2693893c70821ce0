using CivilAffairs.Platform.Values;

namespace CivilAffairs.Charity.Domain;

/// <summary>福利彩票玩法. 中福在线 (video lottery) is kept for the 2018 figures; 快乐8 replaced the fast games in 2020.</summary>
internal enum LotteryGame
{
    DoubleColorBall,
    Fc3D,
    Happy8,
    SevenLe,
    Instant,
    VideoLottery,
}

internal enum LotteryOutletStatus
{
    Open,
    Suspended,
    Closed,
}

internal enum LotteryMonthStatus
{
    Open,
    Closed,
}

internal enum LotteryBudgetStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
}

internal enum LotteryGrantStatus
{
    Submitted,
    Approved,
    Returned,
}

/// <summary>公益金使用方向.</summary>
internal enum LotteryFundUse
{
    ElderlyCare,
    ChildWelfare,
    DisabilityWelfare,
    SocialAssistance,
    CharityPublicWelfare,
    Other,
}

internal enum LotteryApplicantKind
{
    SocialOrg,
    BureauUnit,
}

internal enum LotteryIndicatorKind
{
    Output,
    Effect,
    Satisfaction,
}

/// <summary>福利彩票投注站 (销售站点).</summary>
internal sealed class LotteryOutlet
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>站点编号, e.g. 44030401001.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Street where it stands (9 digits).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>业主 (the contracted operator, a person).</summary>
    [PersonalData(MaskKind.Name)]
    public string OperatorName { get; set; } = "";

    [PersonalData(MaskKind.Phone)]
    public string? OperatorPhone { get; set; }

    public DateOnly OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public LotteryOutletStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>One outlet's sales of one game in one month; the natural key is outlet + month + game (a re-import replaces it).</summary>
internal sealed class LotterySale
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OutletId { get; set; }

    public string OutletCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }

    public LotteryGame Game { get; set; }

    public decimal Amount { get; set; }

    /// <summary>"录入" or "导入".</summary>
    public string Source { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// A month of the city's lottery: its sales total, the 公益金 accrued from it with the rates used,
/// the unclaimed prizes (弃奖) that also go to the fund, and whether the month is closed (locked).
/// </summary>
internal sealed class LotteryMonth
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateOnly Month { get; set; }

    public LotteryMonthStatus Status { get; set; }

    public decimal Sales { get; set; }

    /// <summary>Σ sales × the game's 公益金 rate.</summary>
    public decimal FundFromSales { get; set; }

    /// <summary>逾期未兑奖奖金 (弃奖) of the month.</summary>
    public decimal UnclaimedPrizes { get; set; }

    /// <summary>FundFromSales + UnclaimedPrizes: the 公益金 raised in Shenzhen this month.</summary>
    public decimal FundRaised { get; set; }

    /// <summary>The local share of FundFromSales plus all unclaimed prizes: what the city may budget.</summary>
    public decimal LocalFund { get; set; }

    public decimal LocalShare { get; set; }

    /// <summary>The parameter values used (rates by game with their dates, local share).</summary>
    public string ParameterKey { get; set; } = "";

    public DateTime? ComputedAtUtc { get; set; }

    public string? ClosedBy { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>The month's accrual per game, with the rate in force and its effective date.</summary>
internal sealed class LotteryAccrual
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MonthId { get; set; }

    public DateOnly Month { get; set; }

    public LotteryGame Game { get; set; }

    public decimal Sales { get; set; }

    public decimal Rate { get; set; }

    public DateOnly RateValidFrom { get; set; }

    public string RateBasis { get; set; } = "";

    public decimal Fund { get; set; }
}

/// <summary>The city's 公益金 budget for a year: "当年筹集、次年使用" — limited by the local fund raised the year before plus the balance carried over.</summary>
internal sealed class LotteryBudget
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    public LotteryBudgetStatus Status { get; set; }

    public string? Note { get; set; }

    public string PreparedBy { get; set; } = "";

    public DateTime PreparedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? ReturnReason { get; set; }

    /// <summary>Recorded at approval: the local fund raised in Year − 1 (closed months).</summary>
    public decimal? FundBasis { get; set; }

    /// <summary>Recorded at approval: the balance carried over from earlier years.</summary>
    public decimal? CarryOver { get; set; }

    public int Version { get; set; }
}

internal sealed class LotteryBudgetLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BudgetId { get; set; }

    public int Year { get; set; }

    public LotteryFundUse Use { get; set; }

    public string Title { get; set; } = "";

    public decimal Amount { get; set; }

    /// <summary>A programme run by another module that this line pays for (see LotteryProgrammes), or null.</summary>
    public string? ProgrammeKey { get; set; }
}

/// <summary>公益金资助项目.</summary>
internal sealed class LotteryGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>ZZ-2026-000001.</summary>
    public string Number { get; set; } = "";

    public int Year { get; set; }

    public Guid BudgetLineId { get; set; }

    public LotteryApplicantKind ApplicantKind { get; set; }

    /// <summary>The social organization's credit code; "" for a bureau unit (the organization filter uses it).</summary>
    public string CreditCode { get; set; } = "";

    public string ApplicantName { get; set; } = "";

    /// <summary>The applicant's location (an organization's division, 4403 for a city unit).</summary>
    public string DivisionCode { get; set; } = "4403";

    public string ProjectName { get; set; } = "";

    /// <summary>品牌项目.</summary>
    public bool IsBrand { get; set; }

    public string? ProgrammeKey { get; set; }

    public decimal Amount { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    /// <summary>绩效目标.</summary>
    public string Targets { get; set; } = "";

    public LotteryGrantStatus Status { get; set; }

    public string PreparedBy { get; set; } = "";

    public DateTime PreparedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? ReturnReason { get; set; }

    /// <summary>Recorded at approval: what remained on the budget line before this grant.</summary>
    public decimal? LineRemainingBefore { get; set; }

    public int Version { get; set; }
}

/// <summary>拨付.</summary>
internal sealed class LotteryDisbursement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GrantId { get; set; }

    public string CreditCode { get; set; } = "";

    public DateOnly PaidOn { get; set; }

    public decimal Amount { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>绩效评价 of a grant: the score is computed from the indicators and stored with the grade thresholds used.</summary>
internal sealed class LotteryEvaluation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GrantId { get; set; }

    public string CreditCode { get; set; } = "";

    public string Evaluator { get; set; } = "";

    public DateOnly EvaluatedOn { get; set; }

    public string Findings { get; set; } = "";

    public decimal Score { get; set; }

    /// <summary>优 / 良 / 中 / 差.</summary>
    public string Grade { get; set; } = "";

    /// <summary>The grade thresholds used.</summary>
    public string ParameterKey { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

internal sealed class LotteryIndicator
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EvaluationId { get; set; }

    public string CreditCode { get; set; } = "";

    public LotteryIndicatorKind Kind { get; set; }

    public string Name { get; set; } = "";

    public decimal Target { get; set; }

    public decimal Actual { get; set; }

    public decimal Weight { get; set; }
}
