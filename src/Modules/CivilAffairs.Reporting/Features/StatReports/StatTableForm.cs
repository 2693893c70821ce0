namespace CivilAffairs.Reporting.Features.StatReports;

/// <summary>
/// The definition form of the back office: rows and columns typed one per line, "名称|指标" and
/// "栏目|指标|本期/上年同期/增减%", turned into the API's request (validated there).
/// </summary>
public sealed class StatTableForm
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? FormNumber { get; set; }

    public string? Authority { get; set; } = "深圳市民政局";

    public string? ApprovalNumber { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public StatPeriodKind PeriodKind { get; set; } = StatPeriodKind.Yearly;

    public int? DueWorkingDays { get; set; } = 10;

    public StatRowMode RowMode { get; set; } = StatRowMode.List;

    public string? Rows { get; set; }

    public string? Columns { get; set; } = "本期\n上年同期||上年同期\n增减%||增减%";
}

/// <summary>Between the definition form and the API's request (the form itself stays a plain input class).</summary>
internal static class StatTableForms
{
    public static StatTableRequest ToRequest(this StatTableForm f) => new(f.Code, f.Title, f.FormNumber, f.Authority, f.ApprovalNumber, f.ValidUntil, f.PeriodKind, f.DueWorkingDays, f.RowMode,
        Lines(f.Rows).Select(p => new StatRowDef(At(p, 0), At(p, 1))).ToList(),
        Lines(f.Columns).Select(p => new StatColumnDef(At(p, 0), At(p, 1), Measure(At(p, 2)))).ToList());

    public static StatTableForm From(StatTableView t) => new()
    {
        Code = t.Code, Title = t.Title, FormNumber = t.FormNumber, Authority = t.Authority, ApprovalNumber = t.ApprovalNumber, ValidUntil = t.ValidUntil,
        PeriodKind = t.PeriodKind, DueWorkingDays = t.DueWorkingDays, RowMode = t.Layout.RowMode,
        Rows = string.Join("\n", t.Layout.Rows.Select(r => $"{r.Label}|{r.Metric}")),
        Columns = string.Join("\n", t.Layout.Columns.Select(c => $"{c.Header}|{c.Metric}|{StatRules.MeasureName(c.Measure)}")),
    };

    private static IEnumerable<string[]> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Split('|', StringSplitOptions.TrimEntries));

    private static string? At(string[] p, int i) => p.Length > i && p[i].Length > 0 ? p[i] : null;

    private static StatMeasure Measure(string? s) => s switch
    {
        "上年同期" or "Previous" => StatMeasure.Previous,
        "增减%" or "增减" or "Change" => StatMeasure.Change,
        _ => StatMeasure.Value,
    };
}
