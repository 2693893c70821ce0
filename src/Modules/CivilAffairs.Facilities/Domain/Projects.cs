namespace CivilAffairs.Facilities.Domain;

/// <summary>The stages of a capital project, in order.</summary>
public enum ProjectStage
{
    /// <summary>立项</summary>
    Approval = 1,

    /// <summary>土地整备</summary>
    Land = 2,

    /// <summary>方案设计</summary>
    Design = 3,

    /// <summary>施工</summary>
    Construction = 4,

    /// <summary>竣工</summary>
    Completion = 5,

    /// <summary>运营</summary>
    Operation = 6,
}

public enum ProjectKind
{
    /// <summary>养老护理院 / 养老院</summary>
    ElderlyCare = 1,

    /// <summary>社会福利院 / 社会福利中心</summary>
    Welfare = 2,

    /// <summary>儿童福利院</summary>
    ChildWelfare = 3,

    /// <summary>救助安置院</summary>
    RescueSettlement = 4,

    /// <summary>救助管理站</summary>
    RescueStation = 5,

    /// <summary>殡仪馆（新建 / 改扩建）</summary>
    Funeral = 6,

    /// <summary>精神卫生福利机构</summary>
    MentalHealth = 7,

    /// <summary>其他</summary>
    Other = 99,
}

public enum ProjectLevel
{
    /// <summary>市级</summary>
    City = 1,

    /// <summary>区级</summary>
    District = 2,
}

public enum DeliveryMode
{
    /// <summary>政府直接投资（建设单位自建）</summary>
    GovernmentDirect = 1,

    /// <summary>市场化代建</summary>
    AgentConstruction = 2,

    /// <summary>工务署集中代建</summary>
    PublicWorksAgency = 3,

    /// <summary>社会资本合作（PPP）</summary>
    Partnership = 4,
}

public enum RiskLevel
{
    /// <summary>高</summary>
    High = 1,

    /// <summary>中</summary>
    Medium = 2,

    /// <summary>低</summary>
    Low = 3,
}

public enum RiskStatus
{
    /// <summary>未消除</summary>
    Open = 1,

    /// <summary>已缓解</summary>
    Mitigated = 2,

    /// <summary>已关闭</summary>
    Closed = 3,
}

/// <summary>A "9+3" (or district) capital project of a civil-affairs facility.</summary>
internal sealed class CapitalProject
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>e.g. XM-2026-000003.</summary>
    public string Number { get; set; } = "";

    public string Name { get; set; } = "";

    public ProjectKind Kind { get; set; }

    public ProjectLevel Level { get; set; }

    /// <summary>4403 for a city project, the district's 6-digit code for a district one (jurisdiction filter).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The institution it will become (registry code), once registered.</summary>
    public string? FacilityCode { get; set; }

    /// <summary>What it will be called when open.</summary>
    public string? FutureInstitution { get; set; }

    /// <summary>Total approved investment (yuan).</summary>
    public decimal Investment { get; set; }

    public DeliveryMode Delivery { get; set; }

    /// <summary>代建单位.</summary>
    public string? AgentName { get; set; }

    /// <summary>e.g. 床位 800 张, 建筑面积 6 万平方米.</summary>
    public string? Scale { get; set; }

    public string? Note { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>A stage of a project: planned and actual date it is completed (reached).</summary>
internal sealed class ProjectStageRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    public ProjectStage Stage { get; set; }

    public DateOnly? PlannedOn { get; set; }

    public DateOnly? ActualOn { get; set; }

    public string? RecordedBy { get; set; }
}

internal sealed class ProjectMilestone
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Title { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }
}

internal sealed class ProjectRisk
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Description { get; set; } = "";

    public RiskLevel Level { get; set; }

    /// <summary>The responsible unit or post (责任单位/岗位), not a private person.</summary>
    public string Owner { get; set; } = "";

    public string Mitigation { get; set; } = "";

    public RiskStatus Status { get; set; } = RiskStatus.Open;

    public DateOnly RaisedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }
}

/// <summary>A monthly progress report: what happened, percent complete, the month's spend.</summary>
internal sealed class ProjectReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>First day of the month reported.</summary>
    public DateOnly Month { get; set; }

    public DateOnly ReportedOn { get; set; }

    public string Text { get; set; } = "";

    public int Percent { get; set; }

    /// <summary>Spent in the month (yuan); spend to date is the sum.</summary>
    public decimal Spend { get; set; }

    public string ReportedBy { get; set; } = "";
}
