using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.FamilySearch;

/// <summary>寻亲登记 as the family gives it.</summary>
public sealed class ReportRequest
{
    public string? MissingName { get; set; }

    public string? MissingSex { get; set; }

    public int? MissingBirthYear { get; set; }

    public int? MissingHeightCm { get; set; }

    public DateOnly? MissingSince { get; set; }

    public string? MissingPlace { get; set; }

    public string? MissingAccent { get; set; }

    public string? MissingDescription { get; set; }

    public string? HomePlace { get; set; }

    public string? ReporterName { get; set; }

    public string? ReporterPhone { get; set; }

    public string? ReporterRelationship { get; set; }

    /// <summary>Where the report is taken; defaults to the user's jurisdiction.</summary>
    public string? DivisionCode { get; set; }
}

public sealed record CloseReportRequest(string? Reason);

internal sealed record ReportRow(Guid Id, string ReportNumber, MissingReportStatus Status, string MissingName, Sex MissingSex, int? MissingBirthYear,
    DateOnly? MissingSince, string? MissingPlace, string ReporterName, string ReporterRelationship, DateTime ReportedAtUtc, int Candidates);

internal sealed record ReportView(Guid Id, string ReportNumber, string DivisionCode, MissingReportStatus Status, string MissingName, Sex MissingSex,
    int? MissingBirthYear, int? MissingHeightCm, DateOnly? MissingSince, string? MissingPlace, string? MissingAccent, string? MissingDescription,
    string? HomePlace, string ReporterName, string ReporterPhone, string ReporterRelationship, DateTime ReportedAtUtc, string RecordedBy,
    string? ClosedReason, IReadOnlyList<CandidateRow> Candidates, ReunionRow? Reunion);

internal sealed record CandidateRow(Guid Id, MatchSource Source, string Relationship, double Score, MatchStatus Status, Guid CaseId, string CaseNumber);

internal sealed record ReportList(IReadOnlyList<ReportRow> Items, IReadOnlyDictionary<string, int> Counts);

/// <summary>Missing-person reports: families register a missing relative; DNA and face areas attach profiles to them.</summary>
internal sealed class Reports(RescueDb db, ICurrentUser me, TimeProvider clock)
{
    public async Task<ReportList> ListAsync(string? status, string? q, CancellationToken ct)
    {
        var query = db.Reports.AsNoTracking();
        var counts = (await query.GroupBy(r => r.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key.ToString(), x => x.N);
        if (Enum.TryParse<MissingReportStatus>(status, true, out var s)) { query = query.Where(r => r.Status == s); }
        if (!string.IsNullOrWhiteSpace(q)) { var t = q.Trim(); query = query.Where(r => r.ReportNumber == t || r.MissingName.Contains(t)); }
        var rows = await query.OrderByDescending(r => r.ReportedAtUtc).Take(300).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var cands = await db.Candidates.AsNoTracking().Where(c => c.ReportId != null && ids.Contains(c.ReportId.Value) && c.Status == MatchStatus.Pending)
            .GroupBy(c => c.ReportId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return new ReportList(rows.Select(r => new ReportRow(r.Id, r.ReportNumber, r.Status, Masking.Name(r.MissingName), r.MissingSex, r.MissingBirthYear,
            r.MissingSince, r.MissingPlace, Masking.Name(r.ReporterName), r.ReporterRelationship, r.ReportedAtUtc,
            cands.FirstOrDefault(c => c.Key == r.Id)?.N ?? 0)).ToList(), counts);
    }

    public async Task<ReportView> GetAsync(Guid id, CancellationToken ct)
    {
        var r = await db.Reports.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var cands = await db.Candidates.AsNoTracking().Where(c => c.ReportId == id).OrderByDescending(c => c.Score)
            .Join(db.Cases, c => c.CaseId, k => k.Id, (c, k) => new CandidateRow(c.Id, c.Source, c.Relationship, c.Score, c.Status, k.Id, k.CaseNumber))
            .ToListAsync(ct);
        var reunion = await Reunions.Rows(db).Where(x => x.ReportId == id).FirstOrDefaultAsync(ct);
        var full = me.Has(Permissions.RescueWrite);
        return new ReportView(r.Id, r.ReportNumber, r.DivisionCode, r.Status, r.MissingName, r.MissingSex, r.MissingBirthYear, r.MissingHeightCm, r.MissingSince,
            r.MissingPlace, r.MissingAccent, r.MissingDescription, r.HomePlace, r.ReporterName, full ? r.ReporterPhone : Masking.Phone(r.ReporterPhone),
            r.ReporterRelationship, r.ReportedAtUtc, r.RecordedBy, r.ClosedReason, cands, reunion);
    }

    public async Task<MissingPersonReport> CreateAsync(ReportRequest r, CancellationToken ct)
    {
        if (!me.Has(Permissions.RescueWrite))
        {
            throw new ForbiddenException();
        }
        var today = ChinaTime.Today(clock);
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.MissingName)) { e.Add("missingName", "请填写走失人员姓名。"); }
        else if (r.MissingName.Trim().Length > 32) { e.Add("missingName", "姓名不能超过32个字。"); }
        if (!Enum.TryParse<Sex>(r.MissingSex, true, out var sex) || sex == Sex.Unknown) { e.Add("missingSex", "请选择走失人员性别。"); }
        if (r.MissingBirthYear is { } by && (by < 1900 || by > today.Year)) { e.Add("missingBirthYear", "出生年份不正确。"); }
        if (r.MissingHeightCm is < 40 or > 230) { e.Add("missingHeightCm", "身高应在40至230厘米之间。"); }
        if (r.MissingSince is { } since && since > today) { e.Add("missingSince", "走失日期不能晚于今天。"); }
        if (string.IsNullOrWhiteSpace(r.ReporterName)) { e.Add("reporterName", "请填写登记人姓名。"); }
        if (string.IsNullOrWhiteSpace(r.ReporterPhone)) { e.Add("reporterPhone", "请填写登记人联系电话。"); }
        else if (!System.Text.RegularExpressions.Regex.IsMatch(r.ReporterPhone.Trim(), @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$"))
        {
            e.Add("reporterPhone", "请填写正确的手机号码或固定电话。");
        }
        if (string.IsNullOrWhiteSpace(r.ReporterRelationship)) { e.Add("reporterRelationship", "请选择登记人与走失人员的关系。"); }
        if (r.MissingDescription is { Length: > 1000 }) { e.Add("missingDescription", "体貌特征不能超过1000个字。"); }
        var division = string.IsNullOrWhiteSpace(r.DivisionCode) ? me.Jurisdiction ?? "" : DivisionCodes.Normalize(r.DivisionCode) ?? "";
        if (division.Length == 0 || !DivisionCodes.IsWithin(division, me.Jurisdiction ?? "#")) { e.Add("divisionCode", "登记单位不在您的辖区内。"); }
        e.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        var prefix = $"XQ-{today.Year}-";
        var last = await db.Reports.IgnoreQueryFilters().Where(x => x.ReportNumber.StartsWith(prefix)).OrderByDescending(x => x.ReportNumber)
            .Select(x => x.ReportNumber).FirstOrDefaultAsync(ct);
        var seq = last is not null && int.TryParse(last[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        var report = new MissingPersonReport
        {
            ReportNumber = $"{prefix}{seq:000000}", DivisionCode = division, Status = MissingReportStatus.Open, MissingName = r.MissingName!.Trim(),
            MissingSex = sex, MissingBirthYear = r.MissingBirthYear, MissingHeightCm = r.MissingHeightCm, MissingSince = r.MissingSince,
            MissingPlace = Clean(r.MissingPlace), MissingAccent = Clean(r.MissingAccent), MissingDescription = Clean(r.MissingDescription),
            HomePlace = Clean(r.HomePlace), ReporterName = r.ReporterName!.Trim(), ReporterPhone = r.ReporterPhone!.Trim(),
            ReporterRelationship = r.ReporterRelationship!.Trim(), ReportedAtUtc = now, RecordedBy = me.UserName,
        };
        db.Reports.Add(report);
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task CloseAsync(Guid id, CloseReportRequest r, CancellationToken ct)
    {
        if (!me.Has(Permissions.RescueWrite))
        {
            throw new ForbiddenException();
        }
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写关闭原因（如家属撤回、已在别处找到）。");
        }
        var report = await db.Reports.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (report.Status != MissingReportStatus.Open)
        {
            throw new BusinessRuleException("只有寻找中的登记可以关闭。");
        }
        report.Status = MissingReportStatus.Closed;
        report.ClosedReason = r.Reason.Trim().Length > 200 ? r.Reason.Trim()[..200] : r.Reason.Trim();
        report.Version++;
        await db.SaveChangesAsync(ct);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
