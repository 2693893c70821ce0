namespace CivilAffairs.Disaster.Domain;

/// <summary>A district's relief goods warehouse (救灾物资储备库).</summary>
internal sealed class Warehouse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string? Address { get; set; }
}

/// <summary>One kind of goods in one warehouse; the quantity only changes by conditional updates that keep it ≥ 0.</summary>
internal sealed class StockItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid WarehouseId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Item { get; set; } = "";

    public string Unit { get; set; } = "";

    public int Quantity { get; set; }
}

public enum MovementKind
{
    Receipt = 1,
    Issue = 2,
}

/// <summary>A receipt into or an issue out of stock; an issue is the distribution record (to a shelter or a household, who signed).</summary>
internal sealed class StockMovement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid StockItemId { get; set; }

    public string DivisionCode { get; set; } = "";

    public MovementKind Kind { get; set; }

    public int Quantity { get; set; }

    /// <summary>Stock after this movement.</summary>
    public int Balance { get; set; }

    public Guid? EventId { get; set; }

    public Guid? ShelterOpeningId { get; set; }

    public Guid? HouseholdId { get; set; }

    /// <summary>Supplier (receipt) or receiving unit/person (issue).</summary>
    public string Counterparty { get; set; } = "";

    /// <summary>签收人.</summary>
    public string? SignedBy { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
