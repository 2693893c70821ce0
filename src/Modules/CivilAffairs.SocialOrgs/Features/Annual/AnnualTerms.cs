using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Annual;

/// <summary>
/// The terms in force (deadlines, ratios, rectification period) read from the parameters, and how a
/// year ended for an organization (the input of the rules across years).
/// </summary>
internal sealed class AnnualTerms(SocialOrgsDb db, ParameterStore parameters, TimeProvider clock)
{
    private readonly Dictionary<(int, string), AnnualDeadlines> _deadlines = [];

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The year being reported on now: the previous calendar year.</summary>
    public int ReportingYear => Today.Year - 1;

    public async Task<AnnualDeadlines> DeadlinesAsync(int year, string division, CancellationToken ct)
    {
        if (!_deadlines.TryGetValue((year, division), out var d))
        {
            var found = await parameters.FindManyAsync(AnnualParameters.DeadlineKeys, new DateOnly(year + 1, 1, 1), division, ct);
            _deadlines[(year, division)] = d = AnnualDeadlines.From(year, found);
        }
        return d;
    }

    public async Task<DateOnly> DueOnAsync(SocialOrganization org, int year, CancellationToken ct) =>
        (await DeadlinesAsync(year, org.DivisionCode, ct)).For(org.Type);

    public async Task<FoundationRatios> RatiosAsync(int year, string division, CancellationToken ct) =>
        FoundationRatios.From(await parameters.FindManyAsync(AnnualParameters.RatioKeys, new DateOnly(year, 12, 31), division, ct), year);

    /// <summary>The rectification deadline from a grading day, and the parameter value used.</summary>
    public async Task<(DateOnly By, string Used)> RectifyByAsync(DateOnly gradedOn, string division, CancellationToken ct)
    {
        var p = await parameters.FindAsync(AnnualParameters.RectificationDays, gradedOn, division, ct)
            ?? throw new BusinessRuleException($"整改期限参数未设置（{gradedOn:yyyy-MM-dd}）：{AnnualParameters.RectificationDays}");
        var days = int.Parse(p.Value, CultureInfo.InvariantCulture);
        return (gradedOn.AddDays(days), $"{AnnualParameters.RectificationDays}={p.Value}（{p.DivisionCode}，{p.ValidFrom:yyyy-MM-dd}起，{p.LegalBasis}）");
    }

    /// <summary>The foundation checks on a report's figures, with the ratios in force for its year.</summary>
    public async Task<(IReadOnlyList<RatioCheck> Checks, string Used)> CheckFoundationAsync(AnnualReport r, bool publicFundraising, CancellationToken ct)
    {
        var ratios = await RatiosAsync(r.Year, r.DivisionCode, ct);
        // the 70 % rule's base is last year's income: the previous year's report when there is one, else what the organization declared
        var prior = await db.AnnualReports.AsNoTracking().Where(p => p.OrganizationId == r.OrganizationId && p.Year == r.Year - 1 && p.SubmittedOn != null)
            .Select(p => (decimal?)p.IncomeTotal).FirstOrDefaultAsync(ct);
        var income = prior ?? r.PriorYearIncome;
        var checks = FoundationChecks.Run(publicFundraising, r.CharitableExpenditure, income, r.PriorYearFundBalance, r.StaffAndAdminCosts, r.ExpenditureTotal, ratios);
        var source = prior is not null ? $"上年总收入取{r.Year - 1}年度报告" : "上年总收入取本报告填报值";
        return (checks, ratios.Used + "；" + source);
    }

    /// <summary>How a year ended for an organization (graded, pending, missed or not due), read from the saved reports.</summary>
    public async Task<YearOutcome> OutcomeAsync(SocialOrganization org, int year, CancellationToken ct)
    {
        var r = await db.AnnualReports.AsNoTracking().Where(x => x.OrganizationId == org.Id && x.Year == year)
            .Select(x => new { x.Result, x.SubmittedOn }).FirstOrDefaultAsync(ct);
        if (r?.Result is { } result)
        {
            return Of(result);
        }
        if (r?.SubmittedOn is not null)
        {
            return YearOutcome.Pending;
        }
        if (!AnnualInspectionRules.OwesReport(org.EstablishedOn, year))
        {
            return YearOutcome.NotDue;
        }
        return Today > await DueOnAsync(org, year, ct) ? YearOutcome.Missing : YearOutcome.NotDue;
    }

    public static YearOutcome Of(InspectionResult r) => r switch
    {
        InspectionResult.Pass => YearOutcome.Pass,
        InspectionResult.BasicPass => YearOutcome.BasicPass,
        _ => YearOutcome.Fail,
    };

    public static string StatusName(AnnualReportStatus s) => s switch
    {
        AnnualReportStatus.Draft => "草稿",
        AnnualReportStatus.Submitted => "待审查",
        AnnualReportStatus.Returned => "退回修改",
        _ => "已审查",
    };

    public static string RectificationName(RectificationStatus s) => s switch
    {
        RectificationStatus.Ordered => "整改中",
        RectificationStatus.Reported => "已报整改完成",
        RectificationStatus.Closed => "整改完成",
        _ => "",
    };

    public static string ProposalStatusName(ProposalStatus s) => s switch
    {
        ProposalStatus.Pending => "待处理",
        ProposalStatus.Confirmed => "已处理（确认）",
        _ => "已处理（不予处理）",
    };

    public static AnnualReportRow Row(AnnualReport r, string orgName, DateOnly today) =>
        new(r.Id, r.Number, r.Year, r.OrganizationId, orgName, r.CreditCode, SocialOrgNames.Of(r.OrgType), r.AuthorityCode, r.Status, StatusName(r.Status),
            r.DueOn, r.SubmittedOn, r.Late, r.Result, r.Result is { } g ? SocialOrgNames.Of(g) : null, r.Rectification, r.RectifyBy,
            r.Rectification == RectificationStatus.Ordered && r.RectifyBy < today, r.RatioFailed);
}
