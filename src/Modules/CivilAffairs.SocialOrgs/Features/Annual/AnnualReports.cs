using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Annual;

/// <summary>
/// The organization's side: what is due, its reports, filling in a draft, submitting (late
/// submissions are accepted and marked), correcting a returned report, reporting rectification done.
/// An organization's account reaches only its own reports (the DbContext filter): another's is 404.
/// </summary>
internal sealed class AnnualReports(SocialOrgsDb db, OrgAccess access, AnnualTerms terms, AnnualViews views, Numbers numbers, ICurrentUser user,
    TimeProvider clock)
{
    public async Task<MyAnnual> MineAsync(CancellationToken ct)
    {
        var org = await access.MineAsync(ct);
        var year = terms.ReportingYear;
        var deadlines = await terms.DeadlinesAsync(year, org.DivisionCode, ct);
        var due = deadlines.For(org.Type);
        var reports = await db.AnnualReports.AsNoTracking().Where(r => r.OrganizationId == org.Id).OrderByDescending(r => r.Year).ToListAsync(ct);
        var rows = reports.Select(r => AnnualTerms.Row(r, org.Name, terms.Today)).ToList();
        var current = rows.FirstOrDefault(r => r.Year == year);
        var owes = org.Status == OrgStatus.Active && AnnualInspectionRules.OwesReport(org.EstablishedOn, year);
        return new MyAnnual(org.Id, org.Name, org.CreditCode, SocialOrgNames.Of(org.Type), year, owes, due,
            org.SupervisingUnit is null ? null : deadlines.SupervisorFor(org.Type), owes && terms.Today > due && current?.SubmittedOn is null, current, rows);
    }

    /// <summary>Creates the year's draft or saves the existing draft / returned report (socialorgs.self, its own only).</summary>
    public async Task<AnnualReportView> SaveAsync(Guid? id, AnnualReportForm form, CancellationToken ct)
    {
        var (org, report) = await OpenAsync(id, form, ct);
        Apply(report, form, org, strict: false);
        await db.SaveChangesAsync(ct);
        return await views.GetAsync(report.Id, ct);
    }

    /// <summary>Submits (or resubmits after a return); the form, when given, is saved first.</summary>
    public async Task<AnnualReportView> SubmitAsync(Guid id, AnnualReportForm? form, CancellationToken ct)
    {
        var (org, report) = await OpenAsync(id, form, ct);
        if (org.Status != OrgStatus.Active)
        {
            throw new BusinessRuleException("该社会组织已注销或被撤销登记，不能报送年度报告");
        }
        Apply(report, form ?? AnnualViews.FormOf(report), org, strict: true);
        var today = terms.Today;
        var resubmitted = report.Status == AnnualReportStatus.Returned;
        if (report.SubmittedOn is null)
        {
            report.Number = await numbers.NextAsync("NB", report.Year, ct);
            report.SubmittedOn = today;
            report.Late = today > report.DueOn;
        }
        report.Status = AnnualReportStatus.Submitted;
        report.SubmittedBy = user.UserName;
        report.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        Event(org, report, resubmitted ? $"更正后重新报送{report.Year}年度工作报告" : $"报送{report.Year}年度工作报告" + (report.Late ? "（逾期提交）" : ""));
        await db.SaveChangesAsync(ct);
        return await views.GetAsync(report.Id, ct);
    }

    /// <summary>The organization reports its rectification done, with what it did (socialorgs.self).</summary>
    public async Task<AnnualReportView> RectifiedAsync(Guid id, AnnualReasonRequest request, CancellationToken ct)
    {
        EnsureSelf();
        var report = await db.AnnualReports.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("年度报告不存在或不在您的管辖范围内");
        if (report.Rectification != RectificationStatus.Ordered)
        {
            throw new BusinessRuleException("该年度报告没有待完成的整改");
        }
        var note = (request.Reason ?? "").Trim();
        if (note.Length == 0)
        {
            throw new FieldValidationException("reason", "请说明整改情况");
        }
        var org = await access.GetAsync(report.OrganizationId, ct);
        report.Rectification = RectificationStatus.Reported;
        report.RectificationNote = note.Length > 2000 ? note[..2000] : note;
        report.RectificationReportedOn = terms.Today;
        report.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        Event(org, report, $"报告{report.Year}年度年检整改完成，待登记管理机关确认");
        await db.SaveChangesAsync(ct);
        return await views.GetAsync(report.Id, ct);
    }

    private void EnsureSelf()
    {
        if (!user.Has(Permissions.SocialOrgsSelf) || !access.IsOrganization)
        {
            throw new ForbiddenException("年度报告由社会组织本身填报");
        }
    }

    private async Task<(SocialOrganization Org, AnnualReport Report)> OpenAsync(Guid? id, AnnualReportForm? form, CancellationToken ct)
    {
        EnsureSelf();
        var org = await access.MineAsync(ct);
        AnnualReport? report;
        if (id is { } given)
        {
            report = await db.AnnualReports.FirstOrDefaultAsync(r => r.Id == given, ct) ?? throw new NotFoundException("年度报告不存在或不在您的管辖范围内");
        }
        else
        {
            var year = form?.Year ?? terms.ReportingYear;
            if (year > terms.ReportingYear || !AnnualInspectionRules.OwesReport(org.EstablishedOn, year))
            {
                throw new FieldValidationException("year", $"报告年度应为成立当年至{terms.ReportingYear}年之间");
            }
            report = await db.AnnualReports.FirstOrDefaultAsync(r => r.OrganizationId == org.Id && r.Year == year, ct);
            if (report is null)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                report = new AnnualReport
                {
                    OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, AuthorityCode = org.AuthorityCode, OrgType = org.Type,
                    Year = year, DueOn = await terms.DueOnAsync(org, year, ct), CreatedAtUtc = now, UpdatedAtUtc = now,
                };
                db.AnnualReports.Add(report);
            }
        }
        if (report.Status is not (AnnualReportStatus.Draft or AnnualReportStatus.Returned))
        {
            throw new BusinessRuleException($"{report.Year}年度报告已{AnnualTerms.StatusName(report.Status)}，不能修改");
        }
        return (org, report);
    }

    /// <summary>Validates and copies the form; a draft may be incomplete, a submission may not.</summary>
    private void Apply(AnnualReport r, AnnualReportForm f, SocialOrganization org, bool strict)
    {
        var errors = new FieldErrors();
        int Count(int? v, string field, string name)
        {
            if (v is null && strict)
            {
                errors.Add(field, $"请填写{name}");
            }
            if (v < 0)
            {
                errors.Add(field, $"{name}不能为负数");
            }
            return Math.Max(v ?? 0, 0);
        }
        decimal Money(decimal? v, string field, string name, bool required = true)
        {
            if (v is null && strict && required)
            {
                errors.Add(field, $"请填写{name}");
            }
            if (v < 0 && field != "netAssets")
            {
                errors.Add(field, $"{name}不能为负数");
            }
            return Math.Round(v ?? 0, 2);
        }
        r.IndividualMembers = Count(f.IndividualMembers, "individualMembers", "个人会员数");
        r.UnitMembers = Count(f.UnitMembers, "unitMembers", "单位会员数");
        r.FullTimeStaff = Count(f.FullTimeStaff, "fullTimeStaff", "专职工作人员数");
        r.CouncilMeetings = Count(f.CouncilMeetings, "councilMeetings", "理事会召开次数");
        r.GeneralMeetings = Count(f.GeneralMeetings, "generalMeetings", "会员（代表）大会召开次数");
        r.IncomeTotal = Money(f.IncomeTotal, "incomeTotal", "本年度收入合计");
        r.ExpenditureTotal = Money(f.ExpenditureTotal, "expenditureTotal", "本年度支出合计");
        r.CharitableExpenditure = Money(f.CharitableExpenditure, "charitableExpenditure", "公益慈善（业务活动）支出");
        r.StaffAndAdminCosts = Money(f.StaffAndAdminCosts, "staffAndAdminCosts", "工资福利和行政办公支出");
        r.NetAssets = Money(f.NetAssets, "netAssets", "年末净资产");
        var foundation = org.Type == SocialOrgType.Foundation;
        r.PriorYearIncome = f.PriorYearIncome is null ? null : Money(f.PriorYearIncome, "priorYearIncome", "上年度总收入", false);
        r.PriorYearFundBalance = f.PriorYearFundBalance is null ? null : Money(f.PriorYearFundBalance, "priorYearFundBalance", "上年末基金余额", false);
        if (strict && foundation && org.PublicFundraising && f.PriorYearIncome is null)
        {
            errors.Add("priorYearIncome", "具有公开募捐资格的基金会请填写上年度总收入（用于70%支出比例检查）");
        }
        if (strict && foundation && !org.PublicFundraising && f.PriorYearFundBalance is null)
        {
            errors.Add("priorYearFundBalance", "基金会请填写上年末基金余额（用于8%支出比例检查）");
        }
        if (r.CharitableExpenditure > r.ExpenditureTotal && f.ExpenditureTotal is not null)
        {
            errors.Add("charitableExpenditure", "公益慈善（业务活动）支出不能大于支出合计");
        }
        if (r.StaffAndAdminCosts > r.ExpenditureTotal && f.ExpenditureTotal is not null)
        {
            errors.Add("staffAndAdminCosts", "工资福利和行政办公支出不能大于支出合计");
        }
        var summary = (f.ActivitiesSummary ?? "").Trim();
        if (strict && summary.Length < 10)
        {
            errors.Add("activitiesSummary", "请概述本年度开展的主要活动（至少10个字）");
        }
        if (summary.Length > 4000)
        {
            errors.Add("activitiesSummary", "活动情况不超过4000字");
        }
        if ((f.MajorChanges?.Length ?? 0) > 2000 || (f.SelfDeclaredBreaches?.Length ?? 0) > 2000)
        {
            errors.Add(f.MajorChanges?.Length > 2000 ? "majorChanges" : "selfDeclaredBreaches", "不超过2000字");
        }
        errors.ThrowIfAny();
        r.ActivitiesSummary = summary;
        r.MajorChanges = string.IsNullOrWhiteSpace(f.MajorChanges) ? null : f.MajorChanges.Trim();
        r.SelfDeclaredBreaches = string.IsNullOrWhiteSpace(f.SelfDeclaredBreaches) ? null : f.SelfDeclaredBreaches.Trim();
        r.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private void Event(SocialOrganization org, AnnualReport r, string summary) =>
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = OrgEventKind.AnnualReport, Summary = summary,
            Reference = r.Number, OccurredOn = terms.Today, RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
}
