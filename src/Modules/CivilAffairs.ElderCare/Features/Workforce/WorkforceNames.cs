using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.ElderCare.Features.Workforce;

internal static class WorkforceNames
{
    public static string Qualification(CareQualification q) => q switch
    {
        CareQualification.None => "未取证",
        CareQualification.Junior => "初级",
        CareQualification.Intermediate => "中级",
        CareQualification.Senior => "高级",
        CareQualification.Technician => "技师",
        CareQualification.SeniorTechnician => "高级技师",
        _ => q.ToString(),
    };

    public static string Result(EnrolmentResult r) => r switch
    {
        EnrolmentResult.Enrolled => "在训",
        EnrolmentResult.Passed => "合格",
        EnrolmentResult.Failed => "不合格",
        _ => r.ToString(),
    };

    public static string Kind(InstitutionKind k) => k switch
    {
        InstitutionKind.NursingHome => "养老院",
        InstitutionKind.CareHome => "护理院",
        InstitutionKind.DayCareCenter => "日间照料中心",
        InstitutionKind.HomeCareCenter => "居家养老服务商",
        InstitutionKind.MealProvider => "长者饭堂",
        _ => k.ToString(),
    };
}
