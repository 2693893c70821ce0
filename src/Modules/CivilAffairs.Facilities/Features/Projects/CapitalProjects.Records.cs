using CivilAffairs.Facilities.Domain;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Features.Projects;

/// <summary>Milestones, risks and monthly progress reports of a project (facilities.write).</summary>
internal sealed partial class CapitalProjects
{
    private async Task<CapitalProject> ForWriteAsync(Guid id, CancellationToken ct)
    {
        access.Write();
        return await db.Projects.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
    }

    public async Task<ProjectView> AddMilestoneAsync(Guid id, MilestoneRequest r, CancellationToken ct)
    {
        var p = await ForWriteAsync(id, ct);
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Title))
        {
            e.Add("title", "请填写节点名称");
        }
        if (r.DueOn is null)
        {
            e.Add("dueOn", "请填写计划日期");
        }
        if (r.DoneOn > Today)
        {
            e.Add("doneOn", "完成日期不能晚于今天");
        }
        e.ThrowIfAny();
        db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = id, DivisionCode = p.DivisionCode, Title = r.Title!.Trim(), DueOn = r.DueOn!.Value, DoneOn = r.DoneOn, Note = Trim(r.Note) });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ProjectView> CompleteMilestoneAsync(Guid id, Guid milestoneId, MilestoneRequest r, CancellationToken ct)
    {
        await ForWriteAsync(id, ct);
        var m = await db.ProjectMilestones.FirstOrDefaultAsync(x => x.Id == milestoneId && x.ProjectId == id, ct) ?? throw new NotFoundException();
        var done = r.DoneOn ?? Today;
        if (done > Today)
        {
            throw new FieldValidationException("doneOn", "完成日期不能晚于今天");
        }
        m.DoneOn = done;
        m.Note = Trim(r.Note) ?? m.Note;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ProjectView> AddRiskAsync(Guid id, RiskRequest r, CancellationToken ct)
    {
        var p = await ForWriteAsync(id, ct);
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Description))
        {
            e.Add("description", "请填写风险描述");
        }
        if (r.Level is null || !Enum.IsDefined(r.Level.Value))
        {
            e.Add("level", "请选择风险等级");
        }
        if (string.IsNullOrWhiteSpace(r.Owner))
        {
            e.Add("owner", "请填写责任单位或岗位");
        }
        if (string.IsNullOrWhiteSpace(r.Mitigation))
        {
            e.Add("mitigation", "请填写应对措施");
        }
        e.ThrowIfAny();
        db.ProjectRisks.Add(new ProjectRisk
        {
            ProjectId = id, DivisionCode = p.DivisionCode, Description = r.Description!.Trim(), Level = r.Level!.Value, Owner = r.Owner!.Trim(), Mitigation = r.Mitigation!.Trim(),
            RaisedOn = Today,
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ProjectView> RiskStatusAsync(Guid id, Guid riskId, RiskRequest r, CancellationToken ct)
    {
        await ForWriteAsync(id, ct);
        var risk = await db.ProjectRisks.FirstOrDefaultAsync(x => x.Id == riskId && x.ProjectId == id, ct) ?? throw new NotFoundException();
        if (r.Status is null || !Enum.IsDefined(r.Status.Value))
        {
            throw new FieldValidationException("status", "请选择风险状态");
        }
        risk.Status = r.Status.Value;
        risk.ClosedOn = r.Status == RiskStatus.Closed ? Today : null;
        risk.Mitigation = Trim(r.Mitigation) ?? risk.Mitigation;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>A month's progress report: one per month, percent never going back, spend to date within the investment.</summary>
    public async Task<ProjectView> ReportAsync(Guid id, ReportRequest r, CancellationToken ct)
    {
        var p = await ForWriteAsync(id, ct);
        var e = new FieldErrors();
        if (!TryMonth(r.Month, out var month))
        {
            e.Add("month", "请填写报告月份（yyyy-MM）");
        }
        else if (month > Today)
        {
            e.Add("month", "不能报告未来月份");
        }
        if (string.IsNullOrWhiteSpace(r.Text))
        {
            e.Add("text", "请填写本月进展");
        }
        if (r.Percent is null or < 0 or > 100)
        {
            e.Add("percent", "形象进度应为 0–100 的整数");
        }
        if (r.Spend is null or < 0)
        {
            e.Add("spend", "请填写本月支出（元，不小于0）");
        }
        e.ThrowIfAny();
        var reports = await db.ProjectReports.AsNoTracking().Where(x => x.ProjectId == id).ToListAsync(ct);
        if (reports.Any(x => x.Month == month))
        {
            throw new BusinessRuleException($"{month:yyyy年M月}的进度报告已提交");
        }
        var last = reports.Where(x => x.Month < month).OrderBy(x => x.Month).LastOrDefault();
        if (ProjectRules.ReportProblem(r.Percent!.Value, last?.Percent, reports.Sum(x => x.Spend), r.Spend!.Value, p.Investment) is { } problem)
        {
            throw new BusinessRuleException(problem);
        }
        db.ProjectReports.Add(new ProjectReport
        {
            ProjectId = id, DivisionCode = p.DivisionCode, Month = month, ReportedOn = Today, Text = r.Text!.Trim(), Percent = r.Percent.Value, Spend = r.Spend.Value,
            ReportedBy = access.User.UserName,
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>All projects by stage: counts, the stage × district matrix, the delayed ones.</summary>
    public async Task<ProjectDashboard> DashboardAsync(CancellationToken ct)
    {
        var list = await ListAsync(null, null, null, null, false, ct);
        var stages = new ProjectStage?[] { null }.Concat(ProjectRules.Stages.Select(s => (ProjectStage?)s)).ToList();
        var districts = new List<DistrictColumn> { new("4403", "市本级") };
        districts.AddRange(FacilityNames.Districts.Where(d => list.Items.Any(p => p.DivisionCode == d.Code)).Select(d => new DistrictColumn(d.Code, d.Name)));
        var matrix = (from d in districts from s in stages
                      select new DashboardCell(d.Code, d.Name, s, list.Items.Count(p => p.DivisionCode == d.Code && p.Stage == s))).ToList();
        return new ProjectDashboard(
            stages.Select(s => new DashboardStage(s, s is { } x ? ProjectRules.Name(x) : "储备（未立项）", list.Items.Count(p => p.Stage == s), list.Items.Count(p => p.Stage == s && p.DelayDays > 0))).ToList(),
            districts, matrix, list.Items.Where(p => p.DelayDays > 0).OrderByDescending(p => p.DelayDays).ToList(), list.Items.Count, list.Investment, list.Spent);
    }

    public async Task<byte[]> ExcelAsync(CancellationToken ct)
    {
        var list = await ListAsync(null, null, null, null, false, ct);
        var rows = list.Items.Select(p => new Dictionary<string, object?>
        {
            ["项目编号"] = p.Number, ["项目名称"] = p.Name, ["类型"] = p.KindName, ["层级"] = p.LevelName, ["区"] = p.District, ["当前阶段"] = p.StageName,
            ["延误天数"] = p.DelayDays, ["总投资（元）"] = p.Investment, ["累计支出（元）"] = p.Spent, ["形象进度（%）"] = p.Percent, ["建设方式"] = p.DeliveryName,
            ["代建单位"] = p.AgentName ?? "", ["未消除风险"] = p.OpenRisks, ["最近报告月份"] = p.LastReport?.ToString("yyyy-MM") ?? "",
        }).ToList();
        using var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, new Dictionary<string, object> { ["项目"] = rows }, cancellationToken: ct);
        return stream.ToArray();
    }
}
