using System.Text.Json;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Annual;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// Demo annual reports, relative to today: the two years before the reporting year graded (mostly
/// 合格, some 基本合格, 福田区明德培训学校 不合格 two years running → revocation proposed, 宝安区新安社区服务中心
/// missed last year → listed and warned); the reporting year partly graded, org.foundation and a few
/// others awaiting review, org.assoc and org.npo not yet submitted (the browser journey submits).
/// </summary>
internal sealed class AnnualDemoSeeder(SocialOrgsDb db, AnnualTerms terms, Numbers numbers, CreditListing listing, TimeProvider clock)
{
    private const int FailTwice = 25, MissedLastYear = 37;

    private static readonly int[] BasicPassLastYear = [6, 13, 19, 22, 30];
    private static readonly int[] BasicPassEarlier = [9, 33];
    private static readonly int[] AwaitingReview = [2, 16, 17, 23, 24, 29, MissedLastYear];
    private static readonly int[] NotSubmitted = [1, 3, FailTwice, 41];

    public async Task SeedAsync(CancellationToken ct)
    {
        // seeding runs without a signed-in user: the filters would hide every row
        if (await db.AnnualReports.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var orgs = (await db.Organizations.IgnoreQueryFilters().ToListAsync(ct)).ToDictionary(o => o.CreditCode);
        var r = terms.ReportingYear;
        for (var n = 1; n <= SocialOrgsSeeder.Demo.Count; n++)
        {
            if (!orgs.TryGetValue(SocialOrgsSeeder.CodeOf(n), out var org))
            {
                continue;
            }
            for (var y = r - 2; y <= r; y++)
            {
                InspectionResult? grade = y == r ? (AwaitingReview.Contains(n) || NotSubmitted.Contains(n) ? null : n == 13 ? InspectionResult.BasicPass : InspectionResult.Pass)
                    : n == FailTwice ? InspectionResult.Fail
                    : y == r - 1 && BasicPassLastYear.Contains(n) ? InspectionResult.BasicPass
                    : y == r - 2 && BasicPassEarlier.Contains(n) ? InspectionResult.BasicPass
                    : InspectionResult.Pass;
                if ((y == r && NotSubmitted.Contains(n)) || (y == r - 1 && n == MissedLastYear))
                {
                    continue;
                }
                await AddAsync(org, n, y, grade, late: y == r && n == MissedLastYear, ct);
            }
        }
        await db.SaveChangesAsync(ct);

        // the one that missed last year: listed by last year's sweep, warned
        var missed = orgs[SocialOrgsSeeder.CodeOf(MissedLastYear)];
        var due = await terms.DueOnAsync(missed, r - 1, ct);
        var entry = await listing.PlaceAsync(missed, CreditList.Abnormal, CreditTrigger.NoAnnualReport, $"未按规定报送{r - 1}年度工作报告（截止日{due:yyyy-MM-dd}）",
            AnnualSanctions.SourceRef(r - 1), due.AddDays(1), ct);
        entry.ListedBy = "system";
        Proposal(missed, r - 1, SanctionKind.Warning, $"{r - 1}年度未参加年检（未报送年度报告）", due.AddDays(10), "system");
        var failing = orgs[SocialOrgsSeeder.CodeOf(FailTwice)];
        Proposal(failing, r - 1, SanctionKind.Revocation, $"{r - 2}年度不合格；{r - 1}年度不合格", new DateOnly(r, 7, 20), "futian.npo");
        await db.SaveChangesAsync(ct);
    }

    private async Task AddAsync(SocialOrganization org, int n, int year, InspectionResult? grade, bool late, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await terms.DueOnAsync(org, year, ct);
        var submitted = late ? new DateOnly(year + 1, 8, 15) : due.AddDays(-(n % 40) - 3);
        var scale = Math.Max(org.RegisteredCapital, 50_000m);
        var income = H(scale * (org.Type == SocialOrgType.Foundation ? 0.9m : 3.2m) * (1 + (n + year) % 7 / 10m));
        var expenditure = H(income * 0.92m);
        var adminShare = org.Type == SocialOrgType.Foundation && n == 19 && year == terms.ReportingYear - 1 ? 0.12m : 0.07m;
        var fundBalance = H(org.RegisteredCapital * 1.15m);
        var charitable = org.Type != SocialOrgType.Foundation ? H(expenditure * 0.8m)
            : org.PublicFundraising ? H(income * 0.78m) : Math.Max(H(fundBalance * 0.11m), H(expenditure * 0.85m));
        expenditure = Math.Max(expenditure, charitable + H(expenditure * adminShare));
        var report = new AnnualReport
        {
            Number = await numbers.NextAsync("NB", year, ct), OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode,
            AuthorityCode = org.AuthorityCode, OrgType = org.Type, Year = year, Status = grade is null ? AnnualReportStatus.Submitted : AnnualReportStatus.Graded,
            DueOn = due, SubmittedOn = submitted, Late = late, SubmittedBy = "demo",
            IndividualMembers = org.Type == SocialOrgType.SocialGroup ? 60 + n * 7 % 240 : 0, UnitMembers = org.IsIndustryAssociation ? 40 + n * 13 % 300 : 0,
            FullTimeStaff = 3 + n % 12, CouncilMeetings = 2 + n % 3, GeneralMeetings = org.Type == SocialOrgType.SocialGroup ? 1 : 0,
            ActivitiesSummary = $"{year}年度围绕{org.Field}开展服务项目{4 + n % 9}个、培训交流活动{6 + n % 11}场，服务群众约{(n * 173 % 900 + 300) * 10}人次。",
            IncomeTotal = income, ExpenditureTotal = expenditure, CharitableExpenditure = charitable, StaffAndAdminCosts = H(expenditure * adminShare),
            PriorYearIncome = org.Type == SocialOrgType.Foundation ? H(income * 0.96m) : null,
            PriorYearFundBalance = org.Type == SocialOrgType.Foundation ? fundBalance : null, NetAssets = H(org.RegisteredCapital * 1.2m + income * 0.05m),
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        db.AnnualReports.Add(report);
        Event(org, OrgEventKind.AnnualReport, $"报送{year}年度工作报告" + (late ? "（逾期提交）" : ""), report.Number, submitted);
        if (grade is not { } g)
        {
            return;
        }
        var gradedOn = new DateOnly(year + 1, 7, 1).AddDays(n % 20);
        report.Result = g;
        report.GradedOn = gradedOn;
        report.GradedBy = org.Level == RegistrationLevel.City ? "city.npo" : "futian.npo";
        if (org.Type == SocialOrgType.Foundation)
        {
            var (checks, used) = await terms.CheckFoundationAsync(report, org.PublicFundraising, ct);
            report.RatioChecks = JsonSerializer.Serialize(checks);
            report.RatioFailed = checks.Any(c => c.Passed == false);
            report.ParametersUsed = used;
        }
        if (g != InspectionResult.Pass)
        {
            report.Breaches = g == InspectionResult.Fail ? "S02,M03" : report.RatioFailed ? AnnualBreaches.RatioCode : n % 2 == 0 ? "M01" : "M02,M06";
            report.Opinion = g == InspectionResult.Fail ? "超出章程规定的业务范围开展收费培训，财务管理不规范；责令限期整改。" : "存在不规范情形，责令限期整改。";
            var (by, used) = await terms.RectifyByAsync(gradedOn, org.DivisionCode, ct);
            report.RectifyBy = by;
            report.ParametersUsed = report.ParametersUsed is null ? used : report.ParametersUsed + "；" + used;
            var open = year == terms.ReportingYear - 1 && (n is 22 or 30 || g == InspectionResult.Fail);
            report.Rectification = !open ? RectificationStatus.Closed : n == 22 ? RectificationStatus.Reported : RectificationStatus.Ordered;
            if (report.Rectification == RectificationStatus.Closed)
            {
                report.RectificationClosedOn = by.AddDays(-10);
                report.RectificationClosedBy = report.GradedBy;
                report.RectificationNote = "已按要求完成整改并提交整改报告。";
            }
            else if (report.Rectification == RectificationStatus.Reported)
            {
                report.RectificationNote = "已补开理事会并修订财务管理制度，附会议纪要。";
                report.RectificationReportedOn = by.AddDays(-5);
            }
        }
        report.Status = AnnualReportStatus.Graded;
        if (org.LastInspectionYear is null || org.LastInspectionYear <= year)
        {
            org.LastInspectionYear = year;
            org.LastInspectionResult = g;
            org.Rectifying = g == InspectionResult.Fail && report.Rectification != RectificationStatus.Closed;
        }
        Event(org, OrgEventKind.Inspection, $"{year}年度年检结论：{SocialOrgNames.Of(g)}" + (report.RectifyBy is { } rb ? $"，责令于{rb:yyyy-MM-dd}前整改" : ""),
            report.Number, gradedOn);
    }

    /// <summary>Rounded to whole hundreds of yuan, as the demo's figures are.</summary>
    private static decimal H(decimal v) => Math.Round(v / 100m) * 100m;

    private void Proposal(SocialOrganization org, int year, SanctionKind kind, string years, DateOnly on, string by) =>
        db.AnnualProposals.Add(new AnnualSanctionProposal
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, AuthorityCode = org.AuthorityCode, Year = year, Years = years,
            Kind = kind, ProposedOn = on, ProposedBy = by,
        });

    private void Event(SocialOrganization org, OrgEventKind kind, string summary, string? reference, DateOnly on) =>
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = kind, Summary = summary, Reference = reference,
            OccurredOn = on, RecordedBy = "system", RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
}
