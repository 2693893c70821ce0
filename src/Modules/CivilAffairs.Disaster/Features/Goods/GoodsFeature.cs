using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Disaster.Features.Goods;

/// <summary>Relief goods: warehouses, stock, receipts and distributions.</summary>
internal static class GoodsFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<Goods>();

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/disaster").WithTags("Disaster 自然灾害救助 · 救灾物资").RequireAuthorization(Permissions.DisasterRead);
        g.MapGet("/warehouses", (Goods s, CancellationToken ct) => s.ListAsync(ct)).WithSummary("Warehouses in my jurisdiction with their stock");
        g.MapPost("/warehouses", async (WarehouseRequest r, Goods s, CancellationToken ct) =>
            {
                var w = await s.CreateWarehouseAsync(r, ct);
                return TypedResults.Created($"/api/v1/disaster/warehouses/{w.Id}", w);
            })
            .WithSummary("Set up a warehouse in my jurisdiction (disaster.manage)");
        g.MapGet("/goods/movements", (Guid? stockItemId, Guid? eventId, Goods s, CancellationToken ct) => s.MovementsAsync(stockItemId, eventId, ct))
            .WithSummary("Receipts and issues (newest 500), optionally of one stock line or event");
        g.MapPost("/goods/receipts", async (MovementRequest r, Goods s, CancellationToken ct) =>
            {
                var m = await s.ReceiveAsync(r, ct);
                return TypedResults.Created($"/api/v1/disaster/goods/movements/{m.Id}", m);
            })
            .WithSummary("Goods received into a warehouse (disaster.manage): stockItemId, or warehouseId + item + unit for a new item");
        g.MapPost("/goods/issues", async (MovementRequest r, Goods s, CancellationToken ct) =>
            {
                var m = await s.IssueAsync(r, ct);
                return TypedResults.Created($"/api/v1/disaster/goods/movements/{m.Id}", m);
            })
            .WithSummary("Distribution to a shelter or household for an event, with who signed; 409 when the stock is short (never negative, also under concurrency)");
    }
}
