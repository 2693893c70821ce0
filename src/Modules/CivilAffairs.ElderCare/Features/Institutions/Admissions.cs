using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Institutions;

public class AdmitRequest
{
    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    public BedType? BedType { get; set; }

    public DateOnly? AdmittedOn { get; set; }

    public CareLevel? CareLevel { get; set; }

    public FeePayer? FeePayer { get; set; }
}

public class DischargeRequest
{
    public DateOnly? DischargedOn { get; set; }

    public DischargeReason? Reason { get; set; }

    public string? Note { get; set; }
}

/// <summary>A stay; the ID number and name are masked unless <c>full</c> was asked by the institution itself.</summary>
internal sealed record AdmissionView(Guid Id, string InstitutionCode, string IdNumber, string Name, bool InRegistry, BedType BedType, string BedTypeName,
    DateOnly AdmittedOn, CareLevel CareLevel, string CareLevelName, FeePayer FeePayer, string FeePayerName, DateOnly? DischargedOn,
    DischargeReason? DischargeReason, string? DischargeReasonName, string? DischargeNote, int Age);

/// <summary>
/// Admissions and discharges. The provider admits into its own institution; a bed of the type
/// must be free and the person must not be staying anywhere else (the open-stay unique index
/// backs the check when two institutions admit the same person at once).
/// </summary>
internal sealed class Admissions(ElderCareDb db, Register register, ProviderScope scope, ICurrentUser user, IElderDirectory elders, TimeProvider clock)
{
    public async Task<List<AdmissionView>> ListAsync(string code, bool current, CancellationToken ct)
    {
        await register.FindAsync(code, ct);
        var q = db.Admissions.AsNoTracking().Where(a => a.InstitutionCode == code);
        if (current)
        {
            q = q.Where(a => a.DischargedOn == null);
        }
        var rows = await q.OrderByDescending(a => a.AdmittedOn).Take(1000).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public async Task<AdmissionView> GetAsync(Guid id, CancellationToken ct) =>
        View(await db.Admissions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("入住记录不存在或不在您的管辖范围内"));

    public async Task<AdmissionView> AdmitAsync(string code, AdmitRequest r, CancellationToken ct)
    {
        InstitutionAccess.RequireProviderOrManager(user, "只有养老机构本身（eldercare.provide）可以办理入住");
        scope.EnsureMayActFor(code);
        var i = await register.FindAsync(code, ct);
        var today = ChinaTime.Today(clock);
        var e = new FieldErrors();
        string idNumber = "";
        if (!IdNumber.TryParse(r.IdNumber, today, null, out var info, out var idError))
        {
            e.Add("idNumber", idError ?? "身份证号码无效");
        }
        else
        {
            idNumber = info!.Normalized;
        }
        var name = InstitutionAccess.Text(e, "name", r.Name, 64, "请填写入住老人姓名");
        if (r.BedType is not { } type || !Enum.IsDefined(type))
        {
            e.Add("bedType", "请选择床位类型");
            type = default;
        }
        if (r.AdmittedOn is not { } on || on > today || on < today.AddYears(-1))
        {
            e.Add("admittedOn", "请填写入住日期（不晚于今天，不早于一年前）");
            on = today;
        }
        if (r.CareLevel is not { } level || !Enum.IsDefined(level))
        {
            e.Add("careLevel", "请选择入住时的能力等级");
            level = default;
        }
        if (r.FeePayer is not { } payer || !Enum.IsDefined(payer))
        {
            e.Add("feePayer", "请选择费用支付方式");
            payer = default;
        }
        e.ThrowIfAny();
        if (i.Status != InstitutionStatus.Operating)
        {
            throw new BusinessRuleException($"机构当前状态为“{InstitutionNames.Of(i.Status)}”，不能收住老人");
        }
        var person = (await elders.FindAsync([idNumber], ct)).GetValueOrDefault(idNumber);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // takes the institution's row lock first, so two admissions to its last bed queue up
        await db.Institutions.Where(x => x.Code == code).ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version), ct);
        // everywhere, not only what this account may see: the person may be staying in another district's home
        if (await db.Admissions.IgnoreQueryFilters().AnyAsync(a => a.IdNumber == idNumber && a.DischargedOn == null, ct))
        {
            throw new BusinessRuleException("该老人已在养老机构入住（尚未办理出院），不能重复入住");
        }
        var capacity = await db.BedChanges.Where(b => b.InstitutionCode == code && b.BedType == type && b.ChangedOn <= today).SumAsync(b => b.Delta, ct);
        var occupied = await db.Admissions.CountAsync(a => a.InstitutionCode == code && a.BedType == type && a.DischargedOn == null, ct);
        if (BedRules.Free(capacity, occupied) == 0)
        {
            throw new BusinessRuleException($"{InstitutionNames.Of(type)}已满（共{capacity}张，在住{occupied}人），不能再收住");
        }
        var a = new Admission
        {
            InstitutionCode = code, DivisionCode = i.DivisionCode, IdNumber = idNumber, Name = name, PersonId = person?.PersonId, BedType = type,
            AdmittedOn = on, CareLevel = level, FeePayer = payer, RecordedBy = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Admissions.Add(a);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("该老人已在养老机构入住（尚未办理出院），不能重复入住");
        }
        await tx.CommitAsync(ct);
        return View(a);
    }

    public async Task<AdmissionView> DischargeAsync(Guid id, DischargeRequest r, CancellationToken ct)
    {
        InstitutionAccess.RequireProviderOrManager(user, "只有养老机构本身（eldercare.provide）可以办理出院");
        var a = await db.Admissions.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("入住记录不存在或不在您的管辖范围内");
        scope.EnsureMayActFor(a.InstitutionCode);
        if (a.DischargedOn is not null)
        {
            throw new BusinessRuleException("该老人已办理出院");
        }
        var today = ChinaTime.Today(clock);
        var e = new FieldErrors();
        if (r.DischargedOn is not { } on || on > today || on < a.AdmittedOn)
        {
            e.Add("dischargedOn", "请填写出院日期（不早于入住日期，不晚于今天）");
            on = today;
        }
        if (r.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            e.Add("reason", "请选择出院原因");
            reason = default;
        }
        var note = InstitutionAccess.Optional(e, "note", r.Note, 200);
        if (reason == DischargeReason.Other && note is null)
        {
            e.Add("note", "出院原因为“其他”时请说明");
        }
        e.ThrowIfAny();
        a.DischargedOn = on;
        a.DischargeReason = reason;
        a.DischargeNote = note;
        a.Version++;
        await db.SaveChangesAsync(ct);
        return View(a);
    }

    /// <summary>This person's stays (any institution the caller may see), newest first.</summary>
    public async Task<List<(AdmissionView Stay, string InstitutionName)>> ForPersonAsync(string idNumber, CancellationToken ct)
    {
        var rows = await (from a in db.Admissions.AsNoTracking()
                          join i in db.Institutions.AsNoTracking() on a.InstitutionCode equals i.Code
                          where a.IdNumber == idNumber
                          orderby a.AdmittedOn descending
                          select new { a, i.Name }).ToListAsync(ct);
        return rows.Select(x => (View(x.a), x.Name)).ToList();
    }

    private AdmissionView View(Admission a)
    {
        var today = ChinaTime.Today(clock);
        var birth = IdNumber.TryParse(a.IdNumber, today, null, out var info, out _) ? info!.BirthDate : today;
        return new AdmissionView(a.Id, a.InstitutionCode, Masking.IdNumber(a.IdNumber), Masking.Name(a.Name), a.PersonId is not null, a.BedType,
            InstitutionNames.Of(a.BedType), a.AdmittedOn, a.CareLevel, InstitutionNames.Of(a.CareLevel), a.FeePayer, InstitutionNames.Of(a.FeePayer),
            a.DischargedOn, a.DischargeReason, a.DischargeReason is { } d ? InstitutionNames.Of(d) : null, a.DischargeNote,
            ElderInfo.Age(birth, a.DischargedOn ?? today));
    }
}
