using System.Globalization;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;

namespace CivilAffairs.ChildWelfare.Features.Children;

/// <summary>
/// 儿童福利待遇核定通知书: tells the guardian (or institution) that the category was approved, the
/// monthly amount, the standard and its legal basis, from which month, and until when. ID numbers masked.
/// </summary>
internal sealed class AllowanceNotices(ChildRegistry registry, IDivisionDirectory divisions)
{
    public async Task<(string FileName, byte[] Content)> RenderAsync(Guid id, CancellationToken ct)
    {
        var d = await registry.DetailAsync(id, ct);
        if (d.Status == ChildStatus.Registered || d.ApprovedOn is null)
        {
            throw new BusinessRuleException("保障类别核定后才能打印待遇核定通知书");
        }
        var district = d.DivisionCode.Length >= 6 ? await divisions.FindAsync(d.DivisionCode[..6], null, ct) : null;
        var authority = (district?.Name is { } n ? "深圳市" + n : "深圳市") + "民政局";
        var number = $"深民儿福核〔{d.ApprovedOn.Value.Year}〕{d.Id.ToString("N")[..6].ToUpperInvariant()}号";
        return ($"childwelfare-notice-{d.Id:N}.pdf", Render(d, authority, number));
    }

    public static byte[] Render(ChildDetail d, string authority, string number)
    {
        ArgumentNullException.ThrowIfNull(d);
        const string title = "儿童福利待遇核定通知书";
        using var pdf = new PdfLayout(title);
        var a = d.Allowance;
        var addressee = d.InstitutionName ?? d.Guardians.FirstOrDefault(g => g.IsPayee)?.Name ?? "监护人";
        pdf.Letterhead(authority, number).Title(title)
            .Paragraph($"{addressee}：", indentFirstLine: false)
            .Paragraph($"经审核，{d.Name}（身份证号码 {d.MaskedIdNumber}）符合{d.CategoryName}认定条件，现核定其保障类别并按月发放基本生活费。具体如下：");
        pdf.KeyValueTable(
        [
            ("儿童姓名", d.Name),
            ("性别 / 出生日期", $"{d.Sex} / {ChineseFormat.Date(d.BirthDate)}"),
            ("保障类别", d.CategoryName),
            ("养育方式", d.InstitutionName is { } i ? $"机构养育（{i}）" : $"社会散居（{d.DivisionName}）"),
            ("发放标准", a.BasisName),
            ("每月金额", a.Amount is { } m && a.Basis != AllowanceBasis.None ? ChineseFormat.Yuan(m) : "本模块不发放"),
            ("领取人 / 账户", a.Payee ?? "—"),
            ("起始发放月份", a.From is { } f ? ChineseFormat.Month(f) : "纳入保障后确定"),
            ("停发月份", ChineseFormat.Month(a.LastMonth.AddMonths(1)) + "起（年满18周岁或退出保障的次月）"),
            ("核定日期", ChineseFormat.Date(d.ApprovedOn!.Value)),
        ]);
        if (a.Parameters.Count > 0)
        {
            pdf.Heading("标准依据");
            pdf.KeyValueTable(a.Parameters.Select(p => (p.Name, $"{p.Value}（{p.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 起）{Printed(p.LegalBasis)}")));
        }
        pdf.Paragraph("儿童被收养、回归家庭、死亡或年满18周岁的，监护人或养育机构应当自情况发生之日起及时告知街道办事处（乡镇人民政府）或民政部门，基本生活费自次月起停发。对核定结果有异议的，可自收到本通知书之日起60日内依法申请行政复议。");
        pdf.SignatureBlock(authority, d.ApprovedOn!.Value, "（儿童福利业务专用章）");
        return pdf.ToPdf();
    }

    /// <summary>The basis as a citizen reads it: the first sentence (the notes for the bureau that follow stay on the parameter page).</summary>
    private static string Printed(string basis)
    {
        var end = basis.IndexOf('。', StringComparison.Ordinal);
        return end > 0 ? basis[..end] : basis;
    }
}
