using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// 登记管理 parameters with their legal basis: the founding thresholds and statutory limits are in
/// the State Council regulations; the founding funds of a 社会服务机构 and Shenzhen's promised
/// limits are not found in a source and are marked 推定 for the bureau to confirm.
/// </summary>
internal sealed class RegistrySeeder(PlatformDb db, RegistryDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Sttdj = "《社会团体登记管理条例》（国务院令第250号，2016年修订）";
    private const string Jjh = "《基金会管理条例》（国务院令第400号）";
    private const string Mfq = "《民办非企业单位登记管理暂行条例》（国务院令第251号）";

    internal static readonly (string Key, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (RegistryParameters.IndividualMembers, "1998-10-25", "50", Sttdj + "第十条第（二）项：有50个以上的个人会员或者30个以上的单位会员；个人会员、单位会员混合组成的，会员总数不得少于50个", null),
        (RegistryParameters.UnitMembers, "1998-10-25", "30", Sttdj + "第十条第（二）项：30个以上的单位会员", null),
        (RegistryParameters.MixedMembers, "1998-10-25", "50", Sttdj + "第十条第（二）项：个人会员、单位会员混合组成的，会员总数不得少于50个", null),
        (RegistryParameters.GroupFundsNational, "1998-10-25", "100000", Sttdj + "第十条第（五）项：全国性的社会团体有10万元以上活动资金（深圳登记的均为地方性社团，本值仅备查）", null),
        (RegistryParameters.GroupFundsLocal, "1998-10-25", "30000", Sttdj + "第十条第（五）项：地方性的社会团体和跨行政区域的社会团体有3万元以上活动资金", null),
        (RegistryParameters.FoundationPublicNational, "2004-06-01", "8000000", Jjh + "第八条第（二）项：全国性公募基金会的原始基金不低于800万元人民币（深圳登记的均为地方性，本值仅备查）", null),
        (RegistryParameters.FoundationPublicLocal, "2004-06-01", "4000000", Jjh + "第八条第（二）项：地方性公募基金会的原始基金不低于400万元人民币", null),
        (RegistryParameters.FoundationPrivate, "2004-06-01", "2000000", Jjh + "第八条第（二）项：非公募基金会的原始基金不低于200万元人民币", null),
        (RegistryParameters.ServiceOrgFunds, "1998-10-25", "30000", Mfq + "第八条第（四）项只要求“有与其业务活动相适应的合法财产”，未定数额；按地方登记实践推定开办资金不低于3万元，请市民政局确认本市标准（含社工、养老等类别是否另有要求）", "推定"),
        (RegistryParameters.GroupLimitDays, "1998-10-25", "60", Sttdj + "第十二条：登记管理机关应当自收到全部有效文件之日起60日内，作出准予或者不予登记的决定", null),
        (RegistryParameters.FoundationLimitDays, "2004-06-01", "60", Jjh + "第十一条：登记管理机关应当自收到全部有效文件之日起60日内，作出准予或者不予登记的决定", null),
        (RegistryParameters.ServiceOrgLimitDays, "1998-10-25", "30", Mfq + "第十一条：登记管理机关应当自收到成立登记申请的全部有效文件之日起30日内，作出准予登记或者不予登记的决定", null),
        (RegistryParameters.ChangeLimitDays, "2004-07-01", "20", "《中华人民共和国行政许可法》第四十二条：应当自受理之日起二十日内作出决定（登记条例对变更、注销未另定时限，适用本条为推定，请确认）", "推定"),
        (RegistryParameters.PromiseEstablishment, "2018-01-01", "15", "深圳市民政局政务服务事项实施清单的承诺时限（未查到2018年原文，按15个工作日推定，请以现行实施清单为准）", "推定"),
        (RegistryParameters.PromiseChange, "2018-01-01", "10", "深圳市民政局政务服务事项实施清单的承诺时限（未查到2018年原文，按10个工作日推定，请以现行实施清单为准）", "推定"),
    ];

    public int Order => 91;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("socialorgs.registry.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = r.Note, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
