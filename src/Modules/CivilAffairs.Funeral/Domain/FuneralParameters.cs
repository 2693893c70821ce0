using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Funeral.Domain;

/// <summary>
/// Parameter keys of the funeral module (rules §12). Values, effective dates and legal bases live
/// in the parameter store; the item standards of the free services are the catalogue table.
/// </summary>
internal static partial class FuneralParameters
{
    /// <summary>The overall cap of the free basic funeral services per deceased (yuan).</summary>
    public const string FreeServicesCap = "funeral.free_services.cap";

    /// <summary>Days after the month's end by which a home should submit its claim.</summary>
    public const string ClaimDueDays = "funeral.claim.due_days";

    public static IEnumerable<ParameterDefinition> DeathsDefinitions() =>
    [
        new(FreeServicesCap, "基本殡葬服务免费：每位逝者减免总额上限", "元", ParameterType.Decimal, "funeral"),
        new(ClaimDueDays, "免费基本殡葬服务月度申报：次月几日内提交", "日", ParameterType.Integer, "funeral"),
    ];
}
