using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Search;
using CivilAffairs.Registry.Features.Divisions;
using CivilAffairs.Registry.Features.Persons;

namespace CivilAffairs.Registry.Features;

/// <summary>Persons (scoped, masked) and divisions in the global search box.</summary>
internal sealed class RegistrySearch(PersonQueries persons, DivisionDirectory divisions, ICurrentUser user) : ISearchProvider
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken ct)
    {
        var hits = new List<SearchHit>();
        if (user.Has(Permissions.RegistryRead))
        {
            var page = await persons.SearchAsync(new PersonSearch { Q = query, PageSize = limit }, ct);
            hits.AddRange(page.Items.Select(p => new SearchHit("人员", $"{p.Name}（{p.IdNumberMasked}）",
                $"{p.Sex} · {p.Age}岁 · {p.DivisionName}", $"/registry/persons/{p.Id}")));
        }
        if (!query.All(char.IsAsciiDigit) || query.Length <= 12)
        {
            var ds = await divisions.SearchAsync(query, limit, ct);
            hits.AddRange(ds.Select(d => new SearchHit("行政区划", $"{d.Name}（{d.Code}）", d.LevelName,
                $"/registry/divisions?code={d.Code}")));
        }
        return hits;
    }
}
