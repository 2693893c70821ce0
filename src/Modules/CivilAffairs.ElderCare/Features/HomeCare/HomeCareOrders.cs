using System.Globalization;
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

namespace CivilAffairs.ElderCare.Features.HomeCare;

public sealed class OrderRequest
{
    /// <summary>The provider; a provider's own code when left out.</summary>
    public string? InstitutionCode { get; set; }

    public string? IdNumber { get; set; }

    /// <summary>Catalogue code (e.g. clean) or name (助洁).</summary>
    public string? Item { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>HH:mm</summary>
    public string? Start { get; set; }

    public int? Minutes { get; set; }

    public string? Worker { get; set; }
}

internal sealed record OrderView(Guid Id, string InstitutionCode, string InstitutionName, string IdNumberMasked, string Name, string ItemCode, string ItemName,
    DateOnly Date, string Start, int Minutes, string Worker, decimal UnitPrice, decimal Amount, bool Subsidised, Guid? BillId, string Source);

internal sealed record OrderListQuery(string? Month, string? Institution, string? IdNumber, string? Item);

internal sealed record OrderList(int Count, int Minutes, decimal Amount, IReadOnlyList<OrderView> Items);

/// <summary>A row-level problem: row number in the file (header = 1), column, Chinese message.</summary>
internal sealed record RowError(int Row, string Column, string Message);

/// <summary>
/// 服务工单: a home-care or day-care provider (its own institution only) or bureau staff record
/// visits; priced by the catalogue parameters on the service date; subsidised when the elder holds
/// an approved subsidy that month, otherwise self-paid. Orders of a billed month are locked.
/// </summary>
internal sealed class HomeCareOrders(ElderCareDb db, ElderFacts facts, IElderDirectory directory, ICurrentUser user, ProviderScope provider,
    ParameterStore parameters, HomeCareSubsidies subsidies, TimeProvider clock)
{
    public async Task<OrderList> ListAsync(OrderListQuery q, CancellationToken ct)
    {
        HomeCareAccess.RequireProvideOr(user, Permissions.ElderCareRead);
        var query = db.HomeCareOrders.AsNoTracking();
        if (HomeCareMonth.Parse(q.Month, "month") is { } m)
        {
            var end = m.AddMonths(1);
            query = query.Where(o => o.ServiceDate >= m && o.ServiceDate < end);
        }
        if (!string.IsNullOrWhiteSpace(q.Institution))
        {
            var i = q.Institution.Trim();
            query = query.Where(o => o.InstitutionCode == i);
        }
        if (!string.IsNullOrWhiteSpace(q.IdNumber))
        {
            var id = q.IdNumber.Trim().ToUpperInvariant();
            query = query.Where(o => o.IdNumber == id);
        }
        if (HomeCareParameters.Item(q.Item) is { } item)
        {
            query = query.Where(o => o.ItemCode == item.Code);
        }
        var count = await query.CountAsync(ct);
        var minutes = await query.SumAsync(o => (int?)o.Minutes, ct) ?? 0;
        var amounts = await query.Select(o => o.Amount).ToListAsync(ct);
        var rows = await query.OrderByDescending(o => o.ServiceDate).ThenByDescending(o => o.StartTime).Take(500).ToListAsync(ct);
        return new OrderList(count, minutes, amounts.Sum(), await ViewsAsync(rows, ct));
    }

    public async Task<OrderView> CreateAsync(OrderRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        HomeCareAccess.RequireProvideOr(user, Permissions.ElderCareWrite);
        var inst = await InstitutionAsync(r.InstitutionCode, ct);
        var today = ChinaTime.Today(clock);
        var limits = await LimitsAsync(today, inst.DivisionCode, ct);
        var errors = new FieldErrors();
        var row = Validate(r, today, limits, errors.Add);
        errors.ThrowIfAny();
        var fact = await facts.GetAsync(row!.IdNumber, today, ct) ?? throw new FieldValidationException("idNumber", "人口库中没有此居民，或不在本机构服务的辖区内");
        if (await db.HomeCareOrders.AnyAsync(o => o.InstitutionCode == inst.Code && o.IdNumber == row.IdNumber && o.ServiceDate == row.Date
            && o.StartTime == row.Start && o.ItemCode == row.Item.Code, ct))
        {
            throw new BusinessRuleException("该工单已登记（同一老人、日期、开始时间和服务项目）");
        }
        var clash = await ClashAsync(inst.Code, row, [], ct);
        if (clash is not null)
        {
            throw new BusinessRuleException(clash);
        }
        await EnsureMonthOpenAsync(inst.Code, row.Date, ct);
        var order = await BuildAsync(inst, row, fact.PersonId, "manual", ct);
        db.HomeCareOrders.Add(order);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessRuleException("该工单已登记（同一老人、日期、开始时间和服务项目）");
        }
        return (await ViewsAsync([order], ct))[0];
    }

    internal sealed record Limits(int MinMinutes, int MaxMinutes);

    internal sealed record ValidRow(string IdNumber, HomeCareItem Item, DateOnly Date, TimeOnly Start, int Minutes, string Worker);

    internal async Task<Limits> LimitsAsync(DateOnly today, string division, CancellationToken ct) =>
        new((int)await parameters.GetDecimalAsync(HomeCareParameters.MinMinutes, today, division, ct),
            (int)await parameters.GetDecimalAsync(HomeCareParameters.MaxMinutes, today, division, ct));

    /// <summary>Field checks shared by the form and the upload; <paramref name="add"/> receives (column, message).</summary>
    internal static ValidRow? Validate(OrderRequest r, DateOnly today, Limits limits, Action<string, string> add)
    {
        var ok = true;
        var id = (r.IdNumber ?? "").Trim().ToUpperInvariant();
        if (!IdNumber.TryParse(id, today, null, out _, out _))
        {
            add("idNumber", "身份证号无效");
            ok = false;
        }
        var item = HomeCareParameters.Item(r.Item);
        if (item is null)
        {
            add("item", "服务项目不在目录中（" + string.Join("、", HomeCareParameters.Items.Select(i => i.Name)) + "）");
            ok = false;
        }
        if (r.Date is not { } date)
        {
            add("date", "请填写服务日期");
            ok = false;
            date = default;
        }
        else if (date > today)
        {
            add("date", "服务日期不能晚于今天");
            ok = false;
        }
        if (!TimeOnly.TryParseExact((r.Start ?? "").Trim(), ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            add("start", "开始时间格式应为 HH:mm");
            ok = false;
        }
        if (r.Minutes is not { } minutes || minutes < limits.MinMinutes || minutes > limits.MaxMinutes)
        {
            add("minutes", $"服务时长应在{limits.MinMinutes}至{limits.MaxMinutes}分钟之间");
            ok = false;
            minutes = 0;
        }
        else if (start.ToTimeSpan() + TimeSpan.FromMinutes(minutes) > TimeSpan.FromDays(1))
        {
            add("minutes", "服务不能跨越午夜，请分成两张工单");
            ok = false;
        }
        var worker = (r.Worker ?? "").Trim();
        if (worker.Length is 0 or > 50)
        {
            add("worker", "请填写服务人员姓名（不超过50字）");
            ok = false;
        }
        return ok ? new ValidRow(id, item!, date, start, minutes, worker) : null;
    }

    /// <summary>Another order of the same worker (same provider) or the same elder overlapping in time, saved or among <paramref name="pending"/>.</summary>
    internal async Task<string?> ClashAsync(string institution, ValidRow row, IReadOnlyCollection<ValidRow> pending, CancellationToken ct)
    {
        var sameDay = await db.HomeCareOrders.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.ServiceDate == row.Date && (o.IdNumber == row.IdNumber || (o.InstitutionCode == institution && o.WorkerName == row.Worker)))
            .Select(o => new { o.IdNumber, o.WorkerName, o.InstitutionCode, o.StartTime, o.Minutes }).ToListAsync(ct);
        foreach (var o in sameDay.Where(o => HomeCareRules.Overlaps(o.StartTime, o.Minutes, row.Start, row.Minutes)))
        {
            return o.IdNumber == row.IdNumber ? "该老人同一时段已有其他工单" : "该服务人员同一时段已有其他工单";
        }
        foreach (var p in pending.Where(p => p.Date == row.Date && HomeCareRules.Overlaps(p.Start, p.Minutes, row.Start, row.Minutes)))
        {
            if (p.IdNumber == row.IdNumber)
            {
                return "该老人同一时段已有其他工单（本文件中）";
            }
            if (p.Worker == row.Worker)
            {
                return "该服务人员同一时段已有其他工单（本文件中）";
            }
        }
        return null;
    }

    /// <summary>Orders of a month whose bill is submitted, approved or paid are locked.</summary>
    internal async Task EnsureMonthOpenAsync(string institution, DateOnly date, CancellationToken ct)
    {
        var month = HomeCareRules.MonthStart(date);
        if (await db.HomeCareBills.IgnoreQueryFilters().AnyAsync(b => b.InstitutionCode == institution && b.Month == month && b.Status != HomeCareBillStatus.Returned, ct))
        {
            throw new BusinessRuleException($"{month:yyyy年M月}的账单已提交，该月工单已锁定");
        }
    }

    internal async Task<HomeCareOrder> BuildAsync(Institution inst, ValidRow row, Guid personId, string source, CancellationToken ct)
    {
        var hourly = await parameters.GetDecimalAsync(row.Item.PriceKey, row.Date, inst.DivisionCode, ct);
        var covering = await subsidies.CoveringAsync(row.IdNumber, HomeCareRules.MonthStart(row.Date), ct);
        return new HomeCareOrder
        {
            InstitutionCode = inst.Code, DivisionCode = inst.DivisionCode, PersonId = personId, IdNumber = row.IdNumber, ItemCode = row.Item.Code,
            ServiceDate = row.Date, StartTime = row.Start, Minutes = row.Minutes, WorkerName = row.Worker, UnitPrice = hourly,
            Amount = HomeCareRules.Price(hourly, row.Minutes), SubsidyId = covering?.Id, Source = source.Length > 200 ? source[..200] : source,
            RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
    }

    /// <summary>The provider named (or the provider's own), visible to the caller and able to take home-care orders.</summary>
    internal async Task<Institution> InstitutionAsync(string? code, CancellationToken ct)
    {
        var c = string.IsNullOrWhiteSpace(code) ? provider.InstitutionCode : code.Trim();
        if (c is null)
        {
            throw new FieldValidationException("institutionCode", "请选择服务机构");
        }
        provider.EnsureMayActFor(c);
        var inst = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Code == c, ct) ?? throw new NotFoundException("机构不存在或不在您的管辖范围内");
        if (inst.Kind is not (InstitutionKind.HomeCareCenter or InstitutionKind.DayCareCenter))
        {
            throw new BusinessRuleException("只有居家养老服务中心或日间照料中心可以登记居家养老服务工单");
        }
        return inst;
    }

    internal async Task<List<OrderView>> ViewsAsync(List<HomeCareOrder> rows, CancellationToken ct)
    {
        var codes = rows.Select(o => o.InstitutionCode).Distinct().ToList();
        var names = await db.Institutions.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        var people = rows.Count == 0 ? new Dictionary<string, ElderInfo>() : await directory.FindAsync(rows.Select(o => o.IdNumber).Distinct().ToList(), ct);
        return rows.Select(o => new OrderView(o.Id, o.InstitutionCode, names.GetValueOrDefault(o.InstitutionCode, o.InstitutionCode), Masking.IdNumber(o.IdNumber),
            people.TryGetValue(o.IdNumber, out var p) ? Masking.Name(p.Name) : "—", o.ItemCode, HomeCareParameters.Item(o.ItemCode)?.Name ?? o.ItemCode,
            o.ServiceDate, o.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture), o.Minutes, Masking.Name(o.WorkerName), o.UnitPrice, o.Amount,
            o.SubsidyId is not null, o.BillId, o.Source)).ToList();
    }
}
