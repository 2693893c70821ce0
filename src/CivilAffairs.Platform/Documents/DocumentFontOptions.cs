using Microsoft.Extensions.Configuration;

namespace CivilAffairs.Platform.Documents;

/// <summary>Where the CJK font for generated PDFs is looked for, in order.</summary>
public sealed class DocumentFontOptions
{
    /// <summary>The Debian package fonts-wqy-microhei; zenhei is the bigger sibling with the same layout.</summary>
    public static readonly IReadOnlyList<string> DefaultPaths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ];

    /// <summary>App setting Documents:FontPath: a .ttc or .ttf with TrueType outlines, tried first.</summary>
    public string? FontPath { get; init; }

    /// <summary>Tried after <see cref="FontPath"/>; tests empty it to simulate a server without the font.</summary>
    public IReadOnlyList<string> FallbackPaths { get; init; } = DefaultPaths;

    public static DocumentFontOptions FromConfiguration(IConfiguration configuration) =>
        new() { FontPath = configuration["Documents:FontPath"] is { Length: > 0 } path ? path : null };

    public IEnumerable<string> Candidates() =>
        FontPath is null ? FallbackPaths : FallbackPaths.Prepend(FontPath);
}
