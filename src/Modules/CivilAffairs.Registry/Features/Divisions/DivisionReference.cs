namespace CivilAffairs.Registry.Features.Divisions;

/// <summary>The embedded national lists, kept in memory: address-code checks and on-demand streets.</summary>
internal static class DivisionReference
{
    private static readonly Lazy<HashSet<string>> Counties = new(() =>
        Seeding.ReferenceCsv.Read("counties.csv").Select(f => f[0]).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> Cities = new(() =>
        Seeding.ReferenceCsv.Read("cities.csv").Select(f => f[0]).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<ILookup<string, (string Code, string Name)>> StreetsByCounty = new(() =>
        Seeding.ReferenceCsv.Read("streets.csv").ToLookup(f => f[2], f => (f[0], f[1])));

    /// <summary>
    /// ID numbers keep the county code of the day they were issued, and county codes are retired
    /// (e.g. 宝安县 440321), so a number is accepted when its county is known or its prefecture is.
    /// 810000/820000/830000 are the codes of HK, Macao and Taiwan residence permits.
    /// </summary>
    public static bool IsKnownAddressCode(string code6) =>
        code6.Length == 6 && (Counties.Value.Contains(code6) || Cities.Value.Contains(code6[..4])
            || code6 is "810000" or "820000" or "830000");

    public static IEnumerable<(string Code, string Name)> StreetsOf(string countyCode) => StreetsByCounty.Value[countyCode];
}
