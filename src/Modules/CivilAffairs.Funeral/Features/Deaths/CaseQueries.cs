using System.Globalization;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.Deaths;

/// <summary>Cases of the homes in my jurisdiction: the clerk's list and one case (ID numbers masked).</summary>
internal sealed class CaseQueries(FuneralDb db, IDivisionDirectory divisions, ICurrentUser user)
{
    public static string SexName(Sex s) => s == Sex.Male ? "男" : "女";

    public static string StatusName(CaseStatus s) => s switch
    {
        CaseStatus.Recorded => "待火化",
        CaseStatus.Cremated => "已火化",
        _ => "已结案",
    };

    public static string PlaceName(DeathPlace p) => p switch
    {
        DeathPlace.Hospital => "医院",
        DeathPlace.Home => "家中",
        _ => "其他",
    };

    public async Task<CasePage> ListAsync(CaseSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var q = db.Cases.AsNoTracking();
        if (s.Home is { } home)
        {
            q = q.Where(c => c.HomeId == home);
        }
        if (s.Claim is { } claim)
        {
            q = q.Where(c => c.ClaimId == claim);
        }
        if (Enum.TryParse<CaseStatus>(s.Status, true, out var status))
        {
            q = q.Where(c => c.Status == status);
        }
        if (DateOnly.TryParseExact((s.Month ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            var end = month.AddMonths(1);
            q = q.Where(c => c.DiedOn >= month && c.DiedOn < end);
        }
        var text = (s.Q ?? "").Trim().ToUpperInvariant();
        if (text.Length > 0)
        {
            q = q.Where(c => c.IdNumber == text || c.Name == text || c.CremationCertificateNumber == text || c.DeathCertificateNumber == text);
        }
        var counts = await q.GroupBy(c => c.Status).Select(g => new { g.Key, N = g.Count(), W = g.Sum(c => c.WaiverAmount) }).ToListAsync(ct);
        var total = counts.Sum(c => c.N);
        var size = Math.Clamp(s.PageSize ?? 50, 1, 500);
        var page = Math.Max(1, s.Page ?? 1);
        var rows = await q.OrderByDescending(c => c.DiedOn).ThenByDescending(c => c.RecordedAtUtc).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var pending = await db.DeathNotices.AsNoTracking().Where(n => ids.Contains(n.CaseId) && n.DispatchedAtUtc == null).Select(n => n.CaseId).ToListAsync(ct);
        var homes = await HomeNamesAsync(ct);
        var items = rows.Select(c => new CaseListItem(c.Id, homes.GetValueOrDefault(c.HomeId, ""), Masking.IdNumber(c.IdNumber), Masking.Name(c.Name),
            SexName(c.Sex), IdNumber.AgeOn(c.BirthDate, c.DiedOn), c.DiedOn, c.DiedInShenzhen, c.IsShenzhenHukou, StatusName(c.Status), c.CrematedOn,
            c.CremationCertificateNumber, c.ChargedTotal, c.WaiverAmount, c.SelfPay, c.ClaimId is not null, pending.Contains(c.Id))).ToList();
        int Count(CaseStatus st) => counts.Where(x => x.Key == st).Sum(x => x.N);
        return new CasePage(total, page, size, Count(CaseStatus.Recorded), Count(CaseStatus.Cremated), Count(CaseStatus.Closed),
            counts.Sum(x => x.W), items);
    }

    public async Task<CaseView> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Services).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var home = await db.Homes.AsNoTracking().FirstAsync(h => h.Id == c.HomeId, ct);
        var notices = await db.DeathNotices.AsNoTracking().Where(n => n.CaseId == id).OrderBy(n => n.CreatedAtUtc).ToListAsync(ct);
        var claim = c.ClaimId is { } claimId ? await db.Claims.AsNoTracking().FirstOrDefaultAsync(x => x.Id == claimId, ct) : null;
        var hukouName = await divisions.FullNameAsync(c.HukouDivisionCode, ct);
        return new CaseView(c.Id, c.HomeId, home.Name, Masking.IdNumber(c.IdNumber), c.Name, SexName(c.Sex), c.BirthDate, IdNumber.AgeOn(c.BirthDate, c.DiedOn),
            c.HukouDivisionCode, string.IsNullOrEmpty(hukouName) ? c.HukouDivisionCode : hukouName, c.IsShenzhenHukou, c.DiedOn, c.Place.ToString(),
            c.PlaceText, c.DiedInShenzhen, c.DeathCertificateNumber, c.Status.ToString(), c.CrematedOn, c.CremationCertificateNumber, c.InvoiceNumbers,
            c.Services.OrderBy(s => s.Order).Select(s => new ServiceView(s.ItemCode, s.Name, s.Quantity, s.UnitPrice, s.Charged, s.Standard, s.Waived)).ToList(),
            c.ChargedTotal, c.WaiverEligible, c.WaiverReason, c.WaiverAmount, c.SelfPay, c.WaiverCap, c.WaiverCapFrom, c.WaiverBasis, c.ClaimId,
            claim?.Status.ToString(), notices.Select(DeathNotices.View).ToList(), c.RecordedBy, c.RecordedAtUtc,
            user.Has(Permissions.FuneralRecord) && c.Status != CaseStatus.Closed && c.ClaimId is null);
    }

    public Task<Dictionary<Guid, string>> HomeNamesAsync(CancellationToken ct) =>
        db.Homes.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(h => h.Id, h => h.Name, ct);
}
