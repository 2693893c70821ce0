using System.Globalization;
using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Governance.Features.Performance;

/// <summary>Training programmes, sessions and attendance; each person's hours in a year against the required hours.</summary>
internal sealed class TrainingRecords(GovernanceDb db, PlatformDb platform, ParameterStore parameters, ICurrentUser user, AuditEvents audit)
{
    public async Task<IReadOnlyList<ProgrammeView>> ProgrammesAsync(int? year, CancellationToken ct)
    {
        var programmes = await db.TrainingProgrammes.AsNoTracking().Where(p => year == null || p.Year == year).OrderByDescending(p => p.Year).ThenBy(p => p.Name).ToListAsync(ct);
        var ids = programmes.Select(p => p.Id).ToList();
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => ids.Contains(s.ProgrammeId)).OrderBy(s => s.HeldOn).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var attendance = (await db.TrainingAttendance.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId)).OrderBy(a => a.DisplayName).ToListAsync(ct)).ToLookup(a => a.SessionId);
        var bySession = sessions.ToLookup(s => s.ProgrammeId);
        return programmes.Select(p => new ProgrammeView(p.Id, p.Name, p.Category, p.Organizer, p.Year, p.Description,
            bySession[p.Id].Select(s => new SessionView(s.Id, s.ProgrammeId, s.Title, s.HeldOn, s.Hours, s.Location, attendance[s.Id].Select(a => a.DisplayName).ToList())).ToList())).ToList();
    }

    public async Task<ProgrammeView> AddProgrammeAsync(ProgrammeRequest r, CancellationToken ct)
    {
        RequireManage();
        var errors = new FieldErrors();
        Text(errors, "name", r.Name, "请填写培训项目名称", 100);
        Text(errors, "category", r.Category, "请填写培训类别（如 党性教育、专业能力、年轻干部）", 32);
        Text(errors, "organizer", r.Organizer, "请填写组织单位", 100);
        if (r.Year is not (>= 2000 and <= 2100))
        {
            errors.Add("year", "请填写年度");
        }
        errors.ThrowIfAny();
        var p = new TrainingProgramme
        {
            Name = r.Name!.Trim(), Category = r.Category!.Trim(), Organizer = r.Organizer!.Trim(), Year = r.Year!.Value,
            Description = string.IsNullOrWhiteSpace(r.Description) ? null : r.Description.Trim()[..Math.Min(1000, r.Description.Trim().Length)],
        };
        db.TrainingProgrammes.Add(p);
        await db.SaveChangesAsync(ct);
        return new ProgrammeView(p.Id, p.Name, p.Category, p.Organizer, p.Year, p.Description, []);
    }

    public async Task<SessionView> AddSessionAsync(Guid programmeId, SessionRequest r, CancellationToken ct)
    {
        RequireManage();
        var p = await db.TrainingProgrammes.FirstOrDefaultAsync(x => x.Id == programmeId, ct) ?? throw new NotFoundException("培训项目不存在");
        var errors = new FieldErrors();
        Text(errors, "title", r.Title, "请填写课程或活动名称", 200);
        Text(errors, "location", r.Location, "请填写地点", 100);
        if (r.HeldOn is null)
        {
            errors.Add("heldOn", "请填写日期");
        }
        else if (r.HeldOn.Value.Year != p.Year)
        {
            errors.Add("heldOn", $"日期须在项目年度{p.Year}年内");
        }
        if (r.Hours is not { } h || h <= 0 || h > 200)
        {
            errors.Add("hours", "学时须大于0且不超过200");
        }
        errors.ThrowIfAny();
        var s = new TrainingSession { ProgrammeId = p.Id, Title = r.Title!.Trim(), HeldOn = r.HeldOn!.Value, Hours = r.Hours!.Value, Location = r.Location!.Trim() };
        db.TrainingSessions.Add(s);
        await db.SaveChangesAsync(ct);
        return new SessionView(s.Id, p.Id, s.Title, s.HeldOn, s.Hours, s.Location, []);
    }

    /// <summary>Records who attended; unknown accounts are refused together, nothing is saved then.</summary>
    public async Task<SessionView> AttendAsync(Guid sessionId, AttendanceRequest r, CancellationToken ct)
    {
        RequireManage();
        var s = await db.TrainingSessions.FirstOrDefaultAsync(x => x.Id == sessionId, ct) ?? throw new NotFoundException("培训场次不存在");
        var names = (r.UserNames ?? "").Split([' ', ',', '，', '、', '\n', '\r', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (names.Count == 0)
        {
            throw new FieldValidationException("userNames", "请填写参训人员的账户名");
        }
        if (r.Hours is { } h && (h <= 0 || h > s.Hours))
        {
            throw new FieldValidationException("hours", $"认定学时须大于0且不超过本场{s.Hours}学时");
        }
        var accounts = await platform.ScopedUsers.AsNoTracking().Where(u => names.Contains(u.UserName!)).ToListAsync(ct);
        var unknown = names.Except(accounts.Select(a => a.UserName!)).ToList();
        if (unknown.Count > 0)
        {
            throw new FieldValidationException("userNames", $"以下账户不存在或不在您的辖区内：{string.Join("、", unknown)}");
        }
        var already = await db.TrainingAttendance.IgnoreQueryFilters().Where(a => a.SessionId == s.Id).Select(a => a.UserName).ToListAsync(ct);
        foreach (var a in accounts.Where(a => !already.Contains(a.UserName!)))
        {
            db.TrainingAttendance.Add(new TrainingAttendance
            {
                SessionId = s.Id, UserName = a.UserName!, DisplayName = a.DisplayName, DivisionCode = a.Jurisdiction, Hours = r.Hours ?? s.Hours,
            });
        }
        await db.SaveChangesAsync(ct);
        var attendees = await db.TrainingAttendance.AsNoTracking().Where(a => a.SessionId == s.Id).OrderBy(a => a.DisplayName).Select(a => a.DisplayName).ToListAsync(ct);
        return new SessionView(s.Id, s.ProgrammeId, s.Title, s.HeldOn, s.Hours, s.Location, attendees);
    }

    /// <summary>Hours per person in a year (everyone who attended or was assessed that year) against the required hours.</summary>
    public async Task<HoursReport> HoursAsync(int year, CancellationToken ct)
    {
        var required = await parameters.FindAsync(GovernanceParameters.TrainingAnnualHours, new DateOnly(year, 12, 31), "4403", ct)
            ?? throw new BusinessRuleException($"{year}年的年度培训学时参数未设置");
        var need = decimal.Parse(required.Value, CultureInfo.InvariantCulture);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var attended = await (from a in db.TrainingAttendance.AsNoTracking()
                              join s in db.TrainingSessions.AsNoTracking() on a.SessionId equals s.Id
                              where s.HeldOn >= first && s.HeldOn <= last
                              select a).ToListAsync(ct);
        var assessed = await (from a in db.Assessments.AsNoTracking()
                              join p in db.Periods.AsNoTracking() on a.PeriodId equals p.Id
                              where p.Year == year
                              select new { a.UserName, a.DisplayName, a.DivisionCode }).Distinct().ToListAsync(ct);
        var people = attended.Select(a => (a.UserName, a.DisplayName, a.DivisionCode)).Concat(assessed.Select(a => (a.UserName, a.DisplayName, a.DivisionCode)))
            .DistinctBy(p => p.UserName);
        var byUser = attended.ToLookup(a => a.UserName);
        var rows = people.Select(p =>
        {
            var hours = byUser[p.UserName].Sum(a => a.Hours);
            return new HoursRow(p.UserName, p.DisplayName, p.DivisionCode, hours, need, Math.Max(0, need - hours), byUser[p.UserName].Count());
        }).OrderByDescending(r => r.Shortfall).ThenBy(r => r.UserName).ToList();
        return new HoursReport(year, need, $"{required.Value}学时（{required.ValidFrom:yyyy-MM-dd}起，{required.LegalBasis}）", rows,
            rows.Count(r => r.Shortfall == 0), rows.Count(r => r.Shortfall > 0));
    }

    public async Task<(byte[] Bytes, string Name)> HoursExcelAsync(int year, CancellationToken ct)
    {
        var report = await HoursAsync(year, ct);
        var rows = report.Rows.Select(r => new Dictionary<string, object?>
        {
            ["账户"] = r.UserName, ["姓名"] = r.DisplayName, ["区划"] = r.DivisionCode, ["场次"] = r.Sessions, ["已完成学时"] = r.Hours,
            ["年度要求学时"] = r.Required, ["差额"] = r.Shortfall, ["是否达标"] = r.Shortfall == 0 ? "达标" : "未达标",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { ["培训学时"] = rows, ["口径"] = new[] { new Dictionary<string, object?> { ["年度要求"] = report.RequiredBasis } } }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "GovernanceTrainingHours", null, new { year, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"training-hours-{year}.xlsx");
    }

    private static void Text(FieldErrors errors, string field, string? value, string message, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(field, $"不能超过{max}个字");
        }
    }

    private void RequireManage()
    {
        if (!user.Has(Permissions.GovernanceManage))
        {
            throw new ForbiddenException("只有机关办公室可以管理培训项目和参训记录");
        }
    }
}
