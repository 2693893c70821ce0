namespace CivilAffairs.Reporting.Features.Summary;

public sealed record SummarySectionRequest(int No, string? Title, string? Text);

/// <summary>Save a template: the ten sections for a year and a place (default: the user's jurisdiction).</summary>
public sealed record SummaryTemplateRequest(int Year, string? Division, IReadOnlyList<SummarySectionRequest>? Sections);

public sealed record SummaryGenerateRequest(int Year, string? Division);

/// <summary>A metric a section may cite; <c>Available</c> false while its module has not published it (renders as missing).</summary>
public sealed record SummaryPlaceholderInfo(string Key, string Title, string Unit, bool Available, IReadOnlyList<string> Forms);

public sealed record SummaryTemplateSectionView(int No, string Numeral, string Title, string Text, IReadOnlyList<SummaryPlaceholderInfo> Placeholders);

/// <summary>The template in force for a year and place; <c>SourceDivision</c>/<c>SourceYear</c> say whose it is (null year: the built-in default).</summary>
public sealed record SummaryTemplateView(int Year, string Division, string SourceDivision, int? SourceYear, bool Own,
    string? UpdatedBy, DateTime? UpdatedAtUtc, IReadOnlyList<SummaryTemplateSectionView> Sections);

public sealed record SummaryListItem(Guid Id, string Number, int Year, string DivisionCode, string DivisionName, string Title,
    int Figures, int MissingCount, string GeneratedBy, DateTime GeneratedAtUtc);

public sealed record SummaryFigureView(int No, int Section, string Placeholder, string MetricKey, string MetricTitle, string Period,
    string DivisionCode, decimal? Value, string Display, string Unit, string Query, bool Missing, string Link);

/// <summary>A section as rendered; <c>Markup</c> has ⟦n⟧ where figure n stands.</summary>
public sealed record SummarySectionView(int No, string Numeral, string Title, string Text, string Markup);

public sealed record SummaryDocumentView(Guid Id, string Number, int Year, string DivisionCode, string DivisionName, string Title,
    string GeneratedBy, DateTime GeneratedAtUtc, string TemplateDivision, int TemplateYear, int MissingCount, string Text,
    IReadOnlyList<SummarySectionView> Sections, IReadOnlyList<SummaryFigureView> Figures);
