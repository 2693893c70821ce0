using System.Net;
using System.Net.Http.Json;
using CivilAffairs.Contracts.Facilities;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.Facilities.Data;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Facilities.Institutions;

/// <summary>The single registry: synchronized from every module without duplicates, staff entries, corrections, jurisdiction, Excel; on both databases.</summary>
public abstract class FacilitiesInstitutionsTests(AppFixture app)
{
    [Fact]
    public async Task The_registry_holds_every_elderly_care_institution_and_a_second_sync_adds_and_changes_nothing()
    {
        List<string> elderCodes;
        await using (var scope = app.Scope())
        {
            elderCodes = await scope.ServiceProvider.GetRequiredService<ElderCareDb>().Institutions.IgnoreQueryFilters().Select(i => i.Code).ToListAsync();
        }
        Assert.NotEmpty(elderCodes);
        var city = await app.ClientForAsync("city.officer");
        var first = await (await city.PostAsync("/api/v1/facilities/institutions/sync", null)).FacOkAsync();
        var second = await (await city.PostAsync("/api/v1/facilities/institutions/sync", null)).FacOkAsync();
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(0, second.GetProperty("updated").GetInt32());
        var modules = second.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("module").GetString()).ToList();
        Assert.Contains("eldercare", modules);
        Assert.Contains("funeral", modules);
        Assert.Contains("marriage", modules);
        Assert.Contains("rescue", modules);
        Assert.Contains("childwelfare", modules);
        Assert.Equal(first.GetProperty("unchanged").GetInt32() + first.GetProperty("added").GetInt32() + first.GetProperty("updated").GetInt32(),
            second.GetProperty("unchanged").GetInt32());

        await using (var scope = app.Scope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<FacilitiesDb>().Facilities.IgnoreQueryFilters().Where(f => f.SourceModule == "eldercare").ToListAsync();
            Assert.Equal(elderCodes.Count, rows.Count);
            Assert.Equal(elderCodes.Order(StringComparer.Ordinal), rows.Select(r => r.SourceCode!).Order(StringComparer.Ordinal));
        }
        await using (var scope = app.Scope())
        {
            // any module finds them through the directory (as the system here: a test scope has no signed-in user)
            scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("test");
            var dir = scope.ServiceProvider.GetRequiredService<IFacilityDirectory>();
            var one = await dir.FindBySourceAsync("eldercare", elderCodes[0]);
            Assert.NotNull(one);
            Assert.Equal("eldercare", one.SourceModule);
            Assert.NotEmpty(await dir.ListAsync(FacilityType.MarriageRegistry));
        }

        var list = await (await city.GetAsync("/api/v1/facilities/institutions?source=eldercare")).FacOkAsync();
        Assert.Equal(elderCodes.Count, list.GetProperty("total").GetInt32());
        Assert.Contains(list.GetProperty("byType").EnumerateArray(), t => t.GetProperty("type").GetString() == "RescueStation");
    }

    [Fact]
    public async Task A_street_clerk_registers_an_institution_of_its_street_with_clear_errors_and_no_duplicates()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var name = "福田街道测试日间照料中心" + Guid.NewGuid().ToString("N")[..4];
        var bad = await clerk.PostAsJsonAsync("/api/v1/facilities/institutions", new { name, type = "DayCareCenter", divisionCode = "440305001", operatorCreditCode = "91440300MA5ABCDEFX" });
        Assert.Equal("只能登记本辖区的设施", await bad.FieldErrorAsync("divisionCode"));
        Assert.NotEmpty(await bad.FieldErrorAsync("operatorCreditCode"));
        var noType = await clerk.PostAsJsonAsync("/api/v1/facilities/institutions", new { name, divisionCode = "440304004" });
        Assert.Equal("请选择设施类型", await noType.FieldErrorAsync("type"));

        var id = await clerk.FacNewFacilityAsync(type: "DayCareCenter", name: name);
        var again = await clerk.PostAsJsonAsync("/api/v1/facilities/institutions", new { name, type = "DayCareCenter", divisionCode = "440304004" });
        await again.FacStatusAsync(HttpStatusCode.Conflict);

        var view = await (await clerk.GetAsync($"/api/v1/facilities/institutions/{id}")).FacOkAsync();
        Assert.Equal(name, view.GetProperty("row").GetProperty("name").GetString());
        Assert.False(view.GetProperty("synced").GetBoolean());
        Assert.StartsWith("SS-", view.GetProperty("row").GetProperty("code").GetString(), StringComparison.Ordinal);

        // another street does not see it; a community worker reads but may not write
        var nanshan = await app.ClientForAsync("nanshan.street");
        await (await nanshan.GetAsync($"/api/v1/facilities/institutions/{id}")).FacStatusAsync(HttpStatusCode.NotFound);
        await (await nanshan.PutAsJsonAsync($"/api/v1/facilities/institutions/{id}", new { name = "改名", type = "DayCareCenter", divisionCode = "440305001" })).FacStatusAsync(HttpStatusCode.NotFound);
        var community = await app.ClientForAsync("futian.community");
        await (await community.PostAsJsonAsync("/api/v1/facilities/institutions", new { name = name + "2", type = "DayCareCenter", divisionCode = "440304004022" }))
            .FacStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_synced_institution_takes_only_the_registry_fields_and_an_expiring_licence_is_flagged_and_exported()
    {
        var city = await app.ClientForAsync("city.officer");
        var list = await (await city.GetAsync("/api/v1/facilities/institutions?source=marriage")).FacOkAsync();
        var office = list.GetProperty("items")[0];
        var id = office.GetProperty("id").GetGuid();
        var originalName = office.GetProperty("name").GetString();
        var until = FacilitiesApi.FacToday.AddDays(20);
        var saved = await (await city.PutAsJsonAsync($"/api/v1/facilities/institutions/{id}", new
        {
            name = "不应生效的名称", licenceValidUntil = until, latitude = 22.54m, longitude = 114.05m, note = "市局核实坐标",
        })).FacOkAsync();
        Assert.Equal(originalName, saved.GetProperty("row").GetProperty("name").GetString());
        Assert.True(saved.GetProperty("row").GetProperty("licenceExpiring").GetBoolean());
        Assert.Equal(22.54m, saved.GetProperty("latitude").GetDecimal());
        var badLat = await city.PutAsJsonAsync($"/api/v1/facilities/institutions/{id}", new { latitude = 95m });
        Assert.NotEmpty(await badLat.FieldErrorAsync("latitude"));

        // a sync keeps the registry's own fields
        await (await city.PostAsync("/api/v1/facilities/institutions/sync", null)).FacOkAsync();
        var after = await (await city.GetAsync($"/api/v1/facilities/institutions/{id}")).FacOkAsync();
        Assert.Equal("市局核实坐标", after.GetProperty("note").GetString());

        var expiring = await (await city.GetAsync("/api/v1/facilities/institutions?expiring=true")).FacOkAsync();
        Assert.Contains(expiring.GetProperty("items").EnumerateArray(), f => f.GetProperty("id").GetGuid() == id);

        var xlsx = await city.GetByteArrayAsync("/api/v1/facilities/institutions.xlsx?source=marriage");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "服务设施名录").Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => (string?)r["机构名称"] == originalName);
        Assert.Equal("是", row["临近到期"]);
        Assert.Equal("婚姻登记", row["来源"]);
    }

    [Fact]
    public async Task Only_a_manager_may_synchronize()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        await (await clerk.PostAsync("/api/v1/facilities/institutions/sync", null)).FacStatusAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FacilitiesInstitutionsTestsOnSqlite(SqliteApp app) : FacilitiesInstitutionsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FacilitiesInstitutionsTestsOnPostgres(PostgresApp app) : FacilitiesInstitutionsTests(app);
