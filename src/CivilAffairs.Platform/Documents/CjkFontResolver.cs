using CivilAffairs.Platform.Http;
using PdfSharp.Fonts;

namespace CivilAffairs.Platform.Documents;

/// <summary>
/// Gives PDFsharp one CJK face for every family it asks for. PDFsharp's Core build finds no fonts
/// by itself on Linux, and the only face that can draw Chinese on our servers is WenQuanYi, so
/// mapping everything (also "Arial") to it keeps a stray font name from producing empty boxes.
/// </summary>
internal sealed class CjkFontResolver : IFontResolver
{
    public const string FaceName = "CivilAffairsCjk";

    /// <summary>A business rule, not a crash: the API answers ProblemDetails and staff see why.</summary>
    public const string MissingFontMessage = "服务器未安装中文字体（fonts-wqy-microhei），无法生成PDF";

    private readonly byte[] _face;

    /// <exception cref="BusinessRuleException">None of the candidate font files exists.</exception>
    public CjkFontResolver(DocumentFontOptions options)
    {
        FontPath = options.Candidates().FirstOrDefault(File.Exists)
            ?? throw new BusinessRuleException(MissingFontMessage);
        var bytes = File.ReadAllBytes(FontPath);
        // face 0 is the proportional face in both WQY collections (1 is the monospaced one)
        _face = TrueTypeCollection.IsCollection(bytes) ? TrueTypeCollection.ExtractFace(bytes, 0) : bytes;
    }

    public string FontPath { get; }

    // WQY has no bold or italic face: PDFsharp simulates them
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(FaceName, isBold, isItalic);

    public byte[]? GetFont(string faceName) => faceName == FaceName ? _face : null;
}
