using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Institutions;

public class BedChangeRequest
{
    public BedType? BedType { get; set; }

    /// <summary>Beds added (positive) or removed (negative).</summary>
    public int? Delta { get; set; }

    public DateOnly? ChangedOn { get; set; }

    public string? Reason { get; set; }
}

public class ClinicContractRequest
{
    public string? ClinicName { get; set; }

    public string? Services { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

internal sealed record BedChangeView(Guid Id, string InstitutionCode, BedType BedType, string BedTypeName, int Delta, DateOnly ChangedOn, string Reason,
    bool Subsidised, string RecordedBy);

internal sealed record ClinicContractView(Guid Id, string InstitutionCode, string ClinicName, string Services, DateOnly From, DateOnly To, bool Active,
    string StatusName);

/// <summary>Bed capacity by type (a dated history of changes) and the signed clinics (医养结合) of one institution.</summary>
internal sealed class Beds(ElderCareDb db, Register register, ProviderScope scope, ICurrentUser user, TimeProvider clock)
{
    public async Task<List<BedChangeView>> HistoryAsync(string code, CancellationToken ct)
    {
        await register.FindAsync(code, ct);
        var rows = await db.BedChanges.AsNoTracking().Where(b => b.InstitutionCode == code).OrderByDescending(b => b.ChangedOn).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public async Task<BedChangeView> ChangeAsync(string code, BedChangeRequest r, CancellationToken ct)
    {
        InstitutionAccess.RequireProviderOrManager(user, "只有机构本身（eldercare.provide）或区民政部门（eldercare.manage）可以登记床位变化");
        scope.EnsureMayActFor(code);
        var i = await register.FindAsync(code, ct);
        var e = new FieldErrors();
        if (r.BedType is not { } type || !Enum.IsDefined(type))
        {
            e.Add("bedType", "请选择床位类型");
            type = default;
        }
        if (r.Delta is not { } delta || delta == 0 || Math.Abs(delta) > 5000)
        {
            e.Add("delta", "请填写增加（正数）或减少（负数）的床位数");
            delta = 0;
        }
        var today = ChinaTime.Today(clock);
        if (r.ChangedOn is not { } on || on > today)
        {
            e.Add("changedOn", "请填写变化日期（不能晚于今天）");
            on = today;
        }
        var reason = InstitutionAccess.Text(e, "reason", r.Reason, 200, "请写明原因（如新楼启用、改造为护理型床位）");
        e.ThrowIfAny();
        if (!InstitutionNames.HasBeds(i.Kind))
        {
            throw new BusinessRuleException("该类机构不设床位");
        }
        if (delta < 0)
        {
            var capacity = await db.BedChanges.Where(b => b.InstitutionCode == code && b.BedType == type).SumAsync(b => b.Delta, ct);
            var occupied = await db.Admissions.CountAsync(a => a.InstitutionCode == code && a.BedType == type && a.DischargedOn == null, ct);
            if (capacity + delta < occupied)
            {
                throw new BusinessRuleException($"{InstitutionNames.Of(type)}现有{capacity}张、在住{occupied}人，减少{-delta}张后将少于在住人数");
            }
        }
        var b = new BedChange
        {
            InstitutionCode = code, DivisionCode = i.DivisionCode, BedType = type, Delta = delta, ChangedOn = on, Reason = reason,
            RecordedBy = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.BedChanges.Add(b);
        await db.SaveChangesAsync(ct);
        return View(b);
    }

    public async Task<List<ClinicContractView>> ClinicsAsync(string code, CancellationToken ct)
    {
        await register.FindAsync(code, ct);
        var today = ChinaTime.Today(clock);
        var rows = await db.ClinicContracts.AsNoTracking().Where(c => c.InstitutionCode == code).OrderByDescending(c => c.To).ToListAsync(ct);
        return rows.Select(c => View(c, today)).ToList();
    }

    public async Task<ClinicContractView> AddClinicAsync(string code, ClinicContractRequest r, CancellationToken ct)
    {
        InstitutionAccess.RequireProviderOrManager(user, "只有机构本身（eldercare.provide）或区民政部门（eldercare.manage）可以登记医养结合签约");
        scope.EnsureMayActFor(code);
        var i = await register.FindAsync(code, ct);
        var e = new FieldErrors();
        var clinic = InstitutionAccess.Text(e, "clinicName", r.ClinicName, 100, "请填写签约的医疗机构名称");
        var services = InstitutionAccess.Text(e, "services", r.Services, 200, "请填写签约服务内容（如巡诊、健康档案、急诊绿色通道）");
        if (r.From is null)
        {
            e.Add("from", "请填写签约起始日期");
        }
        if (r.To is null || (r.From is { } f && r.To < f))
        {
            e.Add("to", "请填写签约截止日期（不早于起始日期）");
        }
        e.ThrowIfAny();
        var c = new ClinicContract
        {
            InstitutionCode = code, DivisionCode = i.DivisionCode, ClinicName = clinic, Services = services, From = r.From!.Value, To = r.To!.Value,
            RecordedBy = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ClinicContracts.Add(c);
        await db.SaveChangesAsync(ct);
        return View(c, ChinaTime.Today(clock));
    }

    private static BedChangeView View(BedChange b) => new(b.Id, b.InstitutionCode, b.BedType, InstitutionNames.Of(b.BedType), b.Delta, b.ChangedOn, b.Reason,
        b.SubsidyApplicationId is not null, b.RecordedBy);

    private static ClinicContractView View(ClinicContract c, DateOnly today) => new(c.Id, c.InstitutionCode, c.ClinicName, c.Services, c.From, c.To,
        c.ActiveOn(today), c.ActiveOn(today) ? "有效" : c.From > today ? "未生效" : "已到期");
}
