using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.SocialOrgs.Features.Shared;

/// <summary>Chinese names of the core enums, as the register prints them.</summary>
internal static class SocialOrgNames
{
    public static string Of(SocialOrgType t) => t switch
    {
        SocialOrgType.SocialGroup => "社会团体",
        SocialOrgType.ServiceOrg => "社会服务机构",
        _ => "基金会",
    };

    public static string Of(RegistrationLevel l) => l == RegistrationLevel.City ? "市级登记" : "区级登记";

    public static string Of(OrgStatus s) => s switch
    {
        OrgStatus.Active => "正常",
        OrgStatus.Deregistered => "已注销",
        _ => "已撤销登记",
    };

    public static string Of(InspectionResult r) => r switch
    {
        InspectionResult.Pass => "合格",
        InspectionResult.BasicPass => "基本合格",
        _ => "不合格",
    };

    public static string Of(CreditStatus s) => s switch
    {
        CreditStatus.Normal => "正常",
        CreditStatus.Abnormal => "活动异常名录",
        _ => "严重违法失信名单",
    };

    public static string Of(CreditList l) => l == CreditList.Abnormal ? "活动异常名录" : "严重违法失信名单";

    public static string Of(CreditTrigger t) => t switch
    {
        CreditTrigger.NoAnnualReport => "未按规定报送年度工作报告",
        CreditTrigger.NoPartyOrganization => "未按规定设立党组织",
        CreditTrigger.RectificationOverdue => "未按要求完成整改",
        CreditTrigger.Unreachable => "通过登记的住所无法取得联系",
        CreditTrigger.AbnormalTwoYears => "列入活动异常名录满2年",
        CreditTrigger.FraudulentChange => "弄虚作假办理变更登记被撤销",
        CreditTrigger.SuspensionPenalty => "受到限期停止活动处罚",
        CreditTrigger.LargeFine => "受到5万元以上罚款处罚",
        CreditTrigger.RepeatedPenalties => "3年内2次以上受到警告或罚款",
        CreditTrigger.DishonestDebtor => "被列为失信被执行人",
        CreditTrigger.Revoked => "被撤销登记、吊销登记证书或取缔",
        _ => "其他",
    };

    /// <summary>The USCC type character for a 民政-registered organization (rules §16.2).</summary>
    public static char CodeTypeChar(SocialOrgType t) => t switch
    {
        SocialOrgType.SocialGroup => '1',
        SocialOrgType.ServiceOrg => '2',
        _ => '3',
    };
}
