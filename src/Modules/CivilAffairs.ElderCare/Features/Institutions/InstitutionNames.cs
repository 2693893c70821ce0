using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>Chinese names for the codes of this area (lists, Excel, badges).</summary>
internal static class InstitutionNames
{
    public static readonly BedType[] BedTypes = [BedType.SelfCare, BedType.Nursing, BedType.MemoryCare];

    public static string Of(InstitutionKind k) => k switch
    {
        InstitutionKind.NursingHome => "养老院",
        InstitutionKind.CareHome => "护理院",
        InstitutionKind.DayCareCenter => "日间照料中心",
        InstitutionKind.HomeCareCenter => "居家养老服务中心",
        InstitutionKind.MealProvider => "长者饭堂",
        _ => k.ToString(),
    };

    public static string Of(InstitutionOwnership o) => o switch
    {
        InstitutionOwnership.Public => "公办公营",
        InstitutionOwnership.PublicBuiltPrivateRun => "公建民营",
        InstitutionOwnership.Private => "民办",
        _ => o.ToString(),
    };

    public static string Of(InstitutionStatus s) => s switch
    {
        InstitutionStatus.Preparing => "筹建",
        InstitutionStatus.Operating => "运营",
        InstitutionStatus.Suspended => "暂停",
        InstitutionStatus.Closed => "停业",
        _ => s.ToString(),
    };

    public static string Of(BedType t) => t switch
    {
        BedType.SelfCare => "自理床位",
        BedType.Nursing => "护理型床位",
        BedType.MemoryCare => "失智照护床位",
        _ => t.ToString(),
    };

    public static string Of(FeePayer f) => f switch
    {
        FeePayer.Self => "自费",
        FeePayer.Destitute => "特困供养",
        FeePayer.GovernmentPurchase => "政府购买",
        _ => f.ToString(),
    };

    public static string Of(DischargeReason r) => r switch
    {
        DischargeReason.Home => "回家",
        DischargeReason.Transfer => "转院",
        DischargeReason.Death => "死亡",
        DischargeReason.Other => "其他",
        _ => r.ToString(),
    };

    public static string Of(CareLevel c) => c switch
    {
        CareLevel.Independent => "能力完好",
        CareLevel.Mild => "轻度失能",
        CareLevel.Moderate => "中度失能",
        CareLevel.Severe => "重度失能",
        _ => c.ToString(),
    };

    public static string Of(SubsidyKind k) => k == SubsidyKind.Construction ? "建设资助" : "运营资助";

    public static string Of(SubsidyStatus s) => s switch
    {
        SubsidyStatus.Submitted => "待审批",
        SubsidyStatus.Approved => "已批准",
        SubsidyStatus.Refused => "不予批准",
        _ => s.ToString(),
    };

    /// <summary>Institutions that hold beds (the bed statistics count these).</summary>
    public static bool HasBeds(InstitutionKind k) => k is InstitutionKind.NursingHome or InstitutionKind.CareHome or InstitutionKind.DayCareCenter;
}
