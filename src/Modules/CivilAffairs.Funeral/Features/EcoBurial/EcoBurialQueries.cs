using System.Globalization;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>The list (scoped by the query filter; personal data masked) and one application in full for its office.</summary>
internal sealed class EcoBurialQueries(FuneralDb db, ICurrentUser user)
{
    public const int PageSize = 30;

    public async Task<EcoBurialList> ListAsync(EcoBurialQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var query = db.EcoBurials.AsNoTracking();
        if (Enum.TryParse<BurialType>(q.Type, true, out var type))
        {
            query = query.Where(a => a.BurialType == type);
        }
        if (TryMonth(q.Month, out var from))
        {
            var to = from.AddMonths(1);
            query = query.Where(a => a.AcceptedOn >= from && a.AcceptedOn < to);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim().ToUpperInvariant();
            query = query.Where(a => a.Number == t || a.CertificateNumber == t || a.DeceasedIdNumber == t);
        }
        var counts = (await query.GroupBy(a => a.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key.ToString(), x => x.N);
        if (Enum.TryParse<EcoBurialStatus>(q.Status, true, out var status))
        {
            query = query.Where(a => a.Status == status);
        }
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var rows = await query.OrderByDescending(a => a.AcceptedOn).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new
            {
                a.Id, a.Number, a.Status, a.BurialType, a.DeceasedName, a.DeceasedIdNumber, a.ShenzhenHukou, a.AcceptedOn, a.BurialDate,
                Companions = a.Companions.Count, a.RewardAmount, a.ApplicantName, a.BankAccount, a.DivisionCode,
            })
            .ToListAsync(ct);
        var items = rows.Select(a => new EcoBurialRow(a.Id, a.Number, a.Status, a.BurialType, Masking.Name(a.DeceasedName), Masking.IdNumber(a.DeceasedIdNumber),
            a.ShenzhenHukou, a.AcceptedOn, a.BurialDate, a.Companions, a.RewardAmount, Masking.Name(a.ApplicantName), Masking.BankAccount(a.BankAccount),
            a.DivisionCode)).ToList();
        return new EcoBurialList(total, page, PageSize, counts, items);
    }

    public async Task<EcoBurialView> GetAsync(Guid id, CancellationToken ct)
    {
        var a = await db.EcoBurials.AsNoTracking().Include(x => x.Companions).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var ev = a.SeaBurialEventId is { } eid ? await db.SeaBurialEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid, ct) : null;
        var manage = user.Has(Permissions.FuneralManage);
        var home = await (from c in db.Cases.AsNoTracking()
                          join h in db.Homes.AsNoTracking() on c.HomeId equals h.Id
                          where c.IdNumber == a.DeceasedIdNumber
                          select new { c.Id, h.Name, c.CremationCertificateNumber, c.CrematedOn }).FirstOrDefaultAsync(ct);
        return new EcoBurialView(a.Id, a.Number, a.Status, EcoBurialNames.Status(a.Status), a.BurialType, EcoBurialRules.TypeName(a.BurialType),
            a.DivisionCode, a.DeceasedName, Masking.IdNumber(a.DeceasedIdNumber), a.HukouDivisionCode, a.ShenzhenHukou, a.DateOfDeath,
            a.CertificateNumber, a.ApplicantName, Masking.IdNumber(a.ApplicantIdNumber), Masking.Phone(a.ApplicantPhone), a.Relationship, a.PowerOfAttorney,
            a.BankName, Masking.BankAccount(a.BankAccount), a.OrganisedByCivilAffairs, a.BurialDate, a.CemeteryName, a.SeaBurialEventId,
            ev is null ? null : EventLabel(ev), a.Companions.Select(c => new CompanionView(c.Name, Masking.IdNumber(c.IdNumber))).ToList(),
            a.ExtraSeats, a.ExtraSeatFee, a.SeatBasis, EcoBurialPapers.For(a, a.Companions.Count), a.AcceptedOn, a.AcceptedBy,
            a.RewardAmount, a.RewardReason, a.RewardBasis, a.DecidedOn, a.DecidedBy, a.RejectReason, a.PaymentBatchId, a.PaidOn,
            manage && a.Status == EcoBurialStatus.Submitted,
            (manage || user.Has(Permissions.FuneralRecord)) && a.Status == EcoBurialStatus.Submitted && a.BurialType == BurialType.Sea && a.SeaBurialEventId is null,
            home is null ? null : new FuneralHomeRecord(home.Id, home.Name, home.CremationCertificateNumber, home.CrematedOn,
                string.Equals(home.CremationCertificateNumber, a.CertificateNumber.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    public static string EventLabel(SeaBurialEvent e) =>
        $"第 {e.Sequence} 期 {e.Date:yyyy-MM-dd} {e.Vessel}（{EcoBurialNames.Event(e.Status)}）";

    public static bool TryMonth(string? value, out DateOnly first)
    {
        if (DateOnly.TryParseExact((value ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            return true;
        }
        first = default;
        return false;
    }
}
