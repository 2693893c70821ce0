namespace CivilAffairs.Contracts.Reporting;

/// <summary>
/// A read-only view a module publishes for statistics: its reporting contract. The Reporting
/// module creates it as <c>reporting.{Name}</c> on PostgreSQL and <c>reporting_{Name}</c> on
/// SQLite after all migrations, drops it before migrations (so that a module may change its
/// tables), and reads nothing else.
/// </summary>
/// <param name="Name">snake_case, starting with the module key: <c>funeral_free_services</c>.</param>
/// <param name="Module">The publishing module's key (ModuleInfo.Key), e.g. "funeral".</param>
/// <param name="Title">What one row is, in Chinese: 免除基本殡葬服务费用的逝者.</param>
/// <param name="Sql">
/// One SELECT for both providers. Tokens: <c>{schema.table}</c> becomes the real table name
/// (<c>"funeral"."cases"</c> / <c>"funeral_cases"</c>); <c>{date:expr}</c> turns a timestamp into
/// a date (<c>CAST(expr AS date)</c> / <c>substr(expr,1,10)</c>); <c>{true}</c>/<c>{false}</c>
/// are boolean literals. Every view has a text column <c>division_code</c> (the place the row
/// belongs to, for jurisdiction) and should have <c>ref</c> (a business number, never a personal
/// identifier) and <c>link</c> (the staff page of the row, relative URL) for drill-down.
/// Views never expose names, ID numbers, phones or addresses.
/// </param>
/// <param name="Columns">The columns shown in drill-down lists, with Chinese headings.</param>
/// <param name="SqliteSql">Only when one text cannot serve both providers.</param>
/// <param name="RowsPermission">
/// The permission needed to see the view's rows in drill-down; by default the module's read
/// permission (e.g. "funeral.read"). Restricted records (gang-related leads) name their own.
/// </param>
public sealed record ReportingView(
    string Name,
    string Module,
    string Title,
    string Sql,
    IReadOnlyList<ReportingColumn> Columns,
    string? SqliteSql = null,
    string? RowsPermission = null);

/// <summary>A column of a reporting view as drill-down lists show it.</summary>
public sealed record ReportingColumn(string Name, string Title);

/// <summary>How a metric's value for a period is obtained from its view.</summary>
public enum MetricKind
{
    /// <summary>Events within the period: rows whose <c>DateColumn</c> falls in it (服务人次, 办理宗数, 金额).</summary>
    Flow,

    /// <summary>What stands at the end of the period: rows with <c>DateColumn</c> ≤ end and <c>EndColumn</c> null or &gt; end (在册户数, 床位, 标准).</summary>
    Stock,

    /// <summary>Numerator ÷ denominator (two other metrics), as a percentage.</summary>
    Ratio,
}

/// <summary>
/// A figure the platform reports (dashboards, the annual summary, statistical tables), defined
/// as an aggregate over one reporting view.
/// </summary>
/// <param name="Key">Dotted, module first: <c>funeral.free.persons</c>. Stable: templates cite it.</param>
/// <param name="View">The <see cref="ReportingView.Name"/> it reads (ignored for ratios).</param>
/// <param name="Title">Chinese label: 免除基本殡葬服务费用人数.</param>
/// <param name="EnglishTitle">English label.</param>
/// <param name="Unit">Chinese unit of the stored value: 人, 户, 元, 元/人·月, 张, 家, 宗, 个, 件, 人次, %.</param>
/// <param name="Measure">
/// SQL aggregate over the view's columns: <c>count(*)</c>, <c>sum(amount)</c>,
/// <c>count(distinct household_ref)</c>, <c>max(amount)</c>. A <c>max(</c>/<c>min(</c> measure is a
/// level (a standard): divisions are combined by max/min and a district also sees the city's row.
/// </param>
/// <param name="DateColumn">Flow: the event date; Stock: the date the row starts to count.</param>
/// <param name="EndColumn">Stock only: the date it stops counting (null in the row = still counts).</param>
/// <param name="Filter">Optional SQL predicate over the view's columns.</param>
/// <param name="Numerator">Ratio only: metric key.</param>
/// <param name="Denominator">Ratio only: metric key.</param>
/// <param name="Decimals">Digits shown after the point.</param>
/// <param name="Section">The section (1–10) of the annual summary it belongs to, after the 2018 summary's order.</param>
public sealed record ReportingMetric(
    string Key,
    string View,
    string Title,
    string EnglishTitle,
    string Unit,
    MetricKind Kind,
    string Measure,
    string? DateColumn,
    string? EndColumn = null,
    string? Filter = null,
    string? Numerator = null,
    string? Denominator = null,
    int Decimals = 0,
    int Section = 0);

/// <summary>
/// What a module publishes for statistics. Register as <c>services.AddSingleton&lt;IReportingSource, X&gt;()</c>.
/// </summary>
public interface IReportingSource
{
    /// <summary>The module key (ModuleInfo.Key).</summary>
    string Module { get; }

    /// <summary>The views this module publishes (created by Reporting after all migrations).</summary>
    IReadOnlyList<ReportingView> Views { get; }

    /// <summary>The figures defined over those views.</summary>
    IReadOnlyList<ReportingMetric> Metrics { get; }
}
