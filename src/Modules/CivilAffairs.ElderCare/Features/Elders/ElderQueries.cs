using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Elders;

/// <summary>
/// The elders list and page. Personal data is read live from the registry; only the profile and
/// assessments are ours. Without a profile filter the list pages over the registry; with one it pages
/// over the profiles and looks those people up in the registry.
/// </summary>
internal sealed class ElderQueries(ElderCareDb db, IElderDirectory elders, IDivisionDirectory divisions, ElderFacts facts,
    IEnumerable<IElderServiceSource> sources, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<ElderList> ListAsync(ElderSearch s, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var size = Math.Clamp(s.PageSize ?? 50, 1, MaxPageSize);
        var page = Math.Max(s.Page ?? 1, 1);
        var (people, total) = await PeopleAsync(s, today, (page - 1) * size, size, ct);
        var ids = people.Select(p => p.PersonId).ToList();
        var profiles = await db.Profiles.AsNoTracking().Where(p => ids.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, ct);
        var names = await DivisionNamesAsync(people.Select(p => p.DivisionCode), ct);
        var rows = people.Select(p => Row(p, profiles.GetValueOrDefault(p.PersonId), names, today)).ToList();
        return new ElderList(total, page, size, await CountsAsync(s.Division, today, ct), rows);
    }

    /// <summary>Every match (for the export), at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<ElderRow>> AllAsync(ElderSearch s, int max, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var (people, _) = await PeopleAsync(s, today, 0, max, ct);
        var profiles = new Dictionary<Guid, ElderProfile>();
        foreach (var chunk in people.Select(p => p.PersonId).Chunk(500))
        {
            foreach (var p in await db.Profiles.AsNoTracking().Where(p => chunk.Contains(p.PersonId)).ToListAsync(ct))
            {
                profiles[p.PersonId] = p;
            }
        }
        var names = await DivisionNamesAsync(people.Select(p => p.DivisionCode), ct);
        return people.Select(p => Row(p, profiles.GetValueOrDefault(p.PersonId), names, today)).ToList();
    }

    private async Task<(IReadOnlyList<ElderInfo> People, int Total)> PeopleAsync(ElderSearch s, DateOnly today, int skip, int take, CancellationToken ct)
    {
        var (min, max) = Band(s.AgeBand);
        if (!s.ByProfile)
        {
            return await elders.QueryAsync(new ElderQuery(today, min, max, Blank(s.Division), s.Hukou, Blank(s.Q), skip, take), ct);
        }
        var profiles = ProfileFilter(db.Profiles.AsNoTracking(), s, today);
        if (Blank(s.Division) is { } prefix)
        {
            profiles = profiles.Where(p => p.DivisionCode.StartsWith(prefix));
        }
        var idNumbers = await profiles.Select(p => p.IdNumber).ToListAsync(ct);
        var found = await elders.FindAsync(idNumbers, ct);
        var term = Blank(s.Q);
        var matching = found.Values
            .Where(p => p.AgeOn(today) >= min && (max is null || p.AgeOn(today) <= max))
            .Where(p => s.Hukou is null || p.IsShenzhenHukou == s.Hukou)
            .Where(p => Blank(s.Division) is not { } d || p.DivisionCode.StartsWith(d, StringComparison.Ordinal))
            .Where(p => term is null || p.Name.Contains(term, StringComparison.Ordinal) || p.IdNumber.StartsWith(term, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.BirthDate).ThenBy(p => p.PersonId).ToList();
        return (matching.Skip(skip).Take(take).ToList(), matching.Count);
    }

    internal static IQueryable<ElderProfile> ProfileFilter(IQueryable<ElderProfile> q, ElderSearch s, DateOnly today)
    {
        if (s.Living is { } living)
        {
            q = q.Where(p => p.Living == living);
        }
        if (s.Level == "None")
        {
            q = q.Where(p => p.CareLevel == null);
        }
        else if (Enum.TryParse<CareLevel>(s.Level, out var level))
        {
            q = q.Where(p => p.CareLevel == level);
        }
        if (s.Due == true)
        {
            q = q.Where(p => p.NextAssessmentOn != null && p.NextAssessmentOn <= today);
        }
        if (s.Priority == true)
        {
            q = q.Where(p => p.LostOnlyChild || p.ThreeNo || p.Entitled || p.OnlyChildDisabled);
        }
        return q;
    }

    private async Task<ElderCounts> CountsAsync(string? division, DateOnly today, CancellationToken ct)
    {
        var q = db.Profiles.AsNoTracking();
        if (Blank(division) is { } prefix)
        {
            q = q.Where(p => p.DivisionCode.StartsWith(prefix));
        }
        var c = await q.GroupBy(_ => 1).Select(g => new
        {
            All = g.Count(),
            Alone = g.Count(p => p.Living == LivingSituation.Alone),
            Empty = g.Count(p => p.Living == LivingSituation.EmptyNest),
            Lost = g.Count(p => p.LostOnlyChild),
            Due = g.Count(p => p.NextAssessmentOn != null && p.NextAssessmentOn <= today),
        }).FirstOrDefaultAsync(ct);
        return c is null ? new ElderCounts(0, 0, 0, 0, 0) : new ElderCounts(c.All, c.Alone, c.Empty, c.Lost, c.Due);
    }

    public async Task<ElderDetail> GetAsync(Guid personId, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var p = await elders.GetAsync(personId, ct);
        if (p is null || p.AgeOn(today) < 60)
        {
            throw new NotFoundException("老年人不存在或不在您的辖区内");
        }
        var fact = await facts.GetAsync(p.IdNumber, today, ct);
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(x => x.PersonId == personId, ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.CreatedAtUtc).ToListAsync(ct);
        var services = new List<ServiceLine>();
        foreach (var source in sources)
        {
            services.AddRange((await source.ForPersonAsync(personId, p.IdNumber, ct)).Select(x => new ServiceLine(x.Area, x.Title, x.Detail, x.Since, x.Until, x.Href)));
        }
        var divisionName = await divisions.FullNameAsync(p.DivisionCode, ct);
        return new ElderDetail(p.PersonId, Masking.IdNumber(p.IdNumber), p.Name, p.Male ? "男" : "女", p.BirthDate, p.AgeOn(today), p.DivisionCode,
            divisionName, p.IsShenzhenHukou, p.HukouDivisionCode, p.HouseholdSize, AssistanceNames(fact?.Assistance ?? AssistanceStatus.None),
            ToView(profile), assessments.Select(ToView).ToList(), services, profile?.NextAssessmentOn is { } n && n <= today);
    }

    internal static IReadOnlyList<string> AssistanceNames(AssistanceStatus s)
    {
        var names = new List<string>();
        if (s.HasFlag(AssistanceStatus.Dibao)) { names.Add("低保"); }
        if (s.HasFlag(AssistanceStatus.LowIncome)) { names.Add("低收入"); }
        if (s.HasFlag(AssistanceStatus.ExtremePoverty)) { names.Add("特困"); }
        return names;
    }

    internal static ProfileView ToView(ElderProfile? p) => p is null
        ? new ProfileView(nameof(LivingSituation.Unknown), Barthel.LivingName(LivingSituation.Unknown), false, false, false, false, null, null,
            Barthel.LevelName(null), null, null, false, null, 0, false)
        : new ProfileView(p.Living.ToString(), Barthel.LivingName(p.Living), p.LostOnlyChild, p.OnlyChildDisabled, p.ThreeNo, p.Entitled,
            p.DisabilityGrade, p.CareLevel?.ToString(), Barthel.LevelName(p.CareLevel), p.AssessedOn, p.NextAssessmentOn, p.CareDiagnosisCertified,
            p.Note, p.Version, true);

    internal static AssessmentView ToView(ElderAssessment a) => new(a.Id, a.AssessedOn, a.Total, a.Level.ToString(), Barthel.LevelName(a.Level),
        new Dictionary<string, int>
        {
            ["feeding"] = a.Feeding, ["bathing"] = a.Bathing, ["grooming"] = a.Grooming, ["dressing"] = a.Dressing, ["bowels"] = a.Bowels,
            ["bladder"] = a.Bladder, ["toilet"] = a.Toilet, ["transfers"] = a.Transfers, ["mobility"] = a.Mobility, ["stairs"] = a.Stairs,
        },
        a.Assessor, a.Organisation, a.DiagnosisCertified, a.NextAssessmentOn, a.ParametersUsed, a.Note, a.CreatedBy);

    private static ElderRow Row(ElderInfo p, ElderProfile? f, IReadOnlyDictionary<string, string> names, DateOnly today)
    {
        var statuses = new List<string>();
        if (f is not null)
        {
            if (f.LostOnlyChild) { statuses.Add("失独"); }
            if (f.ThreeNo) { statuses.Add("三无"); }
            if (f.Entitled) { statuses.Add("优抚"); }
            if (f.OnlyChildDisabled) { statuses.Add("子女残疾"); }
            if (f.DisabilityGrade is { } g) { statuses.Add($"残疾{g}级"); }
        }
        return new ElderRow(p.PersonId, Masking.IdNumber(p.IdNumber), p.Name, p.Male ? "男" : "女", p.AgeOn(today), p.DivisionCode,
            names.GetValueOrDefault(p.DivisionCode), p.IsShenzhenHukou, Barthel.LivingName(f?.Living ?? LivingSituation.Unknown), statuses,
            f?.CareLevel?.ToString(), Barthel.LevelName(f?.CareLevel), f?.NextAssessmentOn, f?.NextAssessmentOn is { } n && n <= today);
    }

    private async Task<IReadOnlyDictionary<string, string>> DivisionNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var names = new Dictionary<string, string>();
        foreach (var code in codes.Distinct())
        {
            if (await divisions.FindAsync(code, null, ct) is { } d)
            {
                names[code] = d.Name;
            }
        }
        return names;
    }

    internal static (int Min, int? Max) Band(int? band) => band switch
    {
        70 => (70, 79),
        80 => (80, 89),
        90 => (90, 99),
        100 => (100, null),
        60 => (60, 69),
        _ => (60, null),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
