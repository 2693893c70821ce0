using System.Globalization;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>Reads the 银龄安康 parameters in force on a day for a division (districts may add cover).</summary>
internal sealed class InsurancePolicy(ParameterStore parameters)
{
    public async Task<InsurancePolicyView> ReadAsync(DateOnly date, string divisionCode, CancellationToken ct)
    {
        var found = await parameters.FindManyAsync(InsuranceParameters.Keys, date, divisionCode, ct);
        var missing = InsuranceParameters.Keys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"银龄安康参数在 {date:yyyy-MM-dd} 未设置取值：{string.Join("、", missing)}，请在政策参数页补充");
        }
        decimal D(string k) => decimal.Parse(found[k].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
        return new InsurancePolicyView(found[InsuranceParameters.Insurer].Value, int.Parse(found[InsuranceParameters.EnrolAge].Value, CultureInfo.InvariantCulture),
            D(InsuranceParameters.CoverDeath), D(InsuranceParameters.CoverDisability), D(InsuranceParameters.CoverMedical), D(InsuranceParameters.CoverTotal),
            D(InsuranceParameters.Premium),
            InsuranceParameters.Keys.Select(k => new PolicyValue(k, found[k].Value, found[k].ValidFrom, found[k].LegalBasis)).ToList());
    }

    /// <summary>The first day the scheme existed: the earliest version of the enrolment age (people already over 60 are covered from then).</summary>
    public async Task<DateOnly> SchemeStartAsync(CancellationToken ct)
    {
        var history = await parameters.HistoryAsync(InsuranceParameters.EnrolAge, ct);
        return history.Count == 0 ? throw new BusinessRuleException("银龄安康参数未设置：" + InsuranceParameters.EnrolAge) : history.Min(h => h.ValidFrom);
    }

    public static decimal CoverFor(InsurancePolicyView p, ClaimItem item) => item switch
    {
        ClaimItem.Death => p.Death,
        ClaimItem.Disability => p.Disability,
        _ => p.Medical,
    };
}
