using PdfSharp.Fonts;

namespace CivilAffairs.Platform.Documents;

/// <summary>
/// The process-wide font registration for PDFsharp. GlobalFontSettings.FontResolver may be set only
/// once, before the first font is used, and xunit and ASP.NET render on many threads at once, so
/// every PDF goes through <see cref="EnsureRegistered"/>, which sets it exactly once under a lock.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name documents ask for; the resolver maps every name to the CJK face anyway.</summary>
    public const string Family = "CivilAffairs CJK";

    private static readonly Lock Gate = new();
    private static DocumentFontOptions _options = new();
    private static CjkFontResolver? _registered;

    /// <summary>Where to look for the font (from AddPlatform). Only the first successful registration counts.</summary>
    public static void Configure(DocumentFontOptions options)
    {
        lock (Gate)
        {
            _options = options;
        }
    }

    /// <summary>The font file in use, or null before the first PDF.</summary>
    public static string? FontPath => Volatile.Read(ref _registered)?.FontPath;

    /// <summary>
    /// Loads the font and hands it to PDFsharp on first use. A missing font throws
    /// <see cref="Http.BusinessRuleException"/> and registers nothing, so installing the font
    /// later works without a restart.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref _registered) is not null)
        {
            return;
        }
        lock (Gate)
        {
            if (_registered is not null)
            {
                return;
            }
            var resolver = new CjkFontResolver(_options);
            GlobalFontSettings.FontResolver = resolver;
            Volatile.Write(ref _registered, resolver);
        }
    }
}
