using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Cases;

/// <summary>The station's list of people in care and one case with everything that happened to it.</summary>
internal sealed class CaseQueries(RescueDb db, IDivisionDirectory divisions, ParameterStore parameters, ITemporaryAssistanceReferrals referrals, TimeProvider clock)
{
    public static string SexName(Sex s) => s switch { Sex.Male => "男", Sex.Female => "女", _ => "未知" };

    public static string ReasonName(ExtensionReason r) => r switch
    {
        ExtensionReason.AwaitingPickup => "等待亲属接领",
        ExtensionReason.MedicalTreatment => "治疗",
        _ => "等待安置",
    };

    public static string HandOverName(HandOverKind k) => k switch
    {
        HandOverKind.Relative => "亲属接回",
        HandOverKind.Guardian => "监护人接回",
        HandOverKind.SentHome => "购票返乡",
        _ => "自行离站",
    };

    public static string ReferralStatusName(string s) => s switch
    {
        "Pending" => "街道受理中",
        "AwaitingDistrict" => "待区审批",
        "Approved" => "已批准",
        "Refused" => "不予救助",
        _ => s,
    };

    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToLocal(utc));

    public async Task<CasePage> ListAsync(CaseSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var today = ChinaTime.Today(clock);
        var q = db.Cases.AsNoTracking();
        if (Enum.TryParse<RescueCaseStatus>(s.Status, true, out var status))
        {
            q = q.Where(c => c.Status == status);
        }
        if (Enum.TryParse<CareCategory>(s.Category, true, out var category))
        {
            q = q.Where(c => c.Category == category);
        }
        if (Enum.TryParse<Sex>(s.Sex, true, out var sex))
        {
            q = q.Where(c => c.Sex == sex);
        }
        var ended = new[] { RescueCaseStatus.Returned, RescueCaseStatus.Placed, RescueCaseStatus.HukouSettled, RescueCaseStatus.Closed, RescueCaseStatus.LeftOnOwn };
        if (s.InCare == true || s.Overdue == true)
        {
            q = q.Where(c => !ended.Contains(c.Status));
        }
        if (s.FoundFrom is { } from)
        {
            var f = Utc(from);
            q = q.Where(c => c.FoundAtUtc >= f);
        }
        if (s.FoundTo is { } to)
        {
            var t = Utc(to.AddDays(1));
            q = q.Where(c => c.FoundAtUtc < t);
        }
        var text = (s.Q ?? "").Trim();
        if (text.Length > 0)
        {
            q = q.Where(c => c.CaseNumber == text.ToUpperInvariant() || c.Name == text);
        }
        // a station holds hundreds, not millions: stay arithmetic runs in memory on the filtered rows
        var rows = await q.Select(c => new
        {
            c.Id, c.CaseNumber, c.DivisionCode, c.Name, c.IdNumber, c.Sex, c.EstimatedAge, c.BirthDate, c.Category, c.CategoryConfirmedBy, c.Status, c.FoundAtUtc, c.FoundPlace,
            c.AdmittedAtUtc, c.LeftAtUtc, c.ClosedAtUtc, c.StayNormDays, c.RoomId,
        }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var ext = await db.Extensions.AsNoTracking().Where(e => ids.Contains(e.CaseId) && e.Status != ExtensionStatus.Refused)
            .Select(e => new { e.CaseId, e.Status, e.Days }).ToListAsync(ct);
        var rooms = await db.Rooms.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(r => r.Id, r => r.Code, ct);
        // the street where found, not the place text: a dozen codes, looked up once each
        var streets = new Dictionary<string, string>();
        foreach (var code in rows.Select(r => r.DivisionCode).Distinct())
        {
            streets[code] = (await divisions.FindAsync(code, null, ct))?.Name ?? code;
        }
        var items = rows.Select(c =>
        {
            var inCare = !ended.Contains(c.Status);
            var approved = ext.Where(e => e.CaseId == c.Id && e.Status == ExtensionStatus.Approved).Sum(e => e.Days);
            var stay = StayRules.Position(Day(c.AdmittedAtUtc), inCare ? today : Day(c.LeftAtUtc ?? c.ClosedAtUtc ?? c.AdmittedAtUtc), c.StayNormDays, approved, inCare);
            var age = c.BirthDate is { } b ? IdNumber.AgeOn(b, today).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : c.EstimatedAge is { } e ? "约" + e.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            return new CaseListItem(c.Id, c.CaseNumber, Masking.Name(c.Name), Masking.IdNumber(c.IdNumber), SexName(c.Sex), age, c.Category.ToString(),
                c.CategoryConfirmedBy is not null, c.Status.ToString(), CaseTransitions.StatusName(c.Status), Day(c.FoundAtUtc), streets[c.DivisionCode],
                Day(c.AdmittedAtUtc), stay.DaysInCare, stay.AllowedDays, stay.Overdue, ext.Any(e => e.CaseId == c.Id && e.Status == ExtensionStatus.Requested),
                c.RoomId is { } r ? rooms.GetValueOrDefault(r) : null);
        }).ToList();
        var counts = new CaseCounts(items.Count(i => !ended.Contains(Enum.Parse<RescueCaseStatus>(i.Status))), items.Count(i => i.Overdue),
            items.Count(i => i.Status == nameof(RescueCaseStatus.LongStay)), items.Count(i => i.Category == nameof(CareCategory.Minor)
                && !ended.Contains(Enum.Parse<RescueCaseStatus>(i.Status))), items.Count(i => i.ExtensionPending),
            items.Count(i => i.Status == nameof(RescueCaseStatus.Returned)));
        if (s.Overdue == true)
        {
            items = items.Where(i => i.Overdue).ToList();
        }
        var size = Math.Clamp(s.PageSize ?? 50, 1, 500);
        var page = Math.Max(1, s.Page ?? 1);
        // overdue first, then the longest stays: what the clerk must act on today
        var ordered = items.OrderByDescending(i => !ended.Contains(Enum.Parse<RescueCaseStatus>(i.Status))).ThenByDescending(i => i.Overdue).ThenByDescending(i => i.DaysInCare).ThenByDescending(i => i.CaseNumber, StringComparer.Ordinal);
        return new CasePage(items.Count, page, size, counts, ordered.Skip((page - 1) * size).Take(size).ToList());
    }

    public async Task<CaseView> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var today = ChinaTime.Today(clock);
        var limits = await AgeLimitsAsync(today, c.DivisionCode, ct);
        var belongings = await db.Belongings.AsNoTracking().Where(b => b.CaseId == id).OrderBy(b => b.RegisteredAtUtc).ToListAsync(ct);
        var photos = await db.Photos.AsNoTracking().Where(p => p.CaseId == id).OrderByDescending(p => p.IsPrimary).ThenBy(p => p.TakenAtUtc)
            .Select(p => new PhotoView(p.Id, p.ContentType, p.IsPrimary, p.TakenAtUtc)).ToListAsync(ct);
        var ext = await db.Extensions.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.RequestedAtUtc).ToListAsync(ct);
        var medical = await db.MedicalReferrals.AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.SentOn).ToListAsync(ct);
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.CaseId == id).OrderBy(t => t.IssuedAtUtc).ToListAsync(ct);
        var hand = await db.HandOvers.AsNoTracking().Where(h => h.CaseId == id).OrderByDescending(h => h.RecordedAtUtc).FirstOrDefaultAsync(ct);
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.AtUtc).ToListAsync(ct);
        var room = c.RoomId is { } rid ? await db.Rooms.AsNoTracking().IgnoreQueryFilters().Where(r => r.Id == rid).Select(r => r.Code).FirstOrDefaultAsync(ct) : null;
        var norm = await parameters.FindAsync(CaseParameters.StayNormDays, Day(c.AdmittedAtUtc), c.DivisionCode, ct);
        var approvedDays = ext.Where(e => e.Status == ExtensionStatus.Approved).Sum(e => e.Days);
        var pos = StayRules.Position(Day(c.AdmittedAtUtc), c.InCare ? today : Day(c.LeftAtUtc ?? c.ClosedAtUtc ?? c.AdmittedAtUtc), c.StayNormDays, approvedDays, c.InCare);
        var stay = new StayView(pos.DaysInCare, c.StayNormDays, approvedDays, pos.AllowedDays, pos.DueOn, pos.Overdue, norm?.LegalBasis ?? "");
        int? age = c.BirthDate is { } b ? IdNumber.AgeOn(b, today) : c.EstimatedAge;
        ReferralView? referral = null;
        if (c.AssistanceReferredAtUtc is not null && await referrals.FindAsync(c.CaseNumber, ct) is { } r)
        {
            referral = new ReferralView(r.CaseId, r.Status, ReferralStatusName(r.Status), r.ApprovedAmount, c.AssistanceReferredAtUtc);
        }
        var divisionName = await divisions.FullNameAsync(c.DivisionCode, ct);
        return new CaseView(c.Id, c.CaseNumber, c.Status.ToString(), CaseTransitions.StatusName(c.Status), c.Name, Masking.IdNumber(c.IdNumber), SexName(c.Sex), age,
            c.BirthDate is null, c.HeightCm, c.Build, c.Accent, c.Health, c.MentalState, c.IntellectualState, c.Clothing, c.PhysicalFeatures, c.ObservedDisabled,
            c.ObservedMentalIllness, c.ObservedSick, c.Category.ToString(), CaseRules.CategoryName(c.Category), c.SuggestedCategory.ToString(), c.CategoryConfirmedBy,
            CaseRules.IsVulnerable(c.Category, age, limits), c.DivisionCode, string.IsNullOrEmpty(divisionName) ? c.DivisionCode : divisionName, c.FoundPlace,
            c.FoundAtUtc, c.FoundBy.ToString(), c.FoundByUnit, c.PoliceEscorted, CaseRules.PoliceMustEscort(c.Category, c.ObservedDisabled), c.AdmittedAtUtc,
            c.IntakeBy, c.RoomId, room, stay, c.PlacementInstitution, c.PlacedOn, c.HukouSettledOn, c.HukouApprovedBy, c.ClosureReason, c.LeftAtUtc, c.ClosedAtUtc,
            CaseTransitions.Next(c.Status).Select(x => x.ToString()).ToList(),
            belongings.Select(x => new BelongingView(x.Id, x.Item, x.Quantity, x.Note, x.ReturnedAtUtc, x.ReturnSigned)).ToList(), photos,
            ext.Select(e => new ExtensionView(e.Id, e.Reason.ToString(), ReasonName(e.Reason), e.Days, e.Note, e.Status.ToString(), e.RequestedBy, e.RequestedAtUtc,
                e.DecidedBy, e.DecidedAtUtc)).ToList(),
            medical.Select(m => new MedicalView(m.Id, m.Hospital, m.Reason, m.SentOn, m.ReturnedOn, m.Outcome)).ToList(),
            tickets.Select(t => new TicketView(t.Id, t.Destination, t.Mode.ToString(), t.TravelOn, t.Fare, t.Escort, t.IssuedBy)).ToList(),
            hand is null ? null : new HandOverView(hand.Kind.ToString(), HandOverName(hand.Kind), hand.ReceiverName, hand.Relationship,
                Masking.IdNumber(hand.ReceiverIdNumber), hand.HandedOverOn, hand.RecordedBy),
            referral, events.Select(e => new EventView(e.AtUtc, e.By, e.What, e.Detail)).ToList(), c.Version);
    }

    public async Task<AgeLimits> AgeLimitsAsync(DateOnly on, string division, CancellationToken ct)
    {
        var p = await parameters.FindManyAsync([CaseParameters.MinorAge, CaseParameters.ElderlyAge], on, division, ct);
        if (!p.TryGetValue(CaseParameters.MinorAge, out var minor) || !p.TryGetValue(CaseParameters.ElderlyAge, out var elderly))
        {
            throw new BusinessRuleException($"参数 {CaseParameters.MinorAge} / {CaseParameters.ElderlyAge} 在 {on:yyyy-MM-dd} 未设置取值");
        }
        return new AgeLimits(int.Parse(minor.Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(elderly.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Midnight China time of a civil date, in UTC.</summary>
    public static DateTime Utc(DateOnly d) => DateTime.SpecifyKind(d.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);
}
