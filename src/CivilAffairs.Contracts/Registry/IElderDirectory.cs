namespace CivilAffairs.Contracts.Registry;

/// <summary>A living resident aged 60 or more, as the elderly-care module sees them. Age is derived from the birth date.</summary>
/// <param name="IdNumber">Resident ID number; never log it, mask it in lists.</param>
/// <param name="Name">Full name; never log it.</param>
/// <param name="DivisionCode">Residence community or street.</param>
/// <param name="HukouDivisionCode">户籍地 division code, when known.</param>
public sealed record ElderInfo(Guid PersonId, string IdNumber, string Name, bool Male, DateOnly BirthDate, string DivisionCode,
    bool IsShenzhenHukou, string? HukouDivisionCode, Guid? HouseholdId, int HouseholdSize, string? Address)
{
    /// <summary>Full years of age on <paramref name="on"/> (a 29 February birthday counts from 1 March in common years).</summary>
    public int AgeOn(DateOnly on) => Age(BirthDate, on);

    /// <summary>Full years on <paramref name="on"/>. A person born on 29 February reaches a new year on 1 March in common years.</summary>
    public static int Age(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        return on < BirthdayIn(birth, on.Year) ? age - 1 : age;
    }

    /// <summary>The day a person born on <paramref name="birth"/> reaches <paramref name="years"/> (29 February → 1 March in common years).</summary>
    public static DateOnly Reaches(DateOnly birth, int years) => BirthdayIn(birth, birth.Year + years);

    private static DateOnly BirthdayIn(DateOnly birth, int year) =>
        birth.Month == 2 && birth.Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, birth.Month, birth.Day);
}

/// <summary>Filters for <see cref="IElderDirectory.QueryAsync"/>.</summary>
/// <param name="AsOf">The day the ages are computed for.</param>
/// <param name="DivisionPrefix">Residence division code prefix (inside the caller's jurisdiction).</param>
/// <param name="ShenzhenHukou">true: 户籍 only; false: non-户籍 only; null: both.</param>
/// <param name="Search">Name or ID-number fragment.</param>
public sealed record ElderQuery(DateOnly AsOf, int MinAge = 60, int? MaxAge = null, string? DivisionPrefix = null, bool? ShenzhenHukou = null,
    string? Search = null, int Skip = 0, int Take = 50);

/// <summary>A count of elders in one district and age band.</summary>
/// <param name="DistrictCode">6-digit district code.</param>
/// <param name="AgeBand">Lower bound of the band: 60, 70, 80, 90 or 100 (100 and over).</param>
public sealed record ElderCount(string DistrictCode, int AgeBand, bool IsShenzhenHukou, int Count);

/// <summary>
/// Implemented by Registry: residents aged 60+ read from the registry on demand, so the elderly-care
/// module keeps no copy of their personal data. The registry's jurisdiction filter applies; people
/// who have died are left out.
/// </summary>
public interface IElderDirectory
{
    /// <summary>One page of elders matching the query, oldest first, and how many match in all.</summary>
    Task<(IReadOnlyList<ElderInfo> Items, int Total)> QueryAsync(ElderQuery query, CancellationToken ct = default);

    /// <summary>The living residents with these ID numbers (any age) in the caller's jurisdiction; unknown numbers are absent.</summary>
    Task<IReadOnlyDictionary<string, ElderInfo>> FindAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct = default);

    /// <summary>The living resident (any age) in the caller's jurisdiction, or null.</summary>
    Task<ElderInfo?> GetAsync(Guid personId, CancellationToken ct = default);

    /// <summary>Counts by district, age band and 户籍, for residents at least <paramref name="minAge"/> on <paramref name="asOf"/>.</summary>
    Task<IReadOnlyList<ElderCount>> CountAsync(DateOnly asOf, string? divisionPrefix = null, int minAge = 60, CancellationToken ct = default);

    /// <summary>Living Shenzhen-户籍 residents born between the two dates (inclusive), e.g. everyone who turns 60 in a window.</summary>
    Task<IReadOnlyList<ElderInfo>> ShenzhenHukouBornBetweenAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}
