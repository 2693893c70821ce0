using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>
/// Offices are public rows (no query filter: the portal lists them), so who may see their
/// bookkeeping and who may change them is decided here: a district manages the offices whose
/// district lies in its jurisdiction, the city all of them.
/// </summary>
internal sealed class OfficeAccess(MarriageDb db, ICurrentUser user)
{
    public string Prefix => user.Jurisdiction ?? "#";

    public bool CanManage(MarriageOffice o) => user.Has(Permissions.MarriageManage) && Within(o.DivisionCode);

    public bool Within(string divisionCode) => user.Jurisdiction is { } j && DivisionCodes.IsWithin(divisionCode, j);

    /// <summary>The offices the user may see (active or not), ordered by district and code.</summary>
    public async Task<List<MarriageOffice>> VisibleAsync(CancellationToken ct)
    {
        var prefix = Prefix;
        return await db.Offices.AsNoTracking().Include(o => o.Served).Where(o => o.DivisionCode.StartsWith(prefix))
            .OrderBy(o => o.DivisionCode).ThenBy(o => o.Code).ToListAsync(ct);
    }

    /// <summary>An office in the user's jurisdiction (404 otherwise: they cannot read its figures either).</summary>
    public async Task<MarriageOffice> ReadableAsync(Guid id, CancellationToken ct)
    {
        var o = await db.Offices.AsNoTracking().Include(x => x.Served).FirstOrDefaultAsync(x => x.Id == id, ct);
        return o is not null && Within(o.DivisionCode) ? o : throw new NotFoundException("婚姻登记处不存在或不在您的辖区内");
    }

    /// <summary>A tracked office the user may change: 403 when it lies outside their jurisdiction or the role may not manage.</summary>
    public async Task<MarriageOffice> ManageableAsync(Guid id, CancellationToken ct)
    {
        var o = await db.Offices.Include(x => x.Served).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("婚姻登记处不存在");
        RequireManage(o);
        return o;
    }

    public void RequireManage(MarriageOffice o)
    {
        if (!user.Has(Permissions.MarriageManage))
        {
            throw new ForbiddenException("您的角色无权管理婚姻登记处");
        }
        if (!Within(o.DivisionCode))
        {
            throw new ForbiddenException($"只能管理本辖区的婚姻登记处（{o.Name}不在您的辖区内）");
        }
    }
}
