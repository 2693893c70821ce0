using CivilAffairs.Platform.Values;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>How a social organization's party organization is formed.</summary>
public enum PartyForm
{
    /// <summary>单独组建.</summary>
    Own = 1,

    /// <summary>联合组建 (with other organizations).</summary>
    Joint = 2,

    /// <summary>功能型党组织 (e.g. in an industry or a project).</summary>
    Functional = 3,
}

public enum PilotStatus
{
    /// <summary>试点中.</summary>
    Running = 1,

    /// <summary>已评估.</summary>
    Evaluated = 2,

    /// <summary>已终止.</summary>
    Ended = 3,
}

/// <summary>
/// Party building in one organization: how many party members work there and, if it has one, its
/// party organization. No form with members at or above the threshold means 应建未建.
/// </summary>
internal sealed class PartyUnit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>Party members working in the organization (正式党员).</summary>
    public int PartyMembers { get; set; }

    /// <summary>Null: no party organization.</summary>
    public PartyForm? Form { get; set; }

    /// <summary>E.g. 中共深圳市电子商会支部委员会, or the joint branch's name.</summary>
    public string? PartyOrgName { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    [PersonalData(MaskKind.Name)]
    public string? Secretary { get; set; }

    /// <summary>上级党组织.</summary>
    public string? Superior { get; set; }

    /// <summary>党建指导员.</summary>
    [PersonalData(MaskKind.Name)]
    public string? Instructor { get; set; }

    public DateOnly UpdatedOn { get; set; }

    public string UpdatedBy { get; set; } = "";
}

/// <summary>行业协会商会自律试点: an industry association in a pilot batch, its measures and evaluation.</summary>
internal sealed class SelfRegulationPilot
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public int BatchYear { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>自律措施 (公约、标准、诚信承诺 …).</summary>
    public string Measures { get; set; } = "";

    public PilotStatus Status { get; set; } = PilotStatus.Running;

    public decimal? Score { get; set; }

    /// <summary>优秀 / 良好 / 合格 / 不合格.</summary>
    public string? Result { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public string RecordedBy { get; set; } = "";
}

/// <summary>社会组织党群服务中心.</summary>
internal sealed class PartyServiceCentre
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    /// <summary>District or street code.</summary>
    public string DivisionCode { get; set; } = "";

    public string Address { get; set; } = "";

    public DateOnly OpenedOn { get; set; }

    /// <summary>The host: an organization's name or the bureau.</summary>
    public string Host { get; set; } = "";

    public Guid? HostOrganizationId { get; set; }

    public string Services { get; set; } = "";

    public int VisitsPerYear { get; set; }

    public string RecordedBy { get; set; } = "";
}

/// <summary>The party committee's reported city totals for a year (the seed: 1,235 organizations, 11,988 members at the end of 2018), beside the register's own count.</summary>
internal sealed class PartyCensusReport
{
    public int Year { get; set; }

    public int PartyOrganizations { get; set; }

    public int Members { get; set; }

    public string Source { get; set; } = "";
}
