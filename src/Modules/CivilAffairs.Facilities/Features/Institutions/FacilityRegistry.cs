using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Shared;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Features.Institutions;

/// <summary>The registry's list, record, staff entries and corrections, and the on-demand synchronization.</summary>
internal sealed class FacilityRegistry(FacilitiesDb db, FacilityAccess access, Numbers numbers, ParameterStore parameters, FacilitySync sync, AuditEvents audit, TimeProvider clock)
{
    public async Task<int> WarningDaysAsync(CancellationToken ct)
    {
        var p = await parameters.FindAsync(FacilityParameters.LicenceWarningDays, ChinaTime.Today(clock), access.User.Jurisdiction is { Length: > 0 } j ? j : "4403", ct);
        return p is null ? 0 : int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<FacilityList> ListAsync(FacilitySearch s, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var warning = await WarningDaysAsync(ct);
        var query = db.Facilities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(s.District))
        {
            query = query.Where(f => f.DivisionCode.StartsWith(s.District.Trim()));
        }
        var byType = (await query.GroupBy(f => f.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(x => x.Key).Select(x => new FacilityTypeCount(x.Key, FacilityNames.Type(x.Key), x.Count)).ToList();
        if (s.Type is { } t)
        {
            query = query.Where(f => f.Type == t);
        }
        if (s.Status is { } st)
        {
            query = query.Where(f => f.Status == st);
        }
        if (!string.IsNullOrWhiteSpace(s.Source))
        {
            query = s.Source == "registry" ? query.Where(f => f.SourceModule == null) : query.Where(f => f.SourceModule == s.Source);
        }
        if (!string.IsNullOrWhiteSpace(s.Q))
        {
            var q = s.Q.Trim();
            query = query.Where(f => f.Name.Contains(q) || f.Code.Contains(q) || (f.SourceCode != null && f.SourceCode.Contains(q)) || (f.OperatorName != null && f.OperatorName.Contains(q)));
        }
        var limit = today.AddDays(warning);
        if (s.Expiring)
        {
            query = query.Where(f => f.LicenceValidUntil != null && f.LicenceValidUntil <= limit);
        }
        var list = await query.OrderBy(f => f.Type).ThenBy(f => f.DivisionCode).ThenBy(f => f.Name).Take(500).ToListAsync(ct);
        var rows = list.Select(f => Row(f, today, warning)).ToList();
        var expiring = await db.Facilities.AsNoTracking().CountAsync(f => f.LicenceValidUntil != null && f.LicenceValidUntil <= limit, ct);
        return new FacilityList(rows, rows.Count, expiring, warning, byType);
    }

    internal static FacilityRow Row(Facility f, DateOnly today, int warningDays) =>
        new(f.Id, f.Code, f.Name, f.Type, FacilityNames.Type(f.Type), FacilityNames.Ownership(f.Ownership), f.OperatorName, f.DivisionCode, FacilityNames.District(f.DivisionCode),
            f.Capacity, f.CapacityUnit, f.LicenceNumber, f.LicenceValidUntil, SafetyRules.LicenceExpiring(f.LicenceValidUntil, today, warningDays), f.Status,
            FacilityNames.Status(f.Status), f.SourceModule, FacilityNames.Module(f.SourceModule), f.SourceCode);

    public async Task<FacilityView> GetAsync(Guid id, CancellationToken ct)
    {
        var f = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return View(f, await WarningDaysAsync(ct));
    }

    private FacilityView View(Facility f, int warning) =>
        new(Row(f, ChinaTime.Today(clock), warning), f.Ownership, f.OperatorCreditCode, f.Address, f.Latitude, f.Longitude, f.Note, f.SyncedAtUtc, f.UpdatedAtUtc, f.SourceModule is not null);

    public async Task<FacilityView> CreateAsync(FacilityRequest r, CancellationToken ct)
    {
        access.Write();
        var division = Validate(r, full: true);
        if (await db.Facilities.IgnoreQueryFilters().AnyAsync(f => f.Name == r.Name!.Trim() && f.DivisionCode == division, ct))
        {
            throw new BusinessRuleException($"名录中已有“{r.Name!.Trim()}”（同一区划），请勿重复登记");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var f = new Facility { Code = await numbers.NextAsync("SS", ChinaTime.Today(clock).Year, ct), CreatedAtUtc = now, UpdatedAtUtc = now };
        Copy(f, r, division!, full: true);
        db.Facilities.Add(f);
        await db.SaveChangesAsync(ct);
        return View(f, await WarningDaysAsync(ct));
    }

    public async Task<FacilityView> UpdateAsync(Guid id, FacilityRequest r, CancellationToken ct)
    {
        access.Write();
        var f = await db.Facilities.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var full = f.SourceModule is null;
        var division = Validate(r, full);
        Copy(f, r, division ?? f.DivisionCode, full);
        f.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        f.Version++;
        await db.SaveChangesAsync(ct);
        return View(f, await WarningDaysAsync(ct));
    }

    /// <summary>Field checks; the division when <paramref name="full"/> (a staff-kept row), else null.</summary>
    private string? Validate(FacilityRequest r, bool full)
    {
        var e = new FieldErrors();
        string? division = null;
        if (full)
        {
            if (string.IsNullOrWhiteSpace(r.Name))
            {
                e.Add("name", "请填写机构名称");
            }
            if (r.Type is null || !Enum.IsDefined(r.Type.Value))
            {
                e.Add("type", "请选择设施类型");
            }
            if (r.Ownership is { } o && !Enum.IsDefined(o))
            {
                e.Add("ownership", "运营方式无效");
            }
            division = DivisionCodes.Normalize(r.DivisionCode);
            if (division is null)
            {
                e.Add("divisionCode", "请填写有效的所在区划代码");
            }
            else if (!access.InScope(division))
            {
                e.Add("divisionCode", "只能登记本辖区的设施");
            }
            if (!string.IsNullOrWhiteSpace(r.OperatorCreditCode) && CreditCode.Message(CreditCode.Check(r.OperatorCreditCode.Trim().ToUpperInvariant())) is { } m)
            {
                e.Add("operatorCreditCode", m);
            }
            if (r.Capacity is < 0)
            {
                e.Add("capacity", "容量不能为负数");
            }
            if (r.Capacity is > 0 && string.IsNullOrWhiteSpace(r.CapacityUnit))
            {
                e.Add("capacityUnit", "请填写容量单位（床、个、座、穴位等）");
            }
        }
        if (r.Latitude is < 18 or > 54)
        {
            e.Add("latitude", "纬度应在 18–54 之间（中国境内）");
        }
        if (r.Longitude is < 73 or > 136)
        {
            e.Add("longitude", "经度应在 73–136 之间（中国境内）");
        }
        if (r.LicenceValidUntil is { } v && v.Year < 1990)
        {
            e.Add("licenceValidUntil", "有效期日期无效");
        }
        e.ThrowIfAny();
        return division;
    }

    private static void Copy(Facility f, FacilityRequest r, string division, bool full)
    {
        if (full)
        {
            f.Name = r.Name!.Trim();
            f.Type = r.Type!.Value;
            f.Ownership = r.Ownership ?? FacilityOwnership.Public;
            f.OperatorName = Trim(r.OperatorName);
            f.OperatorCreditCode = Trim(r.OperatorCreditCode)?.ToUpperInvariant();
            f.LicenceNumber = Trim(r.LicenceNumber);
            f.Capacity = r.Capacity;
            f.CapacityUnit = Trim(r.CapacityUnit);
            f.DivisionCode = division;
            f.Address = Trim(r.Address);
            f.Status = r.Status ?? FacilityStatus.Operating;
        }
        f.LicenceValidUntil = r.LicenceValidUntil;
        f.Latitude = r.Latitude;
        f.Longitude = r.Longitude;
        f.Note = Trim(r.Note);
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public async Task<FacilitySyncResult> SyncAsync(CancellationToken ct)
    {
        access.Manage();
        var result = await sync.RunAsync(ct);
        await audit.RecordAsync("sync", "Facility", null, new { result.Added, result.Updated, result.Unchanged }, access.User.UserName, ct);
        return result;
    }

    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(FacilitySearch s, CancellationToken ct)
    {
        var list = await ListAsync(s, ct);
        var rows = list.Items.Select(f => new Dictionary<string, object?>
        {
            ["名录编码"] = f.Code, ["机构名称"] = f.Name, ["类型"] = f.TypeName, ["运营方式"] = f.Ownership, ["运营方"] = f.OperatorName ?? "", ["区"] = f.District,
            ["区划代码"] = f.DivisionCode, ["容量"] = f.Capacity, ["单位"] = f.CapacityUnit ?? "", ["许可/备案号"] = f.LicenceNumber ?? "",
            ["有效期至"] = f.LicenceValidUntil?.ToString("yyyy-MM-dd") ?? "", ["临近到期"] = f.LicenceExpiring ? "是" : "", ["状态"] = f.StatusName,
            ["来源"] = f.SourceName, ["源编码"] = f.SourceCode ?? "",
        }).ToList();
        var byType = list.ByType.Select(t => new Dictionary<string, object?> { ["类型"] = t.Name, ["数量"] = t.Count }).ToList();
        using var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, new Dictionary<string, object> { ["服务设施名录"] = rows, ["按类型统计"] = byType }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "Facility", null, new { s.Type, s.District, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), "facilities.xlsx");
    }
}
