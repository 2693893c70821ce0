using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Institutions;

public class InstitutionRequest
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public InstitutionKind? Kind { get; set; }

    public InstitutionOwnership? Ownership { get; set; }

    public string? LicenceNumber { get; set; }

    public string? CreditCode { get; set; }

    public string? Operator { get; set; }

    public string? Address { get; set; }

    public string? DivisionCode { get; set; }

    public string? Phone { get; set; }

    public DateOnly? OpenedOn { get; set; }

    /// <summary>For an edit: the version read (optimistic concurrency).</summary>
    public int? Version { get; set; }
}

public class StatusRequest
{
    public InstitutionStatus? Status { get; set; }

    public string? Reason { get; set; }
}

/// <summary>Filters of the register list.</summary>
internal sealed record InstitutionQuery(InstitutionKind? Kind = null, InstitutionOwnership? Ownership = null, InstitutionStatus? Status = null,
    string? Division = null, string? Search = null);

internal sealed record BedLine(BedType BedType, string Name, int Capacity, int Occupied, int Free);

internal sealed record InstitutionView(Guid Id, string Code, string Name, InstitutionKind Kind, string KindName, InstitutionOwnership Ownership,
    string OwnershipName, InstitutionStatus Status, string StatusName, string? LicenceNumber, string? CreditCode, string? Operator, string Address,
    string DivisionCode, string? Phone, DateOnly? OpenedOn, int Beds, int Occupied, int Free, IReadOnlyList<BedLine> BedLines, bool HasActiveClinic,
    int Version);

internal sealed record StatusChangeView(InstitutionStatus From, string FromName, InstitutionStatus To, string ToName, string Reason, string By, DateTime AtUtc);

/// <summary>The institution register: list with beds and occupancy, create, edit, status changes. A provider sees only itself.</summary>
internal sealed class Register(ElderCareDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<List<InstitutionView>> ListAsync(InstitutionQuery q, CancellationToken ct)
    {
        var query = db.Institutions.AsNoTracking();
        if (q.Kind is { } k)
        {
            query = query.Where(i => i.Kind == k);
        }
        if (q.Ownership is { } o)
        {
            query = query.Where(i => i.Ownership == o);
        }
        if (q.Status is { } s)
        {
            query = query.Where(i => i.Status == s);
        }
        if (DivisionCodes.Normalize(q.Division) is { } d)
        {
            query = query.Where(i => i.DivisionCode.StartsWith(d));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var t = q.Search.Trim();
            query = query.Where(i => i.Name.Contains(t) || i.Code.Contains(t) || i.Address.Contains(t));
        }
        var list = await query.OrderBy(i => i.DivisionCode).ThenBy(i => i.Code).ToListAsync(ct);
        return await ViewsAsync(list, ct);
    }

    public async Task<InstitutionView> GetAsync(string code, CancellationToken ct) =>
        (await ViewsAsync([await FindAsync(code, ct)], ct))[0];

    public async Task<Institution> FindAsync(string code, CancellationToken ct) =>
        await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct) ?? throw new NotFoundException("机构不存在或不在您的管辖范围内");

    public async Task<InstitutionView> CreateAsync(InstitutionRequest r, CancellationToken ct)
    {
        InstitutionAccess.Require(user, Permissions.ElderCareManage, "只有区、市民政部门（eldercare.manage）可以登记养老机构");
        var i = new Institution { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        Apply(i, r, creating: true);
        if (await db.Institutions.IgnoreQueryFilters().AnyAsync(x => x.Code == i.Code, ct))
        {
            throw new FieldValidationException("code", "该机构编码已被使用");
        }
        i.UpdatedAtUtc = i.CreatedAtUtc;
        db.Institutions.Add(i);
        await db.SaveChangesAsync(ct);
        return await GetAsync(i.Code, ct);
    }

    public async Task<InstitutionView> UpdateAsync(string code, InstitutionRequest r, CancellationToken ct)
    {
        InstitutionAccess.Require(user, Permissions.ElderCareManage, "只有区、市民政部门（eldercare.manage）可以修改机构登记信息");
        var i = await db.Institutions.FirstOrDefaultAsync(x => x.Code == code, ct) ?? throw new NotFoundException("机构不存在或不在您的管辖范围内");
        if (r.Version is { } v && v != i.Version)
        {
            throw new BusinessRuleException("该机构信息已被他人修改，请刷新后重试");
        }
        r.Code = i.Code;
        Apply(i, r, creating: false);
        i.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        i.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(i.Code, ct);
    }

    public async Task<InstitutionView> ChangeStatusAsync(string code, StatusRequest r, CancellationToken ct)
    {
        InstitutionAccess.Require(user, Permissions.ElderCareManage, "只有区、市民政部门（eldercare.manage）可以变更机构状态");
        var i = await db.Institutions.FirstOrDefaultAsync(x => x.Code == code, ct) ?? throw new NotFoundException("机构不存在或不在您的管辖范围内");
        var e = new FieldErrors();
        if (r.Status is not { } to || !Enum.IsDefined(to))
        {
            e.Add("status", "请选择新的状态");
        }
        var reason = InstitutionAccess.Text(e, "reason", r.Reason, 200, "请写明状态变更的原因");
        e.ThrowIfAny();
        if (r.Status == i.Status)
        {
            throw new BusinessRuleException("机构已是该状态");
        }
        if (r.Status == InstitutionStatus.Closed && await db.Admissions.AnyAsync(a => a.InstitutionCode == code && a.DischargedOn == null, ct))
        {
            throw new BusinessRuleException("机构仍有在院老人，须先妥善安置（办理出院或转院）后才能停业");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.InstitutionStatusChanges.Add(new InstitutionStatusChange
        {
            InstitutionCode = i.Code, DivisionCode = i.DivisionCode, From = i.Status, To = r.Status!.Value, Reason = reason, By = user.UserName, AtUtc = now,
        });
        i.Status = r.Status.Value;
        i.UpdatedAtUtc = now;
        i.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(i.Code, ct);
    }

    public async Task<List<StatusChangeView>> StatusHistoryAsync(string code, CancellationToken ct)
    {
        await FindAsync(code, ct);
        var rows = await db.InstitutionStatusChanges.AsNoTracking().Where(s => s.InstitutionCode == code).OrderByDescending(s => s.AtUtc).ToListAsync(ct);
        return rows.Select(s => new StatusChangeView(s.From, InstitutionNames.Of(s.From), s.To, InstitutionNames.Of(s.To), s.Reason, s.By, s.AtUtc)).ToList();
    }

    private void Apply(Institution i, InstitutionRequest r, bool creating)
    {
        var e = new FieldErrors();
        var name = InstitutionAccess.Text(e, "name", r.Name, 100, "请填写机构名称");
        if (r.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", "请选择机构类别");
            kind = default;
        }
        if (r.Ownership is not { } ownership || !Enum.IsDefined(ownership))
        {
            e.Add("ownership", "请选择举办性质");
            ownership = default;
        }
        var division = DivisionCodes.Normalize(r.DivisionCode);
        if (division is null || division.Length < 9 || !division.StartsWith("4403", StringComparison.Ordinal))
        {
            e.Add("divisionCode", "请填写机构所在街道或社区的区划代码（深圳市内）");
            division = "";
        }
        else if (!InstitutionAccess.Within(user, division))
        {
            e.Add("divisionCode", "该区划不在您的辖区内");
        }
        var code = (r.Code ?? "").Trim().ToUpperInvariant();
        if (creating && kind != default && division.Length > 0 && InstitutionRules.CheckCode(code, kind, division) is { } codeError)
        {
            e.Add("code", codeError);
        }
        var credit = InstitutionAccess.Optional(e, "creditCode", r.CreditCode?.ToUpperInvariant(), 18);
        if (credit is not null && !InstitutionRules.IsValidCreditCode(credit))
        {
            e.Add("creditCode", "统一社会信用代码应为18位，且校验码须符合 GB 32100-2015");
        }
        var address = InstitutionAccess.Text(e, "address", r.Address, 200, "请填写机构地址");
        var licence = InstitutionAccess.Optional(e, "licenceNumber", r.LicenceNumber, 64);
        if (kind is InstitutionKind.NursingHome or InstitutionKind.CareHome && licence is null)
        {
            e.Add("licenceNumber", "养老机构须填写备案号（或原设立许可证号）");
        }
        var op = InstitutionAccess.Optional(e, "operator", r.Operator, 100);
        var phone = InstitutionAccess.Optional(e, "phone", r.Phone, 32);
        if (r.OpenedOn is { } opened && opened > ChinaTime.Today(clock).AddYears(2))
        {
            e.Add("openedOn", "开业日期不合理");
        }
        e.ThrowIfAny();
        if (creating)
        {
            i.Code = code;
            i.Status = InstitutionStatus.Operating;
        }
        i.Name = name;
        i.Kind = kind;
        i.Ownership = ownership;
        i.DivisionCode = division;
        i.CreditCode = credit;
        i.Address = address;
        i.LicenceNumber = licence;
        i.Operator = op;
        i.Phone = phone;
        i.OpenedOn = r.OpenedOn;
    }

    /// <summary>Views with beds and occupancy today (capacity from the bed history, occupancy from open stays).</summary>
    private async Task<List<InstitutionView>> ViewsAsync(List<Institution> list, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var codes = list.Select(i => i.Code).ToList();
        var capacity = await db.BedChanges.AsNoTracking().Where(b => codes.Contains(b.InstitutionCode) && b.ChangedOn <= today)
            .GroupBy(b => new { b.InstitutionCode, b.BedType }).Select(g => new { g.Key.InstitutionCode, g.Key.BedType, Beds = g.Sum(x => x.Delta) })
            .ToListAsync(ct);
        var occupied = await db.Admissions.AsNoTracking().Where(a => codes.Contains(a.InstitutionCode) && a.DischargedOn == null)
            .GroupBy(a => new { a.InstitutionCode, a.BedType }).Select(g => new { g.Key.InstitutionCode, g.Key.BedType, N = g.Count() })
            .ToListAsync(ct);
        var clinics = await db.ClinicContracts.AsNoTracking().Where(c => codes.Contains(c.InstitutionCode) && c.From <= today && c.To >= today)
            .Select(c => c.InstitutionCode).Distinct().ToListAsync(ct);
        return list.Select(i =>
        {
            var lines = InstitutionNames.BedTypes.Select(t =>
            {
                var cap = capacity.FirstOrDefault(c => c.InstitutionCode == i.Code && c.BedType == t)?.Beds ?? 0;
                var occ = occupied.FirstOrDefault(c => c.InstitutionCode == i.Code && c.BedType == t)?.N ?? 0;
                return new BedLine(t, InstitutionNames.Of(t), cap, occ, BedRules.Free(cap, occ));
            }).ToList();
            return new InstitutionView(i.Id, i.Code, i.Name, i.Kind, InstitutionNames.Of(i.Kind), i.Ownership, InstitutionNames.Of(i.Ownership), i.Status,
                InstitutionNames.Of(i.Status), i.LicenceNumber, i.CreditCode, i.Operator, i.Address, i.DivisionCode, i.Phone, i.OpenedOn,
                lines.Sum(l => l.Capacity), lines.Sum(l => l.Occupied), lines.Sum(l => l.Free), lines, clinics.Contains(i.Code), i.Version);
        }).ToList();
    }
}
