using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Policies;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Shared;
using CivilAffairs.SocialWork.Features.Volunteers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Reporting.ViewsC.ViewsCKit;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsC;

/// <summary>
/// The 2018 figures counted by hand from each module's own tables (its DbContext, no query filter),
/// independently of the views: what every metric's title promises.
/// </summary>
internal static class ViewsCHandCounts
{
    public static Task<Dictionary<string, decimal?>> CommunityAsync(AppFixture app) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<CommunityDb>();
        var projects = await db.MicroProjects.IgnoreQueryFilters().AsNoTracking()
            .Select(p => new { p.ApprovedOn, p.AcceptedOn, p.AcceptanceResult, p.Budget }).ToListAsync();
        var approved = projects.Where(p => In2018(p.ApprovedOn)).ToList();
        var leads = await db.Leads.IgnoreQueryFilters().AsNoTracking().Select(l => l.VerifiedOn).ToListAsync();
        var patrols = await db.Patrols.IgnoreQueryFilters().AsNoTracking().Select(p => new { p.PatrolOn, p.PersonsFound }).ToListAsync();
        var removals = await db.Removals.IgnoreQueryFilters().AsNoTracking().Select(r => new { r.Status, r.DecidedOn }).ToListAsync();
        return new Dictionary<string, decimal?>
        {
            ["community.microprojects"] = approved.Count,
            ["community.microprojects.amount"] = approved.Sum(p => p.Budget),
            ["community.microprojects.accepted"] = projects.Count(p => In2018(p.AcceptedOn) && p.AcceptanceResult == MicroProjectAcceptance.Passed),
            ["community.leads"] = leads.Count(In2018),
            ["community.patrols"] = patrols.Count(p => In2018(p.PatrolOn)),
            ["community.patrols.found"] = patrols.Where(p => In2018(p.PatrolOn)).Sum(p => p.PersonsFound),
            ["community.removals"] = removals.Count(r => r.Status == RemovalStatus.Confirmed && In2018(r.DecidedOn)),
        };
    });

    public static Task<Dictionary<string, decimal?>> SocialWorkAsync(AppFixture app) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<SocialWorkDb>();
        var workers = (await db.Workers.IgnoreQueryFilters().AsNoTracking().Select(w => new { w.HiredOn, w.LeftOn, w.Field, w.Qualification }).ToListAsync())
            .Where(w => w.HiredOn < Y2019 && (w.LeftOn is null || w.LeftOn >= Y2019)).ToList();
        var teams = await db.Teams.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Kind);
        var chiefs = await db.Volunteers.IgnoreQueryFilters().AsNoTracking().Where(v => v.Role == VolunteerRole.RiverChief).Select(v => v.RegisteredOn).ToListAsync();
        var intakes = await db.Intakes.IgnoreQueryFilters().AsNoTracking().Select(i => new { i.TeamId, i.ReceivedOn, i.Members }).ToListAsync();
        var aid = await db.AidProjects.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var xinjiang = aid.Where(a => a.Place.Contains("新疆", StringComparison.Ordinal) || a.Place.Contains("喀什", StringComparison.Ordinal)
            || a.Name.Contains("援疆", StringComparison.Ordinal)).Select(a => a.Id).ToHashSet();
        var logs = await db.AidLogs.IgnoreQueryFilters().AsNoTracking().Select(l => new { l.AidProjectId, l.PeriodEnd, l.PeopleServed }).ToListAsync();
        var hours = await db.ServiceRecords.IgnoreQueryFilters().AsNoTracking().Where(s => s.ServedOn >= Y2018 && s.ServedOn < Y2019).Select(s => s.Hours).ToListAsync();
        var projects = await db.Projects.IgnoreQueryFilters().AsNoTracking().Select(p => new { p.StartsOn, p.EndsOn }).ToListAsync();
        return new Dictionary<string, decimal?>
        {
            ["socialwork.workers"] = workers.Count,
            ["socialwork.workers.mental"] = workers.Count(w => w.Field == SwField.MentalHealth),
            ["socialwork.workers.drug"] = workers.Count(w => w.Field == SwField.DrugRehab),
            ["socialwork.workers.qualified"] = workers.Count(w => w.Qualification != SwQualification.None),
            ["socialwork.river.chiefs"] = chiefs.Count(d => d < Y2019),
            ["socialwork.river.volunteers"] = intakes.Where(i => i.ReceivedOn < Y2019 && teams[i.TeamId] == TeamKind.RiverProtection).Sum(i => i.Members),
            ["socialwork.xinjiang.projects"] = aid.Count(a => xinjiang.Contains(a.Id) && a.StartsOn < Y2019 && (a.EndsOn is null || a.EndsOn >= Y2019)),
            ["socialwork.xinjiang.visits"] = logs.Where(l => xinjiang.Contains(l.AidProjectId) && In2018(l.PeriodEnd)).Sum(l => l.PeopleServed),
            ["socialwork.volunteer.hours"] = hours.Sum(),
            ["socialwork.projects"] = projects.Count(p => p.StartsOn < Y2019 && p.EndsOn >= Y2019),
        };
    });

    public static Task<Dictionary<string, decimal?>> FacilitiesAsync(AppFixture app) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<FacilitiesDb>();
        var projects = await db.Projects.IgnoreQueryFilters().AsNoTracking().Select(p => new { p.Id, p.CreatedAtUtc }).ToListAsync();
        var stages = await db.ProjectStages.IgnoreQueryFilters().AsNoTracking().Where(s => s.ActualOn != null).Select(s => new { s.ProjectId, s.Stage, s.ActualOn }).ToListAsync();
        DateOnly? Reached(Guid project, ProjectStage stage) => stages.FirstOrDefault(s => s.ProjectId == project && s.Stage == stage)?.ActualOn;
        var registered = projects.Select(p =>
        {
            var created = DateOnly.FromDateTime(p.CreatedAtUtc);
            return Reached(p.Id, ProjectStage.Approval) is { } a && a < created ? a : created;
        }).ToList();
        var facilities = await db.Facilities.IgnoreQueryFilters().AsNoTracking().Select(f => new { f.CreatedAtUtc, f.UpdatedAtUtc, f.Status }).ToListAsync();
        var inspections = await db.SafetyInspections.IgnoreQueryFilters().AsNoTracking().Select(i => i.InspectedOn).ToListAsync();
        var hazards = await db.SafetyHazards.IgnoreQueryFilters().AsNoTracking().Select(h => new { h.FoundOn, h.Level, h.RectifiedOn }).ToListAsync();
        return new Dictionary<string, decimal?>
        {
            ["facilities.projects.total"] = registered.Count(d => d < Y2019),
            ["facilities.projects.approved"] = projects.Count(p => Reached(p.Id, ProjectStage.Approval) < Y2019),
            ["facilities.projects.started"] = projects.Count(p => Reached(p.Id, ProjectStage.Construction) < Y2019),
            ["facilities.projects.completed"] = projects.Count(p => In2018(Reached(p.Id, ProjectStage.Completion))),
            ["facilities.projects.operating"] = projects.Count(p => In2018(Reached(p.Id, ProjectStage.Operation))),
            ["facilities.institutions"] = facilities.Count(f => DateOnly.FromDateTime(f.CreatedAtUtc) < Y2019
                && (f.Status != FacilityStatus.Closed || DateOnly.FromDateTime(f.UpdatedAtUtc) >= Y2019)),
            ["facilities.safety.inspections"] = inspections.Count(d => In2018(d)),
            ["facilities.safety.hazards"] = hazards.Count(h => In2018(h.FoundOn)),
            ["facilities.safety.hazards.major"] = hazards.Count(h => In2018(h.FoundOn) && h.Level == HazardLevel.Major),
            ["facilities.safety.hazards.open"] = hazards.Count(h => h.FoundOn < Y2019 && (h.RectifiedOn is null || h.RectifiedOn >= Y2019)),
        };
    });

    public static Task<Dictionary<string, decimal?>> GovernanceAsync(AppFixture app) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDb>();
        var docs = await db.PolicyDocuments.IgnoreQueryFilters().AsNoTracking().Select(d => new { d.Kind, d.PublishedOn }).ToListAsync();
        var proposals = await db.Proposals.IgnoreQueryFilters().AsNoTracking().Select(p => new { p.ReceivedOn, p.RepliedOn, p.DueOn }).ToListAsync();
        var replied = proposals.Where(p => In2018(p.RepliedOn)).ToList();
        var onTime = replied.Count(p => p.DueOn is { } due && p.RepliedOn <= due);
        var sessions = await db.TrainingSessions.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.HeldOn);
        var attendance = (await db.TrainingAttendance.IgnoreQueryFilters().AsNoTracking().Select(a => new { a.SessionId, a.Hours }).ToListAsync())
            .Where(a => In2018(sessions[a.SessionId])).ToList();
        return new Dictionary<string, decimal?>
        {
            ["governance.policies.issued"] = docs.Count(d => d.Kind != PolicyKind.Internal && In2018(d.PublishedOn)),
            ["governance.policies.internal"] = docs.Count(d => d.Kind == PolicyKind.Internal && In2018(d.PublishedOn)),
            ["governance.proposals"] = proposals.Count(p => In2018(p.ReceivedOn)),
            ["governance.proposals.replied"] = replied.Count,
            ["governance.proposals.replied.ontime"] = onTime,
            ["governance.proposals.ontime.rate"] = Rate(onTime, replied.Count),
            ["governance.training.hours"] = attendance.Sum(a => a.Hours),
            ["governance.training.attendances"] = attendance.Count,
        };
    });
}
