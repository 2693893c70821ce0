using CivilAffairs.Marriage.Features.Booking;

namespace CivilAffairs.Marriage.Features.Portal;

/// <summary>One party as typed into the portal's booking form (kept as typed when the booking is refused).</summary>
public sealed class PortalParty
{
    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    /// <summary>现户籍地 county code when it differs from the ID's address code.</summary>
    public string? HukouDivisionCode { get; set; }

    /// <summary>The district of a Shenzhen 居住证.</summary>
    public string? PermitDistrict { get; set; }
}

internal static class PortalParties
{
    /// <summary>An empty party stays null, so that an optional party B is simply absent.</summary>
    public static PartyInput? ToInput(PortalParty p) =>
        string.IsNullOrWhiteSpace(p.IdNumber) && string.IsNullOrWhiteSpace(p.Name) && string.IsNullOrWhiteSpace(p.Phone)
            ? null
            : new PartyInput(p.IdNumber?.Trim(), p.Name?.Trim(), p.Phone?.Trim(), Blank(p.HukouDivisionCode), Blank(p.PermitDistrict));

    public static bool HasMore(PortalParty p) => Blank(p.HukouDivisionCode) is not null || Blank(p.PermitDistrict) is not null;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
