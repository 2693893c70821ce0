using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Features.Registration;

/// <summary>Check-in at the window: by booking code, or by a party's ID number (today's booking at this office).</summary>
public sealed record CheckInRequest(string? Code, string? IdNumber);

/// <summary>
/// The clerk records the outcome of a checked-in booking. Both parties confirmed the signed
/// declaration (无配偶及无禁止结婚亲属关系声明) in person — <paramref name="DeclarationsSigned"/>.
/// </summary>
public sealed record RegisterRequest(string? AppointmentCode, bool DeclarationsSigned, string? Note);

public sealed record RegistrationView(Guid Id, string CertificateNumber, ServiceType ServiceType, string ServiceName, DateOnly RegisteredOn,
    string Registrar, string OfficeName, string PartyAName, string PartyAIdNumber, string? PartyBName, string? PartyBIdNumber, string? Note);

public sealed record DivorceView(Guid Id, DateOnly AppliedOn, DateOnly EarliestRegistrationOn, DateOnly? LapsesAfter, DivorceStatus Status, string StatusName,
    string PartyAName, string PartyAIdNumber, string PartyBName, string PartyBIdNumber);

/// <summary>What the window did: a registration, a divorce application entering cooling-off, or both.</summary>
public sealed record RegisterResult(string Outcome, string Message, RegistrationView? Registration, DivorceView? Divorce);

public sealed record WithdrawRequest(string? Reason);
