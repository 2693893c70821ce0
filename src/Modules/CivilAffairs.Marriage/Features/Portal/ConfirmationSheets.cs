using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Portal;

/// <summary>A text message the booking sent, with the phones it went to masked (the same text to both parties is one entry).</summary>
internal sealed record SentSms(IReadOnlyList<string> Phones, string Text, DateTime CreatedAtUtc);

/// <summary>Everything the confirmation page and the printed sheet show about one booking.</summary>
internal sealed record BookingDetails(AppointmentView View, OfficeView Office, IReadOnlyList<string> Documents, string DocumentsBasis,
    IReadOnlyList<SentSms> Sms);

/// <summary>The 预约确认单: on screen and as a PDF. Reads go through the bookings' query filter (404 for others).</summary>
internal sealed class ConfirmationSheets(MarriageDb db, AppointmentQueries queries, PortalSessions sessions, MarriagePolicyReader policies, TimeProvider clock)
{
    public async Task<BookingDetails> DetailsAsync(string code, CancellationToken ct)
    {
        var view = await queries.GetAsync(code, ct);
        var office = await sessions.OfficeAsync(view.OfficeId, ct);
        var policy = await policies.MarriageAsync(view.Date, office.DivisionCode, ct);
        var pilot = await policies.ResidencePermitPilotAsync(view.Date, office.DivisionCode, ct);
        var (documents, basis) = WhatToBring.For(view.ServiceType, policy.AnyOffice, pilot);
        var topic = "appointment:" + view.Code;
        var sms = await db.Sms.AsNoTracking().Where(s => s.Topic == topic).OrderByDescending(s => s.CreatedAtUtc)
            .Select(s => new { s.Phone, s.Text, s.CreatedAtUtc }).Take(10).ToListAsync(ct);
        var messages = sms.GroupBy(s => s.Text)
            .Select(g => new SentSms(g.Select(s => Masking.Phone(s.Phone)).Distinct().ToList(), g.Key, g.Max(s => s.CreatedAtUtc)))
            .OrderByDescending(m => m.CreatedAtUtc).ToList();
        return new BookingDetails(view, office, documents, basis, messages);
    }

    public async Task<(string FileName, byte[] Content)> RenderAsync(string code, CancellationToken ct)
    {
        var details = await DetailsAsync(code, ct);
        return ($"marriage-booking-{details.View.Code}.pdf", ConfirmationPdf.Render(details, ChineseNow()));
    }

    private DateTime ChineseNow() => ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
}
