using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Workforce;

/// <summary>Courses, enrolments within capacity, results and certificates.</summary>
internal sealed partial class Workforce
{
    public async Task<IReadOnlyList<CourseView>> CoursesAsync(int? year, CancellationToken ct)
    {
        EnsureCanRead();
        var q = db.TrainingCourses.AsNoTracking();
        if (year is { } y)
        {
            q = q.Where(c => c.StartsOn.Year == y || c.EndsOn.Year == y);
        }
        var courses = await q.OrderByDescending(c => c.StartsOn).ToListAsync(ct);
        var ids = courses.Select(c => c.Id).ToList();
        // capacity is public: count everyone's enrolments, not only the caller's
        var counts = (await db.TrainingEnrolments.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.CourseId))
            .Select(e => new { e.CourseId, e.Result }).ToListAsync(ct)).ToLookup(e => e.CourseId);
        return courses.Select(c => CourseView(c, counts[c.Id].Count(), counts[c.Id].Count(e => e.Result == EnrolmentResult.Passed),
            counts[c.Id].Count(e => e.Result == EnrolmentResult.Failed))).ToList();
    }

    public async Task<CourseDetail> CourseAsync(Guid id, CancellationToken ct)
    {
        EnsureCanRead();
        var c = await db.TrainingCourses.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var all = await db.TrainingEnrolments.IgnoreQueryFilters().AsNoTracking().Where(e => e.CourseId == id).Select(e => e.Result).ToListAsync(ct);
        var mine = await db.TrainingEnrolments.AsNoTracking().Where(e => e.CourseId == id).ToListAsync(ct);
        var workerIds = mine.Select(e => e.WorkerId).ToList();
        var workers = await db.CareWorkers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        return new CourseDetail(CourseView(c, all.Count, all.Count(r => r == EnrolmentResult.Passed), all.Count(r => r == EnrolmentResult.Failed)),
            mine.OrderBy(e => e.InstitutionCode).ThenBy(e => e.EnrolledAtUtc).Select(e => new EnrolmentView(e.Id, e.WorkerId,
                Masking.Name(workers.GetValueOrDefault(e.WorkerId)), e.InstitutionCode, e.Result, WorkforceNames.Result(e.Result), e.CertificateNumber,
                e.CompletedOn)).ToList());
    }

    public async Task<CourseView> AddCourseAsync(CourseRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!user.Has(Permissions.ElderCareManage))
        {
            throw new ForbiddenException("只有具有养老服务管理权限的人员可以发布培训课程");
        }
        var errors = new FieldErrors();
        var title = (r.Title ?? "").Trim();
        if (title.Length is 0 or > 100)
        {
            errors.Add("title", "请填写课程名称（不超过100字）");
        }
        var organiser = (r.Organiser ?? "").Trim();
        if (organiser.Length is 0 or > 100)
        {
            errors.Add("organiser", "请填写主办单位");
        }
        if (r.StartsOn is not { } starts)
        {
            errors.Add("startsOn", "请填写开课日期");
        }
        else if (r.EndsOn is not { } ends || ends < starts)
        {
            errors.Add("endsOn", "结课日期不能早于开课日期");
        }
        if (r.Hours is <= 0 or > 2000)
        {
            errors.Add("hours", "学时须为1至2000");
        }
        if (r.Capacity is <= 0 or > 1000)
        {
            errors.Add("capacity", "名额须为1至1000");
        }
        errors.ThrowIfAny();
        var c = new TrainingCourse
        {
            Title = title, Organiser = organiser, StartsOn = r.StartsOn!.Value, EndsOn = r.EndsOn!.Value, Hours = r.Hours, Capacity = r.Capacity,
            Level = r.Level ?? CareQualification.Junior, DivisionCode = user.Jurisdiction is { Length: > 0 } j ? j : "4403", CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.TrainingCourses.Add(c);
        await db.SaveChangesAsync(ct);
        return CourseView(c, 0, 0, 0);
    }

    public async Task<EnrolmentView> EnrolAsync(Guid courseId, EnrolRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        EnsureCanRead();
        var w = await db.CareWorkers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.WorkerId, ct)
            ?? throw new FieldValidationException("workerId", "护理员不存在或不在您的管理范围内");
        RequireWriteFor(w.InstitutionCode);
        var c = await db.TrainingCourses.FirstOrDefaultAsync(x => x.Id == courseId, ct) ?? throw new NotFoundException();
        if (c.EndsOn < ChinaTime.Today(clock))
        {
            throw new BusinessRuleException("课程已结束，不能再报名");
        }
        if (await db.TrainingEnrolments.IgnoreQueryFilters().AnyAsync(e => e.CourseId == courseId && e.WorkerId == w.Id, ct))
        {
            throw new BusinessRuleException("该护理员已报名此课程");
        }
        var taken = await db.TrainingEnrolments.IgnoreQueryFilters().CountAsync(e => e.CourseId == courseId, ct);
        if (taken >= c.Capacity)
        {
            throw new BusinessRuleException($"课程名额已满（{c.Capacity}人）");
        }
        var e = new TrainingEnrolment
        {
            CourseId = courseId, WorkerId = w.Id, InstitutionCode = w.InstitutionCode, DivisionCode = w.DivisionCode, EnrolledAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.TrainingEnrolments.Add(e);
        // the course row's version guards the last place against two enrolments at once
        c.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("课程名额已变化，请刷新后重试");
        }
        return new EnrolmentView(e.Id, w.Id, Masking.Name(w.Name), w.InstitutionCode, e.Result, WorkforceNames.Result(e.Result), null, null);
    }

    public async Task<EnrolmentView> RecordResultAsync(Guid courseId, Guid enrolmentId, ResultRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!user.Has(Permissions.ElderCareManage))
        {
            throw new ForbiddenException("只有具有养老服务管理权限的人员可以登记培训结果");
        }
        var e = await db.TrainingEnrolments.FirstOrDefaultAsync(x => x.Id == enrolmentId && x.CourseId == courseId, ct) ?? throw new NotFoundException();
        var c = await db.TrainingCourses.AsNoTracking().FirstAsync(x => x.Id == courseId, ct);
        var cert = (r.CertificateNumber ?? "").Trim();
        if (r.Passed && cert.Length is 0 or > 32)
        {
            throw new FieldValidationException("certificateNumber", "合格须填写结业（职业技能等级）证书编号");
        }
        var on = r.CompletedOn ?? c.EndsOn;
        if (on < c.StartsOn)
        {
            throw new FieldValidationException("completedOn", "结业日期不能早于开课日期");
        }
        e.Result = r.Passed ? EnrolmentResult.Passed : EnrolmentResult.Failed;
        e.CertificateNumber = r.Passed ? cert : null;
        e.CompletedOn = on;
        var w = await db.CareWorkers.FirstAsync(x => x.Id == e.WorkerId, ct);
        if (r.Passed && c.Level > w.Qualification)
        {
            // the certificate raises the worker's recorded qualification
            w.Qualification = c.Level;
            w.CertificateNumber = cert;
            w.Version++;
        }
        await db.SaveChangesAsync(ct);
        return new EnrolmentView(e.Id, w.Id, Masking.Name(w.Name), e.InstitutionCode, e.Result, WorkforceNames.Result(e.Result), e.CertificateNumber, e.CompletedOn);
    }

    private static CourseView CourseView(TrainingCourse c, int enrolled, int passed, int failed) => new(c.Id, c.Title, c.Organiser, c.StartsOn, c.EndsOn,
        c.Hours, c.Capacity, c.Level, WorkforceNames.Qualification(c.Level), enrolled, passed, failed);
}
