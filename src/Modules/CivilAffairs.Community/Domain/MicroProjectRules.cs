namespace CivilAffairs.Community.Domain;

/// <summary>The actions of the 民生微实事 workflow, each allowed from certain stages only.</summary>
public enum MicroProjectAction
{
    Review = 1,
    Approve = 2,
    Reject = 3,
    Procure = 4,
    Start = 5,
    Progress = 6,
    Accept = 7,
    Close = 8,
    Terminate = 9,
}

/// <summary>The rules of 民生微实事, pure for the unit tests: split, vote, caps, envelope, transitions, overdue.</summary>
internal static class MicroProjectRules
{
    /// <summary>City and district amounts: the city's share rounded to the fen, the district the rest, so they always add up.</summary>
    public static (decimal City, decimal District) Split(decimal budget, decimal cityShare)
    {
        var city = decimal.Round(budget * cityShare, 2, MidpointRounding.AwayFromZero);
        return (city, budget - city);
    }

    /// <summary>"1:1" for 0.5, "6:4" for 0.6 — how the split is shown.</summary>
    public static string RatioText(decimal cityShare)
    {
        var city = decimal.Round(cityShare * 10, 1);
        var district = 10 - city;
        if (city == district)
        {
            return "1:1";
        }
        return $"{city.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}:{district.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The residents' vote passes when the votes for are MORE than the ratio of the valid votes
    /// (for + against + abstain); no valid votes never pass.
    /// </summary>
    public static bool VotePasses(int votesFor, int votesAgainst, int votesAbstain, decimal ratio)
    {
        var valid = votesFor + votesAgainst + votesAbstain;
        return valid > 0 && votesFor > ratio * valid;
    }

    public static bool WithinCap(decimal budget, decimal cap) => budget <= cap;

    /// <summary>Whether approving <paramref name="budget"/> keeps the community within its yearly envelope.</summary>
    public static bool WithinEnvelope(decimal usedBefore, decimal budget, decimal envelope) => usedBefore + budget <= envelope;

    /// <summary>Stages whose money counts against the community's envelope (approved and later, not ended early).</summary>
    public static bool Commits(MicroProjectStage s) => s is MicroProjectStage.Approved or MicroProjectStage.Procured or MicroProjectStage.Implementing
        or MicroProjectStage.Accepted or MicroProjectStage.Closed;

    /// <summary>What a project commits: the contract once procured, the budget before.</summary>
    public static decimal Committed(decimal budget, decimal? contractAmount) => contractAmount ?? budget;

    public static bool IsOpen(MicroProjectStage s) => s is not (MicroProjectStage.Closed or MicroProjectStage.Rejected or MicroProjectStage.Terminated);

    /// <summary>An open project that has stayed in its stage longer than the limit.</summary>
    public static bool Overdue(MicroProjectStage stage, DateOnly since, DateOnly today, int limitDays) =>
        IsOpen(stage) && today.DayNumber - since.DayNumber > limitDays;

    /// <summary>The stages an action may start from.</summary>
    public static bool Allowed(MicroProjectStage from, MicroProjectAction action) => action switch
    {
        MicroProjectAction.Review => from == MicroProjectStage.Proposed,
        MicroProjectAction.Approve => from == MicroProjectStage.Reviewed,
        MicroProjectAction.Reject => from is MicroProjectStage.Proposed or MicroProjectStage.Reviewed,
        MicroProjectAction.Procure => from == MicroProjectStage.Approved,
        MicroProjectAction.Start => from == MicroProjectStage.Procured,
        MicroProjectAction.Progress => from == MicroProjectStage.Implementing,
        MicroProjectAction.Accept => from == MicroProjectStage.Implementing,
        MicroProjectAction.Close => from == MicroProjectStage.Accepted,
        MicroProjectAction.Terminate => from is MicroProjectStage.Approved or MicroProjectStage.Procured or MicroProjectStage.Implementing,
        _ => false,
    };

    /// <summary>The 409 message for an action the stage does not allow.</summary>
    public static string NotAllowedMessage(MicroProjectStage from, MicroProjectAction action) =>
        $"项目当前处于“{MicroProjectNames.Of(from)}”环节，不能{MicroProjectNames.Of(action)}";
}

/// <summary>Chinese names of the micro-project enums.</summary>
internal static class MicroProjectNames
{
    public static string Of(MicroProjectType t) => t switch
    {
        MicroProjectType.Works => "工程类",
        MicroProjectType.Service => "服务类",
        _ => "货物类",
    };

    public static string Of(MicroProjectTheme t) => t switch
    {
        MicroProjectTheme.Convenience => "便民利民",
        MicroProjectTheme.Activities => "群众活动",
        MicroProjectTheme.PublicSpirit => "公益风尚",
        MicroProjectTheme.Facilities => "公共设施",
        _ => "其他服务",
    };

    public static string Of(MicroProjectProposer p) => p switch
    {
        MicroProjectProposer.Residents => "居民",
        MicroProjectProposer.PartyCommittee => "社区党委",
        MicroProjectProposer.ResidentsCommittee => "居委会",
        MicroProjectProposer.SocialOrganization => "社会组织",
        MicroProjectProposer.LocalUnit => "驻区单位",
        _ => "其他",
    };

    public static string Of(MicroProjectStage s) => s switch
    {
        MicroProjectStage.Proposed => "项目征集",
        MicroProjectStage.Reviewed => "项目评议",
        MicroProjectStage.Approved => "项目确定",
        MicroProjectStage.Procured => "采购",
        MicroProjectStage.Implementing => "实施",
        MicroProjectStage.Accepted => "验收",
        MicroProjectStage.Closed => "结项",
        MicroProjectStage.Rejected => "不予立项",
        _ => "终止",
    };

    public static string Of(MicroProjectAction a) => a switch
    {
        MicroProjectAction.Review => "登记评议表决",
        MicroProjectAction.Approve => "审核确定",
        MicroProjectAction.Reject => "不予立项",
        MicroProjectAction.Procure => "登记采购",
        MicroProjectAction.Start => "开始实施",
        MicroProjectAction.Progress => "登记实施进展",
        MicroProjectAction.Accept => "登记验收",
        MicroProjectAction.Close => "结项",
        _ => "终止",
    };

    public static string Of(MicroProjectAcceptance a) => a == MicroProjectAcceptance.Passed ? "合格" : "不合格";

    public static string Of(MicroProcurementMethod m) => m switch
    {
        MicroProcurementMethod.OpenTender => "公开招标",
        MicroProcurementMethod.Competitive => "竞争性磋商",
        MicroProcurementMethod.Inquiry => "询价",
        MicroProcurementMethod.SingleSource => "单一来源",
        _ => "直接委托（限额以下）",
    };

    /// <summary>"福华社区居委会" → "福华社区": the register's names carry the committee's title.</summary>
    public static string Community(string registerName)
    {
        foreach (var suffix in new[] { "居民委员会", "居委会", "村民委员会", "村委会" })
        {
            if (registerName.EndsWith(suffix, StringComparison.Ordinal) && registerName.Length > suffix.Length)
            {
                return registerName[..^suffix.Length];
            }
        }
        return registerName;
    }

    /// <summary>Badge class per stage.</summary>
    public static string Badge(MicroProjectStage s) => s switch
    {
        MicroProjectStage.Proposed => "badge text-bg-light border",
        MicroProjectStage.Reviewed => "badge text-bg-warning",
        MicroProjectStage.Approved or MicroProjectStage.Procured => "badge text-bg-info",
        MicroProjectStage.Implementing => "badge text-bg-primary",
        MicroProjectStage.Accepted => "badge text-bg-success",
        MicroProjectStage.Closed => "badge text-bg-secondary",
        _ => "badge text-bg-danger",
    };
}
