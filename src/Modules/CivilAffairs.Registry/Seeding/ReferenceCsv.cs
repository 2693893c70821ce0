namespace CivilAffairs.Registry.Seeding;

/// <summary>Reads the embedded division CSVs (quoted names, no embedded commas).</summary>
internal static class ReferenceCsv
{
    public static IEnumerable<string[]> Read(string name)
    {
        using var stream = typeof(ReferenceCsv).Assembly.GetManifestResourceStream("registry." + name)
            ?? throw new InvalidOperationException($"{name} is not embedded");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            yield return line.Split(',').Select(f => f.Trim('"')).ToArray();
        }
    }
}
