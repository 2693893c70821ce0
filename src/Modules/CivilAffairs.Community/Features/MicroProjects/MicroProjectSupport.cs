using System.Globalization;
using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Features.MicroProjects;

/// <summary>The parameter values a step uses (all of them, read in one go for the community and date).</summary>
internal sealed record MicroParams(decimal CapWorks, decimal CapService, decimal CapGoods, decimal Envelope, decimal CityShare, decimal VotePassRatio,
    int NoticeDays, int StageLimitDays)
{
    public decimal CapOf(MicroProjectType t) => t switch
    {
        MicroProjectType.Works => CapWorks,
        MicroProjectType.Goods => CapGoods,
        _ => CapService,
    };
}

/// <summary>Parameters, public notices, the envelope and place names, shared by the workflow, the lists and the demo seeder.</summary>
internal sealed class MicroProjectSupport(CommunityDb db, ParameterStore parameters, WorkingDayCalendar calendar, IDivisionDirectory divisions,
    ICurrentUser user, TimeProvider clock)
{
    public async Task<MicroParams> ParamsAsync(DateOnly date, string division, CancellationToken ct)
    {
        var found = await parameters.FindManyAsync(MicroProjectParameters.All, date, division, ct);
        string Get(string key) => found.TryGetValue(key, out var p) ? p.Value
            : throw new BusinessRuleException($"参数 {key} 在 {date:yyyy-MM-dd} 未设置取值，请市民政局先维护民生微实事参数");
        decimal Dec(string key) => decimal.Parse(Get(key), CultureInfo.InvariantCulture);
        return new MicroParams(Dec(MicroProjectParameters.CapWorks), Dec(MicroProjectParameters.CapService), Dec(MicroProjectParameters.CapGoods),
            Dec(MicroProjectParameters.Envelope), Dec(MicroProjectParameters.CityShare), Dec(MicroProjectParameters.VotePassRatio),
            int.Parse(Get(MicroProjectParameters.NoticeDays), CultureInfo.InvariantCulture), int.Parse(Get(MicroProjectParameters.StageLimitDays), CultureInfo.InvariantCulture));
    }

    /// <summary>Adds the stage's public notice: from today for the parameterised number of working days.</summary>
    public async Task<MicroProjectNotice> PublishAsync(MicroProject p, string title, string text, DateOnly today, int days, CancellationToken ct)
    {
        var n = new MicroProjectNotice
        {
            ProjectId = p.Id, DivisionCode = p.DivisionCode, Stage = p.Stage, Title = title, Text = text, StartsOn = today,
            EndsOn = await calendar.AddWorkingDaysAsync(today, days, ct), PeriodDays = days, PublishedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.MicroProjectNotices.Add(n);
        return n;
    }

    public void Log(MicroProject p, DateOnly on, string action, string? note, string? parameterText) =>
        db.MicroProjectEvents.Add(new MicroProjectEvent
        {
            ProjectId = p.Id, DivisionCode = p.DivisionCode, On = on, Stage = p.Stage, Action = action, Note = note, Parameters = parameterText,
            By = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime,
        });

    /// <summary>What the community has committed in the year (approved and later, contracts once signed), leaving one project out.</summary>
    public async Task<(decimal Committed, int Projects)> CommittedAsync(string division, int year, Guid? except, CancellationToken ct)
    {
        var committing = new[] { MicroProjectStage.Approved, MicroProjectStage.Procured, MicroProjectStage.Implementing, MicroProjectStage.Accepted, MicroProjectStage.Closed };
        // summed in memory: SQLite cannot sum decimals, and a community has some dozens of projects a year
        var rows = await db.MicroProjects.IgnoreQueryFilters().AsNoTracking()
            .Where(x => x.DivisionCode == division && x.Year == year && committing.Contains(x.Stage) && (except == null || x.Id != except))
            .Select(x => new { x.Budget, x.ContractAmount }).ToListAsync(ct);
        return (rows.Sum(r => MicroProjectRules.Committed(r.Budget, r.ContractAmount)), rows.Count);
    }

    public async Task<MicroEnvelope> EnvelopeAsync(string division, int year, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var asOf = year == today.Year ? today : new DateOnly(year, 12, 31);
        var envelope = (await ParamsAsync(asOf, division, ct)).Envelope;
        var (committed, projects) = await CommittedAsync(division, year, null, ct);
        return new MicroEnvelope(division, year, envelope, committed, envelope - committed, projects);
    }

    /// <summary>A division's name (the register's, without 居委会), or its code when unknown.</summary>
    public async Task<string> NameAsync(string code, CancellationToken ct)
    {
        var d = await divisions.FindAsync(code, null, ct);
        return d is null ? code : MicroProjectNames.Community(d.Name);
    }

    public async Task<IReadOnlyList<MicroOption>> OptionsAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = new List<MicroOption>();
        foreach (var c in codes.Distinct().Order(StringComparer.Ordinal))
        {
            list.Add(new MicroOption(c, await NameAsync(c, ct)));
        }
        return list;
    }

    public Task<DivisionInfo?> FindAsync(string code, CancellationToken ct) => divisions.FindAsync(code, null, ct);

    public Task<string> FullNameAsync(string code, CancellationToken ct) => divisions.FullNameAsync(code, ct);

    public static string Money(decimal v) => v.ToString("N2", CultureInfo.InvariantCulture);
}
