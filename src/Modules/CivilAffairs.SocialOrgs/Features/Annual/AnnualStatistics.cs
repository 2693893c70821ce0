using CivilAffairs.Platform.Audit;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.SocialOrgs.Features.Annual;

/// <summary>Figures of a reporting year by registration authority (in the caller's reach), and the Excel export (audited).</summary>
internal sealed class AnnualStatistics(SocialOrgsDb db, AnnualTerms terms, AnnualViews views, AuditEvents audit)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<AnnualStats> GetAsync(int? year, CancellationToken ct)
    {
        var y = year ?? terms.ReportingYear;
        var yearEnd = new DateOnly(y, 12, 31);
        var orgs = await db.Organizations.AsNoTracking().Where(o => o.Status == OrgStatus.Active && o.EstablishedOn <= yearEnd)
            .Select(o => new { o.Id, o.AuthorityCode, o.Name }).ToListAsync(ct);
        var reports = await db.AnnualReports.AsNoTracking().Where(r => r.Year == y && r.SubmittedOn != null).ToListAsync(ct);
        var names = orgs.ToDictionary(o => o.Id, o => o.Name);
        var lines = orgs.Select(o => o.AuthorityCode).Concat(reports.Select(r => r.AuthorityCode)).Distinct().Order(StringComparer.Ordinal)
            .Select(a => Line(a, orgs.Count(o => o.AuthorityCode == a), reports.Where(r => r.AuthorityCode == a).ToList())).ToList();
        var total = Line("", orgs.Count, reports);
        var today = terms.Today;
        var failures = reports.Where(r => r.RatioFailed).OrderBy(r => r.AuthorityCode)
            .Select(r => AnnualTerms.Row(r, names.GetValueOrDefault(r.OrganizationId, r.CreditCode), today)).ToList();
        return new AnnualStats(y, lines, total, failures);
    }

    private static AnnualStatsLine Line(string authority, int due, List<AnnualReport> r) =>
        new(authority, authority.Length == 0 ? "合计" : AuthorityName(authority), due, r.Count(x => !x.Late), r.Count(x => x.Late), Math.Max(0, due - r.Count),
            r.Count(x => x.Result == InspectionResult.Pass), r.Count(x => x.Result == InspectionResult.BasicPass), r.Count(x => x.Result == InspectionResult.Fail),
            r.Count(x => x.Status == AnnualReportStatus.Submitted), r.Count(x => x.RatioFailed));

    // an empty sheet still says so
    private static List<Dictionary<string, object?>> OrNone(List<Dictionary<string, object?>> rows) =>
        rows.Count > 0 ? rows : [new Dictionary<string, object?> { ["说明"] = "无" }];

    public static string AuthorityName(string code) => code switch
    {
        "4403" => "深圳市民政局",
        "440303" => "罗湖区民政局",
        "440304" => "福田区民政局",
        "440305" => "南山区民政局",
        "440306" => "宝安区民政局",
        "440307" => "龙岗区民政局",
        "440308" => "盐田区民政局",
        "440309" => "龙华区民政局",
        "440310" => "坪山区民政局",
        "440311" => "光明区民政局",
        _ => code,
    };

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int? year, CancellationToken ct)
    {
        var s = await GetAsync(year, ct);
        var byAuthority = s.Lines.Append(s.Total).Select(l => new Dictionary<string, object?>
        {
            ["登记管理机关"] = l.AuthorityName, ["代码"] = l.AuthorityCode, ["应报"] = l.Due, ["按时报送"] = l.OnTime, ["逾期报送"] = l.Late, ["未报送"] = l.NotSubmitted,
            ["合格"] = l.Pass, ["基本合格"] = l.BasicPass, ["不合格"] = l.Fail, ["待审查"] = l.AwaitingReview, ["基金会支出比例未达标"] = l.RatioFailed,
        }).ToList();
        var failures = s.RatioFailures.Select(r => new Dictionary<string, object?>
        {
            ["报告编号"] = r.Number, ["社会组织"] = r.OrgName, ["统一社会信用代码"] = r.CreditCode, ["登记管理机关"] = AuthorityName(r.AuthorityCode),
            ["年检结论"] = r.ResultName ?? "",
        }).ToList();
        var overdue = (await views.OverdueAsync(s.Year, null, ct)).Select(o => new Dictionary<string, object?>
        {
            ["社会组织"] = o.Name, ["统一社会信用代码"] = o.CreditCode, ["类型"] = o.TypeName, ["登记管理机关"] = AuthorityName(o.AuthorityCode),
            ["截止日"] = o.DueOn.ToString("yyyy-MM-dd"), ["逾期天数"] = o.DaysOverdue, ["活动异常名录"] = o.ListedNumber ?? "",
        }).ToList();
        var sheets = new Dictionary<string, object> { ["按登记管理机关"] = byAuthority, ["支出比例未达标"] = OrNone(failures), ["逾期未报"] = OrNone(overdue) };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "SocialOrgAnnualStats", null, new { year = s.Year, rows = byAuthority.Count }, ct: ct);
        return (stream.ToArray(), $"annual-inspection-{s.Year}.xlsx");
    }
}
