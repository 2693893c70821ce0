using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Features.Desk;

/// <summary>
/// What the clerk checks in hand before recording (《婚姻登记条例》第五、十、十一条 and the
/// 婚姻登记工作规范). The declaration is not here: it is confirmed separately and the service refuses without it.
/// </summary>
internal static class DeskChecklist
{
    /// <param name="hukouBook">Whether the 户口簿 is still required on the day (not since the 2025 regulation, parameter marriage.registration.any_office).</param>
    public static IReadOnlyList<string> For(ServiceType type, bool divorceCertificateVisit, bool hukouBook) =>
        Items(type, divorceCertificateVisit).Where(i => hukouBook || !i.Contains("户口簿", StringComparison.Ordinal)).ToList();

    private static IReadOnlyList<string> Items(ServiceType type, bool divorceCertificateVisit) => type switch
    {
        ServiceType.Marriage =>
        [
            "双方本人有效居民身份证",
            "双方户口簿（跨省通办：一方居住证）",
            "双方近期半身免冠合影照片3张（2寸）",
            "双方当场核对身份、确认系本人自愿结婚",
        ],
        ServiceType.Divorce when divorceCertificateVisit =>
        [
            "双方本人有效居民身份证",
            "双方户口簿",
            "结婚证原件",
            "双方共同签署的离婚协议书（与受理时一致或重新签署）",
            "双方近期半身免冠单人照片各2张（2寸）",
        ],
        ServiceType.Divorce =>
        [
            "双方本人有效居民身份证",
            "双方户口簿",
            "结婚证原件",
            "双方共同签署的离婚协议书",
            "双方当场填写《离婚登记申请书》",
        ],
        ServiceType.Reissue =>
        [
            "申请人有效居民身份证",
            "申请人户口簿",
            "近期半身免冠照片（结婚证为合影，离婚证为单人）",
            "原登记档案已调取核对",
        ],
        _ =>
        [
            "申请人有效居民身份证",
            "申请人户口簿",
            "婚姻登记档案已查询核对",
        ],
    };

    /// <summary>The wording of the signed declaration for the type (申请结婚登记声明书 etc.).</summary>
    public static string Declaration(ServiceType type) => type switch
    {
        ServiceType.Marriage => "双方已当场签署声明书（《申请结婚登记声明书》：本人无配偶，双方无禁止结婚的亲属关系）",
        ServiceType.Divorce => "双方已当场签署声明书（确认自愿离婚，对子女抚养、财产及债务处理达成一致）",
        _ => "申请人已当场签署声明书",
    };
}
