using System.Collections.Concurrent;
using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Rescue.Domain.Kinship;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>The kinship and database-search settings: effective-dated parameters with their legal basis.</summary>
internal static class DnaParameters
{
    public const string PaternalMutation = "rescue.dna.mutation.paternal";
    public const string MaternalMutation = "rescue.dna.mutation.maternal";
    public const string StepAttenuation = "rescue.dna.mutation.step_attenuation";
    public const string FrequencyFloor = "rescue.dna.frequency_floor";
    public const string Support = "rescue.dna.cpi.support";
    public const string Inconclusive = "rescue.dna.cpi.inconclusive";
    public const string ExclusionLoci = "rescue.dna.exclusion_loci";
    public const string IdentitySupport = "rescue.dna.identity.support";
    public const string MinSharedLoci = "rescue.dna.min_shared_loci";
    public const string ProfileMinLoci = "rescue.dna.profile.min_loci";
    public const string SearchThreshold = "rescue.dna.search.threshold";
    public const string SearchMaxCandidates = "rescue.dna.search.max_candidates";

    public static readonly string[] Keys =
        [PaternalMutation, MaternalMutation, StepAttenuation, FrequencyFloor, Support, Inconclusive, ExclusionLoci, IdentitySupport, MinSharedLoci,
         ProfileMinLoci, SearchThreshold, SearchMaxCandidates];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(PaternalMutation, "DNA亲缘比对：父系（被检父/母方）STR突变率", "每代每基因座", ParameterType.Decimal, "rescue"),
        new(MaternalMutation, "DNA亲缘比对：母系（已知母亲）STR突变率", "每代每基因座", ParameterType.Decimal, "rescue"),
        new(StepAttenuation, "DNA亲缘比对：突变步长衰减系数（n步突变率除以该值的n−1次方）", "倍", ParameterType.Decimal, "rescue"),
        new(FrequencyFloor, "DNA亲缘比对：等位基因最小频率（群体数据未收录的等位基因）", "频率", ParameterType.Decimal, "rescue"),
        new(Support, "亲权指数支持阈值（CPI ≥ 该值：支持）", "CPI", ParameterType.Decimal, "rescue"),
        new(Inconclusive, "亲权指数补充检测下限（该值 ≤ CPI < 支持阈值：建议增加基因座或补充另一亲本）", "CPI", ParameterType.Decimal, "rescue"),
        new(ExclusionLoci, "排除亲子关系所需的不符合遗传规律基因座数", "个", ParameterType.Integer, "rescue"),
        new(IdentitySupport, "同一认定似然比阈值", "LR", ParameterType.Decimal, "rescue"),
        new(MinSharedLoci, "亲缘比对最少共有基因座数（少于该数不予计算）", "个", ParameterType.Integer, "rescue"),
        new(ProfileMinLoci, "入库比对的DNA分型最少基因座数", "个", ParameterType.Integer, "rescue"),
        new(SearchThreshold, "数据库比对候选阈值（累计亲缘指数 ≥ 该值列为候选）", "指数", ParameterType.Decimal, "rescue"),
        new(SearchMaxCandidates, "每次数据库比对每种关系最多列出的候选数", "个", ParameterType.Integer, "rescue"),
    ];
}

/// <summary>A parameter value a result used, as recorded with the result.</summary>
internal sealed record DnaParameterUsed(string Key, string Value, DateOnly ValidFrom, string LegalBasis);

/// <summary>The kinship settings in force on a date, with the values they came from.</summary>
internal sealed record DnaPolicy(KinshipSettings Settings, AlleleFrequencies Frequencies, int MinSharedLoci, int ProfileMinLoci, double SearchThreshold,
    int MaxCandidates, IReadOnlyList<DnaParameterUsed> Used)
{
    public double InconclusiveFloor => Settings.InconclusiveFloor;

    /// <summary>Builds the policy from parameter rows; a missing key is a configuration error the bureau must fix.</summary>
    public static DnaPolicy From(IReadOnlyDictionary<string, Parameter> found, DateOnly date)
    {
        var missing = DnaParameters.Keys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"DNA比对参数在 {date:yyyy-MM-dd} 未设置取值：{string.Join("、", missing)}，请在政策参数页补充");
        }
        double D(string k) => double.Parse(found[k].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        int I(string k) => int.Parse(found[k].Value, NumberStyles.Integer, CultureInfo.InvariantCulture);
        var settings = new KinshipSettings(D(DnaParameters.PaternalMutation), D(DnaParameters.MaternalMutation), D(DnaParameters.StepAttenuation),
            D(DnaParameters.Support), D(DnaParameters.Inconclusive), I(DnaParameters.ExclusionLoci), D(DnaParameters.IdentitySupport));
        var used = DnaParameters.Keys.Select(k => new DnaParameterUsed(k, found[k].Value, found[k].ValidFrom, found[k].LegalBasis)).ToList();
        return new DnaPolicy(settings, FrequencyTable(D(DnaParameters.FrequencyFloor)), I(DnaParameters.MinSharedLoci), I(DnaParameters.ProfileMinLoci),
            D(DnaParameters.SearchThreshold), I(DnaParameters.SearchMaxCandidates), used);
    }

    private static readonly ConcurrentDictionary<double, AlleleFrequencies> Tables = new();

    /// <summary>The embedded Chinese table with the floor in force (loaded once per floor value).</summary>
    public static AlleleFrequencies FrequencyTable(double floor) => Tables.GetOrAdd(floor, f => AlleleFrequencies.ChineseReference(f));
}

/// <summary>Reads the DNA parameters in force on a date (city-wide: the station serves the whole city).</summary>
internal sealed class DnaPolicyReader(ParameterStore parameters)
{
    public async Task<DnaPolicy> ReadAsync(DateOnly date, CancellationToken ct) =>
        DnaPolicy.From(await parameters.FindManyAsync(DnaParameters.Keys, date, "4403", ct), date);
}
