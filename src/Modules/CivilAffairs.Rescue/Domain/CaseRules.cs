namespace CivilAffairs.Rescue.Domain;

/// <summary>What a classification suggestion looks at.</summary>
/// <param name="Age">From the ID number, else the estimated age; null when unknown.</param>
internal sealed record ClassificationFacts(int? Age, bool Disabled, bool MentalIllness, bool Sick);

/// <summary>The age limits in force (parameters rescue.age.minor and rescue.age.elderly).</summary>
internal sealed record AgeLimits(int MinorUnder, int ElderlyFrom);

/// <summary>
/// Classification and the care rules that follow from it (办法 arts 5, 7, 11; rules §4.1). The
/// station suggests a category, staff confirm it; the hand-over rule looks at the age as well, so
/// a child wrongly confirmed as "ordinary" still cannot leave alone.
/// </summary>
internal static class CaseRules
{
    /// <summary>The first category that applies, in the order of how much protection it calls for.</summary>
    public static CareCategory Suggest(ClassificationFacts f, AgeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(limits);
        if (f.Age is { } a && a < limits.MinorUnder)
        {
            return CareCategory.Minor;
        }
        if (f.Age is { } b && b >= limits.ElderlyFrom)
        {
            return CareCategory.Elderly;
        }
        if (f.Disabled)
        {
            return CareCategory.Disabled;
        }
        if (f.MentalIllness)
        {
            return CareCategory.MentallyIll;
        }
        return f.Sick ? CareCategory.Sick : CareCategory.Ordinary;
    }

    /// <summary>Minors, older, disabled and mentally ill people are handed only to relatives or guardians.</summary>
    public static bool IsVulnerableCategory(CareCategory c) =>
        c is CareCategory.Minor or CareCategory.Elderly or CareCategory.Disabled or CareCategory.MentallyIll;

    /// <summary>The category as confirmed, or an age that makes the person a minor or elderly whatever was confirmed.</summary>
    public static bool IsVulnerable(CareCategory confirmed, int? age, AgeLimits limits) =>
        IsVulnerableCategory(confirmed) || age is { } a && (a < limits.MinorUnder || a >= limits.ElderlyFrom);

    /// <summary>Police must escort these to the station (办法 art. 5); intake records whether they did.</summary>
    public static bool PoliceMustEscort(CareCategory c, bool mobilityProblem) => IsVulnerableCategory(c) || mobilityProblem;

    /// <summary>Whether a hand-over of this kind is allowed for the person.</summary>
    public static string? HandOverRefusal(HandOverKind kind, bool vulnerable) => kind switch
    {
        HandOverKind.Relative or HandOverKind.Guardian => null,
        _ when vulnerable => "未成年人、老年人、残疾人和精神障碍患者只能交由其亲属或监护人接领，不能自行离站或交由他人",
        _ => null,
    };

    public static string CategoryName(CareCategory c) => c switch
    {
        CareCategory.Minor => "未成年人",
        CareCategory.Elderly => "老年人",
        CareCategory.Disabled => "残疾人",
        CareCategory.MentallyIll => "精神障碍患者",
        CareCategory.Sick => "患病人员",
        _ => "一般受助人员",
    };
}

/// <summary>How a person leaves the station.</summary>
internal enum HandOverKind
{
    /// <summary>亲属接回.</summary>
    Relative,

    /// <summary>监护人接回 (guardian, incl. a welfare institution acting as guardian).</summary>
    Guardian,

    /// <summary>购票返乡: an adult who is not vulnerable travels home on a ticket from the station.</summary>
    SentHome,

    /// <summary>自行离站.</summary>
    SelfLeave,
}

/// <summary>
/// The case-state transitions of the casework actions, in one place (rules §4.2 inferred states).
/// The family-search track between Registered and FamilyVerification is moved by <see cref="RescueCase.Advance"/>.
/// </summary>
internal static class CaseTransitions
{
    private static readonly RescueCaseStatus[] SearchTrack =
    [
        RescueCaseStatus.Registered, RescueCaseStatus.Identifying, RescueCaseStatus.NoticePublished, RescueCaseStatus.DnaComparing,
        RescueCaseStatus.SuspectedMatch, RescueCaseStatus.FamilyVerification,
    ];

    private static readonly Dictionary<RescueCaseStatus, RescueCaseStatus[]> Allowed = new()
    {
        [RescueCaseStatus.Registered] = [RescueCaseStatus.Identifying, RescueCaseStatus.Returned, RescueCaseStatus.LeftOnOwn, RescueCaseStatus.LongStay],
        [RescueCaseStatus.Identifying] = [RescueCaseStatus.Returned, RescueCaseStatus.LeftOnOwn, RescueCaseStatus.LongStay],
        [RescueCaseStatus.NoticePublished] = [RescueCaseStatus.Returned, RescueCaseStatus.LeftOnOwn, RescueCaseStatus.LongStay],
        [RescueCaseStatus.DnaComparing] = [RescueCaseStatus.Returned, RescueCaseStatus.LeftOnOwn, RescueCaseStatus.LongStay],
        [RescueCaseStatus.SuspectedMatch] = [RescueCaseStatus.Returned, RescueCaseStatus.LeftOnOwn, RescueCaseStatus.LongStay],
        [RescueCaseStatus.FamilyVerification] = [RescueCaseStatus.Returned, RescueCaseStatus.LeftOnOwn, RescueCaseStatus.LongStay],
        // a long-stay person may still be found by the family, or leave; else is placed in an institution
        [RescueCaseStatus.LongStay] = [RescueCaseStatus.Placed, RescueCaseStatus.Returned, RescueCaseStatus.LeftOnOwn],
        [RescueCaseStatus.Placed] = [RescueCaseStatus.HukouSettled, RescueCaseStatus.Returned],
        [RescueCaseStatus.Returned] = [RescueCaseStatus.Closed],
        [RescueCaseStatus.HukouSettled] = [RescueCaseStatus.Closed],
        [RescueCaseStatus.LeftOnOwn] = [RescueCaseStatus.Closed],
        [RescueCaseStatus.Closed] = [],
    };

    public static bool OnSearchTrack(RescueCaseStatus s) => SearchTrack.Contains(s);

    public static bool CanMove(RescueCaseStatus from, RescueCaseStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    public static IReadOnlyList<RescueCaseStatus> Next(RescueCaseStatus from) => Allowed.GetValueOrDefault(from, []);

    /// <summary>Moves the case or refuses with the reason a clerk understands.</summary>
    public static void Move(RescueCase c, RescueCaseStatus to)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!CanMove(c.Status, to))
        {
            throw new Platform.Http.BusinessRuleException($"案件当前状态为“{StatusName(c.Status)}”，不能转为“{StatusName(to)}”");
        }
        c.Status = to;
        c.Version++;
    }

    public static string StatusName(RescueCaseStatus s) => s switch
    {
        RescueCaseStatus.Registered => "受助登记",
        RescueCaseStatus.Identifying => "身份甄别中",
        RescueCaseStatus.NoticePublished => "寻亲公告已发布",
        RescueCaseStatus.DnaComparing => "DNA比对中",
        RescueCaseStatus.SuspectedMatch => "疑似匹配",
        RescueCaseStatus.FamilyVerification => "亲属核验",
        RescueCaseStatus.Returned => "返乡/接回",
        RescueCaseStatus.LongStay => "滞留",
        RescueCaseStatus.Placed => "安置",
        RescueCaseStatus.HukouSettled => "落户",
        RescueCaseStatus.Closed => "结案",
        _ => "自行离站",
    };
}

/// <summary>Where a stay stands against the norm and the approved extensions.</summary>
internal sealed record StayPosition(int DaysInCare, int AllowedDays, DateOnly DueOn, bool Overdue);

/// <summary>
/// Stay arithmetic (实施细则 arts 11–12: assistance normally lasts no more than the norm, extended
/// while waiting for pick-up, treatment or settlement). The admission day counts as day 1.
/// </summary>
internal static class StayRules
{
    /// <param name="until">Today while in care, else the day the person left.</param>
    public static StayPosition Position(DateOnly admittedOn, DateOnly until, int normDays, int approvedExtensionDays, bool inCare)
    {
        var days = Math.Max(1, until.DayNumber - admittedOn.DayNumber + 1);
        var allowed = normDays + approvedExtensionDays;
        var due = admittedOn.AddDays(allowed - 1);
        return new StayPosition(days, allowed, due, inCare && days > allowed);
    }
}
