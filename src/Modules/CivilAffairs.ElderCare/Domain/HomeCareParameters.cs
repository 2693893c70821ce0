using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>A service item of the home-care catalogue and the parameter that holds its hourly price.</summary>
internal sealed record HomeCareItem(string Code, string Name)
{
    public string PriceKey => HomeCareParameters.PricePrefix + Code;
}

/// <summary>Parameter keys of home and community care (居家养老); values, dates and legal bases live in the parameter store.</summary>
internal static class HomeCareParameters
{
    /// <summary>Age from which the home-care subsidy applies.</summary>
    public const string MinAge = "eldercare.homecare.min_age";

    /// <summary>低保 and 介护: monthly subsidy.</summary>
    public const string DibaoFullCare = "eldercare.homecare.subsidy.dibao_fullcare";

    /// <summary>介护, not on 低保: monthly subsidy.</summary>
    public const string FullCare = "eldercare.homecare.subsidy.fullcare";

    /// <summary>三无, 低保 or 优抚: monthly subsidy.</summary>
    public const string Priority = "eldercare.homecare.subsidy.priority";

    public const string MinMinutes = "eldercare.homecare.order.min_minutes";

    public const string MaxMinutes = "eldercare.homecare.order.max_minutes";

    public const string PricePrefix = "eldercare.homecare.price.";

    /// <summary>The service catalogue (服务项目); each item's hourly price is a parameter.</summary>
    public static readonly IReadOnlyList<HomeCareItem> Items =
    [
        new("meal", "助餐送餐"),
        new("clean", "助洁"),
        new("bath", "助浴"),
        new("escort", "助医陪诊"),
        new("rehab", "康复护理"),
        new("care", "生活照料"),
        new("comfort", "精神慰藉"),
        new("visit", "上门探访"),
    ];

    public static HomeCareItem? Item(string? codeOrName) =>
        Items.FirstOrDefault(i => string.Equals(i.Code, codeOrName?.Trim(), StringComparison.OrdinalIgnoreCase) || i.Name == codeOrName?.Trim());

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(MinAge, "居家养老服务补贴：年龄起点", "周岁", ParameterType.Integer, "eldercare"),
        new(DibaoFullCare, "居家养老服务补贴：低保且介护（每月）", "元/月", ParameterType.Decimal, "eldercare"),
        new(FullCare, "居家养老服务补贴：非低保介护（每月）", "元/月", ParameterType.Decimal, "eldercare"),
        new(Priority, "居家养老服务补贴：三无、低保或优抚老人（每月）", "元/月", ParameterType.Decimal, "eldercare"),
        new(MinMinutes, "居家养老服务工单：单次时长下限", "分钟", ParameterType.Integer, "eldercare"),
        new(MaxMinutes, "居家养老服务工单：单次时长上限", "分钟", ParameterType.Integer, "eldercare"),
        .. Items.Select(i => new ParameterDefinition(i.PriceKey, $"居家养老服务价格：{i.Name}", "元/小时", ParameterType.Decimal, "eldercare")),
    ];
}
