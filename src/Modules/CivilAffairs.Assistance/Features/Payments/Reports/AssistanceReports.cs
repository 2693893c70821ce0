using System.Globalization;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Assistance.Features.Payments.Reports;

public sealed record PaymentReportRow(string Month, string Programme, string DistrictCode, string? DistrictName, int Households, int Persons,
    decimal Amount, decimal BackPayAmount);

public sealed record ApplicationReportRow(string DistrictCode, string? DistrictName, string Status, int Count, int Overdue);

public sealed record AssistanceReport(string FromMonth, string ToMonth, IReadOnlyList<PaymentReportRow> Payments, IReadOnlyList<ApplicationReportRow> Applications);

/// <summary>
/// 统计报表. Recipients and amounts come only from released runs, line by line, so they agree
/// exactly with the runs: households and persons are those of regular and supplementary lines
/// sent to the bank (a line the bank failed stops counting; its supplementary line counts instead);
/// back-pay is shown as its own column against the month it makes up.
/// </summary>
internal sealed class AssistanceReports(AssistanceDb db, IDivisionDirectory divisions, AuditEvents audit, TimeProvider clock)
{
    public async Task<AssistanceReport> BuildAsync(string? from, string? to, string? programme, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var first = Payments.PaymentRuns.ParseMonth(from) ?? new DateOnly(today.Year, 1, 1);
        var last = Payments.PaymentRuns.ParseMonth(to) ?? new DateOnly(today.Year, today.Month, 1);
        var lines = from l in db.PaymentLines.AsNoTracking()
                    join r in db.PaymentRuns.AsNoTracking() on l.RunId equals r.Id
                    where r.Status == PaymentRunStatus.Released && l.Month >= first && l.Month <= last
                        && l.Status != PaymentLineStatus.Exception && l.Status != PaymentLineStatus.Failed
                    select l;
        if (Enum.TryParse<Programme>(programme ?? "", true, out var p))
        {
            lines = lines.Where(l => l.Programme == p);
        }
        var grouped = await lines.GroupBy(l => new { l.Month, l.Programme, District = l.DivisionCode.Substring(0, 6) })
            .Select(g => new
            {
                g.Key.Month, g.Key.Programme, g.Key.District,
                Households = g.Where(l => l.Kind != Payments.PaymentRunKind.BackPay).Select(l => l.EnrolmentId).Distinct().Count(),
                Persons = g.Where(l => l.Kind != Payments.PaymentRunKind.BackPay).Sum(l => l.HouseholdSize),
                Amount = g.Where(l => l.Kind != Payments.PaymentRunKind.BackPay).Sum(l => l.Amount),
                BackPay = g.Where(l => l.Kind == Payments.PaymentRunKind.BackPay).Sum(l => l.Amount),
            }).ToListAsync(ct);
        var names = new Dictionary<string, string?>();
        async Task<string?> Name(string code)
        {
            if (!names.TryGetValue(code, out var n))
            {
                names[code] = n = (await divisions.FindAsync(code, null, ct))?.Name;
            }
            return n;
        }
        var payments = new List<PaymentReportRow>();
        foreach (var g in grouped.OrderBy(g => g.Month).ThenBy(g => g.Programme).ThenBy(g => g.District))
        {
            payments.Add(new PaymentReportRow(g.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.Programme.ToString(), g.District,
                await Name(g.District), g.Households, g.Persons, g.Amount, g.BackPay));
        }
        var apps = await db.Applications.AsNoTracking().GroupBy(a => new { District = a.DivisionCode.Substring(0, 6), a.Status })
            .Select(g => new
            {
                g.Key.District, g.Key.Status, Count = g.Count(),
                Overdue = g.Count(a => a.DueOn != null && a.DueOn < today
                    && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Publicizing)),
            }).ToListAsync(ct);
        var applications = new List<ApplicationReportRow>();
        foreach (var a in apps.OrderBy(a => a.District).ThenBy(a => a.Status))
        {
            applications.Add(new ApplicationReportRow(a.District, await Name(a.District), a.Status.ToString(), a.Count, a.Overdue));
        }
        return new AssistanceReport(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), last.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            payments, applications);
    }

    public async Task<byte[]> ExcelAsync(string? from, string? to, string? programme, CancellationToken ct)
    {
        var report = await BuildAsync(from, to, programme, ct);
        var sheets = new Dictionary<string, object>
        {
            ["发放统计"] = report.Payments.Select(r => new Dictionary<string, object?>
            {
                ["月份"] = r.Month, ["救助类别"] = ProgrammeName(r.Programme), ["区划代码"] = r.DistrictCode, ["区"] = r.DistrictName,
                ["户数"] = r.Households, ["人数"] = r.Persons, ["金额（元）"] = r.Amount, ["补发金额（元）"] = r.BackPayAmount,
            }).ToList(),
            ["申请统计"] = report.Applications.Select(r => new Dictionary<string, object?>
            {
                ["区划代码"] = r.DistrictCode, ["区"] = r.DistrictName, ["环节"] = Applications.ApplicationQueries.StatusName(Enum.Parse<ApplicationStatus>(r.Status)),
                ["件数"] = r.Count, ["超期"] = r.Overdue,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "AssistanceReport", null, new { from = report.FromMonth, to = report.ToMonth, programme }, ct: ct);
        return stream.ToArray();
    }

    public static string ProgrammeName(string p) => p switch
    {
        "Mlg" => "低保",
        "LowIncome" => "低收入",
        _ => "特困供养",
    };
}
