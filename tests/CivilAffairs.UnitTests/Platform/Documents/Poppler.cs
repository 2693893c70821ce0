using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CivilAffairs.UnitTests.Platform.Documents;

/// <summary>
/// Reads PDFs back with poppler-utils (installed by scripts/test.sh), so the tests check what a
/// reader's viewer sees rather than what PDFsharp believes it wrote.
/// </summary>
internal static partial class Poppler
{
    /// <summary>pdftotext -layout: lines as laid out on the page; pages end with a form feed.</summary>
    public static string Text(string pdfPath) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdfPath, "-");

    /// <summary>All text with whitespace and the page footers removed, for "nothing was lost" checks.</summary>
    public static string FlatText(string pdfPath) =>
        Whitespace().Replace(PageFooter().Replace(Text(pdfPath), ""), "");

    public static string Fonts(string pdfPath) => Run("pdffonts", pdfPath);

    public static int Pages(string pdfPath) =>
        int.Parse(PagesLine().Match(Run("pdfinfo", pdfPath)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes the bytes to a temp file that the caller deletes.</summary>
    public static string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>Keeps one sample for people to look at when the test script collects artifacts.</summary>
    public static void KeepArtifact(byte[] pdf, string fileName)
    {
        if (Environment.GetEnvironmentVariable("CA_ARTIFACTS") is { Length: > 0 } root)
        {
            var dir = Directory.CreateDirectory(Path.Combine(root, "pdf"));
            File.WriteAllBytes(Path.Combine(dir.FullName, fileName), pdf);
        }
    }

    public static string WhitespaceRemoved(string text) => Whitespace().Replace(text, "");

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} not found: install poppler-utils (scripts/test.sh does)", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(30_000))
            {
                process.Kill();
                throw new TimeoutException($"{tool} did not finish in 30 s");
            }
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {stderr.Result}");
            return output;
        }
    }

    [GeneratedRegex(@"第 \d+ 页，共 \d+ 页")]
    private static partial Regex PageFooter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
