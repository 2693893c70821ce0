using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.HomeCare;

public sealed class BillRequest
{
    /// <summary>yyyy-MM</summary>
    public string? Month { get; set; }

    public string? InstitutionCode { get; set; }
}

public sealed class PaymentRequest
{
    public decimal? Amount { get; set; }

    public DateOnly? PaidOn { get; set; }
}

internal sealed record BillLineView(string IdNumberMasked, string Name, int Orders, int Minutes, decimal Amount, decimal Entitlement, decimal Subsidised,
    decimal SelfPaid, string? SubsidyNumber);

internal sealed record BillView(Guid? Id, string? Number, string InstitutionCode, string InstitutionName, string DivisionCode, DateOnly Month,
    HomeCareBillStatus? Status, string StatusName, int Orders, int Minutes, decimal Total, decimal Subsidised, decimal SelfPaid, string? SubmittedBy,
    DateTime? SubmittedAtUtc, string? DecidedBy, string? ReturnReason, decimal? PaidAmount, DateOnly? PaidOn, IReadOnlyList<BillLineView> Lines);

/// <summary>
/// Monthly settlement with a provider: the month's orders priced by the catalogue, each elder's
/// subsidised part capped at the month's entitlement (the rest is self-paid). The provider submits
/// (once per month: a second bill is 409), the street of the provider approves or returns it with
/// a reason, and the payment is recorded. Orders in a submitted bill are locked.
/// </summary>
internal sealed class HomeCareBills(ElderCareDb db, IElderDirectory directory, ICurrentUser user, ProviderScope provider, HomeCareOrders orders,
    HomeCareSubsidies subsidies, TimeProvider clock)
{
    public static string StatusName(HomeCareBillStatus? s) => s switch
    {
        HomeCareBillStatus.Submitted => "待街道审核",
        HomeCareBillStatus.Returned => "已退回",
        HomeCareBillStatus.Approved => "已审核待拨付",
        HomeCareBillStatus.Paid => "已拨付",
        _ => "未提交",
    };

    public async Task<List<BillView>> ListAsync(string? month, string? status, CancellationToken ct)
    {
        HomeCareAccess.RequireProvideOr(user, Permissions.ElderCareRead);
        var q = db.HomeCareBills.AsNoTracking();
        if (HomeCareMonth.Parse(month, "month") is { } m)
        {
            q = q.Where(b => b.Month == m);
        }
        if (Enum.TryParse<HomeCareBillStatus>(status, true, out var st))
        {
            q = q.Where(b => b.Status == st);
        }
        var list = await q.OrderByDescending(b => b.Month).ThenBy(b => b.InstitutionCode).Take(500).ToListAsync(ct);
        return await ViewsAsync(list, false, ct);
    }

    public async Task<BillView> GetAsync(Guid id, CancellationToken ct)
    {
        HomeCareAccess.RequireProvideOr(user, Permissions.ElderCareRead);
        var b = await db.HomeCareBills.AsNoTracking().Include(x => x.Lines).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return (await ViewsAsync([b], true, ct))[0];
    }

    /// <summary>What the bill would be now (not saved): for the provider to check before submitting.</summary>
    public async Task<BillView> PreviewAsync(BillRequest r, CancellationToken ct)
    {
        HomeCareAccess.RequireProvideOr(user, Permissions.ElderCareRead);
        var inst = await orders.InstitutionAsync(r.InstitutionCode, ct);
        var month = HomeCareMonth.Parse(r.Month, "month") ?? throw new FieldValidationException("month", "请选择月份");
        var bill = new HomeCareBill { InstitutionCode = inst.Code, DivisionCode = inst.DivisionCode, Month = month };
        await ComputeAsync(bill, ct);
        return (await ViewsAsync([bill], true, ct))[0] with { Id = null, Number = null, Status = null, StatusName = StatusName(null) };
    }

    public async Task<BillView> SubmitAsync(BillRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        HomeCareAccess.RequireProvider(user);
        var inst = await orders.InstitutionAsync(r.InstitutionCode, ct);
        var month = HomeCareMonth.Parse(r.Month, "month") ?? throw new FieldValidationException("month", "请选择月份");
        if (month >= HomeCareRules.MonthStart(ChinaTime.Today(clock)))
        {
            throw new FieldValidationException("month", "只能提交已结束月份的账单");
        }
        var bill = await db.HomeCareBills.Include(b => b.Lines).FirstOrDefaultAsync(b => b.InstitutionCode == inst.Code && b.Month == month, ct);
        if (bill is not null && bill.Status != HomeCareBillStatus.Returned)
        {
            throw new BusinessRuleException($"{month:yyyy年M月}已有账单（{bill.Number}，{StatusName(bill.Status)}），每月只结算一次");
        }
        if (bill is null)
        {
            bill = new HomeCareBill { InstitutionCode = inst.Code, DivisionCode = inst.DivisionCode, Month = month, Number = $"JS-{month:yyyyMM}-{inst.Code}" };
            db.HomeCareBills.Add(bill);
        }
        else
        {
            db.HomeCareBillLines.RemoveRange(bill.Lines);
            bill.Lines.Clear();
            bill.ReturnReason = null;
        }
        var locked = await ComputeAsync(bill, ct);
        foreach (var line in bill.Lines)
        {
            // new lines of a tracked (returned) bill carry their key already: EF would take them for existing rows
            db.Entry(line).State = EntityState.Added;
        }
        if (bill.Orders == 0)
        {
            throw new BusinessRuleException($"{month:yyyy年M月}没有可结算的工单");
        }
        bill.Status = HomeCareBillStatus.Submitted;
        bill.SubmittedBy = user.UserName;
        bill.SubmittedAtUtc = clock.GetUtcNow().UtcDateTime;
        bill.Version++;
        foreach (var o in locked)
        {
            o.BillId = bill.Id;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex) || ex is DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException($"{month:yyyy年M月}已有账单，每月只结算一次");
        }
        return await GetAsync(bill.Id, ct);
    }

    public async Task<BillView> ApproveAsync(Guid id, CancellationToken ct)
    {
        var b = await DecidableAsync(id, ct);
        b.Status = HomeCareBillStatus.Approved;
        b.DecidedBy = user.UserName;
        b.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(b, ct);
    }

    public async Task<BillView> ReturnAsync(Guid id, ReasonRequest r, CancellationToken ct)
    {
        var reason = string.IsNullOrWhiteSpace(r?.Reason) ? throw new FieldValidationException("reason", "请填写退回理由") : r.Reason.Trim();
        var b = await DecidableAsync(id, ct);
        b.Status = HomeCareBillStatus.Returned;
        b.ReturnReason = reason.Length > 500 ? reason[..500] : reason;
        b.DecidedBy = user.UserName;
        b.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        // the provider may correct the month's orders and submit again
        foreach (var o in await db.HomeCareOrders.Where(o => o.BillId == b.Id).ToListAsync(ct))
        {
            o.BillId = null;
        }
        return await SaveAsync(b, ct);
    }

    public async Task<BillView> PayAsync(Guid id, PaymentRequest r, CancellationToken ct)
    {
        HomeCareAccess.Require(user, Permissions.ElderCareApprove);
        NotProvider();
        var b = await db.HomeCareBills.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var e = new FieldErrors();
        if (r?.Amount is not { } amount || amount < 0 || amount > b.Subsidised)
        {
            e.Add("amount", $"拨付金额应在0至{b.Subsidised:0.00}元（补贴合计）之间");
            amount = 0;
        }
        if (r?.PaidOn is not { } on || on > ChinaTime.Today(clock))
        {
            e.Add("paidOn", "请填写拨付日期（不晚于今天）");
            on = default;
        }
        e.ThrowIfAny();
        if (b.Status != HomeCareBillStatus.Approved)
        {
            throw new BusinessRuleException("只有已审核的账单可以登记拨付");
        }
        b.Status = HomeCareBillStatus.Paid;
        b.PaidAmount = amount;
        b.PaidOn = on;
        b.PaidBy = user.UserName;
        return await SaveAsync(b, ct);
    }

    /// <summary>Prices the month's orders not in another bill and fills the lines; returns the orders to lock.</summary>
    private async Task<List<HomeCareOrder>> ComputeAsync(HomeCareBill bill, CancellationToken ct)
    {
        var end = bill.Month.AddMonths(1);
        var list = await db.HomeCareOrders.IgnoreQueryFilters()
            .Where(o => o.InstitutionCode == bill.InstitutionCode && o.ServiceDate >= bill.Month && o.ServiceDate < end && (o.BillId == null || o.BillId == bill.Id))
            .ToListAsync(ct);
        bill.Lines.Clear();
        foreach (var g in list.GroupBy(o => o.IdNumber).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var s = await subsidies.CoveringAsync(g.Key, bill.Month, ct);
            // the entitlement is the month's, whatever day the subsidy record was found on the orders
            var subsidisable = s is null ? 0 : g.Sum(o => o.Amount);
            var selfPaid = s is null ? g.Sum(o => o.Amount) : 0;
            var split = HomeCareRules.Cap(subsidisable, selfPaid, s?.MonthlyAmount ?? 0);
            bill.Lines.Add(new HomeCareBillLine
            {
                BillId = bill.Id, PersonId = g.First().PersonId, IdNumber = g.Key, Orders = g.Count(), Minutes = g.Sum(o => o.Minutes),
                Amount = g.Sum(o => o.Amount), Entitlement = s?.MonthlyAmount ?? 0, Subsidised = split.Subsidised, SelfPaid = split.SelfPaid, SubsidyNumber = s?.Number,
            });
        }
        bill.Orders = list.Count;
        bill.Minutes = list.Sum(o => o.Minutes);
        bill.Total = list.Sum(o => o.Amount);
        bill.Subsidised = bill.Lines.Sum(l => l.Subsidised);
        bill.SelfPaid = bill.Lines.Sum(l => l.SelfPaid);
        return list;
    }

    private async Task<HomeCareBill> DecidableAsync(Guid id, CancellationToken ct)
    {
        HomeCareAccess.Require(user, Permissions.ElderCareApprove);
        NotProvider();
        // the data layer limits the bill to the approver's jurisdiction: the provider's street (or above)
        var b = await db.HomeCareBills.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (b.Status != HomeCareBillStatus.Submitted)
        {
            throw new BusinessRuleException("只有待审核的账单可以审核或退回");
        }
        return b;
    }

    private void NotProvider()
    {
        if (provider.IsProvider)
        {
            throw new ForbiddenException();
        }
    }

    private async Task<BillView> SaveAsync(HomeCareBill b, CancellationToken ct)
    {
        b.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该账单已被他人处理，请刷新后重试");
        }
        return await GetAsync(b.Id, ct);
    }

    private async Task<List<BillView>> ViewsAsync(List<HomeCareBill> bills, bool lines, CancellationToken ct)
    {
        var codes = bills.Select(b => b.InstitutionCode).Distinct().ToList();
        var names = await db.Institutions.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var ids = lines ? bills.SelectMany(b => b.Lines).Select(l => l.IdNumber).Distinct().ToList() : [];
        var people = ids.Count == 0 ? new Dictionary<string, ElderInfo>() : await directory.FindAsync(ids, ct);
        return bills.Select(b => new BillView(b.Id, b.Number, b.InstitutionCode, names.GetValueOrDefault(b.InstitutionCode, b.InstitutionCode), b.DivisionCode,
            b.Month, b.Status, StatusName(b.Status), b.Orders, b.Minutes, b.Total, b.Subsidised, b.SelfPaid, b.SubmittedBy, b.SubmittedAtUtc, b.DecidedBy,
            b.ReturnReason, b.PaidAmount, b.PaidOn,
            lines ? b.Lines.OrderBy(l => l.IdNumber, StringComparer.Ordinal).Select(l => new BillLineView(Masking.IdNumber(l.IdNumber),
                people.TryGetValue(l.IdNumber, out var p) ? Masking.Name(p.Name) : "—", l.Orders, l.Minutes, l.Amount, l.Entitlement, l.Subsidised, l.SelfPaid,
                l.SubsidyNumber)).ToList() : [])).ToList();
    }
}
