using CivilAffairs.Rescue.Domain.Kinship;
using CsCheck;

namespace CivilAffairs.UnitTests.Fuzzing;

/// <summary>
/// STR genotypes pasted from lab reports into the family-search form: generated text of real and
/// made-up loci, alleles and separators never throws; what is accepted is stored and read back
/// unchanged; what is refused carries a reason.
/// </summary>
public sealed class StrProfileFuzzTests
{
    private static readonly AlleleFrequencies Cn = AlleleFrequencies.ChineseReference();

    private static readonly Gen<string> Locus = Gen.Frequency(
        (6, Gen.OneOf(Cn.Loci.ToArray())),
        (1, Gen.OneOf("Amelogenin", "AMEL", "DYS391", "vwa", "th01", "D3S1358 ", "Penta E", "XYZ1", "")),
        (1, Gen.String[Gen.Char["ABCDSabcds0123456789 -_"], 0, 10]));

    private static readonly Gen<string> Allele = Gen.Frequency(
        (8, Gen.Int[5, 35].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.OneOf("9.3", "17.3", "22.2", "X", "Y", "0", "100", "9.4", "-1", "1e5", "１５", "15,", "")),
        (1, Gen.String[Gen.Char["0123456789.,XYxy "], 0, 6]));

    private static readonly Gen<string> Entry =
        from locus in Locus
        from sep in Gen.OneOf(" ", ":", "=", "：", "\t", "")
        from alleles in Allele.Array[0, 3]
        from joiner in Gen.OneOf(",", "，", "/", " ")
        select locus + sep + string.Join(joiner, alleles);

    private static readonly Gen<string> Text = Gen.Frequency(
        (6, from entries in Entry.Array[0, 25] from sep in Gen.OneOf(";", "；", "\n", "\r\n") select string.Join(sep, entries)),
        (1, Gen.String));

    [Fact]
    public void Pasted_genotypes_never_throw_and_an_accepted_profile_is_stored_and_read_back_unchanged()
    {
        Text.Sample(text =>
        {
            var errors = new List<(string Field, string Message)>();
            var profile = StrProfile.FromText(text, Cn, "profile", errors);
            Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
            if (profile.Count == 0)
            {
                return;
            }
            Assert.All(profile.Keys, l => Assert.Contains(l, Cn.Loci));
            var stored = StrProfile.Format(profile);
            var back = StrProfile.Parse(stored);
            Assert.Equal(profile.Count, back.Count);
            foreach (var (locus, g) in profile)
            {
                Assert.Equal(g.Alleles.Order(), back[locus].Alleles.Order());
            }
            Assert.Equal(stored, StrProfile.Format(back));
        }, iter: FuzzBudget.Of(FuzzBudget.StrProfiles));
    }
}
