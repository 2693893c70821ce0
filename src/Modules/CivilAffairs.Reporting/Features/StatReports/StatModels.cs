namespace CivilAffairs.Reporting.Features.StatReports;

/// <summary>月报 / 季报 / 年报.</summary>
public enum StatPeriodKind
{
    Monthly,
    Quarterly,
    Yearly,
}

/// <summary>How the body's rows are made: one per division below the filler's (plus 合计), or an explicit list of indicators.</summary>
public enum StatRowMode
{
    Divisions,
    List,
}

/// <summary>What a column shows of its metric: 本期, 上年同期, 增减%.</summary>
public enum StatMeasure
{
    Value,
    Previous,
    Change,
}

/// <summary>A submission's state: 填报 (draft, also after 退回), 审核, 上报.</summary>
public enum StatSubmissionStatus
{
    Draft,
    Reviewed,
    Submitted,
}

/// <summary>An indicator row of a list-mode table: its printed label and the metric it shows.</summary>
public sealed record StatRowDef(string? Label, string? Metric);

/// <summary>A column: header, metric (divisions mode; list mode takes the row's), measure.</summary>
public sealed record StatColumnDef(string? Header, string? Metric, StatMeasure Measure = StatMeasure.Value);

/// <summary>The body of a table definition, stored as JSON on the table.</summary>
public sealed record StatLayout(StatRowMode RowMode, IReadOnlyList<StatRowDef> Rows, IReadOnlyList<StatColumnDef> Columns);

/// <summary>Define or redefine a table (reporting.manage, city).</summary>
public sealed record StatTableRequest(
    string? Code, string? Title, string? FormNumber, string? Authority, string? ApprovalNumber, DateOnly? ValidUntil,
    StatPeriodKind? PeriodKind, int? DueWorkingDays, StatRowMode? RowMode, List<StatRowDef>? Rows, List<StatColumnDef>? Columns);

public sealed record StatNoteRequest(int Row, int Column, string? Note);

public sealed record StatReturnRequest(string? Reason);

/// <summary>A table as stored: code, the official marks of the form, period kind, deadline, body.</summary>
public sealed record StatTableView(
    Guid Id, string Code, string Title, string FormNumber, string Authority, string ApprovalNumber, DateOnly? ValidUntil,
    StatPeriodKind PeriodKind, string PeriodKindName, int DueWorkingDays, StatLayout Layout, string UpdatedBy, DateTime UpdatedAtUtc);

/// <summary>A period of a table for the user's division: its deadline and where the submission stands.</summary>
public sealed record StatPeriodRow(string Period, string Label, DateOnly DueOn, string Status, bool Overdue, DateTime? SubmittedAtUtc);

public sealed record StatTableDetail(StatTableView Table, string DivisionCode, string DivisionName, IReadOnlyList<StatPeriodRow> Periods);

/// <summary>A submission in the list of the jurisdiction's submissions.</summary>
public sealed record StatSubmissionRow(
    string TableCode, string TableTitle, string Period, string PeriodLabel, string DivisionCode, string DivisionName,
    string Status, DateOnly DueOn, bool Overdue, string FilledBy, DateTime? SubmittedAtUtc);

public sealed record StatTablesOverview(IReadOnlyList<StatTableView> Tables, IReadOnlyList<StatSubmissionRow> Submissions);

/// <summary>A cell: the figure (never typed in), its decimals, the clerk's explanatory note.</summary>
public sealed record StatCellView(decimal? Value, int Decimals, string? Note);

/// <summary>A body row; for a consolidated division, the status of its own submission.</summary>
public sealed record StatRowView(string Label, string? DivisionCode, string? Unit, IReadOnlyList<StatCellView> Cells, string? SourceStatus, bool Total);

/// <summary>A filled table (or, before 填报, the live figures it would hold) with what may be done next.</summary>
public sealed record StatSubmissionView(
    string TableCode, string Title, string FormNumber, string Authority, string ApprovalNumber, DateOnly? ValidUntil,
    string Period, string PeriodLabel, string DivisionCode, string DivisionName, StatRowMode RowMode,
    StatSubmissionStatus? StatusCode, string Status, DateOnly DueOn, bool Overdue,
    IReadOnlyList<string> Headers, IReadOnlyList<string> Units, IReadOnlyList<StatRowView> Rows, IReadOnlyList<string> MissingMetrics,
    string? FilledBy, DateTime? FilledAtUtc, string? ReviewedBy, DateTime? ReviewedAtUtc, string? SubmittedBy, DateTime? SubmittedAtUtc,
    string? ReturnedBy, string? ReturnReason);

/// <summary>A statistical table's definition (民政统计报表), configured by the city.</summary>
internal sealed class StatTable
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>表号.</summary>
    public string FormNumber { get; set; } = "";

    /// <summary>制定机关.</summary>
    public string Authority { get; set; } = "";

    /// <summary>批准文号.</summary>
    public string ApprovalNumber { get; set; } = "";

    /// <summary>有效期至.</summary>
    public DateOnly? ValidUntil { get; set; }

    public StatPeriodKind PeriodKind { get; set; }

    /// <summary>Working days after the period's end (official calendar) by which it is due.</summary>
    public int DueWorkingDays { get; set; }

    /// <summary><see cref="StatLayout"/> as JSON, validated against the metric catalog when saved.</summary>
    public string Layout { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>One division's filling of a table for a period: the figures frozen at 填报, notes, the workflow.</summary>
internal sealed class StatSubmission
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TableId { get; set; }

    public string TableCode { get; set; } = "";

    /// <summary>"2018", "2018Q3" or "2018-03".</summary>
    public string Period { get; set; } = "";

    /// <summary>The filler's division (填报单位).</summary>
    public string DivisionCode { get; set; } = "";

    public StatSubmissionStatus Status { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The body rows (StatRowView without notes) as JSON, computed from MetricValues at 填报.</summary>
    public string Body { get; set; } = "";

    /// <summary>Explanatory notes per cell ("row:column" → text) as JSON.</summary>
    public string Notes { get; set; } = "{}";

    public string FilledBy { get; set; } = "";

    public DateTime FilledAtUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? ReturnedBy { get; set; }

    public DateTime? ReturnedAtUtc { get; set; }

    public string? ReturnReason { get; set; }

    public int Version { get; set; }
}
