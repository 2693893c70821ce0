namespace CivilAffairs.Assistance.Features.CrossCheck;

public sealed record BatchView(Guid Id, string Source, string SourceName, string FileName, string Sha256, DateOnly AsOf, int RowsRead, int RowsImported,
    int RowsRejected, string ImportedBy, DateTime ImportedAtUtc, bool Current);

public sealed record RunView(Guid Id, string Jurisdiction, DateOnly ReportDate, int Households, int Breaking, int Items, string Sources, long DurationMs,
    string RunBy, DateTime RunAtUtc);

public sealed record ReportSummary(Guid Id, string HouseholdKind, Guid HouseholdId, string Programme, string DivisionCode, string HeadName,
    string HeadIdNumberMasked, int HouseholdSize, DateOnly ReportDate, DateOnly ValidUntil, bool Valid, bool BreaksRules, IReadOnlyList<string> Reasons,
    int ItemCount);

public sealed record ReportItemView(string MemberIdNumberMasked, string Source, string SourceName, string Description, decimal? Value, string? Unit,
    bool Counted, string? Rule);

public sealed record ReportDetail(ReportSummary Summary, decimal FinancialAssets, int ResidentialUnits, int NonResidentialUnits, int Vehicles,
    int BusinessRegistrations, decimal VerifiedIncome, IReadOnlyList<ReportItemView> Items);

public sealed record ReportPage(int Total, int Breaking, IReadOnlyList<ReportSummary> Items);

/// <summary>Filters of the report list; all optional.</summary>
public sealed class ReportFilter
{
    public Guid? ApplicationId { get; set; }

    public Guid? EnrolmentId { get; set; }

    /// <summary>breaks (不符合) or clean (未发现不符).</summary>
    public string? Result { get; set; }

    /// <summary>A street or community code: reports at or below it.</summary>
    public string? Division { get; set; }

    /// <summary>Only reports still valid today.</summary>
    public bool ValidOnly { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = 20;
}

/// <summary>A column of a source's file format, for the template and the documentation.</summary>
public sealed record SourceColumnView(string Field, string Header, bool Required, string Help, string Example);

public sealed record SourceView(string Source, string Name, string Provider, IReadOnlyList<SourceColumnView> Columns);
