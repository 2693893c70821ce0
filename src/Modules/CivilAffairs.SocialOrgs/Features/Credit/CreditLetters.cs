using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Credit;

/// <summary>
/// Registered letters to the registered address. Each time a letter is logged as returned unsigned the
/// unreachable check runs: a pair within the window lists the organization (both letters as the
/// basis); otherwise the letter keeps the explanation why not.
/// </summary>
internal sealed class CreditLetters(SocialOrgsDb db, CreditListing listing, OrgAccess access, ICurrentUser user, TimeProvider clock, Numbers numbers)
{
    public async Task<IReadOnlyList<CreditLetterView>> ListAsync(string? creditCode, CancellationToken ct)
    {
        var q = from l in db.CreditLetters.AsNoTracking()
                join o in db.Organizations.AsNoTracking() on l.OrganizationId equals o.Id
                select new { L = l, o.Name };
        if (creditCode?.Trim().ToUpperInvariant() is { Length: > 0 } c)
        {
            q = q.Where(x => x.L.CreditCode == c);
        }
        var rows = await q.OrderByDescending(x => x.L.SentOn).ThenByDescending(x => x.L.Number).Take(300).ToListAsync(ct);
        return rows.Select(x => View(x.L, x.Name)).ToList();
    }

    public async Task<CreditLetterResult> AddAsync(CreditLetterRequest r, CancellationToken ct)
    {
        RequireWrite();
        var today = ChinaTime.Today(clock);
        var e = new FieldErrors();
        var code = (r.CreditCode ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0) { e.Add("creditCode", "请填写统一社会信用代码。"); }
        var tracking = (r.TrackingNumber ?? "").Trim().ToUpperInvariant();
        if (tracking.Length < 6 || tracking.Length > 32) { e.Add("trackingNumber", "请填写挂号信单号（6–32位）。"); }
        if (r.SentOn is null) { e.Add("sentOn", "请填写寄出日期。"); }
        else if (r.SentOn > today) { e.Add("sentOn", "寄出日期不能晚于今天。"); }
        CheckReturned(e, r.SentOn, r.ReturnedUnsignedOn, today);
        if (r.Note?.Trim() is { Length: > 500 }) { e.Add("note", "备注不超过500字。"); }
        e.ThrowIfAny();
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.CreditCode == code, ct)
            ?? throw new FieldValidationException("creditCode", "未找到该统一社会信用代码的社会组织（或不在您的管辖范围内）。");
        access.EnsureAuthorityFor(org);
        if (await db.CreditLetters.AnyAsync(l => l.OrganizationId == org.Id && l.TrackingNumber == tracking, ct))
        {
            throw new FieldValidationException("trackingNumber", "该挂号信已登记。");
        }
        var letter = new CreditLetter
        {
            Number = await numbers.NextAsync("CL", today.Year, ct), OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode,
            TrackingNumber = tracking, SentOn = r.SentOn!.Value, ReturnedUnsignedOn = r.ReturnedUnsignedOn, Note = r.Note?.Trim(),
            RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CreditLetters.Add(letter);
        return await CheckAsync(org, letter, ct);
    }

    public async Task<CreditLetterResult> ReturnedAsync(Guid id, CreditLetterReturnRequest r, CancellationToken ct)
    {
        RequireWrite();
        var letter = await db.CreditLetters.FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("挂号信记录不存在或不在您的管辖范围内");
        var org = await access.GetAsync(letter.OrganizationId, ct);
        access.EnsureAuthorityFor(org);
        var e = new FieldErrors();
        if (r.ReturnedUnsignedOn is null) { e.Add("returnedUnsignedOn", "请填写退回日期。"); }
        CheckReturned(e, letter.SentOn, r.ReturnedUnsignedOn, ChinaTime.Today(clock));
        e.ThrowIfAny();
        letter.ReturnedUnsignedOn = r.ReturnedUnsignedOn;
        letter.Version++;
        return await CheckAsync(org, letter, ct);
    }

    private async Task<CreditLetterResult> CheckAsync(SocialOrganization org, CreditLetter letter, CancellationToken ct)
    {
        if (letter.ReturnedUnsignedOn is null)
        {
            letter.Verdict = "已寄出，尚未退回；退回未签收时请登记退回日期。";
            await db.SaveChangesAsync(ct);
            return new CreditLetterResult(View(letter, org.Name), false, null, letter.Verdict);
        }
        var others = await db.CreditLetters.Where(l => l.OrganizationId == org.Id && l.Id != letter.Id).ToListAsync(ct);
        var facts = others.Append(letter).Select(l => new LetterFact(l.Number, l.TrackingNumber, l.SentOn, l.ReturnedUnsignedOn)).ToList();
        var rules = await listing.RulesAsync(org, letter.SentOn, ct);
        var verdict = CreditRules.CheckLetters(facts, rules.LetterMin, rules.LetterMax);
        string? entryNumber = null;
        if (verdict.Listable)
        {
            var first = verdict.First!;
            var second = verdict.Second!;
            var entry = await listing.PlaceAsync(org, CreditList.Abnormal, CreditTrigger.Unreachable,
                $"通过登记的住所无法取得联系：挂号信{first.TrackingNumber}（{first.SentOn:yyyy-MM-dd}寄出，{first.ReturnedUnsignedOn:yyyy-MM-dd}退回）、{second.TrackingNumber}（{second.SentOn:yyyy-MM-dd}寄出，{second.ReturnedUnsignedOn:yyyy-MM-dd}退回）均未签收，间隔{verdict.GapDays}天",
                $"{first.Number}+{second.Number}", second.ReturnedUnsignedOn!.Value, ct);
            entryNumber = entry.Number;
            foreach (var l in others.Append(letter).Where(l => l.Number == first.Number || l.Number == second.Number))
            {
                l.EntryNumber = entry.Number;
            }
        }
        letter.Verdict = verdict.Explanation + $"（间隔规定{rules.LetterMin}–{rules.LetterMax}天，参数自{rules.EffectiveFrom:yyyy-MM-dd}）";
        if (letter.Verdict.Length > 500)
        {
            letter.Verdict = letter.Verdict[..500];
        }
        await db.SaveChangesAsync(ct);
        return new CreditLetterResult(View(letter, org.Name), verdict.Listable, entryNumber, letter.Verdict);
    }

    private static void CheckReturned(FieldErrors e, DateOnly? sent, DateOnly? returned, DateOnly today)
    {
        if (returned is { } back && (back < sent || back > today))
        {
            e.Add("returnedUnsignedOn", "退回日期应在寄出日期与今天之间。");
        }
    }

    private void RequireWrite()
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("只有社会组织登记管理员可以登记挂号信");
        }
    }

    private static CreditLetterView View(CreditLetter l, string name) =>
        new(l.Id, l.Number, l.OrganizationId, name, l.CreditCode, l.TrackingNumber, l.SentOn, l.ReturnedUnsignedOn, l.Note, l.Verdict, l.EntryNumber, l.RecordedBy);
}
