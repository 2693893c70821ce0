namespace CivilAffairs.Assistance.Features.Calculation;

/// <summary>POST /api/v1/assistance/calculations: a household as a community worker describes it.</summary>
public sealed class CalculationRequest
{
    /// <summary>Mlg (低保), LowIncome (低收入), ExtremePoverty (特困).</summary>
    public string? Programme { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Where the household lives (parameters may differ by district).</summary>
    public string? DivisionCode { get; set; }

    public List<CalculationMember> Members { get; set; } = [];

    public CalculationAssets? Assets { get; set; }
}

public sealed class CalculationMember
{
    /// <summary>Gives the birth date; or give <see cref="BirthDate"/>.</summary>
    public string? IdNumber { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>GB/T 4761 relationship to the applicant (02 for the applicant).</summary>
    public string? Relation { get; set; }

    public decimal? MonthlyIncome { get; set; }

    /// <summary>Itemised income; when given it replaces <see cref="MonthlyIncome"/> and excluded kinds are not counted.</summary>
    public List<CalculationIncomeItem>? IncomeItems { get; set; }

    /// <summary>残疾等级 1–4.</summary>
    public int? DisabilityGrade { get; set; }

    public bool SeriousIllness { get; set; }

    public bool Student { get; set; }

    /// <summary>特困: the six self-care indicators (true = can do it alone).</summary>
    public CalculationAdl? Adl { get; set; }

    public bool ShenzhenHukou { get; set; }
}

public sealed class CalculationIncomeItem
{
    /// <summary>wage, business, property, transfer, pension, support, social_assistance, one_child_award, disability_subsidy, …</summary>
    public string? Kind { get; set; }

    public decimal Amount { get; set; }
}

public sealed class CalculationAdl
{
    public bool Eating { get; set; } = true;

    public bool Dressing { get; set; } = true;

    public bool Transferring { get; set; } = true;

    public bool Toileting { get; set; } = true;

    public bool Walking { get; set; } = true;

    public bool Bathing { get; set; } = true;
}

public sealed class CalculationAssets
{
    public decimal FinancialAssets { get; set; }

    public int ResidentialUnits { get; set; }

    public int NonResidentialUnits { get; set; }

    public int Vehicles { get; set; }

    public int BusinessRegistrations { get; set; }
}

public sealed record CalculationLine(string Item, decimal Amount);

public sealed record CalculationParameter(string Name, string Key, string Value, DateOnly ValidFrom, string LegalBasis);

public sealed record CalculationResponse(string Programme, DateOnly Date, decimal Standard, decimal Threshold, int HouseholdSize,
    decimal CountedIncome, decimal PerCapitaIncome, bool Eligible, IReadOnlyList<string> Reasons, decimal MonthlyBenefit,
    IReadOnlyList<CalculationLine> Breakdown, IReadOnlyList<CalculationParameter> Parameters);
