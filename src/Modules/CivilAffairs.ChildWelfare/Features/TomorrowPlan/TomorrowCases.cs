using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.TomorrowPlan;

/// <summary>
/// 明天计划 cases: applied → assessed → approved (childwelfare.approve, not the person who applied)
/// → operated (hospital, date, cost split between the lottery fund, medical insurance and others)
/// → closed with the rehabilitation outcome; or rejected. Counts and costs by year of application.
/// </summary>
internal sealed class TomorrowCases(ChildWelfareDb db, ICurrentUser me, TimeProvider clock)
{
    public async Task<CaseBoard> BoardAsync(int? year, string? status, CancellationToken ct)
    {
        var all = await (from t in db.TomorrowCases.AsNoTracking()
                         join c in db.Children.AsNoTracking() on t.ChildId equals c.Id
                         select new { t, c.Name, c.IdNumber }).ToListAsync(ct);
        var byYear = all.GroupBy(x => x.t.AppliedOn.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearFigures(g.Key, g.Count(), g.Count(x => x.t.SurgeryOn is not null), g.Count(x => x.t.Status == TomorrowStatus.Closed),
                g.Count(x => x.t.Outcome == TomorrowOutcome.Cured), g.Count(x => x.t.Outcome == TomorrowOutcome.Improved),
                g.Sum(x => x.t.TotalCost ?? 0), g.Sum(x => x.t.LotteryFund ?? 0), g.Sum(x => x.t.MedicalInsurance ?? 0), g.Sum(x => x.t.OtherFunding ?? 0)))
            .ToList();
        var filtered = all.AsEnumerable();
        if (year is { } y)
        {
            filtered = filtered.Where(x => x.t.AppliedOn.Year == y);
        }
        var byStatus = filtered.GroupBy(x => x.t.Status.ToString()).ToDictionary(g => g.Key, g => g.Count());
        if (Enum.TryParse<TomorrowStatus>(status, true, out var s))
        {
            filtered = filtered.Where(x => x.t.Status == s);
        }
        var cases = filtered.OrderByDescending(x => x.t.AppliedOn).ThenBy(x => x.t.Id)
            .Select(x => new CaseListItem(x.t.Id, x.t.ChildId, x.Name, Masking.IdNumber(x.IdNumber), x.t.AppliedOn, x.t.Diagnosis, x.t.Hospital, x.t.SurgeryOn,
                x.t.TotalCost, x.t.LotteryFund, x.t.Status, ChildWelfareNames.Of(x.t.Status), x.t.Outcome is { } o ? ChildWelfareNames.Of(o) : null))
            .ToList();
        return new CaseBoard(cases, byYear, byStatus);
    }

    /// <summary>Children who may have a case opened (approved or active), for the form's list.</summary>
    public async Task<List<(Guid Id, string Label)>> EligibleChildrenAsync(CancellationToken ct) =>
        (await db.Children.AsNoTracking().Where(c => c.Status == ChildStatus.Active || c.Status == ChildStatus.Approved)
            .OrderBy(c => c.Name).Take(1000).Select(c => new { c.Id, c.Name, c.IdNumber }).ToListAsync(ct))
            .Select(c => (c.Id, $"{c.Name} {Masking.IdNumber(c.IdNumber)}")).ToList();

    public async Task<CaseDetail> CreateAsync(NewCaseRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var child = r.ChildId is { } id ? await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        if (child is null)
        {
            errors.Add("childId", "请选择本辖区的在册儿童");
        }
        else if (child.Status == ChildStatus.Left)
        {
            errors.Add("childId", "该儿童已退出保障");
        }
        else if (child.Status == ChildStatus.Registered)
        {
            errors.Add("childId", "该儿童保障类别尚未核定");
        }
        if (r.AppliedOn is not { } on || on > today)
        {
            errors.Add("appliedOn", "请填写申报日期（不能晚于今天）");
        }
        else if (child is not null && IdNumber.AgeOn(child.BirthDate, on) >= 18)
        {
            errors.Add("appliedOn", "明天计划适用于0至18周岁的儿童");
        }
        var diagnosis = Text(r.Diagnosis);
        if (diagnosis is null)
        {
            errors.Add("diagnosis", "请填写诊断");
        }
        errors.ThrowIfAny();
        var t = new TomorrowCase
        {
            ChildId = child!.Id, DivisionCode = child.DivisionCode, AppliedOn = r.AppliedOn!.Value, Diagnosis = diagnosis!, Status = TomorrowStatus.Applied,
            CreatedBy = me.UserName,
        };
        db.TomorrowCases.Add(t);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(t.Id, ct);
    }

    public async Task<CaseDetail> AssessAsync(Guid id, AssessRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var t = await LoadAsync(id, ct);
        var errors = new FieldErrors();
        if (r.AssessedOn is not { } on || on > ChinaTime.Today(clock) || on < t.AppliedOn)
        {
            errors.Add("assessedOn", "请填写评估日期（申报日期至今天之间）");
        }
        if (Text(r.Assessor) is null)
        {
            errors.Add("assessor", "请填写评估人或评估机构");
        }
        if (Text(r.Conclusion) is null)
        {
            errors.Add("conclusion", "请填写评估结论");
        }
        errors.ThrowIfAny();
        Expect(t, TomorrowStatus.Applied, "只有已申报的个案可以登记评估");
        t.AssessedOn = r.AssessedOn;
        t.Assessor = Text(r.Assessor);
        t.AssessmentConclusion = Text(r.Conclusion);
        t.Status = TomorrowStatus.Assessed;
        return await SaveAsync(t, ct);
    }

    public async Task<CaseDetail> DecideAsync(Guid id, DecideRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareApprove);
        var t = await LoadAsync(id, ct);
        if (r.Approve && Text(r.Hospital) is null)
        {
            throw new FieldValidationException("hospital", "批准时请填写定点医院");
        }
        Expect(t, TomorrowStatus.Assessed, "评估完成后才能审批");
        if (string.Equals(t.CreatedBy, me.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("申报人不能审批自己申报的个案");
        }
        t.Status = r.Approve ? TomorrowStatus.Approved : TomorrowStatus.Rejected;
        t.ApprovedBy = me.UserName;
        t.ApprovedOn = ChinaTime.Today(clock);
        t.Hospital = Text(r.Hospital) ?? t.Hospital;
        t.Note = Text(r.Note) ?? t.Note;
        return await SaveAsync(t, ct);
    }

    public async Task<CaseDetail> SurgeryAsync(Guid id, SurgeryRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var t = await LoadAsync(id, ct);
        var errors = new FieldErrors();
        if (r.SurgeryOn is not { } on || on > ChinaTime.Today(clock) || (t.ApprovedOn is { } a && on < a))
        {
            errors.Add("surgeryOn", "请填写手术日期（批准日期至今天之间）");
        }
        foreach (var (field, value) in new[] { ("totalCost", r.TotalCost), ("lotteryFund", r.LotteryFund), ("medicalInsurance", r.MedicalInsurance), ("otherFunding", r.OtherFunding) })
        {
            if (value is < 0 or > 10_000_000)
            {
                errors.Add(field, "金额应在0至10,000,000元之间");
            }
        }
        if (r.TotalCost is not > 0)
        {
            errors.Add("totalCost", "请填写医疗总费用");
        }
        else if ((r.LotteryFund ?? 0) + (r.MedicalInsurance ?? 0) + (r.OtherFunding ?? 0) != r.TotalCost)
        {
            errors.Add("lotteryFund", "福彩公益金、医疗保险与其他资金之和应等于医疗总费用");
        }
        errors.ThrowIfAny();
        Expect(t, TomorrowStatus.Approved, "个案批准后才能登记手术");
        t.SurgeryOn = r.SurgeryOn;
        t.Hospital = Text(r.Hospital) ?? t.Hospital;
        t.TotalCost = Math.Round(r.TotalCost!.Value, 2);
        t.LotteryFund = Math.Round(r.LotteryFund ?? 0, 2);
        t.MedicalInsurance = Math.Round(r.MedicalInsurance ?? 0, 2);
        t.OtherFunding = Math.Round(r.OtherFunding ?? 0, 2);
        t.RehabPlan = Text(r.RehabPlan) ?? t.RehabPlan;
        t.Status = TomorrowStatus.Operated;
        return await SaveAsync(t, ct);
    }

    public async Task<CaseDetail> CloseAsync(Guid id, CloseCaseRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var t = await LoadAsync(id, ct);
        var errors = new FieldErrors();
        TomorrowOutcome? outcome = Enum.TryParse<TomorrowOutcome>(r.Outcome, true, out var o) && Enum.IsDefined(o) ? o : null;
        if (outcome is null)
        {
            errors.Add("outcome", "请选择康复结果");
        }
        if (r.ClosedOn is not { } on || on > ChinaTime.Today(clock) || (t.SurgeryOn is { } s && on < s))
        {
            errors.Add("closedOn", "请填写结案日期（手术日期至今天之间）");
        }
        errors.ThrowIfAny();
        Expect(t, TomorrowStatus.Operated, "手术后才能登记康复结果并结案");
        t.Outcome = outcome;
        t.ClosedOn = r.ClosedOn;
        t.RehabPlan = Text(r.RehabPlan) ?? t.RehabPlan;
        t.Status = TomorrowStatus.Closed;
        return await SaveAsync(t, ct);
    }

    public async Task<CaseDetail> DetailAsync(Guid id, CancellationToken ct)
    {
        var t = await db.TomorrowCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var c = await db.Children.AsNoTracking().FirstAsync(x => x.Id == t.ChildId, ct);
        return new CaseDetail(t.Id, t.ChildId, c.Name, Masking.IdNumber(c.IdNumber), ChildWelfareNames.Of(c.Category), t.AppliedOn, t.Diagnosis, t.Status,
            ChildWelfareNames.Of(t.Status), t.AssessedOn, t.Assessor, t.AssessmentConclusion, t.ApprovedBy, t.ApprovedOn, t.Hospital, t.SurgeryOn, t.TotalCost,
            t.LotteryFund, t.MedicalInsurance, t.OtherFunding, t.RehabPlan, t.Outcome, t.Outcome is { } o ? ChildWelfareNames.Of(o) : null, t.ClosedOn, t.Note,
            t.CreatedBy, me.Has(Permissions.ChildWelfareWrite),
            me.Has(Permissions.ChildWelfareApprove) && t.Status == TomorrowStatus.Assessed && !string.Equals(t.CreatedBy, me.UserName, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<TomorrowCase> LoadAsync(Guid id, CancellationToken ct) =>
        await db.TomorrowCases.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();

    private static void Expect(TomorrowCase t, TomorrowStatus s, string message)
    {
        if (t.Status != s)
        {
            throw new BusinessRuleException(message);
        }
    }

    private async Task<CaseDetail> SaveAsync(TomorrowCase t, CancellationToken ct)
    {
        t.Version++;
        await db.SaveChangesAsync(ct);
        return await DetailAsync(t.Id, ct);
    }

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
