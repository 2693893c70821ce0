using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>Chinese names the registry prints: application kinds and states, authorities, history kinds.</summary>
internal static class RegistryNames
{
    public static string Of(ApplicationKind k) => k switch
    {
        ApplicationKind.Establishment => "成立登记",
        ApplicationKind.Change => "变更登记",
        _ => "注销登记",
    };

    public static string Of(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Submitted => "待受理",
        ApplicationStatus.Accepted => "审查中",
        ApplicationStatus.Reviewed => "待决定",
        ApplicationStatus.Returned => "补正中",
        ApplicationStatus.Approved => "准予登记",
        _ => "不予登记",
    };

    public static string Css(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Submitted => "text-bg-info",
        ApplicationStatus.Accepted => "text-bg-primary",
        ApplicationStatus.Reviewed => "text-bg-warning",
        ApplicationStatus.Returned => "text-bg-secondary",
        ApplicationStatus.Approved => "text-bg-success",
        _ => "text-bg-danger",
    };

    public static string Of(OrgEventKind k) => k switch
    {
        OrgEventKind.Established => "成立",
        OrgEventKind.Imported => "导入",
        OrgEventKind.Changed => "变更",
        OrgEventKind.Deregistered => "注销",
        OrgEventKind.Revoked => "撤销登记",
        OrgEventKind.AnnualReport => "年度报告",
        OrgEventKind.Inspection => "年检",
        OrgEventKind.CreditListed => "列入信用名单",
        OrgEventKind.CreditRemoved => "移出信用名单",
        OrgEventKind.Enforcement => "监督执法",
        OrgEventKind.PartyBuilding => "党建",
        _ => "备注",
    };

    /// <summary>The registration authority's name as printed on notices.</summary>
    public static string Authority(string code) => code switch
    {
        "4403" or "440300" => "深圳市民政局",
        "440303" => "深圳市罗湖区民政局",
        "440304" => "深圳市福田区民政局",
        "440305" => "深圳市南山区民政局",
        "440306" => "深圳市宝安区民政局",
        "440307" => "深圳市龙岗区民政局",
        "440308" => "深圳市盐田区民政局",
        "440309" => "深圳市龙华区民政局",
        "440310" => "深圳市坪山区民政局",
        "440311" => "深圳市光明区民政局",
        _ => code + " 民政局",
    };
}
