using System.Globalization;
using System.Text.Json;
using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Adaptation;

/// <summary>适老化改造 casework: application, assessment, approval, contractor, completion check.</summary>
internal sealed partial class Adaptations(ElderCareDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, ElderFacts facts,
    IElderDirectory elders)
{
    public const int MaxPhotoBytes = 4 * 1024 * 1024;

    public async Task<AdaptationView> ApplyAsync(AdaptationApplyRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.ElderCareWrite);
        var today = ChinaTime.Today(clock);
        var id = (r.IdNumber ?? "").Trim().ToUpperInvariant();
        var errors = new FieldErrors();
        if (!IdNumber.TryParse(id, today, null, out _, out _))
        {
            errors.Add("idNumber", "请填写有效的18位身份证号码");
        }
        errors.ThrowIfAny();
        var fact = await facts.GetAsync(id, today, ct);
        var info = (await elders.FindAsync([id], ct)).Values.FirstOrDefault();
        if (fact is null || info is null)
        {
            throw new FieldValidationException("idNumber", "人口库中没有此人，或其不在您的辖区内");
        }
        var minAge = (int)await parameters.GetDecimalAsync(AdaptationParameters.MinAge, today, fact.ResidenceDivisionCode, ct);
        if (!fact.IsShenzhenHukou)
        {
            errors.Add("idNumber", "适老化改造限深圳户籍老年人");
        }
        if (fact.Age < minAge)
        {
            errors.Add("idNumber", $"申请人未满{minAge}周岁（现{fact.Age}周岁）");
        }
        errors.ThrowIfAny();
        if (await db.AdaptationCases.AnyAsync(c => c.PersonId == fact.PersonId && c.Status != AdaptationStatus.Closed && c.Status != AdaptationStatus.Refused, ct))
        {
            throw new BusinessRuleException("该老年人已有办理中的适老化改造申请");
        }
        var living = await db.Profiles.IgnoreQueryFilters().Where(p => p.PersonId == fact.PersonId).Select(p => (LivingSituation?)p.Living).FirstOrDefaultAsync(ct);
        var days = (int)await parameters.GetDecimalAsync(AdaptationParameters.AssessmentDays, today, fact.ResidenceDivisionCode, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var c = new AdaptationCase
        {
            PersonId = fact.PersonId, IdNumber = id, Name = info.Name, DivisionCode = fact.ResidenceDivisionCode, Address = Trim(r.Address, 200) ?? info.Address,
            Priority = PriorityOf(fact, living), AgeOnApplication = fact.Age, AppliedOn = today, AppliedBy = user.UserName, Needs = Trim(r.Needs, 500),
            AssessmentDueOn = today.AddDays(days), CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        db.AdaptationCases.Add(c);
        for (var attempt = 0; ; attempt++)
        {
            c.CaseNumber = await NextNumberAsync(today.Year, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException ex) when (attempt < 3 && (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex)))
            {
                // another application took the number: reload the counter and take the next
                foreach (var e in db.ChangeTracker.Entries<AdaptationCounter>().ToList())
                {
                    e.State = EntityState.Detached;
                }
            }
        }
        return await GetAsync(c.Id, ct);
    }

    /// <summary>特困, 低保, 低收入 from social assistance; 失能 from the care level; 独居 from the profile.</summary>
    public static string? PriorityOf(ElderFact f, LivingSituation? living)
    {
        var p = new List<string>();
        if (f.Assistance.HasFlag(AssistanceStatus.ExtremePoverty) || f.ThreeNo)
        {
            p.Add("特困");
        }
        if (f.Assistance.HasFlag(AssistanceStatus.Dibao))
        {
            p.Add("低保");
        }
        if (f.Assistance.HasFlag(AssistanceStatus.LowIncome))
        {
            p.Add("低收入");
        }
        if (f.NeedsFullCare)
        {
            p.Add("失能");
        }
        if (living == LivingSituation.Alone)
        {
            p.Add("独居");
        }
        return p.Count == 0 ? null : string.Join(",", p);
    }

    public async Task<AdaptationView> AssessAsync(Guid id, AssessmentRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.ElderCareWrite);
        var c = await LoadAsync(id, ct);
        Move(c, AdaptationStatus.Assessed);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        if (r.AssessedOn is not { } on || on > today || on < c.AppliedOn)
        {
            errors.Add("assessedOn", "评估日期须在申请日至今天之间");
        }
        var assessor = Trim(r.Assessor, 64);
        if (assessor is null)
        {
            errors.Add("assessor", "请填写评估人员");
        }
        if (r.Measures.Count == 0)
        {
            errors.Add("measures", "请至少列出一项改造项目");
        }
        foreach (var (m, i) in r.Measures.Select((m, i) => (m, i)))
        {
            if (AdaptationCatalogue.Find(m.Code) is null)
            {
                errors.Add($"measures[{i}].code", "改造项目不在目录中");
            }
            if (m.Quantity is <= 0 or > 1000)
            {
                errors.Add($"measures[{i}].quantity", "数量须为1至1000");
            }
            if (m.UnitCost is <= 0 or > 100000)
            {
                errors.Add($"measures[{i}].unitCost", "单价须大于0且不超过100000元");
            }
        }
        errors.ThrowIfAny();
        var cap = await CapAsync(c, r.AssessedOn!.Value, ct);
        var split = AdaptationRules.Subsidy(r.Measures.Select(m => (m.Quantity, m.UnitCost)), cap.Value);
        // a second visit replaces the measures; new rows are added explicitly (their keys are set, so EF would otherwise take them for existing rows)
        db.AdaptationMeasures.RemoveRange(c.Measures.ToList());
        db.AdaptationMeasures.AddRange(r.Measures.Select(m =>
        {
            var item = AdaptationCatalogue.Find(m.Code)!;
            return new AdaptationMeasure { CaseId = c.Id, Code = item.Code, Name = item.Name, Unit = item.Unit, Quantity = m.Quantity, UnitCost = m.UnitCost };
        }).ToList());
        c.AssessedOn = r.AssessedOn;
        c.Assessor = assessor;
        c.Findings = Trim(r.Findings, 1000);
        c.CostTotal = split.Cost;
        c.Subsidy = split.Subsidy;
        c.SelfPaid = split.SelfPaid;
        c.CapApplied = cap.Value;
        c.ParametersUsed = JsonSerializer.Serialize(new { key = cap.Key, value = cap.Value, validFrom = cap.ValidFrom, legalBasis = cap.LegalBasis });
        return await SaveAsync(c, ct);
    }

    private async Task<(string Key, decimal Value, DateOnly ValidFrom, string LegalBasis)> CapAsync(AdaptationCase c, DateOnly on, CancellationToken ct)
    {
        var key = c.Priority is null ? AdaptationParameters.CapOther : AdaptationParameters.CapPriority;
        var p = await parameters.FindAsync(key, on, c.DivisionCode, ct) ?? throw new BusinessRuleException($"参数 {key} 在 {on:yyyy-MM-dd} 未设置取值");
        return (key, decimal.Parse(p.Value, CultureInfo.InvariantCulture), p.ValidFrom, p.LegalBasis);
    }

    public async Task<AdaptationView> ApproveAsync(Guid id, CancellationToken ct)
    {
        Require(Permissions.ElderCareApprove);
        var c = await LoadAsync(id, ct);
        if (string.Equals(c.AppliedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("受理申请的人员不能审批同一申请");
        }
        Move(c, AdaptationStatus.Approved);
        c.DecidedBy = user.UserName;
        c.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(c, ct);
    }

    public async Task<AdaptationView> RefuseAsync(Guid id, RefuseRequest r, CancellationToken ct)
    {
        Require(Permissions.ElderCareApprove);
        var c = await LoadAsync(id, ct);
        var reason = Trim(r?.Reason, 500) ?? throw new FieldValidationException("reason", "请填写不予批准的理由");
        if (string.Equals(c.AppliedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("受理申请的人员不能审批同一申请");
        }
        Move(c, AdaptationStatus.Refused);
        c.DecidedBy = user.UserName;
        c.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        c.RefusalReason = reason;
        c.ClosedOn = ChinaTime.Today(clock);
        return await SaveAsync(c, ct);
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var counter = await db.AdaptationCounters.FirstOrDefaultAsync(x => x.Year == year, ct);
        if (counter is null)
        {
            counter = new AdaptationCounter { Year = year };
            db.AdaptationCounters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return $"SLH-{year}-{counter.Last:000000}";
    }

    private async Task<AdaptationCase> LoadAsync(Guid id, CancellationToken ct) =>
        await db.AdaptationCases.Include(c => c.Measures).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();

    private static void Move(AdaptationCase c, AdaptationStatus to)
    {
        if (!AdaptationRules.CanMove(c.Status, to))
        {
            throw new BusinessRuleException($"申请当前为“{AdaptationRules.StatusName(c.Status)}”，不能办理此操作");
        }
        c.Status = to;
    }

    private async Task<AdaptationView> SaveAsync(AdaptationCase c, CancellationToken ct)
    {
        c.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        c.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该申请已被他人修改，请刷新后重试");
        }
        return await GetAsync(c.Id, ct);
    }

    private void Require(string permission)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(permission == Permissions.ElderCareApprove ? "只有具有养老服务审批权限的人员可以审批" : "您的角色无权办理适老化改造");
        }
    }

    private static string? Trim(string? s, int max)
    {
        var t = (s ?? "").Trim();
        return t.Length == 0 ? null : t.Length > max ? t[..max] : t;
    }
}
