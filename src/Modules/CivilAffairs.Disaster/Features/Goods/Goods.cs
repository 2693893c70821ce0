using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Features.Goods;

public class WarehouseRequest
{
    public string? Name { get; set; }

    public string? DivisionCode { get; set; }

    public string? Address { get; set; }
}

public class MovementRequest
{
    /// <summary>An existing stock line; or WarehouseId + Item + Unit for a first receipt of a new item.</summary>
    public Guid? StockItemId { get; set; }

    public Guid? WarehouseId { get; set; }

    public string? Item { get; set; }

    public string? Unit { get; set; }

    public int? Quantity { get; set; }

    public Guid? EventId { get; set; }

    /// <summary>Issue to a shelter opened for the event…</summary>
    public Guid? ShelterOpeningId { get; set; }

    /// <summary>…or to an affected household.</summary>
    public Guid? HouseholdId { get; set; }

    /// <summary>Supplier (receipt) or receiving unit or person (issue).</summary>
    public string? Counterparty { get; set; }

    public string? SignedBy { get; set; }

    public string? Note { get; set; }
}

internal sealed record WarehouseView(Guid Id, string Name, string DivisionCode, string? Address, IReadOnlyList<StockView> Stock);

internal sealed record StockView(Guid Id, Guid WarehouseId, string Item, string Unit, int Quantity);

internal sealed record MovementView(Guid Id, Guid StockItemId, string Item, string Unit, MovementKind Kind, string KindName, int Quantity, int Balance,
    Guid? EventId, Guid? ShelterOpeningId, Guid? HouseholdId, string Counterparty, string? SignedBy, string? Note, string RecordedBy, DateTime AtUtc);

/// <summary>
/// Relief goods: a warehouse per district, its stock per item, receipts in and issues out (the
/// distribution record). Stock changes by one conditional UPDATE inside the movement's
/// transaction, so it never goes below zero, also when two clerks issue the last tents at once;
/// a CHECK constraint in the database backs this up.
/// </summary>
internal sealed class Goods(DisasterDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<List<WarehouseView>> ListAsync(CancellationToken ct)
    {
        var warehouses = await db.Warehouses.AsNoTracking().OrderBy(w => w.DivisionCode).ThenBy(w => w.Name).ToListAsync(ct);
        var stock = await db.Stock.AsNoTracking().OrderBy(s => s.Item).ToListAsync(ct);
        return warehouses.Select(w => new WarehouseView(w.Id, w.Name, w.DivisionCode, w.Address,
            stock.Where(s => s.WarehouseId == w.Id).Select(View).ToList())).ToList();
    }

    public async Task<WarehouseView> CreateWarehouseAsync(WarehouseRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.Require(user, Permissions.DisasterManage, "只有区、市应急/民政部门（disaster.manage）可以设立物资仓库");
        var e = new FieldErrors();
        var w = new Warehouse
        {
            Name = Access.Text(e, "name", r.Name, 100, "请填写仓库名称"),
            DivisionCode = Access.Division(e, user, "divisionCode", r.DivisionCode, 6, "所在区"),
            Address = string.IsNullOrWhiteSpace(r.Address) ? null : r.Address.Trim(),
        };
        e.ThrowIfAny();
        db.Warehouses.Add(w);
        await db.SaveChangesAsync(ct);
        return new WarehouseView(w.Id, w.Name, w.DivisionCode, w.Address, []);
    }

    public async Task<List<MovementView>> MovementsAsync(Guid? stockItemId, Guid? eventId, CancellationToken ct)
    {
        var q = from m in db.Movements.AsNoTracking()
                join s in db.Stock.AsNoTracking() on m.StockItemId equals s.Id
                select new { m, s.Item, s.Unit };
        if (stockItemId is { } sid)
        {
            q = q.Where(x => x.m.StockItemId == sid);
        }
        if (eventId is { } eid)
        {
            q = q.Where(x => x.m.EventId == eid);
        }
        var rows = await q.OrderByDescending(x => x.m.AtUtc).Take(500).ToListAsync(ct);
        return rows.Select(x => View(x.m, x.Item, x.Unit)).ToList();
    }

    public Task<MovementView> ReceiveAsync(MovementRequest r, CancellationToken ct) => MoveAsync(MovementKind.Receipt, r, ct);

    public Task<MovementView> IssueAsync(MovementRequest r, CancellationToken ct) => MoveAsync(MovementKind.Issue, r, ct);

    private async Task<MovementView> MoveAsync(MovementKind kind, MovementRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (kind == MovementKind.Receipt)
        {
            Access.Require(user, Permissions.DisasterManage, "只有区、市应急/民政部门（disaster.manage）可以登记物资入库");
        }
        else
        {
            Access.RequireWork(user, "您的角色不能发放救灾物资");
        }
        var e = new FieldErrors();
        if (r.Quantity is not (> 0 and <= 10_000_000))
        {
            e.Add("quantity", "数量须为正整数");
        }
        var counterparty = Access.Text(e, "counterparty", r.Counterparty, 100, kind == MovementKind.Receipt ? "请填写来源（调拨单位、捐赠方或供应商）" : "请填写领用单位或领取人");
        string? signedBy = null;
        if (kind == MovementKind.Issue)
        {
            signedBy = Access.Text(e, "signedBy", r.SignedBy, 64, "请填写签收人");
            if (r.EventId is null)
            {
                e.Add("eventId", "请选择灾害事件");
            }
            if ((r.ShelterOpeningId is null) == (r.HouseholdId is null))
            {
                e.Add("shelterOpeningId", "请选择发放对象：避灾场所或受灾户（二选一）");
            }
        }
        e.ThrowIfAny();
        if (r.EventId is { } eventId && !await db.Events.AnyAsync(x => x.Id == eventId, ct))
        {
            throw new FieldValidationException("eventId", "灾害事件不存在");
        }
        if (r.ShelterOpeningId is { } oid && !await db.ShelterOpenings.AnyAsync(x => x.Id == oid && x.EventId == r.EventId, ct))
        {
            throw new FieldValidationException("shelterOpeningId", "该避灾场所未为本次灾害开放或不在您的辖区内");
        }
        if (r.HouseholdId is { } hid && !await db.Households.AnyAsync(x => x.Id == hid && x.EventId == r.EventId, ct))
        {
            throw new FieldValidationException("householdId", "受灾户不存在或不在您的辖区内");
        }
        var item = await LineAsync(kind, r, ct);
        var quantity = r.Quantity!.Value;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = kind == MovementKind.Receipt
            ? await db.Stock.Where(s => s.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Quantity, x => x.Quantity + quantity), ct)
            : await db.Stock.Where(s => s.Id == item.Id && s.Quantity >= quantity).ExecuteUpdateAsync(s => s.SetProperty(x => x.Quantity, x => x.Quantity - quantity), ct);
        var balance = await db.Stock.AsNoTracking().Where(s => s.Id == item.Id).Select(s => s.Quantity).FirstAsync(ct);
        if (changed == 0)
        {
            await tx.RollbackAsync(ct);
            // the same message as the pure rule, with the stock as it is now
            StockRules.After(balance, kind, quantity);
            throw new BusinessRuleException("库存已变化，请刷新后重试");
        }
        var m = new StockMovement
        {
            StockItemId = item.Id, DivisionCode = item.DivisionCode, Kind = kind, Quantity = quantity, Balance = balance, EventId = r.EventId,
            ShelterOpeningId = r.ShelterOpeningId, HouseholdId = r.HouseholdId, Counterparty = counterparty, SignedBy = signedBy,
            Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), RecordedBy = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Movements.Add(m);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return View(m, item.Item, item.Unit);
    }

    /// <summary>The stock line moved: an existing one, or (for a receipt) a new item in a warehouse.</summary>
    private async Task<StockItem> LineAsync(MovementKind kind, MovementRequest r, CancellationToken ct)
    {
        if (r.StockItemId is { } sid)
        {
            return await db.Stock.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid, ct) ?? throw new NotFoundException("物资不存在或不在您的辖区内");
        }
        if (kind == MovementKind.Issue || r.WarehouseId is not { } wid)
        {
            throw new FieldValidationException("stockItemId", "请选择物资");
        }
        var w = await db.Warehouses.AsNoTracking().FirstOrDefaultAsync(x => x.Id == wid, ct) ?? throw new NotFoundException("仓库不存在或不在您的辖区内");
        var e = new FieldErrors();
        var name = Access.Text(e, "item", r.Item, 64, "请填写物资名称");
        var unit = Access.Text(e, "unit", r.Unit, 16, "请填写计量单位");
        e.ThrowIfAny();
        if (await db.Stock.AsNoTracking().FirstOrDefaultAsync(s => s.WarehouseId == wid && s.Item == name, ct) is { } existing)
        {
            return existing;
        }
        var line = new StockItem { WarehouseId = wid, DivisionCode = w.DivisionCode, Item = name, Unit = unit };
        db.Stock.Add(line);
        await db.SaveChangesAsync(ct);
        return line;
    }

    private static StockView View(StockItem s) => new(s.Id, s.WarehouseId, s.Item, s.Unit, s.Quantity);

    private static MovementView View(StockMovement m, string item, string unit) => new(m.Id, m.StockItemId, item, unit, m.Kind,
        m.Kind == MovementKind.Receipt ? "入库" : "发放", m.Quantity, m.Balance, m.EventId, m.ShelterOpeningId, m.HouseholdId, m.Counterparty, m.SignedBy,
        m.Note, m.RecordedBy, m.AtUtc);
}
