using System.Globalization;
using CivilAffairs.Platform.Audit;
using MiniExcelLibs;

namespace CivilAffairs.ChildWelfare.Features.Stats;

/// <summary>The report as an .xlsx workbook, one sheet per table (MiniExcel). Aggregates only, no personal data; the export is audited all the same.</summary>
internal sealed class StatsExcel(ChildWelfareStats stats, AuditEvents audit)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Bytes, string FileName)> ExportAsync(CancellationToken ct)
    {
        var r = await stats.BuildAsync(ct);
        var sheets = new Dictionary<string, object>
        {
            ["按类别和区"] = r.ByDistrict.Append(r.Totals).Select(x => Row(("区划代码", x.DistrictCode), ("区", x.DistrictName), ("机构养育孤儿", x.InstitutionalOrphans),
                ("社会散居孤儿", x.DispersedOrphans), ("事实无人抚养儿童", x.DeFactoUnsupported), ("残疾儿童", x.DisabledChildren), ("合计", x.Total))).ToList(),
            ["基本生活费发放"] = r.AllowancesByMonth.Count == 0
                ? new List<Dictionary<string, object?>> { Row(("月份", "（无已发放批次）")) }
                : r.AllowancesByMonth.Select(x => Row(("月份", x.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)), ("发放人数", x.Children), ("金额（元）", x.Amount),
                    ("银行成功", x.Paid), ("银行失败", x.Failed), ("异常", x.Exceptions))).ToList(),
            ["成年孤儿安置"] = new List<Dictionary<string, object?>>
            {
                Row(("项目", "实施中的安置计划"), ("数值", r.PlacementsOpen)), Row(("项目", "回访逾期"), ("数值", r.PlacementsOverdue)),
                Row(("项目", "即将年满18周岁未制定计划"), ("数值", r.TurningAdultSoon)),
            },
            ["明天计划"] = r.TomorrowByYear.Count == 0
                ? new List<Dictionary<string, object?>> { Row(("年度", "（无个案）")) }
                : r.TomorrowByYear.Select(x => Row(("年度", x.Year), ("个案", x.Cases), ("已手术", x.Operated), ("已结案", x.Closed), ("治愈", x.Cured), ("好转", x.Improved),
                    ("医疗总费用（元）", x.TotalCost), ("福彩公益金（元）", x.LotteryFund), ("医疗保险（元）", x.MedicalInsurance), ("其他（元）", x.OtherFunding))).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "ChildWelfareStats", null, new { asOf = r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, ct: ct);
        return (stream.ToArray(), $"childwelfare-stats-{r.AsOf:yyyyMMdd}.xlsx");
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] cells) => cells.ToDictionary(c => c.Key, c => c.Value);
}
