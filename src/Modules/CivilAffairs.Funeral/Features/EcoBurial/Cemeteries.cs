using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.EcoBurial;

public class CemeteryRequest
{
    public string? Name { get; set; }

    /// <summary>Cemetery (公墓) or Columbarium (骨灰堂).</summary>
    public string? Kind { get; set; }

    public string? Operator { get; set; }

    public bool PublicWelfare { get; set; }

    public string? DivisionCode { get; set; }

    public string? Address { get; set; }

    public int? Capacity { get; set; }

    public int? Used { get; set; }

    public int? EcoAreaCapacity { get; set; }

    public int? EcoAreaUsed { get; set; }

    public string? Note { get; set; }

    public int? Version { get; set; }
}

internal sealed record CemeteryView(Guid Id, string Name, CemeteryKind Kind, string KindName, string Operator, bool PublicWelfare, string DivisionCode,
    string? Address, int Capacity, int Used, decimal Utilisation, int EcoAreaCapacity, int EcoAreaUsed, string? Note, int Version, bool CanEdit);

/// <summary>公墓与骨灰堂 registry: the bureau (funeral.manage) keeps it for its own jurisdiction; everyone with funeral.read sees their part.</summary>
internal sealed class Cemeteries(FuneralDb db, ICurrentUser user, TimeProvider clock)
{
    public static string KindName(CemeteryKind k) => k == CemeteryKind.Cemetery ? "公墓" : "骨灰堂";

    public async Task<List<CemeteryView>> ListAsync(CancellationToken ct) =>
        (await db.Cemeteries.AsNoTracking().OrderBy(c => c.DivisionCode).ThenBy(c => c.Name).ToListAsync(ct)).Select(View).ToList();

    public async Task<CemeteryView> GetAsync(Guid id, CancellationToken ct) =>
        View(await db.Cemeteries.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException());

    public async Task<CemeteryView> CreateAsync(CemeteryRequest r, CancellationToken ct)
    {
        var c = new Cemetery();
        Apply(c, r);
        db.Cemeteries.Add(c);
        await SaveAsync(ct);
        return View(c);
    }

    public async Task<CemeteryView> UpdateAsync(Guid id, CemeteryRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var c = await db.Cemeteries.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (r.Version is { } v && v != c.Version)
        {
            throw new BusinessRuleException("记录已被他人修改，请刷新后重试");
        }
        Apply(c, r);
        c.Version++;
        await SaveAsync(ct);
        return View(c);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new FieldValidationException("name", "已有同名的公墓或骨灰堂");
        }
    }

    private void Apply(Cemetery c, CemeteryRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!user.Has(Permissions.FuneralManage))
        {
            throw new ForbiddenException("只有民政部门（funeral.manage）可以维护公墓与骨灰堂");
        }
        var e = new FieldErrors();
        c.Name = Required(e, "name", r.Name, 100, "请填写名称");
        if (!Enum.TryParse<CemeteryKind>(r.Kind, true, out var kind) || int.TryParse(r.Kind, out _))
        {
            e.Add("kind", "请选择类型（公墓或骨灰堂）");
        }
        c.Kind = kind;
        c.Operator = Required(e, "operator", r.Operator, 100, "请填写经营或管理单位");
        c.PublicWelfare = r.PublicWelfare;
        var division = DivisionCodes.Normalize(r.DivisionCode);
        if (division is null || !division.StartsWith(EcoBurialRules.ShenzhenPrefix, StringComparison.Ordinal) || division.Length < 6)
        {
            e.Add("divisionCode", "请填写所在区（深圳市的区或街道代码）");
        }
        else if (user.Jurisdiction is null || !division.StartsWith(user.Jurisdiction, StringComparison.Ordinal))
        {
            e.Add("divisionCode", "只能登记本辖区内的公墓或骨灰堂");
        }
        c.DivisionCode = division ?? "";
        c.Address = string.IsNullOrWhiteSpace(r.Address) ? null : r.Address.Trim();
        c.Capacity = Count(e, "capacity", r.Capacity, "容量（墓穴或格位）");
        c.Used = Count(e, "used", r.Used, "已使用");
        c.EcoAreaCapacity = Count(e, "ecoAreaCapacity", r.EcoAreaCapacity, "生态安葬区容量");
        c.EcoAreaUsed = Count(e, "ecoAreaUsed", r.EcoAreaUsed, "生态安葬区已使用");
        if (c.Used > c.Capacity)
        {
            e.Add("used", "已使用不能超过容量");
        }
        if (c.EcoAreaUsed > c.EcoAreaCapacity)
        {
            e.Add("ecoAreaUsed", "生态安葬区已使用不能超过其容量");
        }
        c.Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        c.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        e.ThrowIfAny();
    }

    private static int Count(FieldErrors e, string field, int? value, string label)
    {
        if (value is not (>= 0 and <= 10_000_000))
        {
            e.Add(field, $"请填写{label}（0或正整数）");
            return 0;
        }
        return value.Value;
    }

    private static string Required(FieldErrors e, string field, string? value, int max, string missing)
    {
        var v = (value ?? "").Trim();
        if (v.Length is 0 || v.Length > max)
        {
            e.Add(field, missing);
        }
        return v;
    }

    private CemeteryView View(Cemetery c) => new(c.Id, c.Name, c.Kind, KindName(c.Kind), c.Operator, c.PublicWelfare, c.DivisionCode, c.Address,
        c.Capacity, c.Used, c.Capacity == 0 ? 0m : Math.Round(100m * c.Used / c.Capacity, 1), c.EcoAreaCapacity, c.EcoAreaUsed, c.Note, c.Version,
        user.Has(Permissions.FuneralManage) && user.Jurisdiction is { } j && c.DivisionCode.StartsWith(j, StringComparison.Ordinal));
}
