using CivilAffairs.Contracts.Registry;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using RegistrationEntity = CivilAffairs.Marriage.Domain.Registration;

namespace CivilAffairs.Marriage.Features.Registration;

/// <summary>
/// The window (登记窗口): check-in, then the registration decided on the spot (婚姻登记条例 art. 7).
/// Divorce from 2021 first records the application and its cooling-off timeline; the couple come
/// back within the collection period. Each registration sends the marital-status change to the
/// Registry through the Contracts event.
/// </summary>
internal sealed class RegistrationService(MarriageDb db, MarriagePolicyReader policies, IMaritalStatusRegistry registry,
    CertificateNumbers numbers, ICurrentUser user, TimeProvider clock)
{
    public async Task<AppointmentView> CheckInAsync(CheckInRequest r, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var code = (r.Code ?? "").Trim().ToUpperInvariant();
        var id = (r.IdNumber ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0 && id.Length == 0)
        {
            throw new FieldValidationException("code", "请输入预约码或当事人身份证号码");
        }
        var query = db.Appointments.Where(a => a.Date == today && (a.Status == AppointmentStatus.Confirmed || a.Status == AppointmentStatus.CheckedIn));
        query = code.Length > 0 ? query.Where(a => a.Code == code) : query.Where(a => a.PartyAIdNumber == id || a.PartyBIdNumber == id);
        var booking = await query.Where(a => a.DivisionCode.StartsWith(user.Jurisdiction ?? "#")).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("未找到本登记处今天的有效预约，请核对预约码或身份证号码（可为其办理窗口预约）");
        if (booking.Status == AppointmentStatus.Confirmed)
        {
            booking.Status = AppointmentStatus.CheckedIn;
            booking.CheckedInAtUtc = clock.GetUtcNow().UtcDateTime;
            booking.Version++;
            await db.SaveChangesAsync(ct);
        }
        var office = await db.Offices.AsNoTracking().FirstAsync(o => o.Id == booking.OfficeId, ct);
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == booking.SessionId, ct);
        return AppointmentQueries.View(booking, office, session, null, clock);
    }

    public async Task<RegisterResult> RegisterAsync(RegisterRequest r, CancellationToken ct)
    {
        if (!r.DeclarationsSigned)
        {
            throw new FieldValidationException("declarationsSigned", "双方须当场签署《申请结婚登记声明书》或相应声明后方可登记（《婚姻登记条例》第五条）");
        }
        var code = (r.AppointmentCode ?? "").Trim().ToUpperInvariant();
        var booking = await db.Appointments.FirstOrDefaultAsync(a => a.Code == code && a.DivisionCode.StartsWith(user.Jurisdiction ?? "#"), ct)
            ?? throw new NotFoundException("预约不存在或不属于本登记处");
        if (booking.Status != AppointmentStatus.CheckedIn)
        {
            throw new BusinessRuleException(booking.Status == AppointmentStatus.Confirmed ? "请先为当事人签到" : $"该预约{MarriageNames.Of(booking.Status)}，不能登记");
        }
        var today = ChinaTime.Today(clock);
        var office = await db.Offices.AsNoTracking().Include(o => o.Served).FirstAsync(o => o.Id == booking.OfficeId, ct);
        var policy = await policies.MarriageAsync(today, office.DivisionCode, ct);
        var note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim()[..Math.Min(r.Note.Trim().Length, 500)];
        var result = booking.ServiceType switch
        {
            ServiceType.Marriage => await MarryAsync(booking, office, policy, today, note, ct),
            ServiceType.Divorce => await DivorceAsync(booking, office, policy, today, note, ct),
            _ => await CertificateAsync(booking, office, today, note, ct),
        };
        return result;
    }

    private async Task<RegisterResult> MarryAsync(Appointment b, MarriageOffice office, MarriagePolicy policy, DateOnly today, string? note, CancellationToken ct)
    {
        var facts = await registry.GetAsync([b.PartyAIdNumber, b.PartyBIdNumber!], ct);
        var pa = Parse(b.PartyAIdNumber, today);
        var pb = Parse(b.PartyBIdNumber!, today);
        string Hukou(IdNumberInfo p) => facts.TryGetValue(p.Normalized, out var f) && f.HukouDivisionCode is { Length: >= 6 } h ? h[..6] : p.AddressCode;
        // the booking's hukou check is repeated with the 户口簿 in hand; the served set is the office's
        var reasons = MarriageRules.MarriageRefusals(new Party(pa, Hukou(pa)), new Party(pb, Hukou(pb)), today, policy,
            office.Served.Select(s => s.DivisionCode).ToHashSet()).Where(x => !x.Contains("户籍", StringComparison.Ordinal)).ToList();
        reasons.AddRange(facts.Values.Where(f => MaritalStatusNames.IsMarried(f.MaritalStatus)).Select(f =>
            $"身份证号{Masking.IdNumber(f.IdNumber)}的当事人婚姻状况登记为{MaritalStatusNames.Of(f.MaritalStatus)}"));
        if (reasons.Count > 0)
        {
            throw new BusinessRuleException("不予登记：" + string.Join("；", reasons));
        }
        var reunion = await db.Registrations.IgnoreQueryFilters().AnyAsync(x => x.ServiceType == ServiceType.Divorce
            && ((x.PartyAIdNumber == b.PartyAIdNumber && x.PartyBIdNumber == b.PartyBIdNumber) || (x.PartyAIdNumber == b.PartyBIdNumber && x.PartyBIdNumber == b.PartyAIdNumber)), ct);
        var reg = await SaveRegistrationAsync(b, office, ServiceType.Marriage, today, null, note, ct);
        var status = reunion ? MaritalStatus.Reunited : MaritalStatus.Married;
        await PublishAsync(reg, status, ct);
        return new RegisterResult("Registered", $"结婚登记完成，结婚证字号 {reg.CertificateNumber}", ToView(reg, office), null);
    }

    private async Task<RegisterResult> DivorceAsync(Appointment b, MarriageOffice office, MarriagePolicy policy, DateOnly today, string? note, CancellationToken ct)
    {
        var a = b.PartyAIdNumber;
        var c = b.PartyBIdNumber!;
        var pending = await db.Divorces.IgnoreQueryFilters()
            .Where(d => d.Status == DivorceStatus.CoolingOff && ((d.PartyAIdNumber == a && d.PartyBIdNumber == c) || (d.PartyAIdNumber == c && d.PartyBIdNumber == a)))
            .OrderByDescending(d => d.AppliedOn).FirstOrDefaultAsync(ct);
        if (pending is { LapsesAfter: { } lapse } && today > lapse)
        {
            pending.Status = DivorceStatus.Lapsed;
            pending.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
            pending.Version++;
            await db.SaveChangesAsync(ct);
            pending = null;
        }
        if (pending is null)
        {
            var (earliest, lapses) = MarriageRules.DivorceTimeline(today, policy);
            var application = new DivorceApplication
            {
                OfficeId = office.Id, DivisionCode = office.DivisionCode, AppointmentId = b.Id, AppliedOn = today, EarliestRegistrationOn = earliest,
                LapsesAfter = lapses, Status = DivorceStatus.CoolingOff, PartyAIdNumber = a, PartyAName = b.PartyAName, PartyBIdNumber = c,
                PartyBName = b.PartyBName!, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Divorces.Add(application);
            if (lapses is not null)
            {
                b.Status = AppointmentStatus.Completed;
                b.Version++;
                await db.SaveChangesAsync(ct);
                return new RegisterResult("CoolingOff",
                    $"已受理离婚登记申请。离婚冷静期{policy.DivorceCoolingOffDays}日，请双方于{earliest:yyyy年M月d日}至{lapses:yyyy年M月d日}期间预约并共同到场申请发给离婚证，逾期未申请视为撤回",
                    null, ToView(application));
            }
            pending = application;
        }
        else if (today < pending.EarliestRegistrationOn)
        {
            throw new BusinessRuleException($"离婚冷静期尚未届满（{pending.EarliestRegistrationOn:yyyy年M月d日}起方可申请发给离婚证）");
        }
        pending.Status = DivorceStatus.Registered;
        pending.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        pending.Version++;
        var reg = await SaveRegistrationAsync(b, office, ServiceType.Divorce, today, pending.Id, note, ct);
        await PublishAsync(reg, MaritalStatus.Divorced, ct);
        return new RegisterResult("Registered", $"离婚登记完成，离婚证字号 {reg.CertificateNumber}", ToView(reg, office), ToView(pending));
    }

    private async Task<RegisterResult> CertificateAsync(Appointment b, MarriageOffice office, DateOnly today, string? note, CancellationToken ct)
    {
        var reg = await SaveRegistrationAsync(b, office, b.ServiceType, today, null, note, ct);
        return new RegisterResult("Registered", $"{MarriageNames.Of(b.ServiceType)}已办结，字号 {reg.CertificateNumber}", ToView(reg, office), null);
    }

    private async Task<RegistrationEntity> SaveRegistrationAsync(Appointment b, MarriageOffice office, ServiceType type, DateOnly today, Guid? divorceId,
        string? note, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var reg = new RegistrationEntity
        {
            OfficeId = office.Id, DivisionCode = office.DivisionCode, AppointmentId = b.Id, DivorceApplicationId = divorceId, ServiceType = type,
            CertificateNumber = await numbers.NextAsync(type, office.DivisionCode, today.Year, ct), RegisteredOn = today,
            Registrar = user.DisplayName, RegistrarUserName = user.UserName, PartyAIdNumber = b.PartyAIdNumber, PartyAName = b.PartyAName,
            PartyBIdNumber = b.PartyBIdNumber, PartyBName = b.PartyBName, Note = note, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Registrations.Add(reg);
        b.Status = AppointmentStatus.Completed;
        b.Version++;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return reg;
    }

    private async Task PublishAsync(RegistrationEntity reg, MaritalStatus status, CancellationToken ct)
    {
        foreach (var id in new[] { reg.PartyAIdNumber, reg.PartyBIdNumber }.OfType<string>())
        {
            await registry.ApplyAsync(new MaritalStatusChanged(id, status, reg.RegisteredOn, "marriage:" + reg.CertificateNumber), ct);
        }
    }

    public async Task<DivorceView> WithdrawAsync(Guid id, string? reason, CancellationToken ct)
    {
        var d = await db.Divorces.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (d.Status != DivorceStatus.CoolingOff || ChinaTime.Today(clock) >= d.EarliestRegistrationOn)
        {
            throw new BusinessRuleException("只有冷静期内的离婚登记申请可以撤回（《民法典》第一千零七十七条）");
        }
        d.Status = DivorceStatus.Withdrawn;
        d.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        d.Version++;
        d.ClosedReason = string.IsNullOrWhiteSpace(reason) ? "当事人撤回" : reason.Trim()[..Math.Min(reason.Trim().Length, 200)];
        await db.SaveChangesAsync(ct);
        return ToView(d);
    }

    private static IdNumberInfo Parse(string id, DateOnly today) =>
        IdNumber.TryParse(id, today, null, out var info, out _) ? info! : throw new BusinessRuleException("当事人身份证号码无效");

    public static RegistrationView ToView(RegistrationEntity r, MarriageOffice office) => new(r.Id, r.CertificateNumber, r.ServiceType,
        MarriageNames.Of(r.ServiceType), r.RegisteredOn, r.Registrar, office.Name, Masking.Name(r.PartyAName), Masking.IdNumber(r.PartyAIdNumber),
        r.PartyBName is null ? null : Masking.Name(r.PartyBName), r.PartyBIdNumber is null ? null : Masking.IdNumber(r.PartyBIdNumber), r.Note);

    public static DivorceView ToView(DivorceApplication d) => new(d.Id, d.AppliedOn, d.EarliestRegistrationOn, d.LapsesAfter, d.Status,
        d.Status switch
        {
            DivorceStatus.CoolingOff => "冷静期中",
            DivorceStatus.Registered => "已登记离婚",
            DivorceStatus.Withdrawn => "已撤回",
            _ => "视为撤回",
        },
        Masking.Name(d.PartyAName), Masking.IdNumber(d.PartyAIdNumber), Masking.Name(d.PartyBName), Masking.IdNumber(d.PartyBIdNumber));
}
