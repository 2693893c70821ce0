namespace CivilAffairs.Governance.Features.Policies;

internal enum PolicyKind
{
    Normative,
    Policy,
    Internal,
}

internal enum PolicyStatus
{
    Draft,
    Pending,
    InForce,
    Revised,
    Repealed,
    Expired,
}

/// <summary>A policy or normative document of the bureau (or one it applies), with its 文号 and dates.</summary>
internal sealed class PolicyDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>文号, e.g. 深民规〔2018〕3号; unique.</summary>
    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public string IssuingBody { get; set; } = "";

    public PolicyKind Kind { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Expiry stated in the document; normative documents without one expire after the validity parameter.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public DateOnly? RepealedOn { get; set; }

    public string? RepealReason { get; set; }

    /// <summary>The document this one replaces (修订): the old one reads 已修订 once this one is in force.</summary>
    public Guid? SupersedesId { get; set; }

    public string FullText { get; set; } = "";

    /// <summary>The 文号 is plausible demo data, not the real number (seeded documents).</summary>
    public bool DemoNumber { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>The document's status on a day, computed from its dates and from whether a later document replaced it.</summary>
internal static class PolicyRules
{
    public static string KindName(PolicyKind k) => k switch
    {
        PolicyKind.Normative => "规范性文件",
        PolicyKind.Policy => "政策文件",
        _ => "内部管理制度",
    };

    public static string StatusName(PolicyStatus s) => s switch
    {
        PolicyStatus.Draft => "草稿",
        PolicyStatus.Pending => "待施行",
        PolicyStatus.InForce => "现行有效",
        PolicyStatus.Revised => "已修订",
        PolicyStatus.Repealed => "已废止",
        _ => "已失效",
    };

    /// <summary>Last day in force: the stated expiry, or for a normative document the validity period from its effective date.</summary>
    public static DateOnly? ExpiryDate(PolicyDocument d, int validityYears) =>
        d.ExpiresOn ?? (d.Kind == PolicyKind.Normative && d.EffectiveFrom is { } from ? from.AddYears(validityYears).AddDays(-1) : null);

    public static PolicyStatus Status(PolicyDocument d, DateOnly today, DateOnly? replacementInForceFrom, int validityYears)
    {
        if (d.RepealedOn is { } repealed && repealed <= today)
        {
            return PolicyStatus.Repealed;
        }
        if (replacementInForceFrom is { } replaced && replaced <= today)
        {
            return PolicyStatus.Revised;
        }
        if (d.PublishedOn is null || d.EffectiveFrom is null)
        {
            return PolicyStatus.Draft;
        }
        if (today < d.EffectiveFrom)
        {
            return PolicyStatus.Pending;
        }
        return ExpiryDate(d, validityYears) is { } expiry && expiry < today ? PolicyStatus.Expired : PolicyStatus.InForce;
    }

    /// <summary>In force and expiring within the lead time: the issuing office must evaluate it (继续有效、修订或废止).</summary>
    public static bool ReviewDue(PolicyStatus status, DateOnly? expiry, DateOnly today, int leadMonths) =>
        status == PolicyStatus.InForce && expiry is { } e && e <= today.AddMonths(leadMonths);

    /// <summary>May a parameter value cite the document? Only while it is (or is about to be) in force.</summary>
    public static bool Citable(PolicyStatus s) => s is PolicyStatus.InForce or PolicyStatus.Pending;
}
