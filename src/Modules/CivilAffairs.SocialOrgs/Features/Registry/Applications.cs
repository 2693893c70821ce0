using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>
/// Registration applications: filing (establishment by the registrar; change and deregistration by
/// the organization or the registrar), the list and one application. The steps are in ApplicationSteps.cs.
/// </summary>
internal sealed partial class Applications(SocialOrgsDb db, OrgAccess access, Numbers numbers, ICurrentUser user, ParameterStore parameters,
    WorkingDayCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 50;

    private DateOnly Today => ChinaTime.Today(clock);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ApplicationDetail> FileEstablishmentAsync(EstablishmentRequest r, CancellationToken ct)
    {
        RequireWrite();
        var authority = user.Jurisdiction ?? "";
        if (authority.Length is not (4 or 6) || !authority.StartsWith("4403", StringComparison.Ordinal))
        {
            throw new ForbiddenException("只有市、区登记管理机关可以受理成立登记");
        }
        var errors = new FieldErrors();
        Required(errors, "name", r.Name, "请填写拟成立的社会组织名称", 100);
        if (r.Type is null)
        {
            errors.Add("type", "请选择社会组织类型");
        }
        Required(errors, "field", r.Field, "请填写行业领域", 32);
        Required(errors, "legalRepresentative", r.LegalRepresentative, "请填写拟任法定代表人", 50);
        Required(errors, "address", r.Address, "请填写拟设住所", 200);
        Required(errors, "businessScope", r.BusinessScope, "请填写业务范围", 1000);
        var division = (r.DivisionCode ?? "").Trim();
        if (division.Length is < 6 or > 12 || !division.All(char.IsAsciiDigit))
        {
            errors.Add("divisionCode", "住所所在区划代码应为6–12位数字");
        }
        else if (!DivisionCodes.IsWithin(division, authority))
        {
            errors.Add("divisionCode", "住所不在本登记管理机关的管辖范围内");
        }
        if (r.IndividualMembers is < 0)
        {
            errors.Add("individualMembers", "会员数不能为负数");
        }
        if (r.UnitMembers is < 0)
        {
            errors.Add("unitMembers", "会员数不能为负数");
        }
        if (r.Funds is null or < 0)
        {
            errors.Add("funds", "请填写资金数额（元）");
        }
        string? thresholdBasis = null;
        if (r.Type is { } type && r.Funds is >= 0 && !errors.Any)
        {
            var rates = await RatesAsync(division, ct);
            var check = RegistryRules.CheckFounding(new FoundingFacts(type, r.IndividualMembers ?? 0, r.UnitMembers ?? 0, r.Funds.Value,
                type == SocialOrgType.Foundation && r.PublicFundraising), rates);
            foreach (var (field, message) in check.Errors)
            {
                errors.Add(field, message);
            }
            thresholdBasis = check.Basis;
            if (!string.IsNullOrWhiteSpace(r.OrgCode) && RegistryRules.AssembleCode(type, authority, r.OrgCode).Problem is var p and not CreditCodeProblem.None)
            {
                errors.Add("orgCode", CreditCode.Message(p)!);
            }
        }
        errors.ThrowIfAny();
        var name = r.Name!.Trim();
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Name == name && o.Status == OrgStatus.Active, ct))
        {
            throw new BusinessRuleException($"名称“{name}”已被登记使用，请更换名称");
        }
        var app = new RegistrationApplication
        {
            Number = await numbers.NextAsync("DJ", Today.Year, ct), Kind = ApplicationKind.Establishment, AuthorityCode = authority,
            DivisionCode = division, Name = name, Type = r.Type, Level = authority.Length == 4 ? RegistrationLevel.City : RegistrationLevel.District,
            SupervisingUnit = string.IsNullOrWhiteSpace(r.SupervisingUnit) || r.SupervisingUnit.Trim() == "直接登记" ? null : r.SupervisingUnit.Trim(),
            Field = r.Field!.Trim(), IsIndustryAssociation = r.IsIndustryAssociation, LegalRepresentative = r.LegalRepresentative!.Trim(),
            Address = r.Address!.Trim(), BusinessScope = r.BusinessScope!.Trim(), IndividualMembers = r.IndividualMembers, UnitMembers = r.UnitMembers,
            Funds = r.Funds, PublicFundraising = r.Type == SocialOrgType.Foundation && r.PublicFundraising,
            OrgCode = string.IsNullOrWhiteSpace(r.OrgCode) ? null : r.OrgCode.Trim(), ThresholdBasis = thresholdBasis,
        };
        return await AddAsync(app, false, ct);
    }

    public async Task<ApplicationDetail> FileChangeAsync(ChangeRequest r, CancellationToken ct)
    {
        var (org, byOrg) = await ApplicantAsync(r.OrganizationId, ct);
        var errors = new FieldErrors();
        var app = new RegistrationApplication { Kind = ApplicationKind.Change, Reason = Trim(r.Reason) };
        app.Name = Differs(Trim(r.Name), org.Name);
        app.Address = Differs(Trim(r.Address), org.Address);
        app.LegalRepresentative = Differs(Trim(r.LegalRepresentative), org.LegalRepresentative);
        app.BusinessScope = Differs(Trim(r.BusinessScope), org.BusinessScope);
        app.Funds = r.RegisteredCapital is { } cap && cap != org.RegisteredCapital ? cap : null;
        var supervisor = Trim(r.SupervisingUnit);
        app.SupervisingUnit = supervisor is null ? null : supervisor == "直接登记" ? (org.SupervisingUnit is null ? null : "") : Differs(supervisor, org.SupervisingUnit ?? "");
        var division = Trim(r.DivisionCode);
        if (division is not null && division != org.DivisionCode)
        {
            if (division.Length is < 6 or > 12 || !division.All(char.IsAsciiDigit))
            {
                errors.Add("divisionCode", "住所所在区划代码应为6–12位数字");
            }
            else if (!DivisionCodes.IsWithin(division, org.AuthorityCode))
            {
                errors.Add("divisionCode", "新住所不在登记管理机关的管辖范围内，应先办理迁移");
            }
            app.NewDivisionCode = division;
        }
        if (app.Funds is < 0)
        {
            errors.Add("registeredCapital", "注册资金不能为负数");
        }
        if (app.Name is null && app.Address is null && app.LegalRepresentative is null && app.BusinessScope is null && app.Funds is null
            && app.SupervisingUnit is null && app.NewDivisionCode is null)
        {
            errors.Add("name", "请至少填写一项与现登记事项不同的变更内容");
        }
        Required(errors, "reason", r.Reason, "请填写变更理由", 1000);
        errors.ThrowIfAny();
        EnsureMayChange(org, app);
        await EnsureNoOpenAsync(org, ct);
        Attach(app, org);
        return await AddAsync(app, byOrg, ct);
    }

    public async Task<ApplicationDetail> FileDeregistrationAsync(DeregistrationRequest r, CancellationToken ct)
    {
        var (org, byOrg) = await ApplicantAsync(r.OrganizationId, ct);
        var errors = new FieldErrors();
        Required(errors, "reason", r.Reason, "请填写注销理由（如章程规定的解散事由、决议解散、分立合并）", 1000);
        errors.ThrowIfAny();
        await EnsureNoOpenAsync(org, ct);
        var app = new RegistrationApplication
        {
            Kind = ApplicationKind.Deregistration, Reason = r.Reason!.Trim(), LiquidationReportConfirmed = r.LiquidationReportConfirmed,
        };
        Attach(app, org);
        return await AddAsync(app, byOrg, ct);
    }

    /// <summary>A name or scope change is refused while the organization is under rectification (rules §7).</summary>
    internal static void EnsureMayChange(SocialOrganization org, RegistrationApplication app)
    {
        if (org.Status != OrgStatus.Active)
        {
            throw new BusinessRuleException("该社会组织已注销或被撤销登记，不能办理变更登记");
        }
        if (org.Rectifying && (app.Name is not null || app.BusinessScope is not null))
        {
            throw new BusinessRuleException("该社会组织正在整改期间，整改完成前不得变更名称和业务范围（年检基本合格/不合格责令整改）", "/problems/socialorgs-rectifying");
        }
    }

    private async Task<(SocialOrganization Org, bool ByOrg)> ApplicantAsync(Guid? organizationId, CancellationToken ct)
    {
        if (access.IsOrganization)
        {
            if (!user.Has(Permissions.SocialOrgsSelf))
            {
                throw new ForbiddenException();
            }
            var mine = await access.MineAsync(ct);
            if (organizationId is { } id && id != mine.Id)
            {
                throw new NotFoundException("社会组织不存在或不在您的管辖范围内");
            }
            return (mine, true);
        }
        RequireWrite();
        var org = await access.GetAsync(organizationId ?? throw new FieldValidationException("organizationId", "请选择社会组织"), ct);
        access.EnsureAuthorityFor(org);
        return (org, false);
    }

    private async Task EnsureNoOpenAsync(SocialOrganization org, CancellationToken ct)
    {
        if (org.Status != OrgStatus.Active)
        {
            throw new BusinessRuleException("该社会组织已注销或被撤销登记");
        }
        if (await db.Applications.IgnoreQueryFilters().AnyAsync(a => a.OrganizationId == org.Id
                && a.Status != ApplicationStatus.Approved && a.Status != ApplicationStatus.Refused, ct))
        {
            throw new BusinessRuleException("该社会组织已有办理中的登记申请，请待其办结后再申请");
        }
    }

    private static void Attach(RegistrationApplication app, SocialOrganization org)
    {
        app.OrganizationId = org.Id;
        app.CreditCode = org.CreditCode;
        app.DivisionCode = org.DivisionCode;
        app.AuthorityCode = org.AuthorityCode;
        app.Type = org.Type;
        app.Level = org.Level;
    }

    private async Task<ApplicationDetail> AddAsync(RegistrationApplication app, bool byOrg, CancellationToken ct)
    {
        app.Number = app.Number.Length > 0 ? app.Number : await numbers.NextAsync("DJ", Today.Year, ct);
        app.FiledBy = user.UserName;
        app.FiledByOrganization = byOrg;
        app.SubmittedOn = Today;
        app.CreatedAtUtc = app.UpdatedAtUtc = Now;
        db.Applications.Add(app);
        await db.SaveChangesAsync(ct);
        return await GetAsync(app.Id, ct);
    }

    private async Task<RegistryRates> RatesAsync(string division, CancellationToken ct) =>
        RegistryRates.From(await parameters.FindManyAsync(RegistryParameters.Keys, Today, division, ct), Today);

    private void RequireWrite()
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("只有登记管理机关的登记人员可以办理");
        }
    }

    private static void Required(FieldErrors errors, string field, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(field, $"不能超过{max}个字");
        }
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Differs(string? requested, string current) => requested is not null && requested != current ? requested : null;
}
