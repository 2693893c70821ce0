using System.Globalization;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>
/// The roster for the insurer: everyone covered on a day, with the full ID number the insurer needs
/// to pay claims. Needs eldercare.manage and a stated reason; every export is audited.
/// </summary>
internal sealed class RosterExport(ElderCareDb db, IElderDirectory elders, AuditEvents audit, ICurrentUser user, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Content, int Rows)> ExportAsync(DateOnly? on, string? division, string? reason, CancellationToken ct)
    {
        InsuranceRoster.RequireManage(user);
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2)
        {
            throw new FieldValidationException("reason", "请填写导出事由");
        }
        var day = on ?? ChinaTime.Today(clock);
        var q = db.InsuranceRoster.AsNoTracking().Where(r => r.CoveredFrom <= day && (r.CoveredUntil == null || r.CoveredUntil >= day));
        if (!string.IsNullOrWhiteSpace(division))
        {
            q = q.Where(r => r.DivisionCode.StartsWith(division.Trim()));
        }
        var rows = await q.OrderBy(r => r.DivisionCode).ThenBy(r => r.BirthDate).ToListAsync(ct);
        var people = await elders.FindAsync(rows.Select(r => r.IdNumber).ToList(), ct);
        var sheet = rows.Select(r =>
        {
            var p = people.GetValueOrDefault(r.IdNumber);
            return new Dictionary<string, object?>
            {
                ["姓名"] = p?.Name,
                ["身份证号码"] = r.IdNumber,
                ["性别"] = p is null ? null : p.Male ? "男" : "女",
                ["出生日期"] = r.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["起保日期"] = r.CoveredFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["居住地区划代码"] = r.DivisionCode,
            };
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "参保名单", cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "InsuranceEnrolment", null,
            new { reason = reason.Trim(), on = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), division, rows = rows.Count, fullIdNumbers = true }, ct: ct);
        return (stream.ToArray(), rows.Count);
    }
}
