using CivilAffairs.Platform.Audit;
using MiniExcelLibs;

namespace CivilAffairs.Funeral.Features.Deaths;

/// <summary>The year's claim totals by month and home as .xlsx (no personal data; still audited as an export).</summary>
internal sealed class ClaimsExcel(Claims claims, AuditEvents audit)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Bytes, string FileName)> ExportAsync(int year, CancellationToken ct)
    {
        var t = await claims.TotalsAsync(year, ct);
        var rows = t.Rows.Select(r => Row(r.Month, r.HomeName, r.Cases, r.Amount, r.ApprovedCases, r.ApprovedAmount))
            .Append(Row("合计", "", t.Cases, t.Amount, t.ApprovedCases, t.ApprovedAmount)).ToList();
        var list = (await claims.ListAsync(year, null, null, ct)).Select(c => new Dictionary<string, object?>
        {
            ["月份"] = c.Month, ["殡仪馆"] = c.HomeName, ["状态"] = Claims.StatusName(Enum.Parse<Domain.ClaimStatus>(c.Status)), ["人数"] = c.Cases,
            ["减免金额（元）"] = c.Amount, ["申报人"] = c.PreparedBy, ["审核人"] = c.DecidedBy ?? "", ["退回原因"] = c.ReturnReason ?? "",
            ["历史汇总导入"] = c.Imported ? "是" : "",
        }).ToList();
        var sheets = new Dictionary<string, object> { ["按月按馆汇总"] = rows, ["申报明细"] = list };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "FuneralWaiverClaims", null, new { year }, ct: ct);
        return (stream.ToArray(), $"funeral-free-services-{year}.xlsx");
    }

    private static Dictionary<string, object?> Row(string month, string home, int cases, decimal amount, int approvedCases, decimal approvedAmount) => new()
    {
        ["月份"] = month, ["殡仪馆"] = home, ["申报人数"] = cases, ["申报金额（元）"] = amount, ["核准人数"] = approvedCases, ["核准金额（元）"] = approvedAmount,
    };
}
