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
}
