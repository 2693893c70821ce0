namespace CivilAffairs.Facilities.Domain;

/// <summary>A stage as the rules see it.</summary>
internal sealed record StageDates(ProjectStage Stage, DateOnly? PlannedOn, DateOnly? ActualOn);

/// <summary>Pure rules of the capital projects: stage order, the current stage, delay in days, progress reports.</summary>
internal static class ProjectRules
{
    public static readonly ProjectStage[] Stages = Enum.GetValues<ProjectStage>();

    /// <summary>The furthest stage completed, or null while the project is only planned (储备).</summary>
    public static ProjectStage? Current(IEnumerable<StageDates> stages) =>
        stages.Where(s => s.ActualOn is not null).Select(s => (ProjectStage?)s.Stage).Max();

    /// <summary>
    /// Why a stage may not be completed on a date, or null when it may: every earlier stage must be
    /// completed first and not later than this one, no later stage may already be completed earlier,
    /// and nothing is completed in the future.
    /// </summary>
    public static string? CompletionProblem(IReadOnlyCollection<StageDates> stages, ProjectStage stage, DateOnly actualOn, DateOnly today)
    {
        if (actualOn > today)
        {
            return "实际日期不能晚于今天";
        }
        var earlier = stages.Where(s => s.Stage < stage).ToList();
        var missing = Stages.Where(s => s < stage && earlier.All(e => e.Stage != s || e.ActualOn is null)).ToList();
        if (missing.Count > 0)
        {
            return $"前一阶段“{Name(missing[^1])}”尚无实际日期，不能先记录“{Name(stage)}”";
        }
        var previous = earlier.Where(e => e.ActualOn is not null).OrderByDescending(e => e.Stage).FirstOrDefault();
        if (previous is not null && previous.ActualOn > actualOn)
        {
            return $"“{Name(stage)}”的实际日期不能早于前一阶段“{Name(previous.Stage)}”的实际日期（{previous.ActualOn:yyyy-MM-dd}）";
        }
        var later = stages.Where(s => s.Stage > stage && s.ActualOn is not null && s.ActualOn < actualOn).OrderBy(s => s.Stage).FirstOrDefault();
        if (later is not null)
        {
            return $"“{Name(stage)}”的实际日期不能晚于后一阶段“{Name(later.Stage)}”的实际日期（{later.ActualOn:yyyy-MM-dd}）";
        }
        return null;
    }

    /// <summary>
    /// Days late: a completed stage, actual minus planned (0 when on time or early); an open stage
    /// past its planned date, today minus planned; null without a planned date.
    /// </summary>
    public static int? DelayDays(DateOnly? plannedOn, DateOnly? actualOn, DateOnly today)
    {
        if (plannedOn is not { } planned)
        {
            return null;
        }
        var end = actualOn ?? today;
        return Math.Max(0, end.DayNumber - planned.DayNumber);
    }

    /// <summary>
    /// The project's delay now: that of the first stage not yet entered (today − its plan); a project
    /// in operation is late no more. Past stages keep their own delay in the stage table.
    /// </summary>
    public static int Delay(IEnumerable<StageDates> stages, DateOnly today)
    {
        var open = stages.Where(s => s.ActualOn is null).OrderBy(s => s.Stage).FirstOrDefault();
        return open is null ? 0 : DelayDays(open.PlannedOn, null, today) ?? 0;
    }

    /// <summary>Why a progress report is refused, or null: percent within 0–100 and never going back, spend to date within the investment.</summary>
    public static string? ReportProblem(int percent, int? lastPercent, decimal spendToDateBefore, decimal spend, decimal investment)
    {
        if (lastPercent is { } last && percent < last)
        {
            return $"形象进度不能低于上次报告的 {last}%";
        }
        if (spendToDateBefore + spend > investment)
        {
            return $"累计支出 {spendToDateBefore + spend:N2} 元将超过总投资 {investment:N2} 元，请先调整概算";
        }
        return null;
    }

    public static string Name(ProjectStage s) => s switch
    {
        ProjectStage.Approval => "立项",
        ProjectStage.Land => "土地整备",
        ProjectStage.Design => "方案设计",
        ProjectStage.Construction => "施工",
        ProjectStage.Completion => "竣工",
        _ => "运营",
    };
}
