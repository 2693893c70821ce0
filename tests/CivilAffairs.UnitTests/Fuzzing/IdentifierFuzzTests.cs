using CivilAffairs.Platform.Values;
using CsCheck;

namespace CivilAffairs.UnitTests.Fuzzing;

/// <summary>
/// The identifiers clerks type all day — ID numbers, unified social credit codes, division codes —
/// against generated input: never an exception, always a yes or a Chinese reason, and a single
/// mistyped character in a valid number is always caught.
/// </summary>
public sealed class IdentifierFuzzTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly int[] Lengths = [2, 4, 6, 9, 12];

    // digits mostly, with the characters people really paste: X/x, spaces, full-width digits, dashes, letters
    private static readonly Gen<string> Typed = Gen.String[Gen.Frequency(
        (20, Gen.Char["0123456789"]), (2, Gen.Char["Xx"]), (1, Gen.Char[" \t-—０１２３４５６７８９ABCabc中"]), (1, Gen.Char)), 0, 22];

    private static readonly Gen<string> ValidId =
        from area in Gen.Int[110000, 659999]
        from birth in Gen.Int[0, 45_000]
        from seq in Gen.Int[0, 999]
        select WithCheck($"{area:000000}{new DateOnly(1900, 1, 1).AddDays(birth):yyyyMMdd}{seq:000}");

    [Fact]
    public void Id_numbers_never_throw_and_every_accepted_one_is_a_normalized_valid_number()
    {
        var n = FuzzBudget.Of(FuzzBudget.IdNumbers);
        Gen.Frequency((3, Typed), (1, ValidId), (1, from v in ValidId from i in Gen.Int[0, 17] from c in Gen.Char["0123456789X"] select Replace(v, i, c)))
            .Sample(s =>
            {
                var ok = IdNumber.TryParse(s, Today, null, out var info, out var error);
                if (!ok)
                {
                    Assert.Null(info);
                    Assert.False(string.IsNullOrWhiteSpace(error));
                    return;
                }
                Assert.NotNull(info);
                Assert.Equal(18, info.Normalized.Length);
                Assert.Equal(IdNumber.ComputeCheck(info.Normalized), info.Normalized[17]);
                Assert.True(info.BirthDate <= Today);
                // what was accepted once is accepted again unchanged
                Assert.True(IdNumber.TryParse(info.Normalized, Today, null, out var again, out _));
                Assert.Equal(info, again);
            }, iter: n);
    }

    [Fact]
    public void One_mistyped_digit_in_a_valid_id_number_is_always_refused()
    {
        (from v in ValidId from i in Gen.Int[0, 17] from c in Gen.Char["0123456789X"] where v[i] != c && (i == 17 || c != 'X') select (v, i, c))
            .Sample(t =>
            {
                Assert.True(IdNumber.TryParse(t.v, Today, null, out _, out _));
                Assert.False(IdNumber.TryParse(Replace(t.v, t.i, t.c), Today, null, out _, out _), $"{Replace(t.v, t.i, t.c)} passed");
            }, iter: 20_000);
    }

    [Fact]
    public void Credit_codes_never_throw_and_the_problem_always_has_a_message()
    {
        var chars = Gen.Frequency((20, Gen.Char[CreditCode.Chars]), (2, Gen.Char["IOSVZabcxy "]), (1, Gen.Char));
        Gen.Frequency((2, Gen.String[chars, 0, 20]), (1, ValidCredit), (2, from v in ValidCredit from i in Gen.Int[0, 17] from c in chars select Replace(v, i, c)))
            .Sample(s =>
            {
                var problem = CreditCode.Check(s);
                Assert.Equal(problem == CreditCodeProblem.None, CreditCode.IsValid(s));
                Assert.Equal(problem == CreditCodeProblem.None, CreditCode.Message(problem) is null);
            }, iter: FuzzBudget.Of(FuzzBudget.CreditCodes) - 20_000);
    }

    [Fact]
    public void One_mistyped_character_in_a_valid_credit_code_is_always_refused()
    {
        (from v in ValidCredit from i in Gen.Int[0, 17] from c in Gen.Char[CreditCode.Chars] where v[i] != c select (v, i, c))
            .Sample(t =>
            {
                Assert.True(CreditCode.IsValid(t.v));
                Assert.False(CreditCode.IsValid(Replace(t.v, t.i, t.c)), $"{Replace(t.v, t.i, t.c)} passed");
            }, iter: 20_000);
    }

    [Fact]
    public void Division_codes_never_throw_and_a_normalized_code_is_a_level_and_normalizes_to_itself()
    {
        var digits = Gen.Frequency((20, Gen.Char["0123456789"]), (1, Gen.Char[" \t-Aa０"]), (1, Gen.Char));
        Gen.String[digits, 0, 14].Sample(s =>
        {
            var code = DivisionCodes.Normalize(s);
            if (code is null)
            {
                return;
            }
            Assert.All(code, c => Assert.True(char.IsAsciiDigit(c)));
            Assert.Contains(code.Length, Lengths);
            Assert.NotEqual(0, DivisionCodes.LevelOf(code));
            Assert.Equal(code, DivisionCodes.Normalize(code));
            Assert.Equal(code, DivisionCodes.Normalize(DivisionCodes.Pad12(code)));
        }, iter: FuzzBudget.Of(FuzzBudget.DivisionCodes));
    }

    private static readonly Gen<string> ValidCredit =
        from authority in Gen.Char["159ABCDEFGHJNY"]
        from type in Gen.Char["12359"]
        from division in Gen.Int[110000, 659999]
        from org in Gen.String[Gen.Char[CreditCode.Chars], 8, 8]
        select CreditCode.Create(authority, type, division.ToString("000000", System.Globalization.CultureInfo.InvariantCulture), org);

    private static string WithCheck(string first17) => first17 + IdNumber.ComputeCheck(first17);

    private static string Replace(string s, int i, char c) => string.Concat(s.AsSpan(0, i), c.ToString(), s.AsSpan(i + 1));
}
