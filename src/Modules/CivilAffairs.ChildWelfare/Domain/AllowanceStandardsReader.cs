using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ChildWelfare.Domain;

/// <summary>Reads the allowance parameters in force on the first day of a month for a division (a district value overrides the city's).</summary>
internal sealed class AllowanceStandardsReader(ParameterStore store)
{
    public async Task<AllowanceStandards> ForMonthAsync(DateOnly month, string division, CancellationToken ct) =>
        new(await store.FindManyAsync(ChildWelfareParameters.AllowanceKeys, AllowanceRules.MonthOf(month), division, ct));

    public async Task<int> IntAsync(string key, DateOnly on, string division, int fallback, CancellationToken ct) =>
        await store.FindAsync(key, on, division, ct) is { } p && int.TryParse(p.Value, out var v) ? v : fallback;

    public string NameOf(string key) => store.Definition(key)?.DisplayName ?? key;
}
