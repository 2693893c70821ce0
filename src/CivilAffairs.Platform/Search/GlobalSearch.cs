namespace CivilAffairs.Platform.Search;

/// <summary>One result of the global search box.</summary>
public sealed record SearchHit(string Category, string Title, string Detail, string Href);

/// <summary>A module's contribution to the global search (already scoped to the user).</summary>
public interface ISearchProvider
{
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken ct);
}
