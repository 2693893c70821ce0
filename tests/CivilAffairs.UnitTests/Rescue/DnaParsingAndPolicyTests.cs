using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Rescue.Domain.Kinship;
using CivilAffairs.Rescue.Features.Dna;

namespace CivilAffairs.UnitTests.Rescue;

/// <summary>Profiles as people paste them, and the kinship settings built from the seeded parameters.</summary>
public sealed class DnaParsingAndPolicyTests
{
    private static readonly AlleleFrequencies Cn = AlleleFrequencies.ChineseReference();

    [Fact]
    public void Pasted_text_is_read_with_microvariants_homozygotes_and_lab_spellings()
    {
        var errors = new List<(string, string)>();
        var p = StrProfile.FromText("D3S1358 15,16; vwa: 14/17\nTH01 9.3\nPenta D 11 12；Amelogenin X,Y; FGA=22,24.2", Cn, "g", errors);
        Assert.Empty(errors);
        Assert.Equal(new Genotype("15", "16"), p["D3S1358"]);
        Assert.Equal(new Genotype("14", "17"), p["vWA"]);
        Assert.Equal(new Genotype("9.3", "9.3"), p["TH01"]);
        Assert.Equal(new Genotype("11", "12"), p["PentaD"]);
        Assert.Equal(new Genotype("22", "24.2"), p["FGA"]);
        Assert.False(p.ContainsKey("Amelogenin"));
        Assert.Equal("D3S1358=15,16;FGA=22,24.2;PentaD=11,12;TH01=9.3,9.3;vWA=14,17", StrProfile.Format(p));
        Assert.Equal(p, StrProfile.Parse(StrProfile.Format(p)));
    }

    [Theory]
    [InlineData("D99S999 10,11", "未知的基因座")]
    [InlineData("TH01 9.4,10", "格式不正确")]
    [InlineData("TH01 9,10,11", "1个或2个")]
    [InlineData("TH01 ab", "无法识别")]
    [InlineData("TH01 9,10; TH01 9,9", "重复")]
    [InlineData("", "请填写分型")]
    public void Bad_profiles_give_chinese_errors(string text, string expected)
    {
        var errors = new List<(string Field, string Message)>();
        StrProfile.FromText(text, Cn, "child", errors);
        var e = Assert.Single(errors);
        Assert.Equal("child", e.Field);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_come_from_the_seeded_parameters_and_record_them()
    {
        var found = DnaSeeder.Rows.ToDictionary(r => r.Key, r => new Parameter
        {
            Key = r.Key, Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
        });
        found[DnaParameters.PaternalMutation].Value = "0.003";
        var policy = DnaPolicy.From(found, new DateOnly(2026, 1, 1));
        Assert.Equal(0.003, policy.Settings.PaternalMutationRate);
        Assert.Equal(0.0005, policy.Settings.MaternalMutationRate);
        Assert.Equal(10, policy.Settings.StepAttenuation);
        Assert.Equal(10_000, policy.Settings.SupportThreshold);
        Assert.Equal(2_000, policy.Settings.InconclusiveFloor);
        Assert.Equal(3, policy.Settings.ExclusionInconsistencies);
        Assert.Equal(1e10, policy.Settings.IdentitySupportThreshold);
        Assert.Equal(0.0001, policy.Frequencies.Floor);
        Assert.Equal(18, policy.ProfileMinLoci);
        Assert.Equal(DnaParameters.Keys.Length, policy.Used.Count);
        Assert.All(policy.Used, u => Assert.False(string.IsNullOrWhiteSpace(u.LegalBasis)));
        Assert.Contains(policy.Used, u => u.Key == DnaParameters.PaternalMutation && u.Value == "0.003");

        found.Remove(DnaParameters.SearchThreshold);
        var ex = Assert.Throws<BusinessRuleException>(() => DnaPolicy.From(found, new DateOnly(2026, 1, 1)));
        Assert.Contains(DnaParameters.SearchThreshold, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_mutation_rate_changes_the_index_of_an_inconsistent_locus()
    {
        var af = new Dictionary<string, Genotype> { ["TH01"] = new("6", "7") };
        var child = new Dictionary<string, Genotype> { ["TH01"] = new("9", "9") };
        var low = KinshipEngine.Compare(KinshipRelationship.ParentChild, af, child, null, Cn, new KinshipSettings(PaternalMutationRate: 0.001));
        var high = KinshipEngine.Compare(KinshipRelationship.ParentChild, af, child, null, Cn, new KinshipSettings(PaternalMutationRate: 0.002));
        Assert.False(low.PerLocus[0].Consistent);
        Assert.Equal(2 * low.CombinedIndex, high.CombinedIndex, 12);
    }
}
