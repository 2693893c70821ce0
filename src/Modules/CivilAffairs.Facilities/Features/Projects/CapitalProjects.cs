using System.Globalization;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Features.Projects;

/// <summary>The capital projects: register, stages with planned and actual dates, milestones, risks, monthly reports.</summary>
internal sealed partial class CapitalProjects(FacilitiesDb db, FacilityAccess access, Numbers numbers, TimeProvider clock)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<ProjectList> ListAsync(ProjectLevel? level, ProjectStage? stage, string? district, string? q, bool delayed, CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking();
        if (level is { } l)
        {
            query = query.Where(p => p.Level == l);
        }
        if (!string.IsNullOrWhiteSpace(district))
        {
            query = query.Where(p => p.DivisionCode.StartsWith(district.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(p => p.Name.Contains(q.Trim()) || p.Number.Contains(q.Trim()));
        }
        var rows = await RowsAsync(await query.OrderBy(p => p.Level).ThenBy(p => p.DivisionCode).ThenBy(p => p.Number).ToListAsync(ct), ct);
        if (stage is { } s)
        {
            rows = rows.Where(r => r.Stage == s).ToList();
        }
        if (delayed)
        {
            rows = rows.Where(r => r.DelayDays > 0).ToList();
        }
        return new ProjectList(rows, rows.Count(r => r.DelayDays > 0), rows.Sum(r => r.Investment), rows.Sum(r => r.Spent));
    }

    private async Task<List<ProjectRow>> RowsAsync(List<CapitalProject> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var stages = (await db.ProjectStages.AsNoTracking().Where(s => ids.Contains(s.ProjectId)).ToListAsync(ct)).ToLookup(s => s.ProjectId);
        var reports = (await db.ProjectReports.AsNoTracking().Where(r => ids.Contains(r.ProjectId)).ToListAsync(ct)).ToLookup(r => r.ProjectId);
        var risks = (await db.ProjectRisks.AsNoTracking().Where(r => ids.Contains(r.ProjectId) && r.Status == RiskStatus.Open).ToListAsync(ct)).ToLookup(r => r.ProjectId);
        return projects.Select(p => Row(p, stages[p.Id].Select(Dates).ToList(), reports[p.Id].ToList(), risks[p.Id].Count())).ToList();
    }

    private static StageDates Dates(ProjectStageRecord s) => new(s.Stage, s.PlannedOn, s.ActualOn);

    private ProjectRow Row(CapitalProject p, IReadOnlyCollection<StageDates> stages, IReadOnlyCollection<ProjectReport> reports, int openRisks)
    {
        var current = ProjectRules.Current(stages);
        var last = reports.OrderBy(r => r.Month).LastOrDefault();
        return new ProjectRow(p.Id, p.Number, p.Name, p.Kind, FacilityNames.Kind(p.Kind), p.Level, FacilityNames.Level(p.Level), p.DivisionCode, FacilityNames.District(p.DivisionCode),
            current, current is { } c ? ProjectRules.Name(c) : "储备（未立项）", ProjectRules.Delay(stages, Today), p.Investment, reports.Sum(r => r.Spend),
            last?.Percent ?? (current == ProjectStage.Operation ? 100 : 0), p.Delivery, FacilityNames.Delivery(p.Delivery), p.AgentName, openRisks, last?.Month);
    }

    public async Task<ProjectView> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var stages = await db.ProjectStages.AsNoTracking().Where(s => s.ProjectId == id).ToListAsync(ct);
        var reports = await db.ProjectReports.AsNoTracking().Where(r => r.ProjectId == id).OrderBy(r => r.Month).ToListAsync(ct);
        var risks = await db.ProjectRisks.AsNoTracking().Where(r => r.ProjectId == id).OrderBy(r => r.Status).ThenBy(r => r.Level).ToListAsync(ct);
        var milestones = await db.ProjectMilestones.AsNoTracking().Where(m => m.ProjectId == id).OrderBy(m => m.DueOn).ToListAsync(ct);
        var dates = stages.Select(Dates).ToList();
        var row = Row(p, dates, reports, risks.Count(r => r.Status == RiskStatus.Open));
        var today = Today;
        var stageViews = ProjectRules.Stages.Select(s =>
        {
            var rec = stages.FirstOrDefault(x => x.Stage == s);
            return new StageView(s, ProjectRules.Name(s), rec?.PlannedOn, rec?.ActualOn, ProjectRules.DelayDays(rec?.PlannedOn, rec?.ActualOn, today), row.Stage == s);
        }).ToList();
        decimal running = 0;
        var reportViews = reports.Select(r => new ReportView(r.Id, r.Month, r.ReportedOn, r.Text, r.Percent, r.Spend, running += r.Spend, r.ReportedBy)).Reverse().ToList();
        return new ProjectView(row, p.FutureInstitution, p.FacilityCode, p.Scale, p.Note, stageViews,
            milestones.Select(m => new MilestoneView(m.Id, m.Title, m.DueOn, m.DoneOn, m.DoneOn is null && m.DueOn < today, m.Note)).ToList(),
            risks.Select(r => new RiskView(r.Id, r.Description, r.Level, FacilityNames.Risk(r.Level), r.Owner, r.Mitigation, r.Status, FacilityNames.RiskStatus(r.Status), r.RaisedOn, r.ClosedOn)).ToList(),
            reportViews);
    }

    public async Task<ProjectView> CreateAsync(ProjectRequest r, CancellationToken ct)
    {
        access.Manage();
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Name))
        {
            e.Add("name", "请填写项目名称");
        }
        if (r.Kind is null || !Enum.IsDefined(r.Kind.Value))
        {
            e.Add("kind", "请选择项目类型");
        }
        if (r.Level is null || !Enum.IsDefined(r.Level.Value))
        {
            e.Add("level", "请选择项目层级（市级/区级）");
        }
        if (r.Delivery is null || !Enum.IsDefined(r.Delivery.Value))
        {
            e.Add("delivery", "请选择建设方式");
        }
        if (r.Delivery == DeliveryMode.AgentConstruction && string.IsNullOrWhiteSpace(r.AgentName))
        {
            e.Add("agentName", "市场化代建项目请填写代建单位");
        }
        if (r.Investment is null or <= 0)
        {
            e.Add("investment", "请填写总投资（元，大于0）");
        }
        var division = r.Level == ProjectLevel.City ? "4403" : (r.District ?? "").Trim();
        if (r.Level == ProjectLevel.District && FacilityNames.Districts.All(d => d.Code != division))
        {
            e.Add("district", "区级项目请选择所在区");
        }
        else if (r.Level is not null && !access.InScope(division))
        {
            e.Add(r.Level == ProjectLevel.City ? "level" : "district", "只能登记本辖区的项目");
        }
        e.ThrowIfAny();
        var name = r.Name!.Trim();
        if (await db.Projects.IgnoreQueryFilters().AnyAsync(p => p.Name == name, ct))
        {
            throw new BusinessRuleException($"已有名为“{name}”的项目");
        }
        var p = new CapitalProject
        {
            Number = await numbers.NextAsync("XM", Today.Year, ct), Name = name, Kind = r.Kind!.Value, Level = r.Level!.Value, DivisionCode = division,
            FutureInstitution = Trim(r.FutureInstitution), FacilityCode = Trim(r.FacilityCode)?.ToUpperInvariant(), Investment = r.Investment!.Value, Delivery = r.Delivery!.Value,
            AgentName = Trim(r.AgentName), Scale = Trim(r.Scale), Note = Trim(r.Note), CreatedBy = access.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Projects.Add(p);
        foreach (var s in ProjectRules.Stages)
        {
            db.ProjectStages.Add(new ProjectStageRecord { ProjectId = p.Id, DivisionCode = division, Stage = s, PlannedOn = r.Planned?.GetValueOrDefault(s) is { } d && d != default ? d : null });
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(p.Id, ct);
    }

    /// <summary>Plans a stage's date or records its completion; completing out of order is refused (409).</summary>
    public async Task<ProjectView> StageAsync(Guid id, ProjectStage stage, StageRequest r, CancellationToken ct)
    {
        access.Write();
        if (!Enum.IsDefined(stage))
        {
            throw new FieldValidationException("stage", "阶段无效");
        }
        var p = await db.Projects.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var stages = await db.ProjectStages.Where(s => s.ProjectId == id).ToListAsync(ct);
        var rec = stages.FirstOrDefault(s => s.Stage == stage);
        if (rec is null)
        {
            rec = new ProjectStageRecord { ProjectId = id, DivisionCode = p.DivisionCode, Stage = stage };
            db.ProjectStages.Add(rec);
        }
        if (r.ActualOn is { } actual && actual != rec.ActualOn)
        {
            if (ProjectRules.CompletionProblem(stages.Select(Dates).ToList(), stage, actual, Today) is { } problem)
            {
                throw new BusinessRuleException(problem);
            }
            rec.ActualOn = actual;
        }
        else if (r.ClearActual && rec.ActualOn is not null)
        {
            if (stages.Any(s => s.Stage > stage && s.ActualOn is not null))
            {
                throw new BusinessRuleException($"后续阶段已有实际日期，不能撤销“{ProjectRules.Name(stage)}”的实际日期");
            }
            rec.ActualOn = null;
        }
        rec.PlannedOn = r.PlannedOn ?? rec.PlannedOn;
        rec.RecordedBy = access.User.UserName;
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static bool TryMonth(string? text, out DateOnly month)
    {
        month = default;
        if (DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            month = m;
            return true;
        }
        return false;
    }
}
