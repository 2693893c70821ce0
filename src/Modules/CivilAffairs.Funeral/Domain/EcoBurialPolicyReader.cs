using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Funeral.Domain;

/// <summary>Reads the eco-burial parameters in force on a date for a division (the city's values unless a district overrides them).</summary>
internal sealed class EcoBurialPolicyReader(ParameterStore parameters)
{
    public async Task<RewardPolicy> RewardAsync(DateOnly burialDate, string divisionCode, CancellationToken ct)
    {
        var found = await parameters.FindManyAsync(EcoBurialParameters.RewardKeys, burialDate, Division(divisionCode), ct);
        return new RewardPolicy(Used(found, EcoBurialParameters.SeaReward), Used(found, EcoBurialParameters.OtherReward));
    }

    public async Task<SeatPolicy> SeatsAsync(DateOnly date, string divisionCode, CancellationToken ct)
    {
        var found = await parameters.FindManyAsync(EcoBurialParameters.SeatKeys, date, Division(divisionCode), ct);
        var free = Used(found, EcoBurialParameters.FreeCompanions);
        var fee = Used(found, EcoBurialParameters.ExtraSeatFee);
        if (free is null || fee is null)
        {
            throw new BusinessRuleException($"海葬随船人数参数在 {date:yyyy-MM-dd} 未设置取值，请市民政局在政策参数页补充");
        }
        return new SeatPolicy(int.Parse(free.Value, CultureInfo.InvariantCulture), decimal.Parse(fee.Value, CultureInfo.InvariantCulture), [free, fee]);
    }

    // the application's division may be the city ("4403") or a street; parameters resolve by prefix either way
    private static string Division(string code) => code.Length == 0 ? "4403" : code;

    private static UsedParameter? Used(IReadOnlyDictionary<string, Parameter> found, string key) =>
        found.TryGetValue(key, out var p) ? new UsedParameter(p.Key, p.Value, p.ValidFrom, p.LegalBasis) : null;
}
