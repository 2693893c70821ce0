using CivilAffairs.Contracts.Registry;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Features.Workforce;

/// <summary>Social-work organizations, social workers, their continuing education and peer counsellors.</summary>
internal sealed class Workforce(SocialWorkDb db, ISocialOrgDirectory register, IDivisionDirectory divisions, ParameterStore parameters, ICurrentUser user,
    TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<OrganizationRow>> OrganizationsAsync(CancellationToken ct)
    {
        var orgs = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        var counts = await db.Workers.AsNoTracking().Where(w => w.Status == WorkerStatus.InPost)
            .GroupBy(w => new { w.OrganizationId, Qualified = w.Qualification != SwQualification.None })
            .Select(g => new { g.Key.OrganizationId, g.Key.Qualified, Count = g.Count() }).ToListAsync(ct);
        return orgs.Select(o => new OrganizationRow(o.Id, o.CreditCode, o.Name, o.DivisionCode, SwNames.DistrictOf(o.DivisionCode), FieldNames(o.Fields),
            o.StationsRun, o.DeclaredHeadcount, counts.Where(c => c.OrganizationId == o.Id).Sum(c => c.Count),
            counts.Where(c => c.OrganizationId == o.Id && c.Qualified).Sum(c => c.Count), o.CreditCode is not null)).ToList();
    }

    public async Task<OrganizationRow> AddOrganizationAsync(OrganizationRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        string name;
        string? division;
        var code = (r.CreditCode ?? "").Trim().ToUpperInvariant();
        if (code.Length > 0)
        {
            var org = await register.FindAsync(code, ct);
            if (CreditCode.Message(CreditCode.Check(code)) is { } problem && org is null)
            {
                errors.Add("creditCode", problem);
            }
            else if (org is null || !org.Active)
            {
                errors.Add("creditCode", "社会组织登记库中没有这个统一社会信用代码的有效登记");
            }
            else if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.CreditCode == code, ct))
            {
                errors.Add("creditCode", "该社工机构已登记");
            }
            name = org?.Name ?? "";
            division = org?.DivisionCode;
        }
        else
        {
            name = (r.Name ?? "").Trim();
            if (name.Length is < 4 or > 100)
            {
                errors.Add("name", "未在社会组织登记的机构请填写名称（4–100字）");
            }
            division = await ValidDivisionAsync(r.DivisionCode, "divisionCode", errors, ct);
        }
        if (division is not null && !DivisionCodes.IsWithin(division, user.Jurisdiction ?? "#"))
        {
            errors.Add(code.Length > 0 ? "creditCode" : "divisionCode", "该机构不在您的辖区内");
        }
        if (r.Fields.Count == 0)
        {
            errors.Add("fields", "请至少选择一个服务领域");
        }
        if (r.StationsRun is < 0 or > 500 || r.DeclaredHeadcount is < 0 or > 10000)
        {
            errors.Add("stationsRun", "站点数和人数须为合理的非负整数");
        }
        errors.ThrowIfAny();
        var o = new SwOrganization
        {
            CreditCode = code.Length > 0 ? code : null, Name = name, DivisionCode = division!, Fields = string.Join(',', r.Fields.Distinct()),
            StationsRun = r.StationsRun ?? 0, DeclaredHeadcount = r.DeclaredHeadcount ?? 0, CreatedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Organizations.Add(o);
        await db.SaveChangesAsync(ct);
        return (await OrganizationsAsync(ct)).First(x => x.Id == o.Id);
    }

    public async Task<WorkerList> WorkersAsync(WorkerQuery q, CancellationToken ct)
    {
        var query = Filter(q);
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var items = await query.OrderBy(w => w.DivisionCode).ThenBy(w => w.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new WorkerList(total, page, PageSize, await RowsAsync(items, ct));
    }

    public IQueryable<SocialWorker> Filter(WorkerQuery q)
    {
        var query = db.Workers.AsNoTracking();
        if (q.Field is { } f)
        {
            query = query.Where(w => w.Field == f);
        }
        if (q.Qualification is { } ql)
        {
            query = query.Where(w => w.Qualification == ql);
        }
        if (q.Status is { } s)
        {
            query = query.Where(w => w.Status == s);
        }
        if (!string.IsNullOrWhiteSpace(q.District))
        {
            var d = q.District.Trim();
            query = query.Where(w => w.DivisionCode.StartsWith(d));
        }
        if (q.Organization is { } o)
        {
            query = query.Where(w => w.OrganizationId == o);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim().ToUpperInvariant();
            query = query.Where(w => w.CertificateNumber == t || w.IdNumber == t);
        }
        return query;
    }

    public async Task<IReadOnlyList<WorkerRow>> RowsAsync(IReadOnlyList<SocialWorker> items, CancellationToken ct)
    {
        var orgIds = items.Select(w => w.OrganizationId).Distinct().ToList();
        var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return items.Select(w => new WorkerRow(w.Id, Masking.Name(w.Name), Masking.IdNumber(w.IdNumber), w.Qualification.ToString(), SwNames.Of(w.Qualification),
            w.CertificateNumber, w.Field.ToString(), SwNames.Of(w.Field), w.FullTime, orgs.GetValueOrDefault(w.OrganizationId, ""), w.DivisionCode,
            SwNames.DistrictOf(w.DivisionCode), w.Status.ToString(), SwNames.Of(w.Status), w.HiredOn)).ToList();
    }

    public async Task<WorkerView> WorkerAsync(Guid id, CancellationToken ct)
    {
        var w = await db.Workers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var row = (await RowsAsync([w], ct))[0];
        var ce = await db.CeRecords.AsNoTracking().Where(c => c.WorkerId == id).OrderByDescending(c => c.CompletedOn).ToListAsync(ct);
        var years = ce.Select(c => c.CompletedOn.Year).Append(ChinaTime.Today(clock).Year).Distinct().OrderByDescending(y => y).ToList();
        var ceYears = new List<CeYear>();
        foreach (var y in years)
        {
            var p = await parameters.FindAsync(SwParameters.CeHoursPerYear, new DateOnly(y, 12, 31), w.DivisionCode, ct);
            var required = p is null ? 0 : decimal.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture);
            var done = ce.Where(c => c.CompletedOn.Year == y).Sum(c => c.Hours);
            ceYears.Add(new CeYear(y, done, required, SwRules.CeShortfall(done, required), p is null ? "未设置参数" : $"{p.Value} 学时（{p.LegalBasis}）"));
        }
        var peers = await db.PeerCounsellors.AsNoTracking().Where(p => p.WorkerId == id).ToListAsync(ct);
        return new WorkerView(row, w.Name, w.CertificateYear, w.LeftOn, ceYears,
            ce.Select(c => new CeLine(c.Id, c.CompletedOn, c.Course, c.Hours, c.RecordedBy)).ToList(),
            peers.Select(p => new PeerRow(p.Id, Masking.Name(p.Name), p.WorkerId, row.Name, p.DivisionCode, p.StartedOn, p.Sessions, p.Active)).ToList());
    }

    public async Task<WorkerView> CreateWorkerAsync(WorkerRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = ChinaTime.Today(clock);
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 2 or > 50)
        {
            errors.Add("name", "请填写姓名（2–50字）");
        }
        string? id = null;
        if (!IdNumber.TryParse(r.IdNumber, today, null, out var info, out var idError))
        {
            errors.Add("idNumber", idError!);
        }
        else
        {
            id = info!.Normalized;
            if (await db.Workers.IgnoreQueryFilters().AnyAsync(w => w.IdNumber == id, ct))
            {
                errors.Add("idNumber", "该身份证号码已登记为社会工作者");
            }
        }
        if (r.Qualification is null)
        {
            errors.Add("qualification", "请选择职业水平");
        }
        else if (r.Qualification != SwQualification.None)
        {
            if (string.IsNullOrWhiteSpace(r.CertificateNumber) || r.CertificateNumber.Trim().Length > 40)
            {
                errors.Add("certificateNumber", "持证社工请填写证书编号");
            }
            if (r.CertificateYear is not { } cy || cy < 2008 || cy > today.Year)
            {
                errors.Add("certificateYear", $"取证年度应在2008年（首次全国考试）至{today.Year}年之间");
            }
        }
        if (r.Field is null)
        {
            errors.Add("field", "请选择服务领域");
        }
        if (r.OrganizationId is not { } orgId || !await db.Organizations.AnyAsync(o => o.Id == orgId, ct))
        {
            errors.Add("organizationId", "请选择本辖区内的用人机构");
        }
        var division = await ValidDivisionAsync(r.DivisionCode, "divisionCode", errors, ct);
        if (division is not null && !DivisionCodes.IsWithin(division, user.Jurisdiction ?? "#"))
        {
            errors.Add("divisionCode", "岗位所在区划不在您的辖区内");
        }
        if (r.HiredOn is null || r.HiredOn > today)
        {
            errors.Add("hiredOn", "请填写入职日期（不晚于今天）");
        }
        errors.ThrowIfAny();
        var w = new SocialWorker
        {
            Name = name, IdNumber = id!, Qualification = r.Qualification!.Value, Field = r.Field!.Value, FullTime = r.FullTime,
            CertificateNumber = r.Qualification == SwQualification.None ? null : r.CertificateNumber!.Trim().ToUpperInvariant(),
            CertificateYear = r.Qualification == SwQualification.None ? null : r.CertificateYear, OrganizationId = r.OrganizationId!.Value,
            DivisionCode = division!, HiredOn = r.HiredOn!.Value, CreatedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Workers.Add(w);
        await db.SaveChangesAsync(ct);
        return await WorkerAsync(w.Id, ct);
    }

    public async Task<WorkerView> LeaveAsync(Guid id, LeaveRequest r, CancellationToken ct)
    {
        var w = await db.Workers.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (w.Status == WorkerStatus.Left)
        {
            throw new BusinessRuleException("该社工已登记离职");
        }
        var day = r.LeftOn ?? ChinaTime.Today(clock);
        if (day < w.HiredOn || day > ChinaTime.Today(clock))
        {
            throw new FieldValidationException("leftOn", "离职日期应在入职日期之后且不晚于今天");
        }
        (w.Status, w.LeftOn) = (WorkerStatus.Left, day);
        await db.SaveChangesAsync(ct);
        return await WorkerAsync(id, ct);
    }

    public async Task<WorkerView> AddCeAsync(Guid id, CeRequest r, CancellationToken ct)
    {
        var w = await db.Workers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        if (r.CompletedOn is null || r.CompletedOn > ChinaTime.Today(clock))
        {
            errors.Add("completedOn", "请填写完成日期（不晚于今天）");
        }
        var course = (r.Course ?? "").Trim();
        if (course.Length is < 2 or > 100)
        {
            errors.Add("course", "请填写课程名称（2–100字）");
        }
        if (r.Hours is not > 0 || r.Hours > 200)
        {
            errors.Add("hours", "学时须大于0且不超过200");
        }
        errors.ThrowIfAny();
        db.CeRecords.Add(new CeRecord
        {
            WorkerId = id, DivisionCode = w.DivisionCode, CompletedOn = r.CompletedOn!.Value, Course = course, Hours = decimal.Round(r.Hours!.Value, 1),
            RecordedBy = user.UserName,
        });
        await db.SaveChangesAsync(ct);
        return await WorkerAsync(id, ct);
    }

    public async Task<IReadOnlyList<PeerRow>> PeersAsync(CancellationToken ct)
    {
        var peers = await db.PeerCounsellors.AsNoTracking().OrderByDescending(p => p.StartedOn).ToListAsync(ct);
        var ids = peers.Select(p => p.WorkerId).Distinct().ToList();
        var workers = await db.Workers.IgnoreQueryFilters().AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        return peers.Select(p => new PeerRow(p.Id, Masking.Name(p.Name), p.WorkerId, Masking.Name(workers.GetValueOrDefault(p.WorkerId)), p.DivisionCode,
            p.StartedOn, p.Sessions, p.Active)).ToList();
    }

    public async Task<PeerRow> AddPeerAsync(PeerRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 2 or > 50)
        {
            errors.Add("name", "请填写朋辈辅导员姓名（2–50字）");
        }
        var w = r.WorkerId is { } wid ? await db.Workers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == wid && x.Status == WorkerStatus.InPost, ct) : null;
        if (w is null)
        {
            errors.Add("workerId", "请选择本辖区在岗的督导社工");
        }
        else if (w.Field != SwField.DrugRehab)
        {
            errors.Add("workerId", "朋辈辅导员须由禁毒领域社工督导");
        }
        if (r.StartedOn is null || r.StartedOn > ChinaTime.Today(clock))
        {
            errors.Add("startedOn", "请填写开始日期（不晚于今天）");
        }
        errors.ThrowIfAny();
        var p = new PeerCounsellor { Name = name, WorkerId = w!.Id, DivisionCode = w.DivisionCode, StartedOn = r.StartedOn!.Value, CreatedBy = user.UserName };
        db.PeerCounsellors.Add(p);
        await db.SaveChangesAsync(ct);
        return (await PeersAsync(ct)).First(x => x.Id == p.Id);
    }

    public async Task<PeerRow> AddSessionsAsync(Guid id, SessionsRequest r, CancellationToken ct)
    {
        var p = await db.PeerCounsellors.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (r.Sessions is not (> 0 and <= 100))
        {
            throw new FieldValidationException("sessions", "辅导次数须为1–100");
        }
        p.Sessions += r.Sessions.Value;
        await db.SaveChangesAsync(ct);
        return (await PeersAsync(ct)).First(x => x.Id == id);
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> OrganizationChoicesAsync(CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();

    private async Task<string?> ValidDivisionAsync(string? code, string field, FieldErrors errors, CancellationToken ct)
    {
        var c = DivisionCodes.Normalize(code);
        if (c is null || !c.StartsWith("4403", StringComparison.Ordinal) || await divisions.FindAsync(c, null, ct) is null)
        {
            errors.Add(field, "请填写深圳市内有效的行政区划代码（区、街道或社区）");
            return null;
        }
        return c;
    }

    private static List<string> FieldNames(string fields) =>
        fields.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(f => Enum.TryParse<SwField>(f, out var v) ? SwNames.Of(v) : f).ToList();
}
