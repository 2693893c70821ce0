using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Features.MicroProjects;

/// <summary>民生微实事 projects for staff: the list, one project, and 项目征集 (create). The later steps are in <see cref="MicroProjectSteps"/>.</summary>
internal sealed class MicroProjects(CommunityDb db, MicroProjectSupport support, Numbers numbers, ICurrentUser user, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<MicroProjectList> ListAsync(MicroProjectQuery q, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var limit = (await support.ParamsAsync(today, "4403", ct)).StageLimitDays;
        var cutoff = today.AddDays(-limit);
        var scoped = db.MicroProjects.AsNoTracking();
        if (q.Year is { } y)
        {
            scoped = scoped.Where(x => x.Year == y);
        }
        // the place filters' options come from the projects in scope for the year
        var codes = await scoped.Select(x => x.DivisionCode).Distinct().ToListAsync(ct);
        var place = Place(q);
        var filtered = scoped;
        if (place is not null)
        {
            filtered = filtered.Where(x => x.DivisionCode.StartsWith(place));
        }
        if (q.Type is { } t)
        {
            filtered = filtered.Where(x => x.Type == t);
        }
        if (q.Theme is { } th)
        {
            filtered = filtered.Where(x => x.Theme == th);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var s = q.Q.Trim();
            filtered = filtered.Where(x => x.Title.Contains(s) || x.Number.Contains(s) || x.CommunityName.Contains(s));
        }
        var open = new[] { MicroProjectStage.Closed, MicroProjectStage.Rejected, MicroProjectStage.Terminated };
        if (q.Overdue == true)
        {
            filtered = filtered.Where(x => !open.Contains(x.Stage) && x.StageSince < cutoff);
        }
        var sums = await filtered.Select(x => new { x.Stage, x.Budget, x.CityAmount, x.DistrictAmount, x.ContractAmount, x.StageSince }).ToListAsync(ct);
        var stageCounts = Enum.GetValues<MicroProjectStage>()
            .Select(s => new MicroStageCount(s, MicroProjectNames.Of(s), sums.Count(r => r.Stage == s))).ToList();
        if (q.Stage is { } st)
        {
            filtered = filtered.Where(x => x.Stage == st);
            sums = sums.Where(r => r.Stage == st).ToList();
        }
        var page = Math.Max(1, q.Page ?? 1);
        var rows = await filtered.OrderByDescending(x => x.Year).ThenByDescending(x => x.Number).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var items = rows.Select(x => new MicroProjectRow(x.Id, x.Number, x.Year, x.DivisionCode, x.CommunityName, x.Type, MicroProjectNames.Of(x.Type), x.Theme,
            MicroProjectNames.Of(x.Theme), x.Title, x.Budget, x.ContractAmount, x.Stage, MicroProjectNames.Of(x.Stage), x.StageSince,
            MicroProjectRules.Overdue(x.Stage, x.StageSince, today, limit))).ToList();
        var districts = await support.OptionsAsync(codes.Select(c => c[..6]), ct);
        var streets = await support.OptionsAsync(codes.Where(c => q.District is null || c.StartsWith(q.District, StringComparison.Ordinal)).Select(c => c[..9]), ct);
        var communities = await support.OptionsAsync(codes.Where(c => (q.Street ?? q.District) is not { } p || c.StartsWith(p, StringComparison.Ordinal)), ct);
        return new MicroProjectList(sums.Count, page, PageSize, items, stageCounts, sums.Sum(r => r.Budget), sums.Sum(r => r.CityAmount), sums.Sum(r => r.DistrictAmount),
            sums.Sum(r => r.ContractAmount ?? 0), sums.Count(r => MicroProjectRules.Overdue(r.Stage, r.StageSince, today, limit)), limit, districts, streets, communities);
    }

    public static string? Place(MicroProjectQuery q) =>
        new[] { q.Community, q.Street, q.District }.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();

    public async Task<MicroProjectView> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.MicroProjects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("项目不存在或不在您的辖区内");
        return await ViewAsync(p, ct);
    }

    public async Task<MicroProjectView> CreateAsync(MicroProjectRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.CommunityWrite))
        {
            throw new ForbiddenException();
        }
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var code = (r.DivisionCode ?? "").Trim();
        if (code.Length == 0 && user.Jurisdiction is { Length: 12 } own)
        {
            code = own;
        }
        string communityName = "";
        if (code.Length != 12 || !code.All(char.IsAsciiDigit))
        {
            errors.Add("divisionCode", "请填写12位社区代码");
        }
        else if (!DivisionCodes.IsWithin(code, user.Jurisdiction ?? "#"))
        {
            errors.Add("divisionCode", "该社区不在您的辖区内");
        }
        else if (await support.FindAsync(code, ct) is not { Level: 5 } d)
        {
            errors.Add("divisionCode", "社区代码不存在");
        }
        else
        {
            communityName = MicroProjectNames.Community(d.Name);
        }
        var year = r.Year ?? today.Year;
        if (year < 2015 || year > today.Year + 1)
        {
            errors.Add("year", $"年度须在2015至{today.Year + 1}之间");
        }
        if (r.Type is null || !Enum.IsDefined(r.Type.Value))
        {
            errors.Add("type", "请选择项目类型（工程类、服务类、货物类）");
        }
        if (r.Theme is null || !Enum.IsDefined(r.Theme.Value))
        {
            errors.Add("theme", "请选择项目主题");
        }
        var title = (r.Title ?? "").Trim();
        if (title.Length is < 4 or > 100)
        {
            errors.Add("title", "请填写项目名称（4–100字）");
        }
        var description = (r.Description ?? "").Trim();
        if (description.Length is < 10 or > 2000)
        {
            errors.Add("description", "请填写项目内容（10–2000字）：做什么、在哪里、为谁");
        }
        if (r.ProposerKind is null || !Enum.IsDefined(r.ProposerKind.Value))
        {
            errors.Add("proposerKind", "请选择提出方");
        }
        else if (r.ProposerKind == MicroProjectProposer.Residents && r.ProposerCount is null or < 1)
        {
            errors.Add("proposerCount", "居民提出的项目请填写联名居民人数");
        }
        else if (r.ProposerKind is MicroProjectProposer.SocialOrganization or MicroProjectProposer.LocalUnit && string.IsNullOrWhiteSpace(r.ProposerName))
        {
            errors.Add("proposerName", "请填写提出单位名称");
        }
        if ((r.ProposerName ?? "").Trim().Length > 100)
        {
            errors.Add("proposerName", "名称不超过100字");
        }
        if (r.Beneficiaries is null or < 1)
        {
            errors.Add("beneficiaries", "请填写预计受益人数");
        }
        MicroParams? pars = null;
        if (r.Budget is null or <= 0)
        {
            errors.Add("budget", "请填写项目预算（元），须大于0");
        }
        else if (r.Type is { } type && Enum.IsDefined(type) && code.Length == 12)
        {
            pars = await support.ParamsAsync(today, code, ct);
            var cap = pars.CapOf(type);
            if (!MicroProjectRules.WithinCap(r.Budget.Value, cap))
            {
                errors.Add("budget", $"{MicroProjectNames.Of(type)}项目预算不得超过{SupportMoney(cap)}元");
            }
        }
        errors.ThrowIfAny();
        pars ??= await support.ParamsAsync(today, code, ct);
        var budget = decimal.Round(r.Budget!.Value, 2);
        var (city, district) = MicroProjectRules.Split(budget, pars.CityShare);
        var kind = r.ProposerKind!.Value;
        var p = new MicroProject
        {
            Number = await numbers.NextAsync("WSS", year, ct), Year = year, DivisionCode = code, CommunityName = communityName, Type = r.Type!.Value,
            Theme = r.Theme!.Value, Title = title, Description = description, ProposerKind = kind,
            ProposerName = string.IsNullOrWhiteSpace(r.ProposerName) ? null : kind == MicroProjectProposer.Residents ? Masking.Name(r.ProposerName.Trim()) : r.ProposerName.Trim(),
            ProposerCount = r.ProposerCount, Beneficiaries = r.Beneficiaries!.Value, Budget = budget, CityShare = pars.CityShare, CityAmount = city,
            DistrictAmount = district, CapApplied = pars.CapOf(r.Type.Value), Stage = MicroProjectStage.Proposed, StageSince = today, ProposedOn = today,
            CreatedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.MicroProjects.Add(p);
        support.Log(p, today, "项目征集登记", null, $"单项上限={pars.CapOf(p.Type):0.##}; 市级比例={pars.CityShare:0.####}");
        await support.PublishAsync(p, $"{p.CommunityName}民生微实事项目征集公示：{p.Title}",
            $"{p.CommunityName}拟实施民生微实事项目“{p.Title}”（{MicroProjectNames.Of(p.Type)}·{MicroProjectNames.Of(p.Theme)}），预算{SupportMoney(budget)}元，"
            + $"由{MicroProjectNames.Of(kind)}提出{(p.ProposerCount is { } n && kind == MicroProjectProposer.Residents ? $"（{n}户/人联名）" : "")}，预计受益约{p.Beneficiaries}人。"
            + $"项目内容：{p.Description} 公示期内居民可向社区党委、居委会提出意见建议。", today, pars.NoticeDays, ct);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(p, ct);
    }

    private static string SupportMoney(decimal v) => MicroProjectSupport.Money(v);

    public async Task<MicroProjectView> ViewAsync(MicroProject p, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var limit = (await support.ParamsAsync(today, p.DivisionCode, ct)).StageLimitDays;
        var events = await db.MicroProjectEvents.AsNoTracking().Where(e => e.ProjectId == p.Id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(ct);
        var notices = await db.MicroProjectNotices.AsNoTracking().Where(n => n.ProjectId == p.Id).OrderBy(n => n.PublishedAtUtc).ToListAsync(ct);
        var actions = Enum.GetValues<MicroProjectAction>().Where(a => MicroProjectRules.Allowed(p.Stage, a) && MicroProjectSteps.MayAct(user, a, p)).ToList();
        var envelope = await support.EnvelopeAsync(p.DivisionCode, p.Year, ct);
        var place = await support.FullNameAsync(p.DivisionCode, ct);
        return new MicroProjectView(p.Id, p.Number, p.Year, p.DivisionCode, p.CommunityName, place, p.Type, MicroProjectNames.Of(p.Type), p.Theme,
            MicroProjectNames.Of(p.Theme), p.Title, p.Description, p.ProposerKind, MicroProjectNames.Of(p.ProposerKind), p.ProposerName, p.ProposerCount,
            p.Beneficiaries, p.Budget, p.CityShare, MicroProjectRules.RatioText(p.CityShare), p.CityAmount, p.DistrictAmount, p.CapApplied, p.EnvelopeApplied,
            p.EnvelopeUsedBefore, p.Stage, MicroProjectNames.Of(p.Stage), p.StageSince, MicroProjectRules.Overdue(p.Stage, p.StageSince, today, limit), p.ProposedOn,
            p.MeetingOn, p.Attendees, p.VotesFor, p.VotesAgainst, p.VotesAbstain, p.VotePassRatio, p.ApprovedOn, p.ApprovedBy, p.ProcurementMethod,
            p.ProcurementMethod is { } m ? MicroProjectNames.Of(m) : null, p.SupplierName, p.SupplierCreditCode, p.ContractAmount, p.ContractOn, p.StartedOn,
            p.PlannedEndOn, p.AcceptedOn, p.AcceptanceResult, p.AcceptanceResult is { } a ? MicroProjectNames.Of(a) : null, p.AcceptanceAmount, p.AcceptanceNote,
            p.ClosedOn, p.EndReason, p.CreatedBy, actions, envelope,
            events.Select(e => new MicroEventView(e.On, e.Stage, MicroProjectNames.Of(e.Stage), e.Action, e.Note, e.Parameters, e.By)).ToList(),
            notices.Select(n => new MicroNoticeView(n.Id, n.Stage, MicroProjectNames.Of(n.Stage), n.Title, n.Text, n.StartsOn, n.EndsOn, n.PeriodDays)).ToList());
    }
}
