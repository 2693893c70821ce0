using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>Who may change what, and the jurisdiction codes of a new record.</summary>
internal sealed class BoundaryAccess(RegistryDb db, ICurrentUser user, TimeProvider clock)
{
    private Dictionary<string, string>? _managedBy;

    public DateOnly Today => ChinaTime.Today(clock);

    public string UserName => user.UserName;

    public bool CanManage => user.Has(Permissions.DivisionsManage);

    public void RequireManage()
    {
        if (!CanManage)
        {
            throw new ForbiddenException("只有具有区划地名管理权限的市、区民政部门人员可以办理");
        }
    }

    /// <summary>Members of management areas (深汕 towns …) → the city that manages them.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ManagedByAsync(CancellationToken ct) =>
        _managedBy ??= await (from m in db.Set<ManagementAreaMember>().AsNoTracking()
                              join a in db.ManagementAreas.AsNoTracking() on m.AreaKey equals a.Key
                              where !m.DivisionCode.StartsWith("4403")
                              select new { m.DivisionCode, a.ParentCode }).ToDictionaryAsync(x => x.DivisionCode, x => x.ParentCode, ct);

    /// <summary>The scope codes of a new record; the user must be one of the parties (else a field error on <paramref name="field"/>).</summary>
    public async Task<string> ScopeForNewAsync(IEnumerable<string> codes, string field, FieldErrors errors, CancellationToken ct)
    {
        var scope = BoundaryRules.ScopeOf(codes, await ManagedByAsync(ct));
        if (scope.Length == 0)
        {
            errors.Add(field, "涉及的区划中至少要有一个属于深圳市（含深汕特别合作区）");
        }
        else if (!BoundaryRules.InScope(scope, user.Jurisdiction))
        {
            errors.Add(field, "只能登记涉及本辖区的事项");
        }
        return scope;
    }

    /// <summary>The division in force today with that code, or null.</summary>
    public async Task<Division?> DivisionAsync(string? code, DateOnly day, CancellationToken ct)
    {
        var normalized = code is null ? null : DivisionCodes.Normalize(code.Trim());
        if (normalized is null)
        {
            return null;
        }
        var rows = await db.Divisions.Where(d => d.Code == normalized).ToListAsync(ct);
        return rows.FirstOrDefault(d => d.IsValidOn(day));
    }

    public static List<string> SplitCodes(string? text) =>
        (text ?? "").Split([',', '，', ' ', '、', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
