using System.Globalization;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.Deaths;

public sealed record CatalogueItemView(string Code, string Name, string Unit, decimal Standard, int Order, DateOnly ValidFrom, DateOnly? ValidTo,
    string LegalBasis, bool Inferred);

/// <summary>The catalogue in force on a date: its items, the overall cap and where the cap comes from.</summary>
public sealed record CatalogueVersionView(DateOnly ValidFrom, DateOnly? ValidTo, decimal Cap, string CapBasis, decimal ItemsTotal,
    IReadOnlyList<CatalogueItemView> Items);

/// <summary>Reads the free basic funeral services: item standards (table) and the overall cap (parameter).</summary>
internal sealed class Catalogue(FuneralDb db, ParameterStore parameters)
{
    public const string City = "4403";

    public async Task<CatalogueVersionView> OnAsync(DateOnly date, CancellationToken ct)
    {
        var cap = await parameters.FindAsync(FuneralParameters.FreeServicesCap, date, City, ct)
            ?? throw new BusinessRuleException($"{date:yyyy-MM-dd} 没有在用的基本殡葬服务免费标准（减免总额上限未设置）");
        var items = await db.FreeItems.AsNoTracking()
            .Where(i => i.ValidFrom <= date && (i.ValidTo == null || i.ValidTo >= date))
            .OrderBy(i => i.Order).ToListAsync(ct);
        var views = items.Select(View).ToList();
        return new CatalogueVersionView(cap.ValidFrom, cap.ValidTo, decimal.Parse(cap.Value, CultureInfo.InvariantCulture), cap.LegalBasis,
            views.Sum(i => i.Standard), views);
    }

    /// <summary>Every version of the cap with the items in force when it took effect, newest first.</summary>
    public async Task<List<CatalogueVersionView>> VersionsAsync(CancellationToken ct)
    {
        var caps = await parameters.HistoryAsync(FuneralParameters.FreeServicesCap, ct);
        var result = new List<CatalogueVersionView>();
        foreach (var c in caps.Where(c => c.DivisionCode == City).OrderByDescending(c => c.ValidFrom))
        {
            result.Add(await OnAsync(c.ValidFrom, ct));
        }
        return result;
    }

    private static CatalogueItemView View(FreeServiceItem i) =>
        new(i.Code, i.Name, i.Unit, i.Standard, i.Order, i.ValidFrom, i.ValidTo, i.LegalBasis, i.Inferred);
}
