using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>Effective-dated parameters of institutions and beds (values and legal bases in Seeding/InstitutionsSeeder).</summary>
internal static class InstitutionParameters
{
    public const string Module = "eldercare";
    public const string ConstructionSelfCare = "eldercare.institutions.construction.selfcare";
    public const string ConstructionNursing = "eldercare.institutions.construction.nursing";
    public const string ConstructionMemory = "eldercare.institutions.construction.memory";
    public const string OperatingSelfCare = "eldercare.institutions.operating.selfcare";
    public const string OperatingNursing = "eldercare.institutions.operating.nursing";
    public const string OperatingMemory = "eldercare.institutions.operating.memory";
    public const string NewBedsPerYear = "eldercare.institutions.target.new_beds_per_year";
    public const string NursingShare = "eldercare.institutions.target.nursing_share";
    public const string DayCareClinicShare = "eldercare.institutions.target.daycare_clinic_share";

    public static string Construction(BedType t) => t switch
    {
        BedType.SelfCare => ConstructionSelfCare,
        BedType.Nursing => ConstructionNursing,
        BedType.MemoryCare => ConstructionMemory,
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    public static string Operating(BedType t) => t switch
    {
        BedType.SelfCare => OperatingSelfCare,
        BedType.Nursing => OperatingNursing,
        BedType.MemoryCare => OperatingMemory,
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(ConstructionSelfCare, "民办养老机构建设资助：新增自理床位（每床一次性）", "元", ParameterType.Decimal, Module),
        new(ConstructionNursing, "民办养老机构建设资助：新增护理型床位（每床一次性）", "元", ParameterType.Decimal, Module),
        new(ConstructionMemory, "民办养老机构建设资助：新增失智照护床位（每床一次性）", "元", ParameterType.Decimal, Module),
        new(OperatingSelfCare, "民办养老机构运营资助：自理床位（每床每月，按入住天数折算）", "元", ParameterType.Decimal, Module),
        new(OperatingNursing, "民办养老机构运营资助：护理型床位（每床每月，按入住天数折算）", "元", ParameterType.Decimal, Module),
        new(OperatingMemory, "民办养老机构运营资助：失智照护床位（每床每月，按入住天数折算）", "元", ParameterType.Decimal, Module),
        new(NewBedsPerYear, "全市每年新增养老床位目标", "张", ParameterType.Integer, Module),
        new(NursingShare, "护理型床位占养老床位比例目标", "%", ParameterType.Decimal, Module),
        new(DayCareClinicShare, "社区日间照料中心与基层医疗机构签约率目标", "%", ParameterType.Decimal, Module),
    ];
}
