namespace CivilAffairs.ElderCare.Domain;

/// <summary>
/// One care-needs assessment: the ten Barthel (ADL) items, their total, the level the thresholds in
/// force gave, who assessed and when the next one is due. The profile keeps the latest level.
/// </summary>
internal sealed class ElderAssessment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    /// <summary>Residence division when assessed (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    public DateOnly AssessedOn { get; set; }

    public int Feeding { get; set; }

    public int Bathing { get; set; }

    public int Grooming { get; set; }

    public int Dressing { get; set; }

    public int Bowels { get; set; }

    public int Bladder { get; set; }

    public int Toilet { get; set; }

    public int Transfers { get; set; }

    public int Mobility { get; set; }

    public int Stairs { get; set; }

    public int Total { get; set; }

    public CareLevel Level { get; set; }

    public string Assessor { get; set; } = "";

    public string Organisation { get; set; } = "";

    /// <summary>介护 certified by a city or district hospital's diagnosis.</summary>
    public bool DiagnosisCertified { get; set; }

    public DateOnly NextAssessmentOn { get; set; }

    /// <summary>The thresholds and interval used, "key=value@validFrom" joined by "; ".</summary>
    public string ParametersUsed { get; set; } = "";

    public string? Note { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>One Barthel item: its key (the request's field), Chinese name and the scores it allows.</summary>
internal sealed record BarthelItem(string Key, string Name, int[] Scores);

/// <summary>The Barthel index (改良Barthel / MZ/T 039-2013 日常生活活动): ten items, 0–100.</summary>
internal static class Barthel
{
    public static readonly IReadOnlyList<BarthelItem> Items =
    [
        new("feeding", "进食", [0, 5, 10]),
        new("bathing", "洗澡", [0, 5]),
        new("grooming", "修饰", [0, 5]),
        new("dressing", "穿衣", [0, 5, 10]),
        new("bowels", "大便控制", [0, 5, 10]),
        new("bladder", "小便控制", [0, 5, 10]),
        new("toilet", "如厕", [0, 5, 10]),
        new("transfers", "床椅转移", [0, 5, 10, 15]),
        new("mobility", "平地行走", [0, 5, 10, 15]),
        new("stairs", "上下楼梯", [0, 5, 10]),
    ];

    /// <summary>The level for a total: at least <paramref name="independentMin"/> 能力完好, at least <paramref name="mildMin"/> 轻度, at least <paramref name="moderateMin"/> 中度, else 重度.</summary>
    public static CareLevel LevelFor(int total, int independentMin, int mildMin, int moderateMin) =>
        total >= independentMin ? CareLevel.Independent : total >= mildMin ? CareLevel.Mild : total >= moderateMin ? CareLevel.Moderate : CareLevel.Severe;

    public static string LevelName(CareLevel? level) => level switch
    {
        CareLevel.Independent => "能力完好",
        CareLevel.Mild => "轻度失能",
        CareLevel.Moderate => "中度失能",
        CareLevel.Severe => "重度失能",
        _ => "未评估",
    };

    public static string LivingName(LivingSituation living) => living switch
    {
        LivingSituation.WithFamily => "与家人同住",
        LivingSituation.EmptyNest => "空巢",
        LivingSituation.Alone => "独居",
        LivingSituation.InInstitution => "入住机构",
        _ => "未登记",
    };
}
