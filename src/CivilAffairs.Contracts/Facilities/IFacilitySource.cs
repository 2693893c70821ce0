namespace CivilAffairs.Contracts.Facilities;

/// <summary>What kind of civil-affairs service institution a facility is.</summary>
public enum FacilityType
{
    /// <summary>养老机构 (养老院、护理院、社会福利中心的养老部分)</summary>
    ElderlyCare = 1,

    /// <summary>福利院 / 儿童福利机构</summary>
    WelfareHome = 2,

    /// <summary>救助管理站</summary>
    RescueStation = 3,

    /// <summary>殡仪馆</summary>
    FuneralHome = 4,

    /// <summary>公墓 / 骨灰堂</summary>
    Cemetery = 5,

    /// <summary>婚姻登记处</summary>
    MarriageRegistry = 6,

    /// <summary>社工站 / 党群服务中心</summary>
    SocialWorkStation = 7,

    /// <summary>社区日间照料中心</summary>
    DayCareCenter = 8,

    /// <summary>长者饭堂 / 助餐点</summary>
    ElderlyCanteen = 9,

    /// <summary>居家养老服务中心</summary>
    HomeCareCenter = 10,

    /// <summary>其他民政服务设施</summary>
    Other = 99,
}

/// <summary>Who runs a facility.</summary>
public enum FacilityOwnership
{
    /// <summary>公办（公办公营）</summary>
    Public = 1,

    /// <summary>公建民营</summary>
    PublicBuiltPrivateRun = 2,

    /// <summary>民办</summary>
    Private = 3,
}

/// <summary>Whether a facility serves.</summary>
public enum FacilityStatus
{
    /// <summary>筹建</summary>
    Preparing = 1,

    /// <summary>运营</summary>
    Operating = 2,

    /// <summary>暂停（整改）</summary>
    Suspended = 3,

    /// <summary>停用 / 注销</summary>
    Closed = 4,
}

/// <summary>
/// One institution as the module that keeps it publishes it to the facility registry.
/// </summary>
/// <param name="Code">The institution's code in its module (unique there); with the module key it identifies the registry row.</param>
/// <param name="DivisionCode">Where it stands (street, district, or 4403 for a city institution).</param>
/// <param name="Capacity">Beds, places, seats or plots; null when the module does not know.</param>
/// <param name="CapacityUnit">e.g. 床, 个, 穴; null with no capacity.</param>
public sealed record FacilitySourceItem(
    string Code,
    string Name,
    FacilityType Type,
    string DivisionCode,
    string? Address,
    int? Capacity,
    string? CapacityUnit,
    string? LicenceNumber,
    string? OperatorName,
    string? OperatorCreditCode,
    FacilityOwnership? Ownership,
    FacilityStatus Status);

/// <summary>
/// Implemented by each module that keeps institutions (ElderCare, Funeral, Marriage, Rescue, ChildWelfare):
/// the Facilities registry reads every source, as the system, at seeding and on demand, and upserts by
/// module + code. A source reads its own tables only and changes nothing.
/// </summary>
public interface IFacilitySource
{
    /// <summary>The module's key, e.g. "eldercare" (stored with each row it feeds).</summary>
    string ModuleKey { get; }

    /// <summary>Chinese module name for display, e.g. 养老服务.</summary>
    string ModuleName { get; }

    /// <summary>Every institution the module keeps (read as the system: the whole city).</summary>
    Task<IReadOnlyList<FacilitySourceItem>> ListAsync(CancellationToken ct = default);
}
