using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.MicroProjects;
using CivilAffairs.Community.Features.Shared;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Seeding;

/// <summary>
/// Demo 民生微实事: a 2018 sample of some hundreds of projects in communities of every district
/// (the seed counts about 15,000 city-wide that year), most finished, some refused or stopped; and
/// open projects in 福华社区 (and two more 福田街道 communities) dated from today, so the community
/// worker and the street reviewer have work. Proposers are kinds or organizations, never residents' names.
/// </summary>
internal sealed partial class MicroProjectDemoSeeder(CommunityDb db, MicroProjectSupport support, Numbers numbers, WorkingDayCalendar calendar,
    TimeProvider clock) : ISeeder
{
    public const string Fuhua = "440304004022";

    private readonly Random _rng = new(2018);
    private WorkingDays? _days;
    private DateTime _now;

    public int Order => 101;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.MicroProjects.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        _days = await calendar.GetAsync(ct);
        _now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var pars = await support.ParamsAsync(today, "4403", ct);
        if (today >= new DateOnly(2019, 1, 1))
        {
            foreach (var code in Communities)
            {
                if (await support.FindAsync(code, ct) is not { Level: 5 } d)
                {
                    continue;
                }
                await SeedHistoryAsync(code, MicroProjectNames.Community(d.Name), pars, ct);
            }
        }
        await SeedCurrentAsync(today, pars, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Four to seven 2018 projects of one community, within its envelope, in every end state.</summary>
    private async Task SeedHistoryAsync(string code, string name, MicroParams pars, CancellationToken ct)
    {
        var committed = 0m;
        var count = 4 + _rng.Next(4);
        for (var i = 0; i < count; i++)
        {
            var idea = Ideas[_rng.Next(Ideas.Length)];
            var budget = Budget(idea.Type);
            var roll = _rng.Next(100);
            var stage = roll < 8 ? MicroProjectStage.Rejected : roll < 10 ? MicroProjectStage.Terminated : roll < 16 ? MicroProjectStage.Implementing
                : roll < 22 ? MicroProjectStage.Accepted : MicroProjectStage.Closed;
            if (stage != MicroProjectStage.Rejected && committed + budget > pars.Envelope)
            {
                stage = MicroProjectStage.Rejected;
            }
            var proposed = new DateOnly(2018, 1 + _rng.Next(6), 1 + _rng.Next(28));
            var p = NewProject(code, name, 2018, idea, budget, proposed, pars, await numbers.NextAsync("WSS", 2018, ct));
            if (stage == MicroProjectStage.Rejected && _rng.Next(2) == 0)
            {
                Vote(p, proposed.AddDays(12 + _rng.Next(10)), pars, false);
                End(p, MicroProjectStage.Rejected, "居民表决未通过", pars);
                continue;
            }
            Vote(p, proposed.AddDays(12 + _rng.Next(10)), pars, true);
            if (stage == MicroProjectStage.Rejected)
            {
                End(p, MicroProjectStage.Rejected, "与物业服务企业职责重复，不属于民生微实事支持范围", pars);
                continue;
            }
            committed += budget;
            Approve(p, p.MeetingOn!.Value.AddDays(7 + _rng.Next(10)), pars, committed - budget);
            Procure(p, p.ApprovedOn!.Value.AddDays(15 + _rng.Next(20)), pars);
            if (stage == MicroProjectStage.Terminated)
            {
                End(p, MicroProjectStage.Terminated, "场地权属发生变化，无法继续实施", pars);
                continue;
            }
            Start(p, p.ContractOn!.Value.AddDays(5 + _rng.Next(10)), pars);
            if (stage == MicroProjectStage.Implementing)
            {
                continue;
            }
            Accept(p, p.StartedOn!.Value.AddDays(40 + _rng.Next(80)), pars);
            if (stage == MicroProjectStage.Closed)
            {
                Close(p, p.AcceptedOn!.Value.AddDays(10 + _rng.Next(20)), pars);
            }
        }
    }

    /// <summary>Open projects of this year in 福田街道, one per stage, dated back from today.</summary>
    private async Task SeedCurrentAsync(DateOnly today, MicroParams pars, CancellationToken ct)
    {
        var year = today.Year;
        async Task<MicroProject> New(string code, string name, int idea, int daysAgo, decimal budget) =>
            NewProject(code, name, year, Ideas[idea], budget, today.AddDays(-daysAgo), pars, await numbers.NextAsync("WSS", year, ct), "futian.community");

        await New(Fuhua, "福华社区", 0, 2, 86_000m);
        var reviewed = await New(Fuhua, "福华社区", 3, 20, 180_000m);
        Vote(reviewed, today.AddDays(-6), pars, true);
        var approved = await New(Fuhua, "福华社区", 6, 45, 320_000m);
        Vote(approved, today.AddDays(-33), pars, true);
        Approve(approved, today.AddDays(-20), pars, 0m);
        var running = await New(Fuhua, "福华社区", 1, 190, 460_000m);
        Vote(running, today.AddDays(-175), pars, true);
        Approve(running, today.AddDays(-160), pars, 320_000m);
        Procure(running, today.AddDays(-130), pars);
        Start(running, today.AddDays(-120), pars);
        var accepted = await New(Fuhua, "福华社区", 9, 240, 150_000m);
        Vote(accepted, today.AddDays(-225), pars, true);
        Approve(accepted, today.AddDays(-210), pars, 780_000m);
        Procure(accepted, today.AddDays(-190), pars);
        Start(accepted, today.AddDays(-180), pars);
        Accept(accepted, today.AddDays(-8), pars);
        var other = await New("440304004023", "福安社区", 4, 15, 240_000m);
        Vote(other, today.AddDays(-4), pars, true);
        await New("440304004027", "福民社区", 7, 5, 60_000m);
    }

    private MicroProject NewProject(string code, string name, int year, Idea idea, decimal budget, DateOnly proposed, MicroParams pars, string number,
        string by = "demo")
    {
        var (city, district) = MicroProjectRules.Split(budget, pars.CityShare);
        var proposer = idea.Proposer;
        var p = new MicroProject
        {
            Number = number, Year = year, DivisionCode = code, CommunityName = name, Type = idea.Type, Theme = idea.Theme, Title = idea.Title,
            Description = idea.Description, ProposerKind = proposer,
            ProposerName = proposer == MicroProjectProposer.SocialOrganization ? "深圳市" + name + "社会工作服务中心" : null,
            ProposerCount = proposer == MicroProjectProposer.Residents ? 12 + _rng.Next(80) : null, Beneficiaries = idea.Beneficiaries + _rng.Next(idea.Beneficiaries),
            Budget = budget, CityShare = pars.CityShare, CityAmount = city, DistrictAmount = district, CapApplied = pars.CapOf(idea.Type),
            Stage = MicroProjectStage.Proposed, StageSince = proposed, ProposedOn = proposed, CreatedBy = by, CreatedAtUtc = _now,
        };
        db.MicroProjects.Add(p);
        Step(p, proposed, "项目征集登记", "项目征集公示",
            $"{name}拟实施民生微实事项目“{p.Title}”（{MicroProjectNames.Of(p.Type)}·{MicroProjectNames.Of(p.Theme)}），预算{Money(budget)}元，由{MicroProjectNames.Of(proposer)}提出。"
            + $"项目内容：{p.Description}", pars);
        return p;
    }

    private void Vote(MicroProject p, DateOnly on, MicroParams pars, bool pass)
    {
        var attendees = 25 + _rng.Next(40);
        var votesFor = pass ? attendees / 2 + 2 + _rng.Next(attendees / 2 - 2) : attendees / 3;
        var against = Math.Max(0, (attendees - votesFor) / 2);
        p.MeetingOn = on;
        p.Attendees = attendees;
        p.VotesFor = votesFor;
        p.VotesAgainst = against;
        p.VotesAbstain = attendees - votesFor - against;
        p.VotePassRatio = pars.VotePassRatio;
        p.Stage = pass ? MicroProjectStage.Reviewed : p.Stage;
        p.StageSince = on;
        Step(p, on, pass ? "评议表决通过" : "评议表决未通过", "项目评议结果公示",
            $"{on:yyyy年M月d日}召开项目评议会，到会{attendees}人，表决赞成{votesFor}票、反对{against}票、弃权{p.VotesAbstain}票，{(pass ? "评议通过，报街道审核确定" : "评议未通过")}。", pars);
    }

    private void Approve(MicroProject p, DateOnly on, MicroParams pars, decimal usedBefore)
    {
        p.Stage = MicroProjectStage.Approved;
        p.StageSince = on;
        p.ApprovedOn = on;
        p.ApprovedBy = p.DivisionCode.StartsWith("440304004", StringComparison.Ordinal) ? "futian.street" : "demo";
        p.EnvelopeApplied = pars.Envelope;
        p.EnvelopeUsedBefore = usedBefore;
        Step(p, on, "街道审核确定", "项目确定公示",
            $"经街道审核，项目确定实施。预算{Money(p.Budget)}元，其中市级财政{Money(p.CityAmount)}元、区级财政{Money(p.DistrictAmount)}元（市区{MicroProjectRules.RatioText(p.CityShare)}）。", pars);
    }

    private void Procure(MicroProject p, DateOnly on, MicroParams pars)
    {
        p.Stage = MicroProjectStage.Procured;
        p.StageSince = on;
        p.ProcurementMethod = p.Budget >= 300_000m ? MicroProcurementMethod.Competitive : p.Budget >= 100_000m ? MicroProcurementMethod.Inquiry : MicroProcurementMethod.Direct;
        p.SupplierName = Suppliers[_rng.Next(Suppliers.Length)];
        p.ContractAmount = decimal.Round(p.Budget * (0.86m + (decimal)_rng.Next(14) / 100m), 2);
        p.ContractOn = on;
        Step(p, on, "登记采购结果", "采购结果公示",
            $"采购方式：{MicroProjectNames.Of(p.ProcurementMethod.Value)}；承接单位：{p.SupplierName}；合同金额{Money(p.ContractAmount.Value)}元。", pars);
    }

    private void Start(MicroProject p, DateOnly on, MicroParams pars)
    {
        p.Stage = MicroProjectStage.Implementing;
        p.StageSince = on;
        p.StartedOn = on;
        p.PlannedEndOn = on.AddDays(p.Type == MicroProjectType.Works ? 120 : 90);
        Step(p, on, "开始实施", "项目实施公示", $"项目于{on:yyyy年M月d日}开始实施，计划{p.PlannedEndOn:yyyy年M月d日}完成，承接单位：{p.SupplierName}。欢迎居民监督。", pars);
    }

    private void Accept(MicroProject p, DateOnly on, MicroParams pars)
    {
        p.Stage = MicroProjectStage.Accepted;
        p.StageSince = on;
        p.AcceptedOn = on;
        p.AcceptanceResult = MicroProjectAcceptance.Passed;
        p.AcceptanceAmount = p.ContractAmount;
        Step(p, on, "验收合格", "验收结果公示", $"{on:yyyy年M月d日}组织验收，结果：合格；验收金额{Money(p.AcceptanceAmount!.Value)}元。", pars);
    }

    private void Close(MicroProject p, DateOnly on, MicroParams pars)
    {
        p.Stage = MicroProjectStage.Closed;
        p.StageSince = on;
        p.ClosedOn = on;
        Step(p, on, "结项", "结项公示", $"项目已完成并结项，决算金额{Money(p.AcceptanceAmount ?? p.Budget)}元。", pars);
    }

    private void End(MicroProject p, MicroProjectStage stage, string reason, MicroParams pars)
    {
        var on = p.StageSince.AddDays(10);
        p.Stage = stage;
        p.StageSince = on;
        p.ClosedOn = on;
        p.EndReason = reason;
        Step(p, on, MicroProjectNames.Of(stage), stage == MicroProjectStage.Terminated ? "项目终止公示" : "不予立项公示", $"项目{MicroProjectNames.Of(stage)}。理由：{reason}", pars);
    }

    private void Step(MicroProject p, DateOnly on, string action, string title, string text, MicroParams pars)
    {
        var at = DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(2, 0)), DateTimeKind.Utc);
        db.MicroProjectEvents.Add(new MicroProjectEvent
        {
            ProjectId = p.Id, DivisionCode = p.DivisionCode, On = on, Stage = p.Stage, Action = action, By = !p.DivisionCode.StartsWith("440304004", StringComparison.Ordinal) ? "demo" : p.Stage == MicroProjectStage.Proposed ? p.CreatedBy : "futian.street",
            AtUtc = at,
        });
        db.MicroProjectNotices.Add(new MicroProjectNotice
        {
            ProjectId = p.Id, DivisionCode = p.DivisionCode, Stage = p.Stage, Title = $"{p.CommunityName}民生微实事{title}：{p.Title}", Text = text, StartsOn = on,
            EndsOn = _days!.AddWorkingDays(on, pars.NoticeDays), PeriodDays = pars.NoticeDays, PublishedAtUtc = at,
        });
    }

    private decimal Budget(MicroProjectType type) => type switch
    {
        MicroProjectType.Works => 150_000m + _rng.Next(80) * 10_000m,
        MicroProjectType.Goods => 20_000m + _rng.Next(40) * 5_000m,
        _ => 30_000m + _rng.Next(44) * 10_000m,
    };

    private static string Money(decimal v) => MicroProjectSupport.Money(v);
}
