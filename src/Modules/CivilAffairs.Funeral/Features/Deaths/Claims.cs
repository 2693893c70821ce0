using System.Globalization;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.Deaths;

public sealed class PrepareClaimRequest
{
    public Guid? HomeId { get; set; }

    /// <summary>yyyy-MM.</summary>
    public string? Month { get; set; }
}

public sealed class ReturnClaimRequest
{
    public string? Reason { get; set; }
}

public sealed record ClaimView(Guid Id, Guid HomeId, string HomeName, string Month, string Status, int Cases, decimal Amount, bool Imported,
    string PreparedBy, DateTime PreparedAtUtc, string? SubmittedBy, DateTime? SubmittedAtUtc, string? DecidedBy, DateTime? DecidedAtUtc,
    string? ReturnReason, bool Overdue);

public sealed record ClaimTotalRow(string Month, Guid HomeId, string HomeName, int Cases, decimal Amount, int ApprovedCases, decimal ApprovedAmount);

public sealed record ClaimTotals(int Year, IReadOnlyList<ClaimTotalRow> Rows, int Cases, decimal Amount, int ApprovedCases, decimal ApprovedAmount);

/// <summary>
/// 月度申报: a home claims the waivers of its cases cremated in a month; the bureau approves or
/// returns it (maker–checker: the decider is not who prepared or submitted it). A returned claim
/// frees its cases for a corrected claim.
/// </summary>
internal sealed class Claims(FuneralDb db, CaseQueries queries, ParameterStore parameters, ICurrentUser user, TimeProvider clock)
{
    public static string StatusName(ClaimStatus s) => s switch
    {
        ClaimStatus.Prepared => "待提交",
        ClaimStatus.Submitted => "待审核",
        ClaimStatus.Approved => "已核准",
        _ => "已退回",
    };

    public async Task<List<ClaimView>> ListAsync(int? year, Guid? home, string? status, CancellationToken ct)
    {
        var q = db.Claims.AsNoTracking();
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = from.AddYears(1);
            q = q.Where(c => c.Month >= from && c.Month < to);
        }
        if (home is { } h)
        {
            q = q.Where(c => c.HomeId == h);
        }
        if (Enum.TryParse<ClaimStatus>(status, true, out var st))
        {
            q = q.Where(c => c.Status == st);
        }
        var rows = await q.OrderByDescending(c => c.Month).ThenBy(c => c.HomeId).Take(500).ToListAsync(ct);
        var homes = await queries.HomeNamesAsync(ct);
        var today = ChinaTime.Today(clock);
        var due = (int)await parameters.GetDecimalAsync(FuneralParameters.ClaimDueDays, today, Catalogue.City, ct);
        return rows.Select(c => View(c, homes, c.Status == ClaimStatus.Prepared && c.Month.AddMonths(1).AddDays(due - 1) < today)).ToList();
    }

    public async Task<ClaimView> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Claims.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return View(c, await queries.HomeNamesAsync(ct), false);
    }

    public async Task<ClaimView> PrepareAsync(PrepareClaimRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.FuneralRecord, "只有殡仪馆工作人员可以申报");
        var errors = new FieldErrors();
        var home = r.HomeId is { } hid
            ? await db.Homes.FirstOrDefaultAsync(h => h.Id == hid, ct) ?? throw new NotFoundException("殡仪馆不存在或不在您的辖区内")
            : null;
        if (home is null)
        {
            errors.Add("homeId", "请选择殡仪馆");
        }
        if (!DateOnly.TryParseExact((r.Month ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            errors.Add("month", "请填写申报月份（yyyy-MM）");
        }
        else if (month.AddMonths(1) > Platform.Values.ChinaTime.Today(clock))
        {
            errors.Add("month", "只能申报已结束的月份");
        }
        errors.ThrowIfAny();
        if (await db.Claims.AnyAsync(c => c.HomeId == home!.Id && c.Month == month && c.Status != ClaimStatus.Returned, ct))
        {
            throw new BusinessRuleException($"{home!.Name} {month:yyyy-MM} 已有申报（未退回），不能重复申报");
        }
        var end = month.AddMonths(1);
        var cases = await db.Cases.Where(c => c.HomeId == home!.Id && c.ClaimId == null && c.WaiverEligible && c.WaiverAmount > 0
            && c.CrematedOn >= month && c.CrematedOn < end).ToListAsync(ct);
        if (cases.Count == 0)
        {
            throw new BusinessRuleException($"{home!.Name} {month:yyyy-MM} 没有可申报的减免（已火化、有减免且未申报的逝者）");
        }
        var claim = new WaiverClaim
        {
            HomeId = home!.Id, DivisionCode = home.DivisionCode, Month = month, Status = ClaimStatus.Prepared, Cases = cases.Count,
            Amount = cases.Sum(c => c.WaiverAmount), PreparedBy = user.UserName, PreparedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Claims.Add(claim);
        foreach (var c in cases)
        {
            c.ClaimId = claim.Id;
            c.Version++;
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(claim.Id, ct);
    }

    public Task<ClaimView> SubmitAsync(Guid id, CancellationToken ct) => ChangeAsync(id, Permissions.FuneralRecord, ClaimStatus.Prepared, (c, now) =>
    {
        c.Status = ClaimStatus.Submitted;
        c.SubmittedBy = user.UserName;
        c.SubmittedAtUtc = now;
        return Task.CompletedTask;
    }, ct);

    public Task<ClaimView> ApproveAsync(Guid id, CancellationToken ct) => ChangeAsync(id, Permissions.FuneralManage, ClaimStatus.Submitted, (c, now) =>
    {
        Decide(c, ClaimStatus.Approved, now);
        return Task.CompletedTask;
    }, ct);

    public Task<ClaimView> ReturnAsync(Guid id, ReturnClaimRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var reason = (r.Reason ?? "").Trim();
        if (reason.Length is 0 or > 200)
        {
            throw new FieldValidationException("reason", "请填写退回原因（不超过200字）");
        }
        return ChangeAsync(id, Permissions.FuneralManage, ClaimStatus.Submitted, async (c, now) =>
        {
            Decide(c, ClaimStatus.Returned, now);
            c.ReturnReason = reason;
            // the cases become claimable again in a corrected claim
            await db.Cases.Where(x => x.ClaimId == c.Id).ForEachAsync(x =>
            {
                x.ClaimId = null;
                x.Version++;
            }, ct);
        }, ct);
    }

    private void Decide(WaiverClaim c, ClaimStatus to, DateTime now)
    {
        if (string.Equals(c.PreparedBy, user.UserName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.SubmittedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("申报人不能审核自己的申报（审核须由另一人办理）", "/problems/maker-checker");
        }
        c.Status = to;
        c.DecidedBy = user.UserName;
        c.DecidedAtUtc = now;
    }

    private async Task<ClaimView> ChangeAsync(Guid id, string permission, ClaimStatus from, Func<WaiverClaim, DateTime, Task> change, CancellationToken ct)
    {
        Require(permission, permission == Permissions.FuneralManage ? "只有民政部门可以审核申报" : "只有殡仪馆工作人员可以提交申报");
        var c = await db.Claims.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (c.Status != from)
        {
            throw new BusinessRuleException($"申报当前为“{StatusName(c.Status)}”，不能办理此操作");
        }
        await change(c, clock.GetUtcNow().UtcDateTime);
        c.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Totals by month and home of the claims of a year (returned claims excluded); approved separately.</summary>
    public async Task<ClaimTotals> TotalsAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        var rows = await db.Claims.AsNoTracking().Where(c => c.Month >= from && c.Month < to && c.Status != ClaimStatus.Returned)
            .Select(c => new { c.Month, c.HomeId, c.Status, c.Cases, c.Amount }).ToListAsync(ct);
        var homes = await queries.HomeNamesAsync(ct);
        var list = rows.GroupBy(r => (r.Month, r.HomeId)).OrderBy(g => g.Key.Month).ThenBy(g => homes.GetValueOrDefault(g.Key.HomeId, ""), StringComparer.Ordinal)
            .Select(g => new ClaimTotalRow(g.Key.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.Key.HomeId, homes.GetValueOrDefault(g.Key.HomeId, ""),
                g.Sum(x => x.Cases), g.Sum(x => x.Amount), g.Where(x => x.Status == ClaimStatus.Approved).Sum(x => x.Cases),
                g.Where(x => x.Status == ClaimStatus.Approved).Sum(x => x.Amount)))
            .ToList();
        return new ClaimTotals(year, list, list.Sum(r => r.Cases), list.Sum(r => r.Amount), list.Sum(r => r.ApprovedCases), list.Sum(r => r.ApprovedAmount));
    }

    private void Require(string permission, string message)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(message);
        }
    }

    private static ClaimView View(WaiverClaim c, Dictionary<Guid, string> homes, bool overdue) =>
        new(c.Id, c.HomeId, homes.GetValueOrDefault(c.HomeId, ""), c.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), c.Status.ToString(), c.Cases,
            c.Amount, c.Imported, c.PreparedBy, c.PreparedAtUtc, c.SubmittedBy, c.SubmittedAtUtc, c.DecidedBy, c.DecidedAtUtc, c.ReturnReason, overdue);
}
