using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>What an approval does to the register: creates the organization, applies the change, ends it.</summary>
internal sealed partial class Applications
{
    private async Task ApplyAsync(RegistrationApplication app, CancellationToken ct)
    {
        switch (app.Kind)
        {
            case ApplicationKind.Establishment:
                await EstablishAsync(app, ct);
                break;
            case ApplicationKind.Change:
                await ChangeAsync(app, ct);
                break;
            default:
                var org = await OrgOfAsync(app, ct);
                if (!app.LiquidationReportConfirmed)
                {
                    throw new BusinessRuleException("清算报告未经确认，不能准予注销登记");
                }
                org.Status = OrgStatus.Deregistered;
                org.EndedOn = Today;
                Touch(org);
                AddEvent(org, app, OrgEventKind.Deregistered, $"准予注销登记：{app.Reason}", "清算报告已确认");
                break;
        }
    }

    private async Task EstablishAsync(RegistrationApplication app, CancellationToken ct)
    {
        var (code, problem) = RegistryRules.AssembleCode(app.Type!.Value, app.AuthorityCode, app.OrgCode);
        if (code is null)
        {
            throw new FieldValidationException("orgCode", Platform.Values.CreditCode.Message(problem)!);
        }
        await EnsureCodeFreeAsync(code, ct);
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.Name == app.Name && o.Status == OrgStatus.Active, ct))
        {
            throw new BusinessRuleException($"名称“{app.Name}”已被登记使用");
        }
        var org = new SocialOrganization
        {
            CreditCode = code, Name = app.Name!, Type = app.Type.Value, Level = app.Level!.Value, AuthorityCode = app.AuthorityCode,
            SupervisingUnit = app.SupervisingUnit, Field = app.Field!, IsIndustryAssociation = app.IsIndustryAssociation,
            LegalRepresentative = app.LegalRepresentative!, RegisteredCapital = app.Funds ?? 0, Address = app.Address!, DivisionCode = app.DivisionCode,
            BusinessScope = app.BusinessScope!, EstablishedOn = Today, PublicFundraising = false, CreatedAtUtc = Now, UpdatedAtUtc = Now,
        };
        db.Organizations.Add(org);
        app.OrganizationId = org.Id;
        app.CreditCode = code;
        AddEvent(org, app, OrgEventKind.Established,
            $"准予成立登记（{SocialOrgNames.Of(org.Type)}，{SocialOrgNames.Of(org.Level)}），统一社会信用代码 {code}", app.ThresholdBasis);
    }

    private async Task ChangeAsync(RegistrationApplication app, CancellationToken ct)
    {
        var org = await OrgOfAsync(app, ct);
        EnsureMayChange(org, app);
        var lines = new List<string>();
        void Set(string label, string? requested, string current, Action<string> apply)
        {
            if (requested is not null && requested != current)
            {
                lines.Add($"{label}：{current} → {requested}");
                apply(requested);
            }
        }
        Set("名称", app.Name, org.Name, v => org.Name = v);
        Set("住所", app.Address, org.Address, v => org.Address = v);
        Set("住所区划", app.NewDivisionCode, org.DivisionCode, v => org.DivisionCode = v);
        Set("法定代表人", app.LegalRepresentative, org.LegalRepresentative, v => org.LegalRepresentative = v);
        Set("业务范围", app.BusinessScope, org.BusinessScope, v => org.BusinessScope = v);
        Set("业务主管单位", app.SupervisingUnit is null ? null : app.SupervisingUnit.Length == 0 ? "直接登记" : app.SupervisingUnit,
            org.SupervisingUnit ?? "直接登记", v => org.SupervisingUnit = v == "直接登记" ? null : v);
        if (app.Funds is { } funds && funds != org.RegisteredCapital)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"注册资金：{org.RegisteredCapital:0.##}元 → {funds:0.##}元"));
            org.RegisteredCapital = funds;
        }
        Touch(org);
        AddEvent(org, app, OrgEventKind.Changed, "准予变更登记：" + string.Join("；", lines.Select(l => l[..l.IndexOf('：', StringComparison.Ordinal)])),
            string.Join("\n", lines));
    }

    private async Task<SocialOrganization> OrgOfAsync(RegistrationApplication app, CancellationToken ct) =>
        await db.Organizations.FirstOrDefaultAsync(o => o.Id == app.OrganizationId, ct) ?? throw new NotFoundException("社会组织不存在或不在您的管辖范围内");

    private void Touch(SocialOrganization org)
    {
        org.UpdatedAtUtc = Now;
        org.Version++;
    }

    private void AddEvent(SocialOrganization org, RegistrationApplication app, OrgEventKind kind, string summary, string? details) =>
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = kind,
            Summary = summary.Length > 500 ? summary[..500] : summary, Details = details, Reference = app.Number, OccurredOn = Today,
            RecordedBy = user.UserName, RecordedAtUtc = Now,
        });
}
