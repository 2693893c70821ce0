using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Meals;

/// <summary>One meal as entered at the counter or read from an upload row (card or ID number identifies the elder).</summary>
internal sealed record MealInput(int Row, string InstitutionCode, string? Card, string? IdNumber, DateOnly Date, int Minute, MealKind Meal);

/// <summary>A refused row: where (row number in the file, column name) and why, in Chinese; no personal data.</summary>
public sealed record MealRowError(int Row, string Column, string Message);

internal sealed record MealIngestResult(int Rows, int Accepted, int Duplicates, IReadOnlyList<MealRowError> Errors, IReadOnlyList<MealRecord> Records);

/// <summary>
/// The one path every meal record takes (counter, upload, demo data, the 1M benchmark): enrolments,
/// rates and the day's earlier meals are loaded once into dictionaries, each meal's group, subsidy
/// and flags are computed in memory, and the batch is written in one transaction (binary COPY on
/// PostgreSQL). Settlement then only sums what was stored here.
/// </summary>
internal sealed class MealIngest(ElderCareDb db, ParameterStore parameters, WorkingDayCalendar calendar, ICurrentUser user, TimeProvider clock)
{
    private readonly record struct Enrolled(Guid Id, string Card, string IdNumber, MealGroup Group, MealEnrolmentStatus Status, DateOnly? StoppedOn,
        string? Hukou, DateOnly ValidFrom);

    private readonly record struct Earlier(Guid? EnrolmentId, string PersonKey, string InstitutionCode, DateOnly MealDate, MealKind Meal, int ServedMinute);

    // above this many distinct cards one scan of the table is cheaper than IN lists
    private const int LoadAllAbove = 4000;

    public async Task<MealIngestResult> IngestAsync(IReadOnlyList<MealInput> rows, MealRecordSource source, Guid? uploadId, CancellationToken ct,
        object? alongside = null)
    {
        var errors = new List<MealRowError>();
        if (rows.Count == 0)
        {
            await MealRecordWriter.WriteAsync(db, [], ct, alongside is null ? null : [alongside]);
            return new MealIngestResult(0, 0, 0, errors, []);
        }
        var codes = rows.Select(r => r.InstitutionCode).Distinct().ToList();
        // the filtered set: a provider reaches only its own canteen, staff only their jurisdiction
        var canteens = await db.Institutions.AsNoTracking().Where(i => codes.Contains(i.Code) && i.Kind == InstitutionKind.MealProvider)
            .ToDictionaryAsync(i => i.Code, ct);
        var minDate = rows.Min(r => r.Date);
        var maxDate = rows.Max(r => r.Date);
        var locked = (await db.MealSettlements.IgnoreQueryFilters().AsNoTracking()
                .Where(s => codes.Contains(s.InstitutionCode) && s.Month >= MealEnrolments.MonthStart(minDate) && s.Month <= maxDate && s.Status != MealSettlementStatus.Returned)
                .Select(s => new { s.InstitutionCode, s.Month }).ToListAsync(ct))
            .Select(s => (s.InstitutionCode, s.Month)).ToHashSet();
        var (byCard, byId) = await LoadEnrolmentsAsync(rows, ct);
        var days = await calendar.GetAsync(ct);
        var rates = new Dictionary<(string, DateOnly), MealRate>();
        async Task<MealRate> RateAsync(string district, DateOnly date)
        {
            if (!rates.TryGetValue((district, date), out var rate))
            {
                rate = MealRate.From(await parameters.FindManyAsync(MealParameters.Keys, date, district, ct), district, date);
                rates[(district, date)] = rate;
            }
            return rate;
        }

        // the day's earlier meals, any canteen: the per-day limit, the duplicate window and the natural key
        var earlier = await db.MealRecords.IgnoreQueryFilters().AsNoTracking().Where(r => r.MealDate >= minDate && r.MealDate <= maxDate)
            .Select(r => new Earlier(r.EnrolmentId, r.PersonKey, r.InstitutionCode, r.MealDate, r.Meal, r.ServedMinute)).ToListAsync(ct);
        var keys = new HashSet<(string, DateOnly, MealKind, string)>();
        var day = new Dictionary<(Guid, DateOnly), List<(int Minute, MealKind Meal)>>();
        foreach (var e in earlier)
        {
            keys.Add((e.InstitutionCode, e.MealDate, e.Meal, e.PersonKey));
            if (e.EnrolmentId is { } id)
            {
                Day(day, id, e.MealDate).Add((e.ServedMinute, e.Meal));
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var records = new List<MealRecord>(rows.Count);
        var duplicates = 0;
        foreach (var r in rows.OrderBy(r => r.Date).ThenBy(r => r.Minute).ThenBy(r => r.Row))
        {
            if (!canteens.TryGetValue(r.InstitutionCode, out var canteen))
            {
                errors.Add(new(r.Row, "助餐点", "助餐点不存在或不在您的管辖范围内"));
                continue;
            }
            if (r.Date > today)
            {
                errors.Add(new(r.Row, "就餐日期", "就餐日期不能晚于今天"));
                continue;
            }
            if (locked.Contains((r.InstitutionCode, MealEnrolments.MonthStart(r.Date))))
            {
                errors.Add(new(r.Row, "就餐日期", "该月已提交结算，记录已锁定"));
                continue;
            }
            Enrolled? en = null;
            string personKey;
            if (!string.IsNullOrWhiteSpace(r.Card))
            {
                if (!byCard.TryGetValue(r.Card.Trim(), out var c))
                {
                    errors.Add(new(r.Row, "助餐卡号", "助餐卡号不存在"));
                    continue;
                }
                en = c;
                personKey = c.Card;
            }
            else
            {
                var id = r.IdNumber?.Trim().ToUpperInvariant() ?? "";
                if (!IdNumber.TryParse(id, today, null, out _, out var idError))
                {
                    errors.Add(new(r.Row, "身份证号码", id.Length == 0 ? "须填写助餐卡号或身份证号码" : idError ?? "身份证号码无效"));
                    continue;
                }
                en = byId.TryGetValue(id, out var c) ? c : null;
                personKey = en?.Card ?? id;
            }
            if (!keys.Add((r.InstitutionCode, r.Date, r.Meal, personKey)))
            {
                duplicates++;
                continue;
            }
            var district = canteen.DivisionCode[..6];
            var rate = await RateAsync(district, r.Date);
            var group = en is { } x && r.Date >= x.ValidFrom ? x.Group : (MealGroup?)null;
            int before = 0;
            int? gap = null;
            List<(int Minute, MealKind Meal)>? mine = null;
            if (en is { } y)
            {
                mine = Day(day, y.Id, r.Date);
                foreach (var m in mine)
                {
                    if (rate.Subsidised.Contains(m.Meal))
                    {
                        before++;
                    }
                    var g = Math.Abs(r.Minute - m.Minute);
                    gap = gap is null || g < gap ? g : gap;
                }
            }
            var (subsidy, flags) = MealRules.Compute(
                new MealFacts(group, en?.Status, en?.StoppedOn, en?.Hukou, district, r.Date, r.Meal, days.IsWorkingDay(r.Date), before, gap), rate);
            mine?.Add((r.Minute, r.Meal));
            records.Add(new MealRecord
            {
                InstitutionCode = canteen.Code, DivisionCode = canteen.DivisionCode, PersonKey = personKey, EnrolmentId = en?.Id, MealDate = r.Date,
                ServedMinute = r.Minute, Meal = r.Meal, Group = group, Subsidy = subsidy, Flags = flags, RuleKey = rate.Key, Source = source,
                UploadId = uploadId, RecordedBy = user.UserName, RecordedAtUtc = now,
            });
        }
        await MealRecordWriter.WriteAsync(db, records, ct, alongside is null ? null : [alongside]);
        return new MealIngestResult(rows.Count, records.Count, duplicates, errors.OrderBy(e => e.Row).ToList(), records);
    }

    private static List<(int, MealKind)> Day(Dictionary<(Guid, DateOnly), List<(int, MealKind)>> day, Guid id, DateOnly date)
    {
        if (!day.TryGetValue((id, date), out var list))
        {
            day[(id, date)] = list = new List<(int, MealKind)>(2);
        }
        return list;
    }

    private async Task<(Dictionary<string, Enrolled> ByCard, Dictionary<string, Enrolled> ById)> LoadEnrolmentsAsync(IReadOnlyList<MealInput> rows, CancellationToken ct)
    {
        var cards = rows.Where(r => !string.IsNullOrWhiteSpace(r.Card)).Select(r => r.Card!.Trim()).Distinct().ToList();
        var ids = rows.Where(r => string.IsNullOrWhiteSpace(r.Card) && !string.IsNullOrWhiteSpace(r.IdNumber))
            .Select(r => r.IdNumber!.Trim().ToUpperInvariant()).Distinct().ToList();
        // an elder eats wherever they like: enrolments are read as facts across jurisdictions, never listed to the provider
        var all = db.MealEnrolments.IgnoreQueryFilters().AsNoTracking();
        var found = new List<Enrolled>();
        if (cards.Count + ids.Count > LoadAllAbove)
        {
            found.AddRange(await Project(all).ToListAsync(ct));
        }
        else
        {
            foreach (var chunk in cards.Chunk(1000))
            {
                found.AddRange(await Project(all.Where(e => chunk.Contains(e.CardNumber))).ToListAsync(ct));
            }
            foreach (var chunk in ids.Chunk(1000))
            {
                found.AddRange(await Project(all.Where(e => chunk.Contains(e.IdNumber))).ToListAsync(ct));
            }
        }
        var byCard = new Dictionary<string, Enrolled>(StringComparer.Ordinal);
        var byId = new Dictionary<string, Enrolled>(StringComparer.Ordinal);
        foreach (var e in found)
        {
            byCard[e.Card] = e;
            byId[e.IdNumber] = e;
        }
        return (byCard, byId);
    }

    private static IQueryable<Enrolled> Project(IQueryable<MealEnrolment> q) =>
        q.Select(e => new Enrolled(e.Id, e.CardNumber, e.IdNumber, e.Group, e.Status, e.StoppedOn, e.HukouDistrictCode, e.ValidFrom));
}
