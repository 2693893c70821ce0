namespace CivilAffairs.Reporting.Features.Facts;

/// <summary>
/// One metric's value for one month and one division (as the view gives it, community at most):
/// for a flow the month's total, for a stock what stood at the month's end. Written only by
/// <see cref="FactsRefresher"/>, read by the dashboards, the summary and the statistical tables.
/// </summary>
internal sealed class MonthlyFact
{
    public long Id { get; set; }

    public string MetricKey { get; set; } = "";

    /// <summary>yyyymm, e.g. 201812.</summary>
    public int Period { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>The first six digits (区): the dashboards group by it.</summary>
    public string DistrictCode { get; set; } = "";

    public decimal Value { get; set; }
}

/// <summary>Where each metric's monthly figures stand: refreshed through which month, when, how long it took.</summary>
internal sealed class RefreshState
{
    public string MetricKey { get; set; } = "";

    /// <summary>The first month with figures (yyyymm).</summary>
    public int FirstPeriod { get; set; }

    /// <summary>The last month refreshed (yyyymm).</summary>
    public int ThroughPeriod { get; set; }

    public DateTimeOffset RefreshedAt { get; set; }

    public int Version { get; set; }
}

/// <summary>One refresh: who or what started it, which months, how many rows, how long. Audited.</summary>
internal sealed class RefreshRun
{
    public Guid Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    /// <summary>"增量" (incremental) or "全量" (full rebuild).</summary>
    public string Mode { get; set; } = "";

    public int FromPeriod { get; set; }

    public int ToPeriod { get; set; }

    public int Metrics { get; set; }

    public int Rows { get; set; }

    public long Milliseconds { get; set; }

    public string StartedBy { get; set; } = "";

    /// <summary>Metrics whose view query failed, with the reason (the rest were refreshed).</summary>
    public string? Errors { get; set; }
}
