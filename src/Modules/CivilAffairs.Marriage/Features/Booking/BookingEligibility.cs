using System.Text.RegularExpressions;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>A party after validation, with the hukou district the rules use.</summary>
internal sealed record CheckedParty(IdNumberInfo Id, string Name, string Phone, string HukouDistrict, string? PermitDistrict);

/// <summary>
/// Everything that must hold before a slot is taken: valid parties, legal age on the session
/// date, an office that serves one party's hukou (or the 居住证 pilot), nobody recorded as
/// married for a marriage, the divorce cooling-off timeline, and the no-show suspension.
/// Ineligibility is a 400 with the reasons; the slot is never touched.
/// </summary>
internal sealed partial class BookingEligibility(MarriageDb db, MarriagePolicyReader policies, EligibilityFacts known, TimeProvider clock)
{
    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();

    public async Task<(CheckedParty A, CheckedParty? B)> CheckAsync(BookAppointmentRequest r, Session session, MarriageOffice office, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var a = Validate(r.PartyA, "partyA", today, errors, required: true);
        var b = Validate(r.PartyB, "partyB", today, errors, required: MarriageNames.NeedsBoth(r.ServiceType));
        errors.ThrowIfAny();
        var ids = new List<string> { a!.Id.Normalized };
        if (b is not null)
        {
            ids.Add(b.Id.Normalized);
        }
        var noShowPolicy = await policies.NoShowAsync(today, session.DivisionCode, ct);
        // registry facts and no-show history come from a reader shared by all concurrent bookings (one query for many)
        var knownFacts = await known.GetAsync(ids, today.AddDays(-noShowPolicy.WindowDays), ct);
        var facts = knownFacts.Residents;
        a = WithHukou(a, facts);
        b = b is null ? null : WithHukou(b, facts);

        var reasons = new List<string>();
        var served = office.Served.Select(s => s.DivisionCode).ToHashSet();
        if (await policies.ResidencePermitPilotAsync(session.Date, office.DivisionCode, ct))
        {
            // the pilot lets a Shenzhen 居住证 stand in for hukou at the permit's district
            served.UnionWith(new[] { a, b }.Where(p => p?.PermitDistrict is { } d && served.Contains(d)).Select(p => p!.HukouDistrict));
        }
        var policy = await policies.MarriageAsync(session.Date, office.DivisionCode, ct);
        switch (r.ServiceType)
        {
            case ServiceType.Marriage:
                reasons.AddRange(MarriageRules.MarriageRefusals(ToParty(a), ToParty(b!), session.Date, policy, served));
                foreach (var (p, who) in new[] { (a, "甲方"), (b!, "乙方") })
                {
                    if (facts.TryGetValue(p.Id.Normalized, out var f) && MaritalStatusNames.IsMarried(f.MaritalStatus))
                    {
                        reasons.Add($"{who}婚姻状况登记为{MaritalStatusNames.Of(f.MaritalStatus)}，不能办理结婚登记（《民法典》第一千零五十一条）");
                    }
                }
                break;
            case ServiceType.Divorce:
                if (a.Id.Normalized == b!.Id.Normalized)
                {
                    reasons.Add("双方身份证号码相同，请核对");
                }
                else if (!policy.AnyOffice && !served.Contains(a.HukouDistrict) && !served.Contains(b.HukouDistrict))
                {
                    reasons.Add("双方户籍均不在本登记处受理范围内，请到一方常住户口所在地的婚姻登记机关办理（《婚姻登记条例》第十条）");
                }
                reasons.AddRange(await DivorceTimelineRefusals(a.Id.Normalized, b.Id.Normalized, session.Date, ct));
                break;
            default:
                if (!policy.AnyOffice && !served.Contains(a.HukouDistrict) && (b is null || !served.Contains(b.HukouDistrict)))
                {
                    reasons.Add("户籍不在本登记处受理范围内，请到户籍所在地的婚姻登记机关办理");
                }
                break;
        }
        reasons.AddRange(NoShowRefusals(ids, noShowPolicy, today, knownFacts.NoShows));
        if (reasons.Count > 0)
        {
            throw new FieldValidationException("eligibility", string.Join("；", reasons));
        }
        return (a, b);
    }

    private static Party ToParty(CheckedParty p) => new(p.Id, p.HukouDistrict);

    private static CheckedParty WithHukou(CheckedParty p, IReadOnlyDictionary<string, ResidentFacts> facts) =>
        p.HukouDistrict.Length > 0 ? p
        : p with { HukouDistrict = facts.TryGetValue(p.Id.Normalized, out var f) && f.HukouDivisionCode is { Length: >= 6 } h ? h[..6] : p.Id.AddressCode };

    private static CheckedParty? Validate(PartyInput? input, string prefix, DateOnly today, FieldErrors errors, bool required)
    {
        if (input is null || string.IsNullOrWhiteSpace(input.IdNumber) && string.IsNullOrWhiteSpace(input.Name))
        {
            if (required)
            {
                errors.Add(prefix + ".idNumber", prefix == "partyA" ? "请填写甲方身份证号码" : "结婚、离婚登记须双方预约，请填写乙方信息");
            }
            return null;
        }
        IdNumber.TryParse(input.IdNumber, today, null, out var id, out var idError);
        if (id is null)
        {
            errors.Add(prefix + ".idNumber", idError ?? "身份证号码无效");
        }
        var name = (input.Name ?? "").Trim();
        if (name.Length is < 2 or > 30)
        {
            errors.Add(prefix + ".name", "请填写与身份证一致的姓名（2至30字）");
        }
        var phone = (input.Phone ?? "").Trim();
        if (!MobilePattern().IsMatch(phone))
        {
            errors.Add(prefix + ".phone", "请填写11位手机号码（用于接收预约短信）");
        }
        var hukou = DivisionCodes.Normalize(input.HukouDivisionCode ?? "");
        if (!string.IsNullOrWhiteSpace(input.HukouDivisionCode) && hukou is not { Length: >= 6 })
        {
            errors.Add(prefix + ".hukouDivisionCode", "户籍地区划代码无效（须到区县）");
        }
        var permit = DivisionCodes.Normalize(input.ResidencePermitDivisionCode ?? "");
        return id is null ? null : new CheckedParty(id, name, phone, hukou is { Length: >= 6 } ? hukou[..6] : "", permit is { Length: >= 6 } ? permit[..6] : null);
    }

    private async Task<List<string>> DivorceTimelineRefusals(string a, string b, DateOnly date, CancellationToken ct)
    {
        var pending = await db.Divorces.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Status == DivorceStatus.CoolingOff
                && ((d.PartyAIdNumber == a && d.PartyBIdNumber == b) || (d.PartyAIdNumber == b && d.PartyBIdNumber == a)))
            .OrderByDescending(d => d.AppliedOn).FirstOrDefaultAsync(ct);
        if (pending is null)
        {
            return [];
        }
        if (date < pending.EarliestRegistrationOn)
        {
            return [$"离婚冷静期尚未届满，请预约{pending.EarliestRegistrationOn:yyyy年M月d日}及以后的场次（《民法典》第一千零七十七条）"];
        }
        return pending.LapsesAfter is { } lapse && date > lapse
            ? [$"已超过申请发给离婚证的期限（{lapse:yyyy年M月d日}），离婚登记申请视为撤回"]
            : [];
    }

    private static List<string> NoShowRefusals(List<string> ids, NoShowPolicy p, DateOnly today, IReadOnlyList<NoShowRow> noShows)
    {
        if (p.Limit <= 0)
        {
            return [];
        }
        var reasons = new List<string>();
        foreach (var id in ids)
        {
            var mine = noShows.Where(n => n.PartyAIdNumber == id || n.PartyBIdNumber == id).Select(n => n.Date).OrderBy(d => d).ToList();
            if (mine.Count >= p.Limit && mine[^1].AddDays(p.BanDays) >= today)
            {
                reasons.Add($"身份证号{Masking.IdNumber(id)}近{p.WindowDays}天内爽约{mine.Count}次，{mine[^1].AddDays(p.BanDays + 1):yyyy年M月d日}前暂停预约");
            }
        }
        return reasons;
    }
}
