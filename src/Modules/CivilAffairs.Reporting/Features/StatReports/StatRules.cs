using System.Globalization;
using System.Text.Json;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Reporting.Features.Metrics;

namespace CivilAffairs.Reporting.Features.StatReports;

/// <summary>
/// The pure rules of the statistical tables: what a valid definition is (every metric published in
/// the catalog), which periods a table has, and when a period is due (N working days after the
/// period's last day on the official calendar, holidays skipped and make-up days counted).
/// </summary>
internal static class StatRules
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static string KindName(StatPeriodKind k) => k switch
    {
        StatPeriodKind.Monthly => "月报",
        StatPeriodKind.Quarterly => "季报",
        _ => "年报",
    };

    public static string MeasureName(StatMeasure m) => m switch
    {
        StatMeasure.Previous => "上年同期",
        StatMeasure.Change => "增减%",
        _ => "本期",
    };

    /// <summary>Checks a definition; every error is a Chinese message on its field. Nothing is thrown.</summary>
    public static FieldErrors Validate(StatTableRequest r, Func<string, ReportingMetric?> find)
    {
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Code) || r.Code.Trim().Length > 40 || r.Code.Contains('/', StringComparison.Ordinal))
        {
            e.Add("code", "请填写报表代码（不超过40字，不含“/”），如 民统3表");
        }
        if (string.IsNullOrWhiteSpace(r.Title) || r.Title.Length > 200)
        {
            e.Add("title", "请填写报表名称");
        }
        if (string.IsNullOrWhiteSpace(r.FormNumber) || r.FormNumber.Length > 60)
        {
            e.Add("formNumber", "请填写表号");
        }
        if (string.IsNullOrWhiteSpace(r.Authority) || r.Authority.Length > 100)
        {
            e.Add("authority", "请填写制定机关");
        }
        if (string.IsNullOrWhiteSpace(r.ApprovalNumber) || r.ApprovalNumber.Length > 100)
        {
            e.Add("approvalNumber", "请填写批准文号");
        }
        if (r.PeriodKind is null)
        {
            e.Add("periodKind", "请选择报告期别（月报、季报或年报）");
        }
        if (r.DueWorkingDays is null or < 1 or > 60)
        {
            e.Add("dueWorkingDays", "报送期限须为报告期结束后1至60个工作日");
        }
        if (r.RowMode is null)
        {
            e.Add("rowMode", "请选择主栏（按下级区划或按指标列表）");
        }
        var rows = r.Rows ?? [];
        var cols = r.Columns ?? [];
        if (cols.Count is 0 or > 20)
        {
            e.Add("columns", "宾栏须有1至20列");
        }
        if (r.RowMode == StatRowMode.List && rows.Count is 0 or > 60)
        {
            e.Add("rows", "按指标列表的主栏须有1至60行");
        }
        if (r.RowMode == StatRowMode.Divisions && rows.Count > 0)
        {
            e.Add("rows", "按下级区划的主栏由系统按填报单位生成，不能另列行");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i].Label))
            {
                e.Add($"rows[{i}].label", "请填写指标名称");
            }
            CheckMetric(e, $"rows[{i}].metric", rows[i].Metric, find);
        }
        for (var i = 0; i < cols.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(cols[i].Header))
            {
                e.Add($"columns[{i}].header", "请填写栏目名称");
            }
            if (r.RowMode == StatRowMode.Divisions)
            {
                CheckMetric(e, $"columns[{i}].metric", cols[i].Metric, find);
            }
            else if (!string.IsNullOrWhiteSpace(cols[i].Metric))
            {
                e.Add($"columns[{i}].metric", "按指标列表的表，指标在行上，栏目只选本期、上年同期或增减%");
            }
        }
        return e;
    }

    private static void CheckMetric(FieldErrors e, string field, string? key, Func<string, ReportingMetric?> find)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            e.Add(field, "请选择指标");
        }
        else if (find(key.Trim()) is null)
        {
            e.Add(field, $"指标“{key.Trim()}”不存在（未在指标目录中发布）");
        }
    }

    /// <summary>Parses a period of the table's kind: "2018-03", "2018Q3", "2018".</summary>
    public static bool TryPeriod(StatPeriodKind kind, string? s, out Period period)
    {
        if (!Period.TryParse(s, out period) || s!.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }
        return kind switch
        {
            StatPeriodKind.Monthly => period.Months == 1,
            StatPeriodKind.Quarterly => period.Months == 3 && s.Contains('Q', StringComparison.OrdinalIgnoreCase),
            _ => period.Months == 12 && s.Trim().Length == 4,
        };
    }

    public static Period ParsePeriod(StatPeriodKind kind, string? s) =>
        TryPeriod(kind, s, out var p) ? p : throw new FieldValidationException("period", $"报告期格式不正确：{KindName(kind)}应为 {Example(kind)}");

    public static string Example(StatPeriodKind kind) => kind switch
    {
        StatPeriodKind.Monthly => "2018-03",
        StatPeriodKind.Quarterly => "2018Q3",
        _ => "2018",
    };

    /// <summary>The canonical key of a period of this kind.</summary>
    public static string Key(StatPeriodKind kind, Period p) => kind switch
    {
        StatPeriodKind.Monthly => $"{p.From / 100}-{p.From % 100:00}",
        StatPeriodKind.Quarterly => $"{p.From / 100}Q{(p.From % 100 + 2) / 3}",
        _ => (p.From / 100).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The last calendar day of the period.</summary>
    public static DateOnly End(Period p) => new DateOnly(p.To / 100, p.To % 100, 1).AddMonths(1).AddDays(-1);

    /// <summary>Due date: <paramref name="workingDays"/> working days after the period's last day.</summary>
    public static DateOnly DueOn(WorkingDays calendar, Period p, int workingDays) => calendar.AddWorkingDays(End(p), workingDays);

    /// <summary>The table's periods that have ended by <paramref name="today"/>, latest first (at most <paramref name="count"/>).</summary>
    public static IReadOnlyList<Period> EndedPeriods(StatPeriodKind kind, DateOnly today, int count)
    {
        var list = new List<Period>();
        var p = kind switch
        {
            StatPeriodKind.Monthly => Period.Month(today.Year, today.Month),
            StatPeriodKind.Quarterly => Period.Quarter(today.Year, (today.Month + 2) / 3),
            _ => Period.Year(today.Year),
        };
        while (list.Count < count && p.From / 100 >= 2018)
        {
            if (End(p) < today)
            {
                list.Add(p);
            }
            p = kind switch
            {
                StatPeriodKind.Monthly => Period.Month(p.From % 100 == 1 ? p.From / 100 - 1 : p.From / 100, p.From % 100 == 1 ? 12 : p.From % 100 - 1),
                StatPeriodKind.Quarterly => p.From % 100 == 1 ? Period.Quarter(p.From / 100 - 1, 4) : Period.Quarter(p.From / 100, (p.From % 100 + 2) / 3 - 1),
                _ => Period.Year(p.From / 100 - 1),
            };
        }
        return list;
    }

    public static string StatusName(StatSubmissionStatus? s, string? returnReason) => s switch
    {
        null => "未填报",
        StatSubmissionStatus.Draft => returnReason is null ? "已填报" : "退回修改",
        StatSubmissionStatus.Reviewed => "已审核",
        _ => "已上报",
    };
}
