using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>
/// 银龄安康 claims: reported by the street or community (eldercare.write), submitted to the insurer,
/// then paid (at most the cover for the item, within the person's total cover for the year) or
/// refused with a reason (eldercare.approve records the insurer's decision).
/// </summary>
internal sealed class InsuranceClaims(ElderCareDb db, IElderDirectory elders, InsurancePolicy policy, ICurrentUser user, TimeProvider clock)
{
    public async Task<ClaimView> ReportAsync(ClaimRequest r, CancellationToken ct)
    {
        Require(Permissions.ElderCareWrite);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        InsuranceEnrolment? line = null;
        if (r.PersonId is not { } personId)
        {
            errors.Add("personId", "请选择出险老人");
        }
        else
        {
            line = await db.InsuranceRoster.FirstOrDefaultAsync(x => x.PersonId == personId, ct);
            if (line is null)
            {
                errors.Add("personId", "该老人不在银龄安康参保名单中");
            }
        }
        if (r.AccidentType is not { } type || AccidentTypes.NameOf(type) is null)
        {
            errors.Add("accidentType", "请选择意外类型");
        }
        if (r.AccidentOn is not { } on)
        {
            errors.Add("accidentOn", "请填写出险日期");
        }
        else if (on > today)
        {
            errors.Add("accidentOn", "出险日期不能晚于今天");
        }
        else if (line is not null && (on < line.CoveredFrom || (line.CoveredUntil is { } until && on > until)))
        {
            errors.Add("accidentOn", $"出险日期不在保障期内（{line.CoveredFrom:yyyy-MM-dd} 起{(line.CoveredUntil is { } u ? $"，{u:yyyy-MM-dd} 止" : "")}）");
        }
        if (string.IsNullOrWhiteSpace(r.Place))
        {
            errors.Add("place", "请填写出险地点");
        }
        else if (r.Place.Trim().Length > 200)
        {
            errors.Add("place", "出险地点不能超过200字");
        }
        if (string.IsNullOrWhiteSpace(r.Description))
        {
            errors.Add("description", "请填写出险经过");
        }
        else if (r.Description.Trim().Length > 1000)
        {
            errors.Add("description", "出险经过不能超过1000字");
        }
        if (!Enum.TryParse<ClaimItem>(r.Item, out var item) || !Enum.IsDefined(item))
        {
            errors.Add("item", "请选择理赔项目（意外身故、意外伤残或意外医疗）");
        }
        if (r.Claimed is not { } claimed || claimed <= 0)
        {
            errors.Add("claimed", "申请金额应大于0");
        }
        else if (decimal.Round(claimed, 2) != claimed)
        {
            errors.Add("claimed", "金额最多两位小数");
        }
        errors.ThrowIfAny();
        var p = await policy.ReadAsync(r.AccidentOn!.Value, line!.DivisionCode, ct);
        var cover = InsurancePolicy.CoverFor(p, item);
        var now = clock.GetUtcNow().UtcDateTime;
        var c = new InsuranceClaim
        {
            EnrolmentId = line.Id, PersonId = line.PersonId, IdNumber = line.IdNumber, DivisionCode = line.DivisionCode, AccidentType = r.AccidentType!.Value,
            AccidentOn = r.AccidentOn.Value, Place = r.Place!.Trim(), Description = r.Description!.Trim(), Item = item, Claimed = r.Claimed!.Value,
            CoverLimit = cover, ParametersUsed = Used(p, item), Status = ClaimStatus.Reported, ReportedOn = today, ReportedBy = user.UserName, CreatedAtUtc = now,
        };
        for (var attempt = 0; ; attempt++)
        {
            c.Number = await NextNumberAsync(today.Year, ct);
            if (attempt == 0)
            {
                db.InsuranceClaims.Add(c);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException ex) when (attempt < 3 && (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex)))
            {
                foreach (var e in db.ChangeTracker.Entries<InsuranceClaimCounter>().ToList())
                {
                    e.State = EntityState.Detached;
                }
            }
        }
        return await GetAsync(c.Id, ct);
    }

    public async Task<ClaimView> SubmitAsync(Guid id, CancellationToken ct)
    {
        Require(Permissions.ElderCareWrite);
        var c = await db.InsuranceClaims.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("理赔记录不存在或不在您的辖区内");
        if (c.Status != ClaimStatus.Reported)
        {
            throw new BusinessRuleException($"理赔当前状态为“{AccidentTypes.StatusName(c.Status)}”，不能报送保险公司");
        }
        c.Status = ClaimStatus.Submitted;
        c.SubmittedOn = ChinaTime.Today(clock);
        c.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ClaimView> DecideAsync(Guid id, ClaimDecisionRequest r, CancellationToken ct)
    {
        Require(Permissions.ElderCareApprove);
        var c = await db.InsuranceClaims.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("理赔记录不存在或不在您的辖区内");
        if (c.Status != ClaimStatus.Submitted)
        {
            throw new BusinessRuleException($"理赔当前状态为“{AccidentTypes.StatusName(c.Status)}”，只有已报送保险公司的理赔才能登记结果");
        }
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var decided = r.DecidedOn ?? today;
        if (decided > today || decided < c.SubmittedOn)
        {
            errors.Add("decidedOn", "结案日期应在报送日期与今天之间");
        }
        if (r.Paid)
        {
            if (r.Amount is not { } amount || amount <= 0)
            {
                errors.Add("amount", "请填写赔付金额");
            }
            else if (amount > c.CoverLimit)
            {
                errors.Add("amount", $"赔付金额不能超过{AccidentTypes.ItemName(c.Item)}保险金额 {c.CoverLimit:0.##} 元");
            }
            else
            {
                var p = await policy.ReadAsync(c.AccidentOn, c.DivisionCode, ct);
                var yearStart = new DateOnly(c.AccidentOn.Year, 1, 1);
                var yearEnd = new DateOnly(c.AccidentOn.Year, 12, 31);
                var paidBefore = (await db.InsuranceClaims.Where(x => x.PersonId == c.PersonId && x.Id != c.Id && x.Status == ClaimStatus.Paid
                    && x.AccidentOn >= yearStart && x.AccidentOn <= yearEnd).Select(x => x.PaidAmount).ToListAsync(ct)).Sum(x => x ?? 0);
                if (paidBefore + amount > p.Total)
                {
                    errors.Add("amount", $"本年度已赔付 {paidBefore:0.##} 元，加本次超过每人总保障额度 {p.Total:0.##} 元");
                }
            }
        }
        else if (string.IsNullOrWhiteSpace(r.Reason))
        {
            errors.Add("reason", "拒赔须填写原因");
        }
        errors.ThrowIfAny();
        c.Status = r.Paid ? ClaimStatus.Paid : ClaimStatus.Refused;
        c.PaidAmount = r.Paid ? r.Amount : null;
        c.RefusalReason = r.Paid ? null : r.Reason!.Trim();
        c.DecidedOn = decided;
        c.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ClaimView> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.InsuranceClaims.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("理赔记录不存在或不在您的辖区内");
        var p = await elders.FindAsync([c.IdNumber], ct);
        return View(c, p.GetValueOrDefault(c.IdNumber)?.Name);
    }

    public async Task<ClaimList> ListAsync(ClaimSearch s, CancellationToken ct)
    {
        const int size = 50;
        var page = Math.Max(s.Page ?? 1, 1);
        var q = db.InsuranceClaims.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(s.Division))
        {
            q = q.Where(c => c.DivisionCode.StartsWith(s.Division.Trim()));
        }
        if (s.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            q = q.Where(c => c.AccidentOn >= from && c.AccidentOn <= to);
        }
        // decimal sums are done here: SQLite cannot sum decimals in the database
        var counts = (await q.Select(c => new { c.Status, c.PaidAmount }).ToListAsync(ct))
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count(), Paid = g.Sum(c => c.PaidAmount ?? 0) }).ToList();
        if (Enum.TryParse<ClaimStatus>(s.Status, out var status))
        {
            q = q.Where(c => c.Status == status);
        }
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(c => c.ReportedOn).ThenByDescending(c => c.Number).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var people = await elders.FindAsync(rows.Select(r => r.IdNumber).Distinct().ToList(), ct);
        int N(ClaimStatus st) => counts.FirstOrDefault(c => c.Key == st)?.Count ?? 0;
        return new ClaimList(total, page, size,
            new ClaimCounts(N(ClaimStatus.Reported), N(ClaimStatus.Submitted), N(ClaimStatus.Paid), N(ClaimStatus.Refused), counts.Sum(c => c.Paid)),
            rows.Select(r => View(r, people.GetValueOrDefault(r.IdNumber)?.Name)).ToList());
    }

    private static ClaimView View(InsuranceClaim c, string? name) => new(c.Id, c.Number, c.PersonId, Masking.IdNumber(c.IdNumber), name, c.DivisionCode,
        c.AccidentType, AccidentTypes.NameOf(c.AccidentType) ?? "—", c.AccidentOn, c.Place, c.Description, c.Item.ToString(), AccidentTypes.ItemName(c.Item),
        c.Claimed, c.CoverLimit, c.ParametersUsed, c.Status.ToString(), AccidentTypes.StatusName(c.Status), c.PaidAmount, c.RefusalReason, c.ReportedOn,
        c.SubmittedOn, c.DecidedOn, c.ReportedBy, c.Version);

    internal static string Used(InsurancePolicyView p, ClaimItem item)
    {
        var key = InsuranceParameters.CoverKey(item);
        return string.Join("; ", p.Values.Where(v => v.Key == key || v.Key == InsuranceParameters.CoverTotal || v.Key == InsuranceParameters.Insurer)
            .Select(v => $"{v.Key}={v.Value}@{v.ValidFrom:yyyy-MM-dd}"));
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var counter = await db.InsuranceClaimCounters.FirstOrDefaultAsync(x => x.Year == year, ct);
        if (counter is null)
        {
            counter = new InsuranceClaimCounter { Year = year };
            db.InsuranceClaimCounters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return $"YLAK-{year}-{counter.Last:00000}";
    }

    private void Require(string permission)
    {
        if (!user.Has(permission) || user.Organization is not null)
        {
            throw new ForbiddenException("您的角色无权办理银龄安康理赔");
        }
    }
}
