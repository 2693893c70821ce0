using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Desk;

/// <summary>One party as printed: full name (the record is the office's own file), sex, masked ID number.</summary>
internal sealed record RecordParty(string Role, string Name, string Sex, string MaskedIdNumber);

/// <summary>What the printed 审查处理表 says; the caller has loaded and masked.</summary>
internal sealed record RegistrationRecord(string OfficeName, ServiceType Type, string CertificateNumber, DateOnly RegisteredOn, string Registrar,
    string? AppointmentCode, string? Channel, IReadOnlyList<RecordParty> Parties, DateOnly? AppliedOn, DateOnly? EarliestRegistrationOn,
    DateOnly? LapsesAfter, string? Note);

/// <summary>
/// The window's file copy of a registration, after the 婚姻登记审查处理表 of the 婚姻登记工作规范:
/// who registered what, when, under which certificate number, and for a divorce from 2021 the
/// cooling-off dates. ID numbers are masked; the archive holds the copies of the documents.
/// </summary>
internal static class RegistrationRecordPdf
{
    public static string Title(ServiceType t) => MarriageNames.Of(t) + "审查处理表";

    public static byte[] Render(RegistrationRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var title = Title(r.Type);
        using var pdf = new PdfLayout(title);
        pdf.Title(title)
            .KeyValueTable(
            [
                ("婚姻登记机关", r.OfficeName),
                ("登记类别", MarriageNames.Of(r.Type)),
                (CertificateLabel(r.Type), r.CertificateNumber),
                ("登记日期", ChineseFormat.Date(r.RegisteredOn)),
                ("预约码 / 渠道", $"{r.AppointmentCode ?? "—"} / {r.Channel ?? "—"}"),
            ]);
        pdf.Heading("当事人");
        pdf.KeyValueTable(r.Parties.Select(p => (p.Role, $"{p.Name}　{p.Sex}　身份证号码 {Masking.IdNumber(p.MaskedIdNumber)}")));
        if (r.AppliedOn is { } applied)
        {
            pdf.Heading("离婚冷静期（《民法典》第一千零七十七条）")
                .KeyValueTable(
                [
                    ("申请受理日期", ChineseFormat.Date(applied)),
                    ("可申请发证日期", r.EarliestRegistrationOn is { } e ? ChineseFormat.Date(e) : "—"),
                    ("申请发证截止日期", r.LapsesAfter is { } l ? ChineseFormat.Date(l) + "（逾期未申请视为撤回）" : "未实行冷静期"),
                ]);
        }
        pdf.Heading("审查意见")
            .Paragraph(Opinion(r.Type))
            .KeyValueTable(
            [
                ("登记员", r.Registrar),
                ("备注", string.IsNullOrWhiteSpace(r.Note) ? "—" : r.Note),
            ]);
        pdf.SignatureBlock(r.OfficeName, r.RegisteredOn, "（婚姻登记专用章）");
        return pdf.ToPdf();
    }

    private static string CertificateLabel(ServiceType t) => t switch
    {
        ServiceType.Marriage => "结婚证字号",
        ServiceType.Divorce => "离婚证字号",
        ServiceType.Reissue => "补发证书字号",
        _ => "证明编号",
    };

    private static string Opinion(ServiceType t) => t switch
    {
        ServiceType.Marriage => "当事人双方亲自到场，提交的证件和证明材料齐全，当场签署了声明书，经审查符合《中华人民共和国民法典》及《婚姻登记条例》规定的结婚条件，准予登记，发给结婚证。",
        ServiceType.Divorce => "当事人双方亲自到场，提交的证件和离婚协议书齐全，离婚冷静期届满后共同申请发给离婚证，经审查双方确属自愿离婚并已对子女抚养、财产及债务处理等事项协商一致，准予登记，发给离婚证。",
        ServiceType.Reissue => "当事人亲自到场，经查婚姻登记档案属实，提交的证件和证明材料齐全，准予补发婚姻登记证。",
        _ => "当事人亲自到场，经查婚姻登记档案，依申请出具证明。",
    };
}

/// <summary>Loads a registration of the caller's district and renders its record.</summary>
internal sealed class RegistrationRecords(MarriageDb db)
{
    public async Task<(string FileName, byte[] Content)> RenderAsync(Guid id, CancellationToken ct)
    {
        var reg = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException();
        var office = await db.Offices.AsNoTracking().FirstAsync(o => o.Id == reg.OfficeId, ct);
        var booking = reg.AppointmentId is { } aid ? await db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == aid, ct) : null;
        var divorce = reg.DivorceApplicationId is { } did ? await db.Divorces.AsNoTracking().FirstOrDefaultAsync(d => d.Id == did, ct) : null;
        var parties = new List<RecordParty>();
        var a = Party(reg.PartyAName, reg.PartyAIdNumber, reg.RegisteredOn);
        var b = reg.PartyBIdNumber is { } bid ? Party(reg.PartyBName ?? "", bid, reg.RegisteredOn) : null;
        // a couple of a man and a woman is printed as 男方 / 女方 as on the forms; otherwise as 甲方 / 乙方
        var bySex = b is not null && a.Sex != b.Sex && a.Sex.Length > 0 && b.Sex.Length > 0;
        parties.Add(a with { Role = bySex ? a.Sex + "方" : b is null ? "申请人" : "甲方" });
        if (b is not null)
        {
            parties.Add(b with { Role = bySex ? b.Sex + "方" : "乙方" });
        }
        var record = new RegistrationRecord(office.Name, reg.ServiceType, reg.CertificateNumber, reg.RegisteredOn, reg.Registrar, booking?.Code,
            booking is null ? null : booking.Channel == BookingChannel.Window ? "窗口预约" : "网上预约", parties,
            divorce?.AppliedOn, divorce?.EarliestRegistrationOn, divorce?.LapsesAfter, reg.Note);
        return ($"{reg.CertificateNumber}.pdf", RegistrationRecordPdf.Render(record));
    }

    private static RecordParty Party(string name, string idNumber, DateOnly on)
    {
        var sex = IdNumber.TryParse(idNumber, on, null, out var info, out _) ? info!.Sex == Sex.Male ? "男" : "女" : "";
        return new RecordParty("", name, sex, Masking.IdNumber(idNumber));
    }
}
