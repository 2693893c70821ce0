namespace CivilAffairs.Charity.Domain;

/// <summary>A yearly number sequence (捐赠票据号, 资助项目编号 …): numbers come from here, never from count + 1.</summary>
internal sealed class NumberCounter
{
    /// <summary>E.g. "JZ-2026".</summary>
    public string Key { get; set; } = "";

    public int Last { get; set; }

    public int Version { get; set; }
}
