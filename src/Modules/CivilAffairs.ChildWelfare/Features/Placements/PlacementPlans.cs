using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Placements;

/// <summary>
/// 成年孤儿安置 (2018 policy): orphans about to turn 18 are listed in advance; a plan names education,
/// employment, housing and social-assistance referral with target dates and a responsible person;
/// it is approved by someone else, then followed up by visits (overdue ones shown in red).
/// </summary>
internal sealed class PlacementPlans(ChildWelfareDb db, AllowanceStandardsReader parameters, ICurrentUser me, TimeProvider clock)
{
    private static readonly ChildCategory[] Orphans = [ChildCategory.InstitutionalOrphan, ChildCategory.DispersedOrphan];

    public async Task<PlacementBoard> BoardAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var months = await parameters.IntAsync(ChildWelfareParameters.PlacementLookaheadMonths, today, me.Jurisdiction ?? "4403", 6, ct);
        // born between 19 years ago (turned 18 within the last year) and 18 years minus the lookahead ago
        var bornAfter = today.AddYears(-19);
        var bornBy = today.AddMonths(months).AddYears(-18);
        var planned = db.Placements.Select(p => p.ChildId);
        var candidates = await db.Children.AsNoTracking()
            .Where(c => Orphans.Contains(c.Category) && c.BirthDate > bornAfter && c.BirthDate <= bornBy && !planned.Contains(c.Id)
                && (c.Status == ChildStatus.Active || c.Status == ChildStatus.Approved || (c.Status == ChildStatus.Left && c.LeaveReason == LeaveReason.TurnedAdult)))
            .OrderBy(c => c.BirthDate).ToListAsync(ct);
        var institutions = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var upcoming = candidates.Select(c => new UpcomingAdult(c.Id, c.Name, Masking.IdNumber(c.IdNumber), ChildWelfareNames.Of(c.Category),
            c.InstitutionId is { } i ? institutions.GetValueOrDefault(i) : null, c.DivisionCode, c.BirthDate.AddYears(18),
            c.BirthDate.AddYears(18).DayNumber - today.DayNumber)).ToList();
        var rows = await (from p in db.Placements.AsNoTracking()
                          join c in db.Children.AsNoTracking() on p.ChildId equals c.Id
                          select new { p, c.Name, c.IdNumber, LastVisit = p.Visits.Max(v => (DateOnly?)v.VisitedOn) })
            .ToListAsync(ct);
        var list = rows.Select(r => new PlacementListItem(r.p.Id, r.p.ChildId, r.Name, Masking.IdNumber(r.IdNumber), r.p.TurnsAdultOn, r.p.DivisionCode,
                Arrangements(r.p), r.p.ResponsiblePerson, r.p.Status, ChildWelfareNames.Of(r.p.Status), r.LastVisit, r.p.NextVisitDue, IsOverdue(r.p, today)))
            .OrderByDescending(x => x.Overdue).ThenBy(x => x.Status).ThenBy(x => x.NextVisitDue).ToList();
        return new PlacementBoard(upcoming, list, list.Count(x => x.Status != PlacementStatus.Closed), list.Count(x => x.Overdue), months);
    }

    public static bool IsOverdue(Placement p, DateOnly today) => p.Status != PlacementStatus.Closed && p.NextVisitDue is { } d && d < today;

    private static string Arrangements(Placement p) => string.Join("、", new[]
    {
        p.Education is null ? null : "教育", p.Employment is null ? null : "就业", p.Housing is null ? null : "住房", p.AssistanceReferral is null ? null : "社会救助转介",
    }.Where(x => x is not null));

    public async Task<PlacementDetail> CreateAsync(PlacementRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var child = r.ChildId is { } cid ? await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (child is null)
        {
            errors.Add("childId", "请选择本辖区的在册孤儿");
        }
        else if (!Orphans.Contains(child.Category))
        {
            errors.Add("childId", "成年孤儿安置仅适用于孤儿");
        }
        else if (await db.Placements.AnyAsync(p => p.ChildId == child.Id, ct))
        {
            errors.Add("childId", "该孤儿已有安置计划");
        }
        var education = Text(r.Education);
        var employment = Text(r.Employment);
        var housing = Text(r.Housing);
        var referral = Text(r.AssistanceReferral);
        if (education is null && employment is null && housing is null && referral is null)
        {
            errors.Add("education", "请至少填写一项安置内容（教育、就业、住房或社会救助转介）");
        }
        Due(errors, "educationDue", education, r.EducationDue);
        Due(errors, "employmentDue", employment, r.EmploymentDue);
        Due(errors, "housingDue", housing, r.HousingDue);
        Due(errors, "assistanceDue", referral, r.AssistanceDue);
        var responsible = Text(r.ResponsiblePerson);
        if (responsible is null)
        {
            errors.Add("responsiblePerson", "请填写责任人");
        }
        errors.ThrowIfAny();
        var adult = child!.BirthDate.AddYears(18);
        var interval = await parameters.IntAsync(ChildWelfareParameters.VisitIntervalDays, today, child.DivisionCode, 90, ct);
        var p = new Placement
        {
            ChildId = child.Id, DivisionCode = child.DivisionCode, TurnsAdultOn = adult, Education = education, EducationDue = education is null ? null : r.EducationDue,
            Employment = employment, EmploymentDue = employment is null ? null : r.EmploymentDue, Housing = housing, HousingDue = housing is null ? null : r.HousingDue,
            AssistanceReferral = referral, AssistanceDue = referral is null ? null : r.AssistanceDue, ResponsiblePerson = responsible!, Status = PlacementStatus.Draft,
            NextVisitDue = r.FirstVisitDue ?? (adult > today ? adult : today).AddDays(interval), CreatedBy = me.UserName, CreatedOn = today,
        };
        db.Placements.Add(p);
        await db.SaveChangesAsync(ct);
        return await DetailAsync(p.Id, ct);
    }

    private static void Due(FieldErrors errors, string field, string? text, DateOnly? due)
    {
        if (text is not null && due is null)
        {
            errors.Add(field, "请填写目标完成日期");
        }
    }

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<Placement> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Placements.Include(p => p.Visits).FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();

    public async Task<PlacementDetail> DetailAsync(Guid id, CancellationToken ct)
    {
        var p = await LoadAsync(id, ct);
        var c = await db.Children.AsNoTracking().FirstAsync(x => x.Id == p.ChildId, ct);
        var today = ChinaTime.Today(clock);
        var writer = me.Has(Permissions.ChildWelfareWrite);
        return new PlacementDetail(p.Id, p.ChildId, c.Name, Masking.IdNumber(c.IdNumber), p.TurnsAdultOn, p.DivisionCode, p.Education, p.EducationDue,
            p.Employment, p.EmploymentDue, p.Housing, p.HousingDue, p.AssistanceReferral, p.AssistanceDue, p.ResponsiblePerson, p.Status,
            ChildWelfareNames.Of(p.Status), p.CreatedBy, p.CreatedOn, p.ApprovedBy, p.ApprovedOn, p.ClosedOn, p.ClosingNote, p.NextVisitDue, IsOverdue(p, today),
            p.Visits.OrderByDescending(v => v.VisitedOn).Select(v => new VisitView(v.Id, v.VisitedOn, v.Notes, v.NextDue, v.VisitedBy)).ToList(),
            me.Has(Permissions.ChildWelfareApprove) && p.Status == PlacementStatus.Draft && !string.Equals(p.CreatedBy, me.UserName, StringComparison.OrdinalIgnoreCase),
            writer && p.Status == PlacementStatus.Approved, writer && p.Status == PlacementStatus.Approved);
    }

    public async Task<PlacementDetail> ApproveAsync(Guid id, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareApprove);
        var p = await LoadAsync(id, ct);
        if (p.Status != PlacementStatus.Draft)
        {
            throw new BusinessRuleException("只有拟定状态的安置计划可以批准");
        }
        if (string.Equals(p.CreatedBy, me.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("安置计划须由制定人以外的审批人批准");
        }
        p.Status = PlacementStatus.Approved;
        p.ApprovedBy = me.UserName;
        p.ApprovedOn = ChinaTime.Today(clock);
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await DetailAsync(id, ct);
    }

    public async Task<PlacementDetail> VisitAsync(Guid id, VisitRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var p = await LoadAsync(id, ct);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        if (r.VisitedOn is not { } on || on > today)
        {
            errors.Add("visitedOn", "请填写回访日期（不能晚于今天）");
        }
        var notes = Text(r.Notes);
        if (notes is null)
        {
            errors.Add("notes", "请填写回访情况");
        }
        if (r.NextDue is { } next && r.VisitedOn is { } v && next <= v)
        {
            errors.Add("nextDue", "下次回访日期应晚于本次回访日期");
        }
        errors.ThrowIfAny();
        if (p.Status != PlacementStatus.Approved)
        {
            throw new BusinessRuleException("安置计划批准后才能登记回访；已结案的计划不再回访");
        }
        var interval = await parameters.IntAsync(ChildWelfareParameters.VisitIntervalDays, today, p.DivisionCode, 90, ct);
        var visit = new FollowUpVisit
        {
            PlacementId = p.Id, VisitedOn = r.VisitedOn!.Value, Notes = notes!, NextDue = r.NextDue ?? r.VisitedOn!.Value.AddDays(interval), VisitedBy = me.UserName,
        };
        db.Visits.Add(visit);
        // the latest visit sets the next due date
        if (p.Visits.All(x => x.VisitedOn <= visit.VisitedOn))
        {
            p.NextVisitDue = visit.NextDue;
        }
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await DetailAsync(id, ct);
    }

    public async Task<PlacementDetail> CloseAsync(Guid id, CloseRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfareWrite);
        var p = await LoadAsync(id, ct);
        var note = Text(r.Note) ?? throw new FieldValidationException("note", "请填写结案说明（安置结果）");
        if (p.Status != PlacementStatus.Approved)
        {
            throw new BusinessRuleException("只有实施中的安置计划可以结案");
        }
        p.Status = PlacementStatus.Closed;
        p.ClosedOn = ChinaTime.Today(clock);
        p.ClosingNote = note;
        p.NextVisitDue = null;
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await DetailAsync(id, ct);
    }
}
