using CivilAffairs.Disaster.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Data;

internal abstract partial class DisasterDb
{
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    public DbSet<StockItem> Stock => Set<StockItem>();

    public DbSet<StockMovement> Movements => Set<StockMovement>();

    partial void ConfigureGoods(ModelBuilder b)
    {
        b.Entity<Warehouse>(e =>
        {
            e.ToTable("warehouses");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<StockItem>(e =>
        {
            // the database itself refuses a negative stock, whatever the code does
            e.ToTable("stock", t => t.HasCheckConstraint("ck_stock_quantity", "quantity >= 0"));
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Item).HasMaxLength(64);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.HasIndex(x => new { x.WarehouseId, x.Item }).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<StockMovement>(e =>
        {
            e.ToTable("stock_movements");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Counterparty).HasMaxLength(100);
            e.Property(x => x.SignedBy).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.StockItemId);
            e.HasIndex(x => x.EventId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
