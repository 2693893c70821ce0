using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>Effective-dated parameters of boundary management, with their legal basis (seeded by <see cref="BoundariesSeeder"/>).</summary>
internal static class BoundaryParameters
{
    public const string InspectionCycleYears = "registry.boundary.inspectionCycleYears";
    public const string MarkerFineCap = "registry.boundary.markerFineCap";

    public const string Regulation = "《行政区域界线管理条例》（国务院令第353号，2002年5月13日公布，2002年7月1日施行）";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(InspectionCycleYears, "行政区域界线联合检查周期", "年", ParameterType.Integer, "registry"),
        new(MarkerFineCap, "损毁、擅自移动界桩罚款上限", "元", ParameterType.Decimal, "registry"),
    ];

    internal static readonly (string Key, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (InspectionCycleYears, "2002-07-01", "5", Regulation + "：界线毗邻的人民政府每5年联合检查一次，遇有影响界线的自然灾害等情况随时检查（另见民政部界线联合检查相关办法）；条号请核对", null),
        (MarkerFineCap, "2002-07-01", "1000", Regulation + "：故意损毁或者擅自移动界桩的，应当支付修复费用，并由民政部门处1000元以下的罚款（第十八条，条号请核对）", null),
    ];
}
