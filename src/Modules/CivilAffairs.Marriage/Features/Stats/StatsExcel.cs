using System.Globalization;
using CivilAffairs.Platform.Audit;
using MiniExcelLibs;

namespace CivilAffairs.Marriage.Features.Stats;

/// <summary>The statistics as an .xlsx workbook, one sheet per table (MiniExcel, as the assistance reports).</summary>
internal sealed class StatsExcel(MarriageStats stats, AuditEvents audit)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Bytes, string FileName)> ExportAsync(string? from, string? to, Guid? registry, CancellationToken ct)
    {
        var r = await stats.BuildAsync(from, to, registry, ct);
        var sheets = new Dictionary<string, object>
        {
            ["汇总"] = Summary(r),
            ["按登记处"] = r.ByRegistry.Select(x => Row(("登记处代码", x.OfficeCode), ("登记处", x.OfficeName)).With(x.Bookings).With(x.Registrations))
                .Append(Row(("登记处代码", ""), ("登记处", "合计")).With(r.Totals).With(r.Registrations)).ToList(),
            ["按日"] = r.ByDay.Select(x => Row(("日期", Day(x.Date)), ("星期", x.Weekday), ("备注", x.DayNote ?? ""), ("场次", x.Sessions))
                .With(x.Bookings).With(x.Registrations)).ToList(),
            ["离婚冷静期"] = r.Divorces.Select(x => Row(("登记处", x.OfficeName), ("进入冷静期", x.EnteredCoolingOff), ("撤回", x.Withdrawn),
                ("期满视为撤回", x.Lapsed), ("登记离婚", x.Registered))).ToList(),
            ["周六及节假日场次"] = r.ExtraSessions.Select(x => Row(("场次类型", x.KindName), ("已办场次", x.SessionsHeld), ("预约", x.Bookings),
                ("到场", x.CouplesServed))).ToList(),
            ["特别场次明细"] = r.SpecialDays.Count == 0
                ? [Row(("日期", ""), ("登记处", "（本期无特别场次）"))]
                : r.SpecialDays.Select(x => Row(("日期", Day(x.Date)), ("登记处", x.OfficeName), ("名称", x.Label), ("类型", x.KindName),
                    ("已办场次", x.SessionsHeld), ("号源", x.Capacity), ("预约", x.Bookings), ("到场", x.CouplesServed))).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "MarriageStats", registry?.ToString(),
            new { from = Day(r.From), to = Day(r.To) }, ct: ct);
        return (stream.ToArray(), $"marriage-stats-{r.From:yyyyMMdd}-{r.To:yyyyMMdd}.xlsx");
    }

    private static List<Dictionary<string, object?>> Summary(MarriageStatsReport r)
    {
        var t = r.Totals;
        var g = r.Registrations;
        var d = r.Divorces[^1];
        (string, object?)[] items =
        [
            ("统计区间", $"{r.From:yyyy-MM-dd} 至 {r.To:yyyy-MM-dd}"), ("登记处", r.RegistryName ?? "辖区内全部"),
            ("预约", t.Bookings), ("网上预约", t.Online), ("窗口预约", t.Window), ("已取消", t.Cancelled), ("应到（场次已结束）", t.Due),
            ("到场", t.Shown), ("爽约", t.NoShows), ("到场率", t.ShowRate),
            ("结婚登记", g.Marriage), ("离婚登记", g.Divorce), ("补领婚姻登记证", g.Reissue), ("婚姻状况证明", g.StatusCertificate), ("登记合计", g.Total),
            ("离婚申请进入冷静期", d.EnteredCoolingOff), ("冷静期内撤回", d.Withdrawn), ("期满视为撤回", d.Lapsed), ("冷静期后登记离婚", d.Registered),
        ];
        return items.Select(i => Row(("项目", i.Item1), ("数值", i.Item2))).ToList();
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] cells) => cells.ToDictionary(c => c.Key, c => c.Value);
}

internal static class StatsRowExtensions
{
    public static Dictionary<string, object?> With(this Dictionary<string, object?> row, BookingFigures b)
    {
        row["预约"] = b.Bookings;
        row["网上预约"] = b.Online;
        row["窗口预约"] = b.Window;
        row["已取消"] = b.Cancelled;
        row["应到"] = b.Due;
        row["到场"] = b.Shown;
        row["爽约"] = b.NoShows;
        row["到场率"] = b.ShowRate;
        return row;
    }

    public static Dictionary<string, object?> With(this Dictionary<string, object?> row, RegistrationFigures g)
    {
        row["结婚登记"] = g.Marriage;
        row["离婚登记"] = g.Divorce;
        row["补领"] = g.Reissue;
        row["婚姻状况证明"] = g.StatusCertificate;
        row["登记合计"] = g.Total;
        return row;
    }
}
