using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Seeding;

/// <summary>
/// The Shenzhen parameter history with its legal bases (rules doc §1–2, §17). Values marked
/// 推定 were not found in sources and are defaults for the city to confirm on the parameter page.
/// </summary>
internal sealed class AssistanceSeeder(PlatformDb db, TimeProvider clock, Features.Enrolments.DemoCases demo) : ISeeder
{
    private const string Inferred = "推定值（深圳标准未查得），请市民政局在政策参数页确认";

    private static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (AssistanceParameters.MlgStandard, "2005-01-01", "344", "深民福〔2004〕57号"),
        (AssistanceParameters.MlgStandard, "2008-07-01", "415", "深民〔2008〕146号"),
        (AssistanceParameters.MlgStandard, "2010-07-01", "450", "深圳市民政局调整低保标准通知（2010）"),
        (AssistanceParameters.MlgStandard, "2011-08-01", "510", "深民〔2011〕143号"),
        (AssistanceParameters.MlgStandard, "2015-01-01", "800", "深圳市民政局 深圳市财政委员会 调整最低生活保障标准（2015年）"),
        (AssistanceParameters.MlgStandard, "2017-03-01", "900", "深圳市调整最低生活保障标准（2017年3月1日起）"),
        (AssistanceParameters.MlgStandard, "2018-01-01", "1070", "深圳市调整最低生活保障标准（2018年1月1日起）"),
        (AssistanceParameters.MlgStandard, "2019-01-01", "1160", "深圳市调整最低生活保障标准（2019年1月1日起）"),
        (AssistanceParameters.MlgStandard, "2020-01-01", "1250", "深民〔2020〕26号"),
        (AssistanceParameters.MlgStandard, "2021-01-01", "1300", "深民〔2021〕44号"),
        (AssistanceParameters.MlgStandard, "2022-01-01", "1365", "深圳市调整最低生活保障标准（2022年）"),
        (AssistanceParameters.MlgStandard, "2023-01-01", "1413", "深圳市调整最低生活保障标准（2023年，生效日期推定为1月1日）"),
        (AssistanceParameters.MlgStandard, "2024-01-01", "1483", "深圳市调整最低生活保障标准（2024年，生效日期推定为1月1日）"),
        (AssistanceParameters.LowIncomeRatio, "2010-01-01", "1.5", "《深圳市低收入居民社会救助暂行办法》深府〔2010〕72号"),
        (AssistanceParameters.ExtremePovertyRatio, "2018-02-01", "1.6", "《深圳市特困人员供养实施办法》深府办规〔2018〕3号"),
        (AssistanceParameters.FinancialAssetMonths, "2015-01-01", "24", "参照深圳市低保边缘家庭财产认定（人均金融资产不超过24个月低保标准）；低保适用倍数待确认"),
        (AssistanceParameters.MaxResidentialUnits, "2015-01-01", "1", "参照深圳市低保边缘家庭财产认定：住宅不超过1套"),
        (AssistanceParameters.MaxNonResidentialUnits, "2015-01-01", "0", "参照深圳市低保边缘家庭财产认定：无商铺、车位、写字楼等非住宅"),
        (AssistanceParameters.MaxVehicles, "2015-01-01", "0", "参照深圳市低保边缘家庭财产认定：无机动车（残疾人代步车等除外）"),
        (AssistanceParameters.MaxBusinessRegistrations, "2015-01-01", "0", "参照深圳市低保边缘家庭财产认定：无商事登记"),
        (AssistanceParameters.ExcludedIncomeKinds, "1999-10-01", "social_assistance,special_care_pension,one_child_award,heroic_award,death_compensation,disability_subsidy,orphan_subsidy,elderly_subsidy",
            "《城市居民最低生活保障条例》第二条（优抚对象抚恤补助不计入）；其余类型为" + Inferred),
        (AssistanceParameters.AddOnElderly, "2015-01-01", "20", Inferred + "（参考：中山市按低保标准40%）"),
        (AssistanceParameters.AddOnMinor, "2015-01-01", "20", Inferred),
        (AssistanceParameters.AddOnSevereDisability, "2015-01-01", "30", Inferred),
        (AssistanceParameters.AddOnSeriousIllness, "2015-01-01", "30", Inferred),
        (AssistanceParameters.AddOnStudent, "2015-01-01", "20", Inferred),
        (AssistanceParameters.ElderlyAge, "2013-07-01", "60", "《中华人民共和国老年人权益保障法》第二条"),
        (AssistanceParameters.CarePartial, "2018-02-01", "440", Inferred + "（按2018年深圳最低工资2200元的20%）"),
        (AssistanceParameters.CareFull, "2018-02-01", "1100", Inferred + "（按2018年深圳最低工资2200元的50%）"),
        (AssistanceParameters.AcceptWorkingDays, "2015-01-01", "5", "深圳市低保办事指南：街道5个工作日内决定是否受理"),
        (AssistanceParameters.ReviewWorkingDays, "2015-01-01", "15", "广东省实施办法框架：镇街15个工作日内提出审核意见（不含公示期）；深圳时限为推定值"),
        (AssistanceParameters.PublicityDays, "2015-01-01", "7", "《社会救助暂行办法》第十一条；民发〔2021〕57号：公示期7天"),
        (AssistanceParameters.ApproveWorkingDays, "2015-01-01", "3", "深圳市低保办事指南：区民政局3个工作日内审批（异议处理时间不计）"),
        (AssistanceParameters.SupplementWorkingDays, "2015-01-01", "2", "深圳市低保办事指南（2022）：材料不全的一次性告知，申请人2个工作日内补正"),
        (AssistanceParameters.ReviewMonthsStable, "2015-01-01", "12", "《社会救助暂行办法》第十三条（定期核查）；间隔为广东实践推定值，请确认"),
        (AssistanceParameters.ReviewMonthsWorkingAge, "2015-01-01", "6", "《社会救助暂行办法》第十三条（定期核查）；间隔为广东实践推定值，请确认"),
        (AssistanceParameters.ReviewMonthsUnstable, "2015-01-01", "3", "《社会救助暂行办法》第十三条（定期核查）；间隔为广东实践推定值，请确认"),
        (AssistanceParameters.TemporaryUrgentCapMultiple, "2018-01-01", "6", "《深圳市临时救助暂行办法》（2018-01-01施行）；倍数为" + Inferred),
        (AssistanceParameters.TemporaryTransitionalCapMultiple, "2018-01-01", "12", "《深圳市临时救助暂行办法》（2018-01-01施行）；倍数为" + Inferred),
        (AssistanceParameters.TemporaryStreetLimitMultiple, "2018-01-01", "3", "《社会救助暂行办法》第四十八条（小额救助可委托乡镇街道审批）；倍数为" + Inferred),
        (AssistanceParameters.TemporaryPapersWorkingDays, "2018-01-01", "5", "《社会救助暂行办法》第四十八条（紧急情况简化程序，先行救助）；补材料时限为" + Inferred),
        (AssistanceParameters.CrossCheckValidDays, "2015-01-01", "90", "家庭经济状况核对报告有效期（规则文档§15推定3个月），请确认"),
        (AssistanceParameters.CrossCheckExemptVehicleKinds, "2015-01-01", "残疾人机动轮椅车,残疾人专用汽车,普通摩托车,轻便摩托车,燃油摩托车,电动自行车",
            "参照深圳市低保边缘家庭财产认定：无机动车，残疾人代步车、燃油摩托车、电动自行车除外"),
        (AssistanceParameters.PayByDay, "2015-01-01", "10", "深圳市低保办事指南：救助金于次月起每月10日前通过银行发放"),
        (AssistanceParameters.AppealText, "2015-01-01",
            "如对本决定不服，可在收到本决定书之日起六十日内向本级人民政府或上一级民政部门申请行政复议，或在六个月内向人民法院提起行政诉讼。",
            "《中华人民共和国行政复议法》第九条、《中华人民共和国行政诉讼法》第四十六条"),
    ];

    public int Order => 20;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("assistance.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var group in Rows.GroupBy(r => r.Key).Where(g => !present.Contains(g.Key)))
        {
            var versions = group.OrderBy(r => r.From).ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                var from = DateOnly.Parse(versions[i].From, System.Globalization.CultureInfo.InvariantCulture);
                DateOnly? to = i + 1 < versions.Count ? DateOnly.Parse(versions[i + 1].From, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1) : null;
                db.Parameters.Add(new Parameter
                {
                    Key = group.Key, DivisionCode = "4403", Value = versions[i].Value, ValidFrom = from, ValidTo = to,
                    LegalBasis = versions[i].Basis, CreatedBy = "system", CreatedAtUtc = now,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>福田街道 households and applications at each stage (see DemoCases); only when none exist.</summary>
    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
