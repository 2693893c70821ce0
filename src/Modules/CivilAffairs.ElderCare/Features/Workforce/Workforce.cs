using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Workforce;

/// <summary>
/// Care workers (a provider edits only its own; staff see all in their jurisdiction), the course
/// catalogue of 深圳健康养老学院 and others, enrolments within capacity, and results.
/// </summary>
internal sealed partial class Workforce(ElderCareDb db, ICurrentUser user, ProviderScope scope, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkerView>> WorkersAsync(WorkerSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        EnsureCanRead();
        var q = db.CareWorkers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(s.Institution))
        {
            q = q.Where(w => w.InstitutionCode == s.Institution.Trim());
        }
        if (s.Qualification is { } ql)
        {
            q = q.Where(w => w.Qualification == ql);
        }
        if (!string.IsNullOrWhiteSpace(s.Q))
        {
            var t = s.Q.Trim();
            q = q.Where(w => w.Name.Contains(t) || w.IdNumber == t.ToUpperInvariant() || w.CertificateNumber == t);
        }
        var workers = await q.OrderBy(w => w.InstitutionCode).ThenByDescending(w => w.Qualification).ThenBy(w => w.Name).ToListAsync(ct);
        var names = await InstitutionNamesAsync(ct);
        var ids = workers.Select(w => w.Id).ToList();
        var passed = (await db.TrainingEnrolments.AsNoTracking().Where(e => e.Result == EnrolmentResult.Passed).Select(e => e.WorkerId).ToListAsync(ct))
            .Where(ids.Contains).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        return workers.Select(w => View(w, names, passed.GetValueOrDefault(w.Id))).ToList();
    }

    public async Task<WorkerView> AddWorkerAsync(WorkerRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var code = (r.InstitutionCode ?? scope.InstitutionCode ?? "").Trim();
        RequireWriteFor(code);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var name = (r.Name ?? "").Trim();
        if (name.Length is 0 or > 64)
        {
            errors.Add("name", "请填写姓名");
        }
        var id = (r.IdNumber ?? "").Trim().ToUpperInvariant();
        if (!IdNumber.TryParse(id, today, null, out _, out var idError))
        {
            errors.Add("idNumber", idError ?? "身份证号码无效");
        }
        var q = r.Qualification ?? CareQualification.None;
        var cert = (r.CertificateNumber ?? "").Trim();
        if (q != CareQualification.None && cert.Length is 0 or > 32)
        {
            errors.Add("certificateNumber", "持证人员须填写职业技能等级证书编号");
        }
        var inst = code.Length == 0 ? null : await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (inst is null)
        {
            errors.Add("institutionCode", "用人机构不存在或不在您的辖区内");
        }
        errors.ThrowIfAny();
        if (await db.CareWorkers.AnyAsync(w => w.InstitutionCode == code && w.IdNumber == id, ct))
        {
            throw new BusinessRuleException("该人员已登记在本机构");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var w = new CareWorker
        {
            Name = name, IdNumber = id, Qualification = q, CertificateNumber = cert.Length == 0 ? null : cert, InstitutionCode = code, DivisionCode = inst!.DivisionCode,
            HiredOn = r.HiredOn, CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        db.CareWorkers.Add(w);
        await db.SaveChangesAsync(ct);
        return View(w, await InstitutionNamesAsync(ct), 0);
    }

    public async Task<WorkerView> UpdateWorkerAsync(Guid id, WorkerRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        EnsureCanRead();
        var w = await db.CareWorkers.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        RequireWriteFor(w.InstitutionCode);
        if (r.Qualification is { } q)
        {
            var cert = (r.CertificateNumber ?? w.CertificateNumber ?? "").Trim();
            if (q != CareQualification.None && cert.Length is 0 or > 32)
            {
                throw new FieldValidationException("certificateNumber", "持证人员须填写职业技能等级证书编号");
            }
            w.Qualification = q;
            w.CertificateNumber = cert.Length == 0 ? null : cert;
        }
        if (r.Active is { } active)
        {
            w.Active = active;
        }
        w.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        w.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该人员信息已被他人修改，请刷新后重试");
        }
        return View(w, await InstitutionNamesAsync(ct), 0);
    }

    /// <summary>Bureau staff read everything in their jurisdiction; a provider's account only its own rows; an account with neither nothing.</summary>
    private void EnsureCanRead()
    {
        if (!user.Has(Permissions.ElderCareRead) && !(user.Has(Permissions.ElderCareProvide) && scope.InstitutionCode is not null))
        {
            throw new ForbiddenException("您的账号未关联养老机构，无权查看养老服务数据");
        }
    }

    private void RequireWriteFor(string institutionCode)
    {
        EnsureCanRead();
        if (scope.IsProvider)
        {
            if (!user.Has(Permissions.ElderCareProvide))
            {
                throw new ForbiddenException();
            }
            scope.EnsureMayActFor(institutionCode);
        }
        else if (!user.Has(Permissions.ElderCareWrite) && !user.Has(Permissions.ElderCareManage))
        {
            throw new ForbiddenException("您的角色无权登记养老护理员");
        }
    }

    private async Task<Dictionary<string, string>> InstitutionNamesAsync(CancellationToken ct) =>
        await db.Institutions.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(i => i.Code, i => i.Name, ct);

    private static WorkerView View(CareWorker w, IReadOnlyDictionary<string, string> names, int passed) => new(
        w.Id, Masking.Name(w.Name), Masking.IdNumber(w.IdNumber), w.Qualification, WorkforceNames.Qualification(w.Qualification), w.CertificateNumber,
        w.InstitutionCode, names.GetValueOrDefault(w.InstitutionCode) ?? w.InstitutionCode, w.DivisionCode, w.HiredOn, w.Active, passed);
}
