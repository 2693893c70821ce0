namespace CivilAffairs.Community.Domain;

/// <summary>Pure rules of honours and work methods.</summary>
internal static class HonourRules
{
    /// <summary>Revoked stays revoked; a designation past its valid-until date is 期满 even if nobody changed it.</summary>
    public static HonourStatus EffectiveStatus(HonourStatus stored, DateOnly? validUntil, DateOnly today) =>
        stored == HonourStatus.Revoked ? HonourStatus.Revoked
        : validUntil is { } v && v < today ? HonourStatus.Expired
        : HonourStatus.Valid;

    /// <summary>The review falls due within <paramref name="noticeDays"/> (or is past) while the designation is in force.</summary>
    public static bool ReviewDue(HonourStatus effective, DateOnly? reviewOn, DateOnly today, int noticeDays) =>
        effective == HonourStatus.Valid && reviewOn is { } r && r <= today.AddDays(noticeDays);

    /// <summary>Default review date: the award date plus the review cycle.</summary>
    public static DateOnly DefaultReview(DateOnly awardedOn, int years) => awardedOn.AddYears(years);

    /// <summary>A work method moves forward only: 草稿 → 推荐 → 入选; a selected method may be sent back to 推荐.</summary>
    public static bool CanMove(MethodStatus from, MethodStatus to) => (from, to) switch
    {
        (MethodStatus.Draft, MethodStatus.Recommended) => true,
        (MethodStatus.Recommended, MethodStatus.Selected) => true,
        (MethodStatus.Recommended, MethodStatus.Draft) => true,
        (MethodStatus.Selected, MethodStatus.Recommended) => true,
        _ => false,
    };

    public static IReadOnlyList<string> SplitTags(string? tags) =>
        (tags ?? "").Split(['、', ',', '，', ';', '；', ' ', '#'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length <= 20).Distinct(StringComparer.Ordinal).Take(10).ToList();

    public static string Name(HonourKind k) => k switch
    {
        HonourKind.Honour => "荣誉",
        HonourKind.Pilot => "试点",
        HonourKind.ExperimentZone => "实验区",
        _ => k.ToString(),
    };

    public static string Name(HonourStatus s) => s switch
    {
        HonourStatus.Valid => "有效",
        HonourStatus.Expired => "期满",
        HonourStatus.Revoked => "撤销",
        _ => s.ToString(),
    };

    public static string Name(MethodStatus s) => s switch
    {
        MethodStatus.Draft => "草稿",
        MethodStatus.Recommended => "推荐",
        MethodStatus.Selected => "入选",
        _ => s.ToString(),
    };

    public static string LevelName(string divisionCode) => divisionCode.Length switch
    {
        6 => "区",
        9 => "街道",
        12 => "社区",
        _ => "市",
    };
}
