using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.MicroProjects;
using CivilAffairs.Community.Features.Shared;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Seeding;

/// <summary>
/// The demo year's 民生微实事 (Demo:Year): about 15,000 projects approved (立项) in the year across all of
/// Shenzhen's communities (the seed's 1.5万), each within the item cap of its type and its community's
/// yearly envelope, most finished by the year's end; the ledger of a year taken over from the former
/// system, so one log entry per project and no public notices. The sample of <see cref="MicroProjectDemoSeeder"/>
/// counts towards the total.
/// </summary>
internal sealed class MicroProjectYearSeeder(CommunityDb db, MicroProjectSupport support, Numbers numbers, DemoOptions demo, TimeProvider clock) : ISeeder
{
    public const int FullYearApproved = 15_000;

    /// <summary>CreatedBy of the generated projects: how a second seed knows the year is there.</summary>
    public const string Marker = "demo-year";

    private const int Batch = 2_000;

    private readonly Random _rng = new(15_000);

    public int Order => 9101;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        var year = demo.Year;
        var today = ChinaTime.Today(clock);
        // the programme's parameters start in September 2015; a year that has not ended yet is the narrative demo's
        if (year < 2016 || year >= today.Year || await db.MicroProjects.IgnoreQueryFilters().AnyAsync(p => p.CreatedBy == Marker && p.Year == year, ct))
        {
            return;
        }
        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        var sample = await db.MicroProjects.IgnoreQueryFilters().Where(p => p.ApprovedOn >= start && p.ApprovedOn < end)
            .GroupBy(p => p.DivisionCode).Select(g => new { g.Key, Count = g.Count(), Budget = g.Sum(p => p.Budget) }).ToListAsync(ct);
        var target = demo.Scale(FullYearApproved) - sample.Sum(s => s.Count);
        var communities = MicroProjectYearCommunities.All.Select(e => (Code: e[..12], Name: e[12..])).ToList();
        var pars = await support.ParamsAsync(new DateOnly(year, 6, 30), "4403", ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var committed = sample.ToDictionary(s => s.Key, s => s.Budget);
        var added = 0;
        var saved = 0;
        db.Scope.BulkLoad = true;
        try
        {
            for (var i = 0; i < communities.Count && added < target; i++)
            {
                var (code, name) = communities[i];
                // an even share with some spread; the last communities take what is left
                var share = (target - added) / (communities.Count - i);
                var n = Math.Min(target - added, i == communities.Count - 1 ? target - added : Math.Max(1, share + _rng.Next(-share / 3, share / 3 + 1)));
                var room = pars.Envelope - committed.GetValueOrDefault(code);
                for (var k = 0; k < n; k++)
                {
                    var idea = MicroProjectDemoSeeder.Ideas[_rng.Next(MicroProjectDemoSeeder.Ideas.Length)];
                    // an even part of what the envelope still holds, between 40 % and 160 % of it, never above the type's cap
                    var fair = room / (n - k);
                    var budget = Math.Min(pars.CapOf(idea.Type), decimal.Round(fair * (0.4m + (decimal)_rng.NextDouble() * 1.2m) / 1000m) * 1000m);
                    budget = Math.Max(Math.Min(5_000m, room), Math.Min(budget, room));
                    if (budget <= 0m)
                    {
                        break;
                    }
                    var usedBefore = pars.Envelope - room;
                    room -= budget;
                    db.MicroProjects.Add(Project(code, name, year, idea, budget, usedBefore, pars, await numbers.NextAsync("WSS", year, ct), now));
                    added++;
                }
                committed[code] = pars.Envelope - room;
                if (added - saved >= Batch)
                {
                    saved = added;
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    private MicroProject Project(string code, string name, int year, MicroProjectDemoSeeder.Idea idea, decimal budget, decimal usedBefore, MicroParams pars,
        string number, DateTime now)
    {
        var (city, district) = MicroProjectRules.Split(budget, pars.CityShare);
        var proposed = new DateOnly(year, 1, 1).AddDays(_rng.Next(270));
        var meeting = proposed.AddDays(10 + _rng.Next(12));
        var attendees = 25 + _rng.Next(40);
        var votesFor = attendees / 2 + 2 + _rng.Next(attendees / 2 - 2);
        var against = (attendees - votesFor) / 2;
        var approved = meeting.AddDays(5 + _rng.Next(12));
        var p = new MicroProject
        {
            Number = number, Year = year, DivisionCode = code, CommunityName = name, Type = idea.Type, Theme = idea.Theme, Title = idea.Title,
            Description = idea.Description, ProposerKind = idea.Proposer,
            ProposerName = idea.Proposer == MicroProjectProposer.SocialOrganization ? "深圳市" + name + "社会工作服务中心" : null,
            ProposerCount = idea.Proposer == MicroProjectProposer.Residents ? 12 + _rng.Next(80) : null,
            Beneficiaries = idea.Beneficiaries / 2 + _rng.Next(idea.Beneficiaries), Budget = budget, CityShare = pars.CityShare, CityAmount = city,
            DistrictAmount = district, CapApplied = pars.CapOf(idea.Type), ProposedOn = proposed, MeetingOn = meeting, Attendees = attendees,
            VotesFor = votesFor, VotesAgainst = against, VotesAbstain = attendees - votesFor - against, VotePassRatio = pars.VotePassRatio,
            ApprovedOn = approved, ApprovedBy = "demo", EnvelopeApplied = pars.Envelope, EnvelopeUsedBefore = usedBefore,
            ProcurementMethod = budget >= 300_000m ? MicroProcurementMethod.Competitive : budget >= 100_000m ? MicroProcurementMethod.Inquiry : MicroProcurementMethod.Direct,
            SupplierName = MicroProjectDemoSeeder.Suppliers[_rng.Next(MicroProjectDemoSeeder.Suppliers.Length)],
            ContractAmount = decimal.Round(budget * (0.86m + _rng.Next(14) / 100m), 2), ContractOn = approved.AddDays(10 + _rng.Next(20)),
            CreatedBy = Marker, CreatedAtUtc = now,
        };
        p.StartedOn = p.ContractOn!.Value.AddDays(3 + _rng.Next(10));
        p.PlannedEndOn = p.StartedOn.Value.AddDays(idea.Type == MicroProjectType.Works ? 120 : 90);
        var roll = _rng.Next(100);
        if (roll < 3)
        {
            p.Stage = MicroProjectStage.Terminated;
            p.ClosedOn = p.StartedOn.Value.AddDays(20 + _rng.Next(30));
            p.EndReason = "场地权属发生变化，无法继续实施";
            p.StageSince = p.ClosedOn.Value;
        }
        else
        {
            p.AcceptedOn = p.StartedOn.Value.AddDays(40 + _rng.Next(80));
            p.AcceptanceResult = MicroProjectAcceptance.Passed;
            p.AcceptanceAmount = p.ContractAmount;
            p.Stage = roll < 15 ? MicroProjectStage.Accepted : MicroProjectStage.Closed;
            p.ClosedOn = p.Stage == MicroProjectStage.Closed ? p.AcceptedOn.Value.AddDays(10 + _rng.Next(20)) : null;
            p.StageSince = p.ClosedOn ?? p.AcceptedOn.Value;
        }
        db.MicroProjectEvents.Add(new MicroProjectEvent
        {
            ProjectId = p.Id, DivisionCode = code, On = p.StageSince, Stage = p.Stage, Action = "年度项目台账导入（原系统）",
            Note = $"立项{approved:yyyy-MM-dd}，{MicroProjectNames.Of(p.Stage)}于{p.StageSince:yyyy-MM-dd}", By = Marker,
            AtUtc = DateTime.SpecifyKind(p.StageSince.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc),
        });
        return p;
    }
}
