using CivilAffairs.Platform.Values;

namespace CivilAffairs.Governance.Features.Experts;

/// <summary>An expert of the pool for major administrative decisions (重大行政决策咨询论证专家库).</summary>
internal sealed class Expert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string Employer { get; set; } = "";

    /// <summary>职称, e.g. 教授、高级社会工作师.</summary>
    public string Title { get; set; } = "";

    /// <summary>Fields of expertise separated by 、.</summary>
    public string Fields { get; set; } = "";

    [PersonalData(MaskKind.Phone)]
    public string? Phone { get; set; }

    public bool Active { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }
}

internal enum ConflictSource
{
    Declared,
    Found,
}

/// <summary>An interest an expert has in a party (an organization, a bidder, a subsidised institution): declared or found.</summary>
internal sealed class ExpertConflict
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ExpertId { get; set; }

    /// <summary>The party (organization or person in public capacity) the expert is connected with.</summary>
    public string Party { get; set; } = "";

    public string Reason { get; set; } = "";

    public ConflictSource Source { get; set; }

    public DateOnly RecordedOn { get; set; }

    public string RecordedBy { get; set; } = "";
}

internal enum ConsultationStatus
{
    Open,
    Concluded,
}

/// <summary>A consultation (咨询论证) on a major decision: the experts invited, their opinions, the conclusion.</summary>
internal sealed class Consultation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public string Topic { get; set; } = "";

    /// <summary>Parties whose interests the decision touches, separated by 、: an expert conflicted with one cannot be invited.</summary>
    public string Parties { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public ConsultationStatus Status { get; set; }

    public string? Conclusion { get; set; }

    public DateOnly? ConcludedOn { get; set; }

    /// <summary>The minimum-experts parameter used at conclusion: value and basis.</summary>
    public string? RuleUsed { get; set; }

    public string CreatedBy { get; set; } = "";

    public int Version { get; set; }

    public List<ConsultationExpert> Experts { get; set; } = [];
}

internal sealed class ConsultationExpert
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ConsultationId { get; set; }

    public Guid ExpertId { get; set; }

    public string? Opinion { get; set; }

    public string InvitedBy { get; set; } = "";
}

internal static class ExpertRules
{
    public static IReadOnlyList<string> Split(string? list) =>
        (list ?? "").Split(['、', '，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The expert's conflicts that touch the consultation: the party is one of its parties, or is named in its topic.</summary>
    public static IReadOnlyList<ExpertConflict> Conflicting(IEnumerable<ExpertConflict> conflicts, string parties, string topic)
    {
        var names = Split(parties);
        return conflicts.Where(c => names.Contains(c.Party) || topic.Contains(c.Party, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Enough experts gave an opinion to conclude.</summary>
    public static bool EnoughOpinions(int opinions, int minimum) => opinions >= minimum;
}
