namespace CivilAffairs.Registry.Domain;

/// <summary>
/// An administrative division, effective-dated: a code can be retired, and even reassigned, so
/// the key is an id and (Code, ValidFrom) is unique.
/// </summary>
internal sealed class Division
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Natural length: 2 province, 4 city, 6 county, 9 street/town, 12 community/village.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int Level { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>First day in force; null when it predates our records.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day in force; null while current.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>4xx special units (bonded zones, airport) are not administrative streets.</summary>
    public bool IsSpecialUnit { get; set; }

    public bool IsValidOn(DateOnly d) => (ValidFrom is null || ValidFrom <= d) && (ValidTo is null || ValidTo >= d);
}

/// <summary>A recorded change: creation, renumbering or transfer between parents.</summary>
internal sealed class DivisionChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateOnly EffectiveDate { get; set; }

    public string Kind { get; set; } = "";

    public string? OldCode { get; set; }

    public string? NewCode { get; set; }

    public string? OldParentCode { get; set; }

    public string? NewParentCode { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string LegalBasis { get; set; } = "";
}

/// <summary>
/// A management area (管理区/功能区) over statutory codes: 大鹏新区 manages three 龙岗 streets,
/// 深汕特别合作区 four 海丰 towns, 前海 a special unit of 南山.
/// </summary>
internal sealed class ManagementArea
{
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string ParentCode { get; set; } = "";

    public string Note { get; set; } = "";

    public List<ManagementAreaMember> Members { get; set; } = [];
}

internal sealed class ManagementAreaMember
{
    public string AreaKey { get; set; } = "";

    public string DivisionCode { get; set; } = "";
}

internal static class DivisionChangeKinds
{
    public const string Created = "设立";
    public const string Transferred = "划转";
    public const string Recoded = "代码调整";
}
