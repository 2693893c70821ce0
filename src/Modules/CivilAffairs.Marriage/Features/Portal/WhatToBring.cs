using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Features.Portal;

/// <summary>
/// 办理须知: the papers to bring, by service and by the law in force on the session date. Shown on
/// the confirmation page and printed on the 预约确认单 (information for the citizen, not a rule the
/// booking applies, so it lives here rather than in the parameters).
/// </summary>
internal static class WhatToBring
{
    /// <param name="nationwide">The 2025 regulation (国务院令第804号) is in force on the session date (parameter
    /// marriage.registration.any_office): the ID card suffices, no 户口簿.</param>
    /// <param name="permitPilot">The 居住证 route of the 跨省通办 pilot is in force (parameter marriage.residence_permit_pilot).</param>
    public static (IReadOnlyList<string> Items, string Basis) For(ServiceType type, bool nationwide, bool permitPilot)
    {
        var revised = nationwide;
        var hukou = revised ? null : "户口簿（集体户口的，带加盖公章的首页复印件和本人页原件）";
        var items = new List<string?>();
        switch (type)
        {
            case ServiceType.Marriage:
                items.Add("双方本人有效居民身份证（临时身份证亦可）");
                items.Add(hukou is null ? null : "双方" + hukou);
                items.Add("近期（6个月内）2寸双人红底免冠合照3张");
                items.Add(!revised && permitPilot ? "双方均非广东省户籍的，另带深圳市居住证" : null);
                items.Add("无配偶及无禁止结婚亲属关系的声明在登记处当场签署，双方须本人到场");
                break;
            case ServiceType.Divorce:
                items.Add("双方本人有效居民身份证");
                items.Add(hukou is null ? null : "双方" + hukou);
                items.Add("双方的结婚证");
                items.Add("双方共同签署的离婚协议书（一式三份）");
                items.Add("近期2寸单人免冠照片各2张；双方须本人到场");
                break;
            case ServiceType.Reissue:
                items.Add("本人有效居民身份证");
                items.Add(hukou is null ? null : "本人" + hukou);
                items.Add("补领结婚证的，近期2寸双人红底免冠合照3张（双方到场）；补领离婚证的，近期2寸单人免冠照片2张");
                break;
            default:
                items.Add("本人有效居民身份证");
                items.Add(hukou is null ? null : "本人" + hukou);
                items.Add("婚姻状况证明仅供民函〔2015〕266号所列国家和地区使用，请先确认使用地");
                break;
        }
        var basis = revised ? "依据《婚姻登记条例》（2025年5月10日起施行）及深圳市婚姻登记办事指南" : "依据《婚姻登记条例》（2003年）及深圳市婚姻登记办事指南";
        return (items.OfType<string>().ToList(), basis);
    }
}
