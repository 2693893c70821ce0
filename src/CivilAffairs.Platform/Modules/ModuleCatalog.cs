namespace CivilAffairs.Platform.Modules;

/// <summary>A line of work in the left menu (Icon: one character, drawn as a badge). Modules not built yet still appear, marked as such.</summary>
public sealed record ModuleInfo(string Key, string DisplayName, string EnglishName, string Icon, string? Href, string? Permission, bool Built, IReadOnlyList<MenuLink> Links);

public sealed record MenuLink(string Title, string Href, string? Permission = null);

/// <summary>Every module of the architecture, in the order of the 2018 summary.</summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<ModuleInfo> Planned { get; } =
    [
        new("assistance", "社会救助", "Social assistance", "救", null, null, false, []),
        new("rescue", "救助管理与寻亲", "Rescue & family search", "寻", null, null, false, []),
        new("disaster", "自然灾害救助", "Disaster relief", "灾", null, null, false, []),
        new("eldercare", "养老服务", "Elderly care", "老", null, null, false, []),
        new("socialorgs", "社会组织", "Social organizations", "社", null, null, false, []),
        new("community", "基层治理", "Community governance", "治", null, null, false, []),
        new("socialwork", "社会工作与志愿服务", "Social work & volunteers", "工", null, null, false, []),
        new("charity", "慈善与福彩", "Charity & welfare lottery", "善", null, null, false, []),
        new("funeral", "殡葬服务", "Funeral services", "殡", null, null, false, []),
        new("marriage", "婚姻登记", "Marriage registration", "婚", null, null, false, []),
        new("childwelfare", "儿童福利", "Child welfare", "童", null, null, false, []),
        new("facilities", "设施与项目", "Facilities & projects", "建", null, null, false, []),
        new("governance", "机关管理", "Bureau management", "政", null, null, false, []),
        new("reporting", "统计分析", "Statistics", "统", null, null, false, []),
    ];
}

/// <summary>The menu as served: built modules replace their planned entry.</summary>
public sealed class ModuleMenu(IEnumerable<ModuleInfo> built)
{
    public IReadOnlyList<ModuleInfo> BuiltModules { get; } = built.ToList();

    public IReadOnlyList<ModuleInfo> WorkModules { get; } =
        ModuleCatalog.Planned.Select(p => built.FirstOrDefault(b => b.Key == p.Key) ?? p).ToList();

    public ModuleInfo? Find(string key) => WorkModules.FirstOrDefault(m => m.Key == key);
}
