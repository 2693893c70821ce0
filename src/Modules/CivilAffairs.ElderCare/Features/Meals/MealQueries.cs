using System.Globalization;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.ElderCare.Features.Meals;

public sealed class MealRecordQuery
{
    public string? Canteen { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public MealGroup? Group { get; set; }

    public MealFlags? Flag { get; set; }

    public int? Page { get; set; }
}

public sealed record MealRecordPage(int Total, int Page, int PageSize, int Meals, decimal Subsidy, IReadOnlyList<MealRecordView> Items);

public sealed record MealAnomaly(string Kind, string InstitutionCode, DateOnly Date, string? Time, string? PersonKeyMasked, string Detail);

public sealed record MealAnomalyReport(DateOnly From, DateOnly To, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<MealAnomaly> Items);

public sealed record MealCanteenView(string Code, string Name, string DivisionCode);

/// <summary>Lists for the pages: meal records, anomalies (with an Excel export), canteens.</summary>
internal sealed class MealQueries(ElderCareDb db, ParameterStore parameters, AuditEvents audit, ICurrentUser user, TimeProvider clock)
{
    public const int PageSize = 50;
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string NearDuplicate = "短时间内重复就餐";
    public const string OverLimit = "超出每日补贴餐次";
    public const string Stopped = "停用卡（死亡/停用后）仍在就餐";
    public const string Unusual = "助餐点单日人次异常";

    public async Task<IReadOnlyList<MealCanteenView>> CanteensAsync(CancellationToken ct)
    {
        MealAccess.RequireSeeing(user);
        return await db.Institutions.AsNoTracking().Where(i => i.Kind == InstitutionKind.MealProvider).OrderBy(i => i.Code)
            .Select(i => new MealCanteenView(i.Code, i.Name, i.DivisionCode)).ToListAsync(ct);
    }

    public async Task<MealRecordPage> RecordsAsync(MealRecordQuery q, CancellationToken ct)
    {
        MealAccess.RequireSeeing(user);
        var (from, to) = Range(q.From, q.To);
        var query = db.MealRecords.AsNoTracking().Where(r => r.MealDate >= from && r.MealDate <= to);
        if (!string.IsNullOrWhiteSpace(q.Canteen))
        {
            query = query.Where(r => r.InstitutionCode == q.Canteen);
        }
        if (q.Group is { } g)
        {
            query = query.Where(r => r.Group == g);
        }
        if (q.Flag is { } f && f != MealFlags.None)
        {
            var bits = (int)f;
            query = query.Where(r => ((int)r.Flags & bits) != 0);
        }
        var totals = await query.GroupBy(r => 1).Select(x => new { Count = x.Count(), Sum = x.Sum(r => r.Subsidy) }).FirstOrDefaultAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var rows = await query.OrderByDescending(r => r.MealDate).ThenByDescending(r => r.ServedMinute).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new MealRecordPage(totals?.Count ?? 0, page, PageSize, totals?.Count ?? 0, totals?.Sum ?? 0m, rows.Select(MealEntry.View).ToList());
    }

    public async Task<MealAnomalyReport> AnomaliesAsync(DateOnly? fromDay, DateOnly? toDay, CancellationToken ct)
    {
        MealAccess.RequireSeeing(user);
        var (from, to) = Range(fromDay, toDay);
        var bits = (int)MealRules.Anomalies;
        var flagged = await db.MealRecords.AsNoTracking().Where(r => r.MealDate >= from && r.MealDate <= to && ((int)r.Flags & bits) != 0)
            .OrderByDescending(r => r.MealDate).ThenBy(r => r.InstitutionCode).Take(2000).ToListAsync(ct);
        var items = new List<MealAnomaly>();
        foreach (var r in flagged)
        {
            var v = MealEntry.View(r);
            if (r.Flags.HasFlag(MealFlags.NearDuplicate)) { items.Add(new(NearDuplicate, r.InstitutionCode, r.MealDate, v.Time, v.PersonKeyMasked, "同一长者在重复就餐时间窗口内再次就餐（可能在不同助餐点）")); }
            if (r.Flags.HasFlag(MealFlags.OverDailyLimit)) { items.Add(new(OverLimit, r.InstitutionCode, r.MealDate, v.Time, v.PersonKeyMasked, "已记录，不予补贴")); }
            if (r.Flags.HasFlag(MealFlags.CardStopped)) { items.Add(new(Stopped, r.InstitutionCode, r.MealDate, v.Time, v.PersonKeyMasked, "助餐卡已停用，不予补贴，请核实")); }
        }
        // unusual daily counts: a day far above the canteen's own daily average in the period
        var daily = await db.MealRecords.AsNoTracking().Where(r => r.MealDate >= from && r.MealDate <= to)
            .GroupBy(r => new { r.InstitutionCode, r.DivisionCode, r.MealDate }).Select(g => new { g.Key.InstitutionCode, g.Key.DivisionCode, g.Key.MealDate, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var c in daily.GroupBy(d => (d.InstitutionCode, d.DivisionCode)).Where(c => c.Count() >= 3))
        {
            var factor = decimal.Parse((await parameters.FindAsync(MealParameters.UnusualDailyFactor, to, c.Key.DivisionCode, ct))?.Value ?? "3", CultureInfo.InvariantCulture);
            var avg = c.Average(d => d.Count);
            foreach (var d in c.Where(d => d.Count > (double)factor * avg))
            {
                items.Add(new(Unusual, d.InstitutionCode, d.MealDate, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"当日 {d.Count} 人次，期间日均 {avg:0.0}（阈值 {factor:0.##} 倍）")));
            }
        }
        var counts = new[] { NearDuplicate, OverLimit, Stopped, Unusual }.ToDictionary(k => k, k => items.Count(i => i.Kind == k));
        return new MealAnomalyReport(from, to, counts, items.OrderByDescending(i => i.Date).ThenBy(i => i.Kind, StringComparer.Ordinal).ToList());
    }

    public async Task<(byte[] Bytes, string FileName)> AnomaliesExcelAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var r = await AnomaliesAsync(from, to, ct);
        var rows = r.Items.Select(i => new Dictionary<string, object?>
        {
            ["异常类型"] = i.Kind, ["助餐点"] = i.InstitutionCode, ["日期"] = i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["时间"] = i.Time ?? "", ["卡号/证件（脱敏）"] = i.PersonKeyMasked ?? "", ["说明"] = i.Detail,
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(new Dictionary<string, object?> { ["异常类型"] = "（本期无异常）" });
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { ["异常"] = rows }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "MealAnomalies", null, new { from = r.From, to = r.To, rows = r.Items.Count }, ct: ct);
        return (stream.ToArray(), string.Create(CultureInfo.InvariantCulture, $"meal-anomalies-{r.From:yyyyMMdd}-{r.To:yyyyMMdd}.xlsx"));
    }

    private (DateOnly From, DateOnly To) Range(DateOnly? from, DateOnly? to)
    {
        var today = ChinaTime.Today(clock);
        var t = to ?? today;
        var f = from ?? MealEnrolments.MonthStart(t).AddMonths(-1);
        return f > t ? (t, f) : (f, t);
    }
}
