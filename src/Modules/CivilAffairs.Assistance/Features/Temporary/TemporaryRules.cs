using System.Globalization;
using CivilAffairs.Assistance.Domain;

namespace CivilAffairs.Assistance.Features.Temporary;

/// <summary>The multiples in force on a date (parameters assistance.temporary.*).</summary>
internal sealed record TemporaryPolicy(decimal Standard, decimal UrgentCapMultiple, decimal TransitionalCapMultiple, decimal StreetLimitMultiple);

/// <summary>
/// Caps and approval routing of 临时救助 (rules doc §3): cap = multiple × 低保 standard by kind;
/// up to street_limit × standard the 街道 approves, above it the 区.
/// </summary>
internal static class TemporaryRules
{
    public static decimal Cap(TemporaryKind kind, TemporaryPolicy p) =>
        MeansTest.Money((kind == TemporaryKind.Urgent ? p.UrgentCapMultiple : p.TransitionalCapMultiple) * p.Standard);

    public static decimal StreetLimit(TemporaryPolicy p) => MeansTest.Money(p.StreetLimitMultiple * p.Standard);

    public static ApprovalLevel Route(decimal amount, TemporaryPolicy p) => amount <= StreetLimit(p) ? ApprovalLevel.Street : ApprovalLevel.District;

    /// <summary>Null when the amount is allowed; otherwise the message that names the cap.</summary>
    public static string? CheckAmount(TemporaryKind kind, decimal amount, TemporaryPolicy p)
    {
        if (amount <= 0)
        {
            return "救助金额须大于0";
        }
        var cap = Cap(kind, p);
        var multiple = kind == TemporaryKind.Urgent ? p.UrgentCapMultiple : p.TransitionalCapMultiple;
        return amount > cap
            ? $"{KindName(kind)}临时救助金额 {Yuan(amount)} 元超过上限 {Yuan(cap)} 元（{multiple.ToString("0.##", CultureInfo.InvariantCulture)} 倍低保标准 {Yuan(p.Standard)} 元）"
            : null;
    }

    public static string KindName(TemporaryKind kind) => kind == TemporaryKind.Urgent ? "急难型" : "过渡型";

    public static string LevelName(ApprovalLevel level) => level == ApprovalLevel.Street ? "街道审批" : "区审批";

    public static string StatusName(TemporaryStatus s) => s switch
    {
        TemporaryStatus.Pending => "待街道审核",
        TemporaryStatus.AwaitingDistrict => "待区审批",
        TemporaryStatus.Approved => "已批准",
        _ => "不予救助",
    };

    public static string Yuan(decimal v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
}
