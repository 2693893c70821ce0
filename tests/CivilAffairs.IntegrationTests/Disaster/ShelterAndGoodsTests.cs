using System.Net;
using System.Net.Http.Json;
using CivilAffairs.Disaster.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Disaster.DisasterApi;

namespace CivilAffairs.IntegrationTests.Disaster;

/// <summary>Shelters never take more people than they hold, and goods never leave a warehouse that has none — also when clerks act at the same moment.</summary>
public abstract class ShelterAndGoodsTests(AppFixture app)
{
    [Fact]
    public async Task A_full_shelter_refuses_the_next_person_with_a_clear_message_and_concurrent_check_ins_never_overfill_it()
    {
        var ev = await EventAsync(app, "2018-09-16");
        var small = await OpenShelterAsync(app, ev, capacity: 2);
        await PostAsync(app, "futian.clerk", $"/shelter-openings/{small}/occupants", new { idNumber = Ids.New(), name = "入住一" });
        await PostAsync(app, "futian.clerk", $"/shelter-openings/{small}/occupants", new { description = "女，约60岁，附近城中村居民" });
        var full = await PostAsync(app, "futian.clerk", $"/shelter-openings/{small}/occupants", new { idNumber = Ids.New(), name = "入住三" }, HttpStatusCode.Conflict);
        Assert.Contains("已满员", full.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // neither an ID number nor a description: 400 in Chinese
        var bad = await PostAsync(app, "futian.clerk", $"/shelter-openings/{small}/occupants", new { name = "无名" }, HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("description", out _));

        var shelter = await OpenShelterAsync(app, ev, capacity: 3);
        var clerk = await app.ClientForAsync("futian.clerk");
        var district = await app.ClientForAsync("futian.district");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? clerk : district)
            .PostAsJsonAsync($"{Root}/shelter-openings/{shelter}/occupants", new { idNumber = Ids.New(), name = "并发" + i })));
        Assert.Equal(3, results.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var opening = await GetAsync(app, "futian.clerk", $"/shelter-openings/{shelter}");
        Assert.Equal(3, opening.GetProperty("occupants").GetInt32());
        Assert.Equal(3, opening.GetProperty("peak").GetInt32());
        var occupants = await GetAsync(app, "futian.clerk", $"/shelter-openings/{shelter}/occupants");
        Assert.Equal(3, occupants.GetArrayLength());
        Assert.All(occupants.EnumerateArray(), o => Assert.Contains("*", o.GetProperty("idNumber").GetString(), StringComparison.Ordinal));

        // one leaves: the count drops, the peak stays, and the place can be taken again
        var leaving = occupants[0].Id();
        var after = await PostAsync(app, "futian.clerk", $"/shelter-openings/{shelter}/occupants/{leaving}/out", new { });
        Assert.Equal(2, after.GetProperty("occupants").GetInt32());
        Assert.Equal(3, after.GetProperty("peak").GetInt32());
        await PostAsync(app, "futian.clerk", $"/shelter-openings/{shelter}/occupants", new { description = "男，约8岁，随母亲" });
        // a shelter with people in it cannot be closed
        await PostAsync(app, "city.officer", $"/shelter-openings/{shelter}/close", new { }, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Street_clerks_cannot_register_shelters_and_another_district_sees_nothing_of_Futian()
    {
        var ev = await EventAsync(app, "2018-09-16");
        await PostAsync(app, "futian.clerk", "/shelters", new { name = "x", divisionCode = "440304004", address = "y", capacity = 5 }, HttpStatusCode.Forbidden);
        var opening = await OpenShelterAsync(app, ev, capacity: 10);
        var household = await HouseholdAsync(app, ev, "Severe");
        await GetAsync(app, "nanshan.street", $"/shelter-openings/{opening}", HttpStatusCode.NotFound);
        await PostAsync(app, "nanshan.street", $"/shelter-openings/{opening}/occupants", new { description = "男，约30岁" }, HttpStatusCode.NotFound);
        await GetAsync(app, "nanshan.street", $"/households/{household.Id()}", HttpStatusCode.NotFound);
        var list = await GetAsync(app, "nanshan.street", $"/events/{ev}/households");
        Assert.Equal(0, list.GetArrayLength());
        // and a Futian clerk may not record a household in Nanshan
        var wrong = await PostAsync(app, "futian.clerk", $"/events/{ev}/households", new
        {
            headIdNumber = Ids.New("440305"), headName = "南山户", divisionCode = "440305001", address = "南头", members = 2, damage = "Moderate",
        }, HttpStatusCode.BadRequest);
        Assert.Contains("辖区", wrong.GetProperty("errors").GetProperty("divisionCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_resident_is_taken_from_the_registry_with_name_division_and_household()
    {
        var ev = await EventAsync(app, "2018-09-16");
        var clerk = await app.ClientForAsync("futian.clerk");
        var person = await clerk.CreatePersonAsync("440304004", name: "库中居民");
        var h = await PostAsync(app, "futian.clerk", $"/events/{ev}/households", new { headIdNumber = person.IdNumber, address = "福田街道某社区", members = 2, damage = "Severe" },
            HttpStatusCode.Created);
        Assert.True(h.GetProperty("inRegistry").GetBoolean());
        Assert.Equal("440304004", h.GetProperty("divisionCode").GetString());
        Assert.Equal("库*居民".Length, h.GetProperty("headName").GetString()!.Length);
        Assert.DoesNotContain(person.IdNumber, h.GetRawText(), StringComparison.Ordinal);
        // someone unknown to the registry needs a name
        var unknown = await PostAsync(app, "futian.clerk", $"/events/{ev}/households", new { headIdNumber = Ids.New(), divisionCode = "440304004", address = "x", members = 1 },
            HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("headName", out _));
    }

    [Fact]
    public async Task Stock_never_goes_negative_not_even_when_issues_race_for_the_last_items()
    {
        var ev = await EventAsync(app, "2018-09-16");
        var opening = await OpenShelterAsync(app, ev, capacity: 50);
        var w = await PostAsync(app, "futian.district", "/warehouses", new { name = "福田测试仓库" + Guid.NewGuid().ToString("N")[..4], divisionCode = "440304" },
            HttpStatusCode.Created);
        var receipt = await PostAsync(app, "futian.district", "/goods/receipts", new
        {
            warehouseId = w.Id(), item = "帐篷", unit = "顶", quantity = 10, counterparty = "市应急管理局调拨",
        }, HttpStatusCode.Created);
        var line = receipt.GetProperty("stockItemId").GetGuid();
        Assert.Equal(10, receipt.GetProperty("balance").GetInt32());
        // street clerks issue, they do not receive
        await PostAsync(app, "futian.clerk", "/goods/receipts", new { stockItemId = line, quantity = 1, counterparty = "x" }, HttpStatusCode.Forbidden);

        var district = await app.ClientForAsync("futian.district");
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => district.PostAsJsonAsync($"{Root}/goods/issues", new
        {
            stockItemId = line, quantity = 3, eventId = ev, shelterOpeningId = opening, counterparty = "避灾场所", signedBy = "签收人" + i,
        })));
        Assert.Equal(3, results.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var refused = await PostAsync(app, "futian.district", "/goods/issues", new
        {
            stockItemId = line, quantity = 2, eventId = ev, shelterOpeningId = opening, counterparty = "避灾场所", signedBy = "张三",
        }, HttpStatusCode.Conflict);
        Assert.Contains("库存不足：现有 1", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // who signed is required
        await PostAsync(app, "futian.district", "/goods/issues", new { stockItemId = line, quantity = 1, eventId = ev, shelterOpeningId = opening, counterparty = "x" },
            HttpStatusCode.BadRequest);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DisasterDb>();
        var stock = await db.Stock.IgnoreQueryFilters().SingleAsync(s => s.Id == line);
        Assert.Equal(1, stock.Quantity);
        var issues = await db.Movements.IgnoreQueryFilters().Where(m => m.StockItemId == line && m.Kind == CivilAffairs.Disaster.Domain.MovementKind.Issue).ToListAsync();
        Assert.Equal(9, issues.Sum(m => m.Quantity));
        Assert.Equal([7, 4, 1], issues.Select(m => m.Balance).OrderDescending().ToArray());

        var dashboard = await GetAsync(app, "futian.district", $"/events/{ev}/dashboard");
        var tents = dashboard.GetProperty("goods").EnumerateArray().Single(g => g.GetProperty("item").GetString() == "帐篷");
        Assert.Equal(9, tents.GetProperty("issued").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ShelterAndGoodsTestsOnSqlite(SqliteApp app) : ShelterAndGoodsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ShelterAndGoodsTestsOnPostgres(PostgresApp app) : ShelterAndGoodsTests(app);
