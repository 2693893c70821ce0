using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Domain.Kinship;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>
/// One comparison of two (or three) profiles by the kinship engine with the parameters in force
/// today; used by the API, the staff page, and the review queue's evidence.
/// </summary>
internal sealed class KinshipComparisons(DnaPolicyReader policies, TimeProvider clock)
{
    public async Task<KinshipResponse> CompareAsync(KinshipRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var policy = await policies.ReadAsync(ChinaTime.Today(clock), ct);
        var errors = new List<(string, string)>();
        var relationship = ParseRelationship(r.Relationship, errors);
        var alleged = StrProfile.FromMap(r.Alleged, policy.Frequencies, "alleged", errors);
        var child = StrProfile.FromMap(r.Child, policy.Frequencies, "child", errors);
        var mother = r.Mother is { Count: > 0 } ? StrProfile.FromMap(r.Mother, policy.Frequencies, "mother", errors) : null;
        return Run(relationship, alleged, child, mother, policy, errors);
    }

    public async Task<KinshipResponse> CompareAsync(KinshipTextForm f, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(f);
        var policy = await policies.ReadAsync(ChinaTime.Today(clock), ct);
        var errors = new List<(string, string)>();
        var relationship = ParseRelationship(f.Relationship, errors);
        var alleged = StrProfile.FromText(f.Alleged, policy.Frequencies, "alleged", errors);
        var child = StrProfile.FromText(f.Child, policy.Frequencies, "child", errors);
        var mother = string.IsNullOrWhiteSpace(f.Mother) ? null : StrProfile.FromText(f.Mother, policy.Frequencies, "mother", errors);
        return Run(relationship, alleged, child, mother, policy, errors);
    }

    private KinshipResponse Run(KinshipRelationship? relationship, Dictionary<string, Genotype> alleged, Dictionary<string, Genotype> child,
        Dictionary<string, Genotype>? mother, DnaPolicy policy, List<(string Field, string Message)> errors)
    {
        if (mother is not null && relationship is not null and not KinshipRelationship.ParentChild)
        {
            errors.Add(("mother", "只有亲子关系比对可以填写母亲分型"));
        }
        if (errors.Count == 0)
        {
            var shared = alleged.Keys.Count(child.ContainsKey);
            if (shared < policy.MinSharedLoci)
            {
                errors.Add(("child", $"两份分型共有基因座 {shared} 个，少于最少 {policy.MinSharedLoci} 个，无法计算"));
            }
        }
        Throw(errors);
        return Describe(KinshipEngine.Compare(relationship!.Value, alleged, child, mother, policy.Frequencies, policy.Settings), policy, ChinaTime.Today(clock));
    }

    /// <summary>A result as the API and pages show it, with the parameter values used.</summary>
    public static KinshipResponse Describe(KinshipResult r, DnaPolicy policy, DateOnly on)
    {
        var advice = r.Conclusion switch
        {
            KinshipConclusion.Supported => "累计指数达到支持阈值，请结合其他证据由亲属核验后确认。",
            KinshipConclusion.Excluded => r.Relationship == KinshipRelationship.ParentChild && r.InconsistentLoci >= policy.Settings.ExclusionInconsistencies
                ? $"{r.InconsistentLoci} 个基因座不符合遗传规律，排除。" : "累计指数低于排除阈值，排除。",
            _ when r.CombinedIndex >= policy.InconclusiveFloor => "累计指数介于补充检测下限与支持阈值之间：请增加检测基因座或补充另一亲本样本。",
            _ => "证据不足，无法判断。",
        };
        return new KinshipResponse(r.Relationship, [.. r.PerLocus.Select(l => new LocusRow(l.Locus, l.Index, l.Consistent, l.FloorUsed, l.MutationApplied))],
            r.CombinedIndex, r.InconsistentLoci, r.Conclusion, r.CombinedIndex / (r.CombinedIndex + 1), r.PerLocus.Count, r.SkippedLoci, advice, on,
            [.. policy.Used.Select(p => new ParameterUsedView(p.Key, p.Value, p.ValidFrom, p.LegalBasis))]);
    }

    internal static KinshipRelationship? ParseRelationship(string? value, List<(string Field, string Message)> errors)
    {
        if (Enum.TryParse<KinshipRelationship>(value?.Trim(), ignoreCase: true, out var r) && Enum.IsDefined(r) && !int.TryParse(value, out _))
        {
            return r;
        }
        errors.Add(("relationship", "关系应为 ParentChild（亲子）、FullSiblings（全同胞）、HalfSiblings（半同胞）或 Identity（同一认定）"));
        return null;
    }

    internal static void Throw(List<(string Field, string Message)> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }
        var fe = new FieldErrors();
        foreach (var (field, message) in errors)
        {
            fe.Add(field, message);
        }
        fe.ThrowIfAny();
    }
}
