namespace CivilAffairs.ElderCare.Features.Shared;

/// <summary>A service an elder receives, as one line on their page (e.g. "长者助餐 · 优先保障 · 福田街道长者饭堂").</summary>
/// <param name="Area">Which part of the module: 机构养老, 居家养老, 长者助餐, 适老化改造, 银龄安康.</param>
/// <param name="Href">Where the detail is, when there is a page.</param>
internal sealed record ElderService(string Area, string Title, string? Detail, DateOnly? Since, DateOnly? Until, string? Href);

/// <summary>
/// Each feature area tells the elder's page what the person receives from it. Implementations
/// are registered as <c>services.AddScoped&lt;IElderServiceSource, X&gt;()</c> and run in the caller's scope.
/// </summary>
internal interface IElderServiceSource
{
    Task<IReadOnlyList<ElderService>> ForPersonAsync(Guid personId, string idNumber, CancellationToken ct);
}

/// <summary>A figure for the reports page: one number for one district (or the whole jurisdiction when DistrictCode is null).</summary>
/// <param name="Area">Section of the report, e.g. "床位", "长者助餐".</param>
/// <param name="Key">Stable key, e.g. "beds.total", "meals.subsidy".</param>
/// <param name="Label">Chinese label.</param>
/// <param name="Unit">e.g. 张, 人, 元, %.</param>
/// <param name="Target">The target in force for this figure, when there is one (e.g. new beds per year).</param>
internal sealed record ElderCareFigure(string Area, string Key, string Label, string? DistrictCode, decimal Value, string Unit, decimal? Target = null);

/// <summary>The period and place a report covers.</summary>
/// <param name="From">First day (inclusive).</param>
/// <param name="To">Last day (inclusive).</param>
/// <param name="DivisionPrefix">Within the caller's jurisdiction; null for all of it.</param>
internal sealed record FigureQuery(DateOnly From, DateOnly To, string? DivisionPrefix);

/// <summary>
/// Each feature area publishes its figures by district for the reports page and its Excel export.
/// Registered as <c>services.AddScoped&lt;IElderCareFigures, X&gt;()</c>; runs in the caller's scope.
/// </summary>
internal interface IElderCareFigures
{
    Task<IReadOnlyList<ElderCareFigure>> GetAsync(FigureQuery query, CancellationToken ct);
}
