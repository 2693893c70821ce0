using CivilAffairs.Platform.Values;

namespace CivilAffairs.IntegrationTests.Infrastructure;

/// <summary>Fresh valid ID numbers for tests (a counter keeps them unique within a run).</summary>
public static class Ids
{
    private static int _next = Random.Shared.Next(0, 400);

    public static string New(string county = "440304", int year = 1980)
    {
        var n = Interlocked.Increment(ref _next);
        var birth = new DateOnly(year, 1, 1).AddDays(n % 3000);
        return IdNumber.Create(county, birth, 500 + (n * 7 % 499));
    }

    /// <summary>A man's or a woman's ID number (the 17th digit is odd for men), born in the given year.</summary>
    public static string Of(Sex sex, int year, string county = "440304")
    {
        var n = Interlocked.Increment(ref _next);
        var birth = new DateOnly(year, 1, 1).AddDays(n % 360);
        var seq = 100 + (n * 2 % 800);
        return IdNumber.Create(county, birth, sex == Sex.Male ? seq + 1 : seq);
    }
}
