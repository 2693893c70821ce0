using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>
/// The decision notice (准予成立登记决定书 / 准予变更登记决定书 / 准予注销登记决定书 / 不予登记决定书)
/// printed by the registration authority. No personal data beyond what the register itself publishes
/// (the legal representative's name is part of the registered particulars).
/// </summary>
internal static class DecisionNoticePdf
{
    public static string Title(ApplicationDetail a) => a.Row.Status == ApplicationStatus.Approved
        ? a.Row.Kind switch
        {
            ApplicationKind.Establishment => "准予成立登记决定书",
            ApplicationKind.Change => "准予变更登记决定书",
            _ => "准予注销登记决定书",
        }
        : a.Row.Kind switch
        {
            ApplicationKind.Establishment => "不予登记决定书",
            ApplicationKind.Change => "不予变更登记决定书",
            _ => "不予注销登记决定书",
        };

    public static byte[] Render(ApplicationDetail a)
    {
        if (a.Row.Status is not (ApplicationStatus.Approved or ApplicationStatus.Refused) || a.DecidedOn is not { } decidedOn)
        {
            throw new BusinessRuleException("申请尚未作出决定，没有决定书");
        }
        var title = Title(a);
        var number = $"{Short(a.Row.AuthorityCode)}社登字〔{decidedOn.Year}〕{a.Row.Number[^6..].TrimStart('0')}号";
        using var pdf = new PdfLayout(title);
        pdf.Letterhead(a.AuthorityName, number).Title(title);
        pdf.Paragraph((a.Row.Kind == ApplicationKind.Establishment ? a.Row.Name + "筹备组" : a.Row.Name) + "：", indentFirstLine: false);
        var law = Law(a.TypeName);
        var submitted = ChineseFormat.Date(a.Row.SubmittedOn);
        if (a.Row.Status == ApplicationStatus.Approved)
        {
            pdf.Paragraph(a.Row.Kind switch
            {
                ApplicationKind.Establishment => $"你方于{submitted}提出的{a.Row.Name}成立登记申请（申请编号 {a.Row.Number}），经审查，符合{law}规定的条件，决定准予成立登记。",
                ApplicationKind.Change => $"你单位于{submitted}提出的变更登记申请（申请编号 {a.Row.Number}），经审查，符合{law}的规定，决定准予变更登记。",
                _ => $"你单位于{submitted}提出的注销登记申请（申请编号 {a.Row.Number}），清算报告已经确认，经审查，符合{law}的规定，决定准予注销登记。",
            });
            var rows = new List<(string, string)>
            {
                ("名称", a.Row.Name),
                ("统一社会信用代码", a.Row.CreditCode.Length > 0 ? a.Row.CreditCode : "—"),
                ("类型", a.TypeName ?? "—"),
                ("登记管理机关", a.AuthorityName),
            };
            if (a.Row.Kind == ApplicationKind.Establishment)
            {
                rows.Add(("业务主管单位", a.SupervisingUnit ?? "直接登记"));
                rows.Add(("住所", a.Address ?? "—"));
                rows.Add(("业务范围", a.BusinessScope ?? "—"));
                rows.Add(("法定代表人", a.LegalRepresentative ?? "—"));
            }
            rows.AddRange(a.Changes.Select(c => ("变更：" + c.Field, c.Requested)));
            pdf.KeyValueTable(rows);
            pdf.Paragraph(a.Row.Kind switch
            {
                ApplicationKind.Establishment => "请于收到本决定书之日起持本决定书领取登记证书，刻制印章，并按规定办理银行开户和税务登记。",
                ApplicationKind.Change => "请于收到本决定书之日起按规定办理登记证书换发及相关事项变更。",
                _ => "请于收到本决定书之日起交回登记证书正副本和印章。",
            });
        }
        else
        {
            pdf.Paragraph($"你方于{submitted}提出的{RegistryNames.Of(a.Row.Kind)}申请（申请编号 {a.Row.Number}），经审查，决定不予登记。理由如下：");
            pdf.Paragraph(a.DecisionReason ?? "—");
            pdf.Paragraph("如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。");
        }
        pdf.SignatureBlock(a.AuthorityName, decidedOn, "（登记管理机关印章）");
        return pdf.ToPdf();
    }

    private static string Short(string authority) => authority switch
    {
        "4403" => "深民",
        "440303" => "罗民",
        "440304" => "福民",
        "440305" => "南民",
        "440306" => "宝民",
        "440307" => "龙岗民",
        "440309" => "龙华民",
        _ => "深民",
    };

    private static string Law(string? typeName) => typeName switch
    {
        "社会团体" => "《社会团体登记管理条例》",
        "基金会" => "《基金会管理条例》",
        _ => "《民办非企业单位登记管理暂行条例》",
    };
}
