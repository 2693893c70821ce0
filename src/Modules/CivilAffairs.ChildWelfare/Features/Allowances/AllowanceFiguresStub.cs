using CivilAffairs.ChildWelfare.Features.Stats;

namespace CivilAffairs.ChildWelfare.Features.Allowances;

/// <summary>Placeholder until allowance runs exist.</summary>
internal sealed class AllowanceFigures : IAllowanceFigures
{
    public Task<IReadOnlyList<AllowanceMonthRow>> ByMonthAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<AllowanceMonthRow>>([]);
}
