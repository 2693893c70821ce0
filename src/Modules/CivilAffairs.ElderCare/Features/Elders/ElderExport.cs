using System.Globalization;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using MiniExcelLibs;

namespace CivilAffairs.ElderCare.Features.Elders;

/// <summary>The elders list as an Excel file: masked ID numbers, a stated reason, audited.</summary>
internal sealed class ElderExport(ElderQueries queries, AuditEvents audit)
{
    public const int MaxRows = 20_000;
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Content, int Rows)> ExportAsync(ElderSearch s, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2)
        {
            throw new FieldValidationException("reason", "请填写导出事由");
        }
        var rows = await queries.AllAsync(s, MaxRows, ct);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["姓名"] = r.Name,
            ["身份证号码"] = r.IdNumber,
            ["性别"] = r.Sex,
            ["年龄"] = r.Age,
            ["居住地区划代码"] = r.DivisionCode,
            ["居住地"] = r.DivisionName,
            ["深圳户籍"] = r.Hukou ? "是" : "否",
            ["居住状况"] = r.Living,
            ["特殊情况"] = string.Join("、", r.Statuses),
            ["能力等级"] = r.CareLevelName,
            ["下次评估日期"] = r.NextAssessmentOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["评估到期"] = r.AssessmentDue ? "是" : "否",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "老年人", cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "ElderProfile", null, new
        {
            reason = reason.Trim(),
            filter = new { s.Division, s.AgeBand, s.Hukou, living = s.Living?.ToString(), s.Level, s.Due, s.Priority },
            rows = rows.Count,
        }, ct: ct);
        return (stream.ToArray(), rows.Count);
    }
}
