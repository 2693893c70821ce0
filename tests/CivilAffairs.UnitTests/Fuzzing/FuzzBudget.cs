namespace CivilAffairs.UnitTests.Fuzzing;

/// <summary>
/// How many generated inputs each parser gets (issue 11: a million in all, no crash, no exception but a
/// validation result). CA_FUZZ_SCALE multiplies them for a longer local run (e.g. 10).
/// </summary>
internal static class FuzzBudget
{
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("CA_FUZZ_SCALE"), out var s) && s > 0 ? s : 1;

    public const long IdNumbers = 300_000;
    public const long CreditCodes = 250_000;
    public const long DivisionCodes = 150_000;
    public const long StrProfiles = 150_000;
    public const long CsvFiles = 120_000;
    public const long Workbooks = 30_000;

    /// <summary>Sum of the above: asserted so that trimming one budget is a visible decision.</summary>
    public const long Total = IdNumbers + CreditCodes + DivisionCodes + StrProfiles + CsvFiles + Workbooks;

    public static long Of(long n) => n * Scale;
}
