using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Audit;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Workforce;

/// <summary>Statistics, the Excel export and the reports' figures of the workforce.</summary>
internal sealed class WorkforceStatsService(ElderCareDb db, Workforce workforce, AuditEvents audit) : IElderCareFigures
{
    public const string Area = "养老人才";

    private sealed record Row(Guid Id, string InstitutionCode, string DivisionCode, CareQualification Qualification, bool Active);

    public async Task<WorkforceStats> StatsAsync(int year, string? division, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var workers = await WorkersAsync(division, ct);
        var kinds = await db.Institutions.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(i => i.Code, i => i.Kind, ct);
        var done = await EnrolmentsAsync(division, from, to, ct);
        var passed = done.Count(e => e.Result == EnrolmentResult.Passed);
        return new WorkforceStats(year, workers.Count,
            workers.GroupBy(w => w.Qualification).OrderByDescending(g => g.Key).Select(g => new CountRow(WorkforceNames.Qualification(g.Key), g.Count())).ToList(),
            workers.GroupBy(w => kinds.TryGetValue(w.InstitutionCode, out var k) ? WorkforceNames.Kind(k) : "其他").OrderBy(g => g.Key)
                .Select(g => new CountRow(g.Key, g.Count())).ToList(),
            done.Where(e => e.Result == EnrolmentResult.Passed).Select(e => e.WorkerId).Distinct().Count(), done.Count, passed,
            done.Count == 0 ? 0 : Math.Round(100m * passed / done.Count, 1));
    }

    public async Task<IReadOnlyList<ElderCareFigure>> GetAsync(FigureQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var workers = await WorkersAsync(query.DivisionPrefix, ct);
        var done = await EnrolmentsAsync(query.DivisionPrefix, query.From, query.To, ct);
        var figures = new List<ElderCareFigure>();
        void Add(string? d, IReadOnlyCollection<Row> ws, IReadOnlyCollection<TrainingEnrolment> es)
        {
            var passed = es.Count(e => e.Result == EnrolmentResult.Passed);
            figures.Add(new(Area, "workforce.workers", "在岗养老护理员", d, ws.Count, "人"));
            figures.Add(new(Area, "workforce.certified", "持证护理员", d, ws.Count(w => w.Qualification != CareQualification.None), "人"));
            figures.Add(new(Area, "workforce.senior", "高级及以上", d, ws.Count(w => w.Qualification >= CareQualification.Senior), "人"));
            figures.Add(new(Area, "workforce.trained", "培训合格人数", d, es.Where(e => e.Result == EnrolmentResult.Passed).Select(e => e.WorkerId).Distinct().Count(), "人"));
            figures.Add(new(Area, "workforce.completion_rate", "培训合格率", d, es.Count == 0 ? 0 : Math.Round(100m * passed / es.Count, 1), "%"));
        }
        foreach (var d in workers.Select(w => w.DivisionCode[..6]).Concat(done.Select(e => e.DivisionCode[..6])).Distinct().Order())
        {
            Add(d, workers.Where(w => w.DivisionCode.StartsWith(d, StringComparison.Ordinal)).ToList(),
                done.Where(e => e.DivisionCode.StartsWith(d, StringComparison.Ordinal)).ToList());
        }
        Add(null, workers, done);
        return figures;
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int year, CancellationToken ct)
    {
        var workers = await workforce.WorkersAsync(new WorkerSearch(), ct);
        var courses = await workforce.CoursesAsync(year, ct);
        var stats = await StatsAsync(year, null, ct);
        var sheets = new Dictionary<string, object>
        {
            ["养老护理员"] = workers.Select(w => new Dictionary<string, object?>
            {
                ["姓名"] = w.Name, ["身份证号码"] = w.IdNumber, ["职业技能等级"] = w.QualificationName, ["证书编号"] = w.CertificateNumber ?? "",
                ["机构代码"] = w.InstitutionCode, ["用人机构"] = w.InstitutionName, ["在岗"] = w.Active ? "是" : "否", ["培训合格次数"] = w.CoursesPassed,
            }).ToList(),
            ["培训课程"] = courses.Select(c => new Dictionary<string, object?>
            {
                ["课程"] = c.Title, ["主办单位"] = c.Organiser, ["开课"] = c.StartsOn.ToString("yyyy-MM-dd"), ["结课"] = c.EndsOn.ToString("yyyy-MM-dd"),
                ["学时"] = c.Hours, ["等级"] = c.LevelName, ["名额"] = c.Capacity, ["报名"] = c.Enrolled, ["合格"] = c.Passed, ["不合格"] = c.Failed,
            }).ToList(),
            ["统计"] = stats.ByQualification.Select(r => new Dictionary<string, object?> { ["分类"] = "职业技能等级", ["项目"] = r.Label, ["人数"] = r.Count })
                .Concat(stats.ByEmployerKind.Select(r => new Dictionary<string, object?> { ["分类"] = "机构类型", ["项目"] = r.Label, ["人数"] = r.Count }))
                .Append(new Dictionary<string, object?> { ["分类"] = "培训", ["项目"] = $"{year}年培训合格人数", ["人数"] = stats.TrainedInYear })
                .ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "ElderCareWorkforce", null, new { year, rows = workers.Count }, ct: ct);
        return (stream.ToArray(), $"care-workers-{year}.xlsx");
    }

    private async Task<List<Row>> WorkersAsync(string? division, CancellationToken ct)
    {
        var q = db.CareWorkers.AsNoTracking().Where(w => w.Active);
        if (!string.IsNullOrWhiteSpace(division))
        {
            q = q.Where(w => w.DivisionCode.StartsWith(division));
        }
        return await q.Select(w => new Row(w.Id, w.InstitutionCode, w.DivisionCode, w.Qualification, w.Active)).ToListAsync(ct);
    }

    /// <summary>Enrolments with a result whose completion falls in the period.</summary>
    private async Task<List<TrainingEnrolment>> EnrolmentsAsync(string? division, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var q = db.TrainingEnrolments.AsNoTracking().Where(e => e.Result != EnrolmentResult.Enrolled && e.CompletedOn >= from && e.CompletedOn <= to);
        if (!string.IsNullOrWhiteSpace(division))
        {
            q = q.Where(e => e.DivisionCode.StartsWith(division));
        }
        return await q.ToListAsync(ct);
    }
}
