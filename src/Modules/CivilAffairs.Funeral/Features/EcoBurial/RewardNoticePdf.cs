using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>
/// 节地生态安葬奖励审批通知书: to the applicant, after the decision — approved with the amount and the
/// rule it rests on, approved without a reward (and why), or not approved with the reason. ID numbers
/// and the bank account are masked; the file copy is the application itself.
/// </summary>
internal sealed class RewardNoticePdf(FuneralDb db)
{
    public const string Title = "节地生态安葬奖励审批通知书";

    public async Task<(string FileName, byte[] Content)> RenderAsync(Guid id, CancellationToken ct)
    {
        var a = await db.EcoBurials.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (a.Status == EcoBurialStatus.Submitted || a.DecidedOn is not { } decided)
        {
            throw new BusinessRuleException("申请尚未审批，不能出具审批通知书");
        }
        var authority = Authority(a.DivisionCode);
        using var pdf = new PdfLayout(Title);
        pdf.Letterhead(authority, $"生态安葬〔{decided.Year}〕{a.Number}号").Title(Title)
            .Paragraph($"{a.ApplicantName}：", indentFirstLine: false);
        var type = EcoBurialRules.TypeName(a.BurialType);
        if (a.Status == EcoBurialStatus.Rejected)
        {
            pdf.Paragraph($"您为{a.DeceasedName}申请的节地生态安葬（{type}）奖励，经审核，不予批准。理由：{a.RejectReason}")
                .Paragraph("如对本决定不服，可自收到本通知书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。");
        }
        else if (a.RewardAmount > 0m)
        {
            pdf.Paragraph($"您为{a.DeceasedName}申请的节地生态安葬（{type}）奖励，经审核，符合《深圳市节地生态安葬奖励办法》规定的条件，"
                + $"准予奖励人民币 {ChineseFormat.Yuan(a.RewardAmount!.Value)}，将发放至您提供的银行账户。");
        }
        else
        {
            pdf.Paragraph($"您为{a.DeceasedName}申请的节地生态安葬（{type}）已审核。{a.RewardReason}。");
        }
        pdf.Heading("申请事项")
            .KeyValueTable(
            [
                ("申请编号", a.Number),
                ("逝者", $"{a.DeceasedName}　身份证号码 {Masking.IdNumber(a.DeceasedIdNumber)}"),
                ("户籍", EcoBurialNames.HukouName(a.HukouDivisionCode)),
                ("死亡日期", ChineseFormat.Date(a.DateOfDeath)),
                ("火化证/骨灰寄存证", a.CertificateNumber),
                ("安葬方式", type + (a.CemeteryName is { } c ? "（" + c + "）" : "")),
                ("安葬日期", a.BurialDate is { } b ? ChineseFormat.Date(b) : "—"),
                ("申请人", $"{a.ApplicantName}（{a.Relationship}）　身份证号码 {Masking.IdNumber(a.ApplicantIdNumber)}"),
                ("收款账户", a.BankAccount.Length == 0 ? "—" : $"{a.BankName} {Masking.BankAccount(a.BankAccount)}"),
            ]);
        if (a.Status != EcoBurialStatus.Rejected)
        {
            pdf.Heading("奖励核定")
                .KeyValueTable(
                [
                    ("奖励金额", ChineseFormat.Yuan(a.RewardAmount ?? 0m)),
                    ("核定说明", a.RewardReason ?? "—"),
                    ("依据", a.RewardBasis ?? "—"),
                ]);
        }
        pdf.SignatureBlock(authority, decided);
        return ($"{a.Number}-notice.pdf", pdf.ToPdf());
    }

    private static string Authority(string division) =>
        EcoBurialNames.Districts.FirstOrDefault(d => division.StartsWith(d.Code, StringComparison.Ordinal)).Name is { } n
            ? $"深圳市{n}民政局" : "深圳市民政局";
}
