using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>Party organizations in social organizations, coverage, 应建未建, self-regulation pilots and party–mass service centres.</summary>
internal sealed class PartyBuilding(SocialOrgsDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, OrgAccess access, CreditListing credit)
{
    private DateOnly Today => ChinaTime.Today(clock);

    private async Task<int> ThresholdAsync(CancellationToken ct) =>
        (int)await parameters.GetDecimalAsync(SupervisionParameters.PartyMinMembers, Today, "4403", ct);

    /// <summary>Active organizations in reach with their party standing; filters: district prefix, type, org, 应建未建 only.</summary>
    public async Task<IReadOnlyList<PartyUnitView>> UnitsAsync(string? division, string? type, Guid? org, bool? flagged, CancellationToken ct)
    {
        var q = db.Organizations.AsNoTracking().Where(o => o.Status == OrgStatus.Active);
        if (SupervisionSupport.Trim(division, 12) is { } d)
        {
            q = q.Where(o => o.DivisionCode.StartsWith(d));
        }
        if (SupervisionSupport.Parse<SocialOrgType>(type) is { } t)
        {
            q = q.Where(o => o.Type == t);
        }
        if (org is { } id)
        {
            q = q.Where(o => o.Id == id);
        }
        var orgs = await q.OrderBy(o => o.DivisionCode).ThenBy(o => o.Name).ToListAsync(ct);
        var ids = orgs.Select(o => o.Id).ToList();
        var units = await db.PartyUnits.AsNoTracking().Where(u => ids.Contains(u.OrganizationId)).ToDictionaryAsync(u => u.OrganizationId, ct);
        var threshold = await ThresholdAsync(ct);
        var views = orgs.Select(o =>
        {
            var u = units.GetValueOrDefault(o.Id);
            return new PartyUnitView(o.Id, o.Name, o.CreditCode, o.Type.ToString(), SocialOrgNames.Of(o.Type), o.DivisionCode, u?.PartyMembers ?? 0,
                u?.Form?.ToString(), u?.Form is { } f ? SupervisionRules.Name(f) : null, u?.PartyOrgName, u?.EstablishedOn,
                u?.Secretary is { } s ? Masking.Name(s) : null, u?.Superior, u?.Instructor is { } i ? Masking.Name(i) : null,
                u is { Form: null } && u.PartyMembers >= threshold, SocialOrgNames.Of(o.CreditStatus));
        });
        return flagged == true ? views.Where(v => v.ShouldHaveParty).ToList() : views.ToList();
    }

    public async Task<PartyUnitView> SetUnitAsync(Guid orgId, PartyUnitRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        var org = await access.GetAsync(orgId, ct);
        access.EnsureAuthorityFor(org);
        if (org.Status != OrgStatus.Active)
        {
            throw new BusinessRuleException("该社会组织已注销或被撤销登记");
        }
        var threshold = await ThresholdAsync(ct);
        var errors = new FieldErrors();
        if (r.PartyMembers is not (>= 0 and <= 100_000))
        {
            errors.Add("partyMembers", "请填写党员人数");
        }
        PartyForm? form = null;
        if (!string.IsNullOrWhiteSpace(r.Form))
        {
            form = SupervisionSupport.Parse<PartyForm>(r.Form);
            if (form is null)
            {
                errors.Add("form", "组建方式无效");
            }
            if (r.EstablishedOn is not { } on || on > Today)
            {
                errors.Add("establishedOn", "请填写党组织成立日期（不晚于今天）");
            }
            if (SupervisionSupport.Trim(r.Secretary, 50) is null)
            {
                errors.Add("secretary", "请填写党组织书记");
            }
            if (form == PartyForm.Own && r.PartyMembers < threshold)
            {
                errors.Add("partyMembers", $"单独组建党组织须有正式党员{threshold}人以上");
            }
        }
        errors.ThrowIfAny();
        var u = await db.PartyUnits.FirstOrDefaultAsync(x => x.OrganizationId == org.Id, ct);
        if (u is null)
        {
            u = new PartyUnit { OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode };
            db.PartyUnits.Add(u);
        }
        var wasFormed = u.Form is not null;
        u.PartyMembers = r.PartyMembers!.Value;
        u.Form = form;
        u.PartyOrgName = form is null ? null : SupervisionSupport.Trim(r.PartyOrgName, 100);
        u.EstablishedOn = form is null ? null : r.EstablishedOn;
        u.Secretary = form is null ? null : SupervisionSupport.Trim(r.Secretary, 50);
        u.Superior = form is null ? null : SupervisionSupport.Trim(r.Superior, 100);
        u.Instructor = SupervisionSupport.Trim(r.Instructor, 50);
        u.UpdatedOn = Today;
        u.UpdatedBy = user.UserName;
        if (form is not null && !wasFormed)
        {
            db.OrganizationEvents.Add(new OrganizationEvent
            {
                OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = OrgEventKind.PartyBuilding,
                Summary = $"成立党组织（{SupervisionRules.Name(form.Value)}），党员{u.PartyMembers}名", OccurredOn = u.EstablishedOn!.Value, RecordedBy = user.UserName,
                RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
        }
        await db.SaveChangesAsync(ct);
        return (await UnitsAsync(null, null, org.Id, null, ct)).Single();
    }

    /// <summary>应建未建 → 活动异常名录 (民政部令第60号: 未按规定设立党组织), by the registration authority.</summary>
    public async Task<string> ListAbnormalAsync(Guid orgId, CancellationToken ct)
    {
        Require();
        var org = await access.GetAsync(orgId, ct);
        access.EnsureAuthorityFor(org);
        var u = await db.PartyUnits.AsNoTracking().FirstOrDefaultAsync(x => x.OrganizationId == org.Id, ct);
        var threshold = await ThresholdAsync(ct);
        if (u is not { Form: null } || u.PartyMembers < threshold)
        {
            throw new BusinessRuleException($"该组织不属于应建未建（正式党员{threshold}人以上且未成立党组织）");
        }
        var entry = await credit.PlaceAsync(org, CreditList.Abnormal, CreditTrigger.NoPartyOrganization,
            $"有正式党员{u.PartyMembers}名，未按规定成立党组织", null, Today, ct);
        await db.SaveChangesAsync(ct);
        return entry.Number;
    }

    /// <summary>Coverage by district and type among active organizations (own, joint or functional party organizations).</summary>
    public async Task<CoverageStats> CoverageAsync(string? division, CancellationToken ct)
    {
        var units = await UnitsAsync(division, null, null, null, ct);
        var threshold = await ThresholdAsync(ct);
        static CoverageRow Row(string district, string type, string typeName, IReadOnlyCollection<PartyUnitView> g)
        {
            var with = g.Count(v => v.Form is not null);
            return new CoverageRow(district, type, typeName, g.Count, with, g.Count(v => v.Form == nameof(PartyForm.Own)), g.Count(v => v.Form == nameof(PartyForm.Joint)),
                g.Count(v => v.Form == nameof(PartyForm.Functional)), g.Count == 0 ? 0 : Math.Round(100m * with / g.Count, 1),
                g.Where(v => v.Form is not null).Sum(v => v.PartyMembers), g.Count(v => v.ShouldHaveParty));
        }
        var rows = units.GroupBy(v => (District: v.DivisionCode[..Math.Min(6, v.DivisionCode.Length)], v.Type, v.TypeName))
            .OrderBy(g => g.Key.District).ThenBy(g => g.Key.Type).Select(g => Row(g.Key.District, g.Key.Type, g.Key.TypeName, g.ToList())).ToList();
        var reported = await db.PartyCensus.AsNoTracking().OrderBy(x => x.Year).Select(x => new CensusView(x.Year, x.PartyOrganizations, x.Members, x.Source))
            .ToListAsync(ct);
        return new CoverageStats(rows, Row("合计", "", "", units), threshold, reported);
    }

    public async Task<IReadOnlyList<PilotView>> PilotsAsync(Guid? org, CancellationToken ct)
    {
        var q = db.Pilots.AsNoTracking();
        if (org is { } o)
        {
            q = q.Where(p => p.OrganizationId == o);
        }
        var rows = await q.OrderByDescending(p => p.BatchYear).ThenBy(p => p.StartedOn).ToListAsync(ct);
        var ids = rows.Select(r => r.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return rows.Select(p => new PilotView(p.Id, p.OrganizationId, names.GetValueOrDefault(p.OrganizationId) ?? "", p.DivisionCode, p.BatchYear, p.StartedOn,
            p.Measures, p.Status.ToString(), SupervisionRules.Name(p.Status), p.Score, p.Result, p.EvaluatedOn)).ToList();
    }

    public async Task<PilotView> AddPilotAsync(PilotRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        if (r.OrganizationId is not { } orgId)
        {
            throw new FieldValidationException("organizationId", "请选择行业协会商会");
        }
        var org = await access.GetAsync(orgId, ct);
        access.EnsureAuthorityFor(org);
        var errors = new FieldErrors();
        if (!org.IsIndustryAssociation || org.Status != OrgStatus.Active)
        {
            errors.Add("organizationId", "自律试点限于正常存续的行业协会商会");
        }
        if (r.StartedOn is not { } started || started > Today)
        {
            errors.Add("startedOn", "请填写试点开始日期（不晚于今天）");
        }
        var measures = SupervisionSupport.Trim(r.Measures, 2000);
        if (measures is null)
        {
            errors.Add("measures", "请填写自律措施");
        }
        errors.ThrowIfAny();
        var batch = r.BatchYear ?? r.StartedOn!.Value.Year;
        if (await db.Pilots.AnyAsync(p => p.OrganizationId == org.Id && p.BatchYear == batch, ct))
        {
            throw new BusinessRuleException($"该组织已列入{batch}年度试点");
        }
        var p = new SelfRegulationPilot
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, BatchYear = batch, StartedOn = r.StartedOn!.Value,
            Measures = measures!, RecordedBy = user.UserName,
        };
        db.Pilots.Add(p);
        await db.SaveChangesAsync(ct);
        return (await PilotsAsync(org.Id, ct)).First(x => x.Id == p.Id);
    }

    public async Task<PilotView> EvaluatePilotAsync(Guid id, PilotEvaluationRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        var p = await db.Pilots.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        access.EnsureAuthorityFor(await access.GetAsync(p.OrganizationId, ct));
        if (p.Status != PilotStatus.Running)
        {
            throw new BusinessRuleException("该试点已评估或已终止");
        }
        var on = r.EvaluatedOn ?? Today;
        if (on > Today || on < p.StartedOn)
        {
            throw new FieldValidationException("evaluatedOn", "评估日期须在试点开始日期至今天之间");
        }
        if (r.End)
        {
            p.Status = PilotStatus.Ended;
        }
        else
        {
            var errors = new FieldErrors();
            if (r.Score is not (>= 0 and <= 100))
            {
                errors.Add("score", "评估得分须为0至100");
            }
            if (r.Result is not ("优秀" or "良好" or "合格" or "不合格"))
            {
                errors.Add("result", "评估结论须为优秀、良好、合格或不合格");
            }
            errors.ThrowIfAny();
            p.Score = r.Score;
            p.Result = r.Result;
            p.Status = PilotStatus.Evaluated;
        }
        p.EvaluatedOn = on;
        await db.SaveChangesAsync(ct);
        return (await PilotsAsync(p.OrganizationId, ct)).First(x => x.Id == p.Id);
    }

    public async Task<IReadOnlyList<CentreView>> CentresAsync(CancellationToken ct) =>
        (await db.PartyCentres.AsNoTracking().OrderBy(c => c.OpenedOn).ThenBy(c => c.Name).ToListAsync(ct))
            .Select(c => new CentreView(c.Id, c.Name, c.DivisionCode, c.Address, c.OpenedOn, c.Host, c.Services, c.VisitsPerYear)).ToList();

    public async Task<CentreView> AddCentreAsync(CentreRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require();
        var errors = new FieldErrors();
        var name = SupervisionSupport.Trim(r.Name, 100);
        if (name is null)
        {
            errors.Add("name", "请填写名称");
        }
        var division = DivisionCodes.Normalize(r.DivisionCode);
        if (division is null || division.Length < 6 || !DivisionCodes.IsWithin(division, user.Jurisdiction ?? "#"))
        {
            errors.Add("divisionCode", "请填写您辖区内的区或街道区划代码");
        }
        var address = SupervisionSupport.Trim(r.Address, 200);
        if (address is null)
        {
            errors.Add("address", "请填写地址");
        }
        if (r.OpenedOn is not { } opened || opened > Today)
        {
            errors.Add("openedOn", "请填写启用日期（不晚于今天）");
        }
        var host = SupervisionSupport.Trim(r.Host, 100);
        if (host is null && r.HostOrganizationId is null)
        {
            errors.Add("host", "请填写运营主体");
        }
        if (r.VisitsPerYear is < 0)
        {
            errors.Add("visitsPerYear", "年服务人次不能为负数");
        }
        errors.ThrowIfAny();
        if (r.HostOrganizationId is { } hostId)
        {
            host = (await access.GetAsync(hostId, ct)).Name;
        }
        var c = new PartyServiceCentre
        {
            Name = name!, DivisionCode = division!, Address = address!, OpenedOn = r.OpenedOn!.Value, Host = host!, HostOrganizationId = r.HostOrganizationId,
            Services = SupervisionSupport.Trim(r.Services, 1000) ?? "", VisitsPerYear = r.VisitsPerYear ?? 0, RecordedBy = user.UserName,
        };
        db.PartyCentres.Add(c);
        await db.SaveChangesAsync(ct);
        return new CentreView(c.Id, c.Name, c.DivisionCode, c.Address, c.OpenedOn, c.Host, c.Services, c.VisitsPerYear);
    }

    private void Require()
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("您的角色无权登记党建和行业自律信息");
        }
    }
}
