namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>
/// A jurisdiction's template for a year's summary: ten sections of narrative with placeholders.
/// A place without its own template uses the nearest one above it (the city's default).
/// </summary>
internal sealed class SummaryTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string DivisionCode { get; set; } = "";

    public int Year { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public List<SummaryTemplateSection> Sections { get; set; } = [];
}

internal sealed class SummaryTemplateSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TemplateId { get; set; }

    /// <summary>1–10 (一 … 十).</summary>
    public int No { get; set; }

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>A generated summary: the text as rendered at that moment and every figure it cites, with where it came from.</summary>
internal sealed class SummaryDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>ZJ-2018-000001.</summary>
    public string Number { get; set; } = "";

    public int Year { get; set; }

    public string DivisionCode { get; set; } = "";

    public string DivisionName { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The whole rendered text (sections with their headings), as printed.</summary>
    public string Text { get; set; } = "";

    /// <summary>Which template was used (its place and year).</summary>
    public string TemplateDivision { get; set; } = "";

    public int TemplateYear { get; set; }

    public int MissingCount { get; set; }

    public string GeneratedBy { get; set; } = "";

    public DateTime GeneratedAtUtc { get; set; }

    public List<SummaryDocumentSection> Sections { get; set; } = [];

    public List<SummaryFigure> Figures { get; set; } = [];
}

internal sealed class SummaryDocumentSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid DocumentId { get; set; }

    public int No { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The rendered text with each figure as ⟦n⟧ (its footnote number): the page turns them into links.</summary>
    public string Markup { get; set; } = "";
}

/// <summary>One figure of a generated summary (数据来源): the placeholder, the value read through MetricValues and the SQL that defines it.</summary>
internal sealed class SummaryFigure
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid DocumentId { get; set; }

    /// <summary>Footnote number, in reading order.</summary>
    public int No { get; set; }

    public int Section { get; set; }

    public string Placeholder { get; set; } = "";

    public string MetricKey { get; set; } = "";

    public string MetricTitle { get; set; } = "";

    /// <summary>The period the value belongs to: "2018年", "2017年" (start/prev), "2015年–2018年".</summary>
    public string Period { get; set; } = "";

    /// <summary>yyyy of the period (for the drill-down link).</summary>
    public string PeriodKey { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>Null: no data (the text shows 【缺数据：…】).</summary>
    public decimal? Value { get; set; }

    /// <summary>What the text shows in its place.</summary>
    public string Display { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Query { get; set; } = "";

    public bool Missing { get; set; }
}
