using System.Globalization;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>
/// Takes an application at the funeral home's counter (funeral.record) or the bureau (funeral.manage):
/// checks the facts and the papers, refuses a second live application for the same deceased, and
/// books the voyage when one is chosen. The application belongs to the clerk's division.
/// </summary>
internal sealed class EcoBurialIntake(FuneralDb db, ICurrentUser user, IDivisionDirectory divisions, EcoBurialPolicyReader policies,
    SeatBooking seats, TimeProvider clock)
{
    public bool CanEnter => user.Has(Permissions.FuneralRecord) || user.Has(Permissions.FuneralManage);

    public async Task<EcoBurialApplication> SubmitAsync(EcoBurialRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!CanEnter)
        {
            throw new ForbiddenException();
        }
        var today = ChinaTime.Today(clock);
        var (app, companions) = Validate(r, today);
        var live = await db.EcoBurials.IgnoreQueryFilters()
            .Where(a => a.DeceasedIdNumber == app.DeceasedIdNumber && a.Status != EcoBurialStatus.Rejected)
            .Select(a => a.Number).FirstOrDefaultAsync(ct);
        if (live is not null)
        {
            throw new BusinessRuleException($"该逝者已有生态安葬申请（{live}），不能重复申请", "/problems/eco-burial-duplicate");
        }
        app.DivisionCode = string.IsNullOrEmpty(user.Jurisdiction) ? EcoBurialRules.ShenzhenPrefix : user.Jurisdiction;
        app.AcceptedOn = today;
        app.AcceptedBy = user.UserName;
        app.CreatedAtUtc = clock.GetUtcNow().UtcDateTime;
        app.Number = "EB" + today.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + app.Id.ToString("N")[^5..].ToUpperInvariant();
        app.Companions = companions;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (app.BurialType == BurialType.Sea && r.SeaBurialEventId is { } eventId)
        {
            var ev = await seats.TakeAsync(eventId, companions.Count, ct);
            await ApplyVoyageAsync(app, ev, ct);
        }
        db.EcoBurials.Add(app);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessRuleException("该逝者已有生态安葬申请，不能重复申请", "/problems/eco-burial-duplicate");
        }
        await tx.CommitAsync(ct);
        return app;
    }

    /// <summary>Sets the voyage, the burial date and the seat charge (with the parameter values used).</summary>
    public async Task ApplyVoyageAsync(EcoBurialApplication app, SeaBurialEvent ev, CancellationToken ct)
    {
        var policy = await policies.SeatsAsync(ev.Date, app.DivisionCode.Length == 0 ? user.Jurisdiction ?? "" : app.DivisionCode, ct);
        var charge = EcoBurialRules.Seats(app.Companions.Count, policy);
        app.SeaBurialEventId = ev.Id;
        app.BurialDate = ev.Date;
        app.ExtraSeats = charge.ExtraSeats;
        app.ExtraSeatFee = charge.Fee;
        app.SeatBasis = string.Join("；", policy.Used);
    }

    private (EcoBurialApplication App, List<EcoBurialCompanion> Companions) Validate(EcoBurialRequest r, DateOnly today)
    {
        var e = new FieldErrors();
        var app = new EcoBurialApplication { Status = EcoBurialStatus.Submitted, OrganisedByCivilAffairs = r.OrganisedByCivilAffairs };
        if (!Enum.TryParse<BurialType>(r.BurialType, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(r.BurialType, out _))
        {
            e.Add("burialType", "请选择安葬方式（海葬、树葬、花坛葬或草坪葬）");
        }
        app.BurialType = type;
        var deceased = Person(e, "deceasedIdNumber", "deceasedName", r.DeceasedIdNumber, r.DeceasedName, today, "逝者");
        app.DeceasedIdNumber = deceased.Id;
        app.DeceasedName = deceased.Name;
        var hukou = (r.HukouDivisionCode ?? "").Trim();
        if (hukou.Length > 0 && (hukou.Length != 6 || !hukou.All(char.IsAsciiDigit) || !divisions.IsKnownAddressCode(hukou)))
        {
            e.Add("hukouDivisionCode", "户籍所在区县应为6位行政区划代码；非深圳户籍可不填");
        }
        app.HukouDivisionCode = hukou;
        app.ShenzhenHukou = EcoBurialRules.IsShenzhenHukou(hukou);
        if (r.DateOfDeath is not { } died)
        {
            e.Add("dateOfDeath", "请填写死亡日期");
        }
        else if (died > today)
        {
            e.Add("dateOfDeath", "死亡日期不能晚于今天");
        }
        app.DateOfDeath = r.DateOfDeath ?? default;
        app.CertificateNumber = Text(e, "certificateNumber", r.CertificateNumber, 40, "请填写火化证或骨灰寄存证编号");
        var applicant = Person(e, "applicantIdNumber", "applicantName", r.ApplicantIdNumber, r.ApplicantName, today, "申请人");
        app.ApplicantIdNumber = applicant.Id;
        app.ApplicantName = applicant.Name;
        var phone = (r.ApplicantPhone ?? "").Trim().Replace("-", "", StringComparison.Ordinal);
        if (phone.Length is < 7 or > 15 || !phone.All(char.IsAsciiDigit))
        {
            e.Add("applicantPhone", "请填写申请人的联系电话（7至15位数字）");
        }
        app.ApplicantPhone = phone;
        app.Relationship = (r.Relationship ?? "").Trim();
        if (!EcoBurialNames.Relationships.Contains(app.Relationship))
        {
            e.Add("relationship", "请选择申请人与逝者的关系（受托人须提交授权委托书）");
        }
        app.PowerOfAttorney = app.Relationship == "受托人";
        app.BankName = (r.BankName ?? "").Trim();
        app.BankAccount = (r.BankAccount ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        // the reward goes to this account; a family that cannot get one need not give it
        if (app.ShenzhenHukou || app.BankAccount.Length > 0)
        {
            if (app.BankName.Length is 0 or > 64)
            {
                e.Add("bankName", "请填写开户银行");
            }
            if (app.BankAccount.Length is < 12 or > 30 || !app.BankAccount.All(char.IsAsciiDigit))
            {
                e.Add("bankAccount", "银行账号应为12至30位数字");
            }
        }
        var companions = Companions(e, r, app.BurialType, today, [app.DeceasedIdNumber]);
        if (app.BurialType != BurialType.Sea)
        {
            if (r.BurialDate is not { } buried)
            {
                e.Add("burialDate", "请填写安葬日期");
            }
            else if (r.DateOfDeath is { } d && buried < d)
            {
                e.Add("burialDate", "安葬日期不能早于死亡日期");
            }
            app.BurialDate = r.BurialDate;
            app.CemeteryName = string.IsNullOrWhiteSpace(r.CemeteryName) ? null : r.CemeteryName.Trim();
        }
        Papers(e, r, app, companions.Count);
        e.ThrowIfAny();
        return (app, companions);
    }

    private static void Papers(FieldErrors e, EcoBurialRequest r, EcoBurialApplication app, int companions)
    {
        app.PaperCertificate = r.PaperCertificate;
        app.PaperApplicantId = r.PaperApplicantId;
        app.PaperRelationship = r.PaperRelationship;
        app.PaperCompanionIds = r.PaperCompanionIds;
        app.PaperHukouBook = r.PaperHukouBook;
        foreach (var p in EcoBurialPapers.For(app, companions).Where(p => p.Required && !p.Ticked))
        {
            e.Add(p.Key, $"请核验并勾选：{p.Name}");
        }
    }

    private List<EcoBurialCompanion> Companions(FieldErrors e, EcoBurialRequest r, BurialType type, DateOnly today, List<string> seen)
    {
        var list = new List<EcoBurialCompanion>();
        var rows = r.Companions ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            var c = rows[i];
            if (string.IsNullOrWhiteSpace(c.Name) && string.IsNullOrWhiteSpace(c.IdNumber))
            {
                continue;
            }
            if (type != BurialType.Sea)
            {
                e.Add("companions", "只有海葬可登记随船家属");
                break;
            }
            var p = Person(e, $"companions[{i}].idNumber", $"companions[{i}].name", c.IdNumber, c.Name, today, "随船家属");
            if (p.Id.Length > 0 && seen.Contains(p.Id))
            {
                e.Add($"companions[{i}].idNumber", "随船家属重复，或与逝者身份证号码相同");
            }
            seen.Add(p.Id);
            list.Add(new EcoBurialCompanion { Name = p.Name, IdNumber = p.Id });
        }
        return list;
    }

    private (string Id, string Name) Person(FieldErrors e, string idField, string nameField, string? idNumber, string? name, DateOnly today, string who)
    {
        var id = "";
        if (!IdNumber.TryParse(idNumber, today, divisions.IsKnownAddressCode, out var info, out var error))
        {
            e.Add(idField, $"{who}身份证号码：{error}");
        }
        else
        {
            id = info!.Normalized;
        }
        return (id, Text(e, nameField, name, 64, $"请填写{who}姓名"));
    }

    private static string Text(FieldErrors e, string field, string? value, int max, string missing)
    {
        var v = (value ?? "").Trim();
        if (v.Length == 0)
        {
            e.Add(field, missing);
        }
        else if (v.Length > max)
        {
            e.Add(field, $"不能超过 {max} 个字");
        }
        return v;
    }
}

/// <summary>The papers a counter must see (rules doc §12): which are required depends on the hukou and the companions.</summary>
internal static class EcoBurialPapers
{
    public static IReadOnlyList<PaperView> For(EcoBurialApplication a, int companions) =>
    [
        new("paperCertificate", "火化证或骨灰寄存证", true, a.PaperCertificate),
        new("paperApplicantId", "申请人身份证", true, a.PaperApplicantId),
        new("paperRelationship", a.PowerOfAttorney ? "授权委托书" : "与逝者关系证明（或授权委托书）", true, a.PaperRelationship),
        new("paperCompanionIds", "随船家属身份证", a.BurialType == BurialType.Sea && companions > 0, a.PaperCompanionIds),
        new("paperHukouBook", "逝者户口簿（深圳户籍）", a.ShenzhenHukou, a.PaperHukouBook),
    ];
}
