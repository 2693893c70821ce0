using System.Globalization;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Institutions;

public class SubsidyRequest
{
    public string? InstitutionCode { get; set; }

    public SubsidyKind? Kind { get; set; }

    /// <summary>Operating subsidy: any day of the month claimed (the month must have ended).</summary>
    public DateOnly? Month { get; set; }
}

public class DecisionRequest
{
    public string? Note { get; set; }
}

internal sealed record SubsidyView(Guid Id, string Number, string InstitutionCode, string InstitutionName, string DivisionCode, SubsidyKind Kind,
    string KindName, DateOnly? Month, decimal Amount, string Calculation, string ParametersUsed, SubsidyStatus Status, string StatusName, string AppliedBy,
    DateTime AppliedAtUtc, string? DecidedBy, DateTime? DecidedAtUtc, string? DecisionNote);

/// <summary>
/// 民办养老机构资助. Construction: once per new-bed change (rate by bed type, in force on the day
/// the beds came). Operating: per month that has ended, prorated by bed-days (see BedRules).
/// The district approves; the approver is never the applicant.
/// </summary>
internal sealed class Subsidies(ElderCareDb db, Register register, ProviderScope scope, ICurrentUser user, ParameterStore parameters, TimeProvider clock)
{
    public async Task<List<SubsidyView>> ListAsync(SubsidyStatus? status, string? institutionCode, CancellationToken ct)
    {
        var q = from s in db.InstitutionSubsidies.AsNoTracking()
                join i in db.Institutions.AsNoTracking() on s.InstitutionCode equals i.Code
                select new { s, i.Name };
        if (status is { } st)
        {
            q = q.Where(x => x.s.Status == st);
        }
        if (!string.IsNullOrWhiteSpace(institutionCode))
        {
            q = q.Where(x => x.s.InstitutionCode == institutionCode);
        }
        var rows = await q.OrderByDescending(x => x.s.AppliedAtUtc).Take(500).ToListAsync(ct);
        return rows.Select(x => View(x.s, x.Name)).ToList();
    }

    public async Task<SubsidyView> GetAsync(Guid id, CancellationToken ct)
    {
        var s = await db.InstitutionSubsidies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("资助申请不存在或不在您的管辖范围内");
        return View(s, (await register.FindAsync(s.InstitutionCode, ct)).Name);
    }

    public async Task<SubsidyView> ApplyAsync(SubsidyRequest r, CancellationToken ct)
    {
        InstitutionAccess.RequireProviderOrManager(user, "只有机构本身（eldercare.provide）或区民政部门（eldercare.manage）可以申请资助");
        var e = new FieldErrors();
        var code = InstitutionAccess.Text(e, "institutionCode", r.InstitutionCode ?? scope.InstitutionCode, 32, "请选择机构");
        if (r.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            e.Add("kind", "请选择资助类别");
            kind = default;
        }
        if (kind == SubsidyKind.Operating && r.Month is null)
        {
            e.Add("month", "请选择申请运营资助的月份");
        }
        e.ThrowIfAny();
        scope.EnsureMayActFor(code);
        var i = await register.FindAsync(code, ct);
        if (i.Ownership != InstitutionOwnership.Private)
        {
            throw new BusinessRuleException("只有民办养老机构可以申请建设、运营资助");
        }
        if (!InstitutionNames.HasBeds(i.Kind))
        {
            throw new BusinessRuleException("该类机构不设床位，不适用床位资助");
        }
        var s = new InstitutionSubsidy
        {
            InstitutionCode = code, DivisionCode = i.DivisionCode, Kind = kind, AppliedBy = user.UserName, AppliedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        List<Guid> claim = [];
        if (kind == SubsidyKind.Operating)
        {
            await OperatingAsync(s, i, r.Month!.Value, ct);
        }
        else
        {
            claim = await ConstructionAsync(s, i, ct);
        }
        s.Number = await NextNumberAsync(ChinaTime.Today(clock).Year, ct);
        db.InstitutionSubsidies.Add(s);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // the month's unique index (or another application taking the same number) stopped it
            throw new BusinessRuleException(kind == SubsidyKind.Operating ? "该月份的运营资助已申请或已发放，不能重复申请" : "申请编号冲突，请重试");
        }
        if (kind == SubsidyKind.Construction)
        {
            var claimed = await db.BedChanges.Where(b => claim.Contains(b.Id) && b.SubsidyApplicationId == null)
                .ExecuteUpdateAsync(x => x.SetProperty(b => b.SubsidyApplicationId, s.Id), ct);
            if (claimed != claim.Count)
            {
                throw new BusinessRuleException("这些新增床位已在另一份申请中，不能重复申请建设资助");
            }
        }
        await tx.CommitAsync(ct);
        return View(s, i.Name);
    }

    private async Task OperatingAsync(InstitutionSubsidy s, Institution i, DateOnly anyDay, CancellationToken ct)
    {
        var month = new DateOnly(anyDay.Year, anyDay.Month, 1);
        var last = month.AddMonths(1).AddDays(-1);
        if (last >= ChinaTime.Today(clock))
        {
            throw new BusinessRuleException("只能为已结束的月份申请运营资助");
        }
        if (await db.InstitutionSubsidies.AnyAsync(x => x.InstitutionCode == i.Code && x.Month == month && x.Status != SubsidyStatus.Refused, ct))
        {
            throw new BusinessRuleException($"{month:yyyy年M月}的运营资助已申请或已发放，不能重复申请");
        }
        var stays = await db.Admissions.AsNoTracking()
            .Where(a => a.InstitutionCode == i.Code && a.AdmittedOn <= last && (a.DischargedOn == null || a.DischargedOn >= month))
            .Select(a => new Stay(a.BedType, a.AdmittedOn, a.DischargedOn)).ToListAsync(ct);
        var keys = InstitutionNames.BedTypes.Select(InstitutionParameters.Operating).ToList();
        var found = await parameters.FindManyAsync(keys, month, i.DivisionCode, ct);
        var rates = InstitutionNames.BedTypes.ToDictionary(t => t, t => Rate(found, InstitutionParameters.Operating(t), month));
        var lines = BedRules.Operating(stays, month, rates);
        if (lines.Count == 0)
        {
            throw new BusinessRuleException($"{month:yyyy年M月}没有入住床日，无运营资助可申请");
        }
        s.Month = month;
        s.Amount = lines.Sum(l => l.Amount);
        s.Calculation = string.Join("；", lines.Select(l =>
            $"{InstitutionNames.Of(l.BedType)} {l.BedDays} 床日 × {l.MonthlyRate:0.##} 元/床·月 ÷ {l.DaysInMonth} 天 = {l.Amount:0.00} 元"));
        s.ParametersUsed = Used(found, lines.Select(l => InstitutionParameters.Operating(l.BedType)));
    }

    private async Task<List<Guid>> ConstructionAsync(InstitutionSubsidy s, Institution i, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var changes = await db.BedChanges.AsNoTracking()
            .Where(b => b.InstitutionCode == i.Code && b.Delta > 0 && b.SubsidyApplicationId == null && b.ChangedOn <= today)
            .OrderBy(b => b.ChangedOn).ToListAsync(ct);
        if (changes.Count == 0)
        {
            throw new BusinessRuleException("没有尚未申请建设资助的新增床位");
        }
        var lines = new List<string>();
        var used = new List<string>();
        foreach (var b in changes)
        {
            var key = InstitutionParameters.Construction(b.BedType);
            var found = await parameters.FindManyAsync([key], b.ChangedOn, i.DivisionCode, ct);
            var rate = Rate(found, key, b.ChangedOn);
            var amount = rate * b.Delta;
            s.Amount += amount;
            lines.Add($"{b.ChangedOn:yyyy-MM-dd} 新增{InstitutionNames.Of(b.BedType)} {b.Delta} 张 × {rate:0.##} 元 = {amount:0.00} 元");
            used.Add(Used(found, [key]));
        }
        s.Calculation = Trim(string.Join("；", lines));
        s.ParametersUsed = Trim(string.Join("；", used.Distinct()));
        return changes.Select(b => b.Id).ToList();
    }

    public Task<SubsidyView> ApproveAsync(Guid id, DecisionRequest r, CancellationToken ct) => DecideAsync(id, SubsidyStatus.Approved, r.Note, ct);

    public Task<SubsidyView> RefuseAsync(Guid id, DecisionRequest r, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.Note))
        {
            throw new FieldValidationException("note", "请写明不予批准的理由");
        }
        return DecideAsync(id, SubsidyStatus.Refused, r.Note, ct);
    }

    private async Task<SubsidyView> DecideAsync(Guid id, SubsidyStatus to, string? note, CancellationToken ct)
    {
        InstitutionAccess.RequireDistrictApprover(user);
        var s = await db.InstitutionSubsidies.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("资助申请不存在或不在您的管辖范围内");
        if (s.Status != SubsidyStatus.Submitted)
        {
            throw new BusinessRuleException($"该申请已{InstitutionNames.Of(s.Status)}，不能再审批");
        }
        if (string.Equals(s.AppliedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException("申请人不能审批自己提交的申请");
        }
        s.Status = to;
        s.DecidedBy = user.UserName;
        s.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        s.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(200, note.Trim().Length)];
        s.Version++;
        if (to == SubsidyStatus.Refused && s.Kind == SubsidyKind.Construction)
        {
            // refused beds may be claimed again in a corrected application
            await db.BedChanges.Where(b => b.SubsidyApplicationId == s.Id).ExecuteUpdateAsync(x => x.SetProperty(b => b.SubsidyApplicationId, (Guid?)null), ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该申请已被他人处理，请刷新");
        }
        return View(s, (await register.FindAsync(s.InstitutionCode, ct)).Name);
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var counter = await db.InstitutionSubsidyCounters.FirstOrDefaultAsync(x => x.Year == year, ct);
        if (counter is null)
        {
            counter = new InstitutionSubsidyCounter { Year = year };
            db.InstitutionSubsidyCounters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return $"ZZ-{year}-{counter.Last:000000}";
    }

    private static decimal Rate(IReadOnlyDictionary<string, Parameter> found, string key, DateOnly on) =>
        found.TryGetValue(key, out var p) ? decimal.Parse(p.Value, CultureInfo.InvariantCulture)
            : throw new BusinessRuleException($"参数 {key} 在 {on:yyyy-MM-dd} 未设置取值");

    private static string Used(IReadOnlyDictionary<string, Parameter> found, IEnumerable<string> keys) =>
        string.Join("；", keys.Distinct().Select(k => found[k]).Select(p => $"{p.Key}={p.Value}（{p.ValidFrom:yyyy-MM-dd}起，{p.DivisionCode}）"));

    private static string Trim(string s) => s.Length > 1000 ? s[..997] + "…" : s;

    private static SubsidyView View(InstitutionSubsidy s, string name) => new(s.Id, s.Number, s.InstitutionCode, name, s.DivisionCode, s.Kind,
        InstitutionNames.Of(s.Kind), s.Month, s.Amount, s.Calculation, s.ParametersUsed, s.Status, InstitutionNames.Of(s.Status), s.AppliedBy, s.AppliedAtUtc,
        s.DecidedBy, s.DecidedAtUtc, s.DecisionNote);
}
