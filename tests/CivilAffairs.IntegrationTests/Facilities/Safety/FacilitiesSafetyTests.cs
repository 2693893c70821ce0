using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Facilities.Safety;

/// <summary>Dual prevention: risk grading, inspections with hidden dangers and their deadlines, rectification verified by another person, due inspections; on both databases.</summary>
public abstract class FacilitiesSafetyTests(AppFixture app)
{
    [Fact]
    public async Task An_inspection_records_dangers_with_deadlines_by_level_and_only_another_person_verifies_the_rectification()
    {
        var today = FacilitiesApi.FacToday;
        var clerk = await app.ClientForAsync("futian.clerk");
        var facility = await clerk.FacNewFacilityAsync();

        var bad = await clerk.PostAsJsonAsync("/api/v1/facilities/safety/inspections", new { facilityId = facility, inspectedOn = today.AddDays(1), kind = "Routine" });
        Assert.Equal("检查日期不能晚于今天", await bad.FieldErrorAsync("inspectedOn"));
        Assert.NotEmpty(await bad.FieldErrorAsync("inspectors"));

        var found = today.AddDays(-3);
        var inspection = await (await clerk.PostAsJsonAsync("/api/v1/facilities/safety/inspections", new
        {
            facilityId = facility, inspectedOn = found, kind = "JointFire", inspectors = "福田区民政局、福田区消防救援大队", findings = "消防设施及用电检查",
            hazards = new object[] { new { description = "疏散通道堆放杂物", level = "General" }, new { description = "火灾自动报警主机故障", level = "Major" } },
        })).FacOkAsync(HttpStatusCode.Created);
        Assert.Equal(2, inspection.GetProperty("hazards").GetInt32());
        Assert.StartsWith("AQ-", inspection.GetProperty("number").GetString(), StringComparison.Ordinal);

        var hazards = (await (await clerk.GetAsync($"/api/v1/facilities/safety/hazards?facilityId={facility}")).FacOkAsync()).EnumerateArray().ToList();
        var general = hazards.Single(h => h.GetProperty("level").GetString() == "General");
        var major = hazards.Single(h => h.GetProperty("level").GetString() == "Major");
        Assert.Equal(found.AddDays(15), DateOnly.Parse(general.GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(found.AddDays(60), DateOnly.Parse(major.GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("general=15d@2018-01-01", general.GetProperty("parametersUsed").GetString());
        Assert.False(general.GetProperty("overdue").GetBoolean());

        var id = general.GetProperty("id").GetGuid();
        await (await clerk.PostAsync($"/api/v1/facilities/safety/hazards/{id}/verify", null)).FacStatusAsync(HttpStatusCode.Conflict);
        var early = await clerk.PostAsJsonAsync($"/api/v1/facilities/safety/hazards/{id}/rectify", new { rectifiedOn = found.AddDays(-1), rectification = "清理" });
        Assert.Equal("整改完成日期不能早于发现日期", await early.FieldErrorAsync("rectifiedOn"));
        var rectified = await (await clerk.PostAsJsonAsync($"/api/v1/facilities/safety/hazards/{id}/rectify", new { rectifiedOn = today, rectification = "已清理通道并设置警示" })).FacOkAsync();
        Assert.Equal("Rectified", rectified.GetProperty("status").GetString());
        // the recorder may not verify their own danger; the street reviewer may
        var own = await clerk.PostAsync($"/api/v1/facilities/safety/hazards/{id}/verify", null);
        await own.FacStatusAsync(HttpStatusCode.Conflict);
        var street = await app.ClientForAsync("futian.street");
        var verified = await (await street.PostAsync($"/api/v1/facilities/safety/hazards/{id}/verify", null)).FacOkAsync();
        Assert.Equal("Verified", verified.GetProperty("status").GetString());
        Assert.Equal("futian.street", verified.GetProperty("verifiedBy").GetString());

        // another street sees none of it
        var nanshan = await app.ClientForAsync("nanshan.street");
        await (await nanshan.GetAsync($"/api/v1/facilities/safety/hazards/{id}")).FacStatusAsync(HttpStatusCode.NotFound);
        await (await nanshan.PostAsJsonAsync("/api/v1/facilities/safety/inspections", new
        {
            facilityId = facility, inspectedOn = today, kind = "Routine", inspectors = "南山", findings = "x",
        })).FacStatusAsync(HttpStatusCode.NotFound);
        var theirs = (await (await nanshan.GetAsync("/api/v1/facilities/safety/hazards")).FacOkAsync()).EnumerateArray();
        Assert.DoesNotContain(theirs, h => h.GetProperty("facilityId").GetGuid() == facility);
    }

    [Fact]
    public async Task A_new_institution_is_due_for_inspection_until_inspected_then_due_a_cycle_later()
    {
        var today = FacilitiesApi.FacToday;
        var clerk = await app.ClientForAsync("futian.clerk");
        var facility = await clerk.FacNewFacilityAsync();
        var due = (await (await clerk.GetAsync("/api/v1/facilities/safety/due?dueOnly=true")).FacOkAsync()).EnumerateArray()
            .Single(d => d.GetProperty("facilityId").GetGuid() == facility);
        Assert.Equal("Never", due.GetProperty("state").GetString());
        Assert.Equal(30, due.GetProperty("cycleDays").GetInt32());

        await (await clerk.PostAsJsonAsync("/api/v1/facilities/safety/inspections", new
        {
            facilityId = facility, inspectedOn = today.AddDays(-25), kind = "Routine", inspectors = "福田街道安全办", findings = "未发现隐患",
        })).FacOkAsync(HttpStatusCode.Created);
        var after = (await (await clerk.GetAsync("/api/v1/facilities/safety/due")).FacOkAsync()).EnumerateArray().Single(d => d.GetProperty("facilityId").GetGuid() == facility);
        Assert.Equal(today.AddDays(5), DateOnly.Parse(after.GetProperty("nextDue").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("DueSoon", after.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_risk_is_graded_by_the_matrix_in_force_and_its_responsible_person_is_masked_in_lists_and_exports()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var facility = await clerk.FacNewFacilityAsync();
        var bad = await clerk.PostAsJsonAsync("/api/v1/facilities/safety/risks", new { facilityId = facility, hazard = "厨房燃气", likelihood = 6, severity = 0 });
        Assert.Equal("可能性（L）应为 1–5", await bad.FieldErrorAsync("likelihood"));
        var risk = await (await clerk.PostAsJsonAsync("/api/v1/facilities/safety/risks", new
        {
            facilityId = facility, hazard = "厨房燃气管道", likelihood = 5, severity = 4, controls = "燃气报警联动切断", responsiblePerson = "欧阳明辉",
        })).FacOkAsync();
        Assert.Equal("Major", risk.GetProperty("level").GetString());
        Assert.Equal(20, risk.GetProperty("score").GetInt32());
        Assert.Contains("重大≥20", risk.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("明辉", risk.GetProperty("responsibleMasked").GetString(), StringComparison.Ordinal);

        var city = await app.ClientForAsync("city.officer");
        var xlsx = await city.GetByteArrayAsync("/api/v1/facilities/safety.xlsx");
        var risks = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "风险清单").Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(risks);
        Assert.DoesNotContain(risks, r => ((string?)r["责任人"] ?? "").Contains("明辉", StringComparison.Ordinal));
        var hazards = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "隐患整改").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(hazards, h => (string?)h["逾期"] == "是");
        var overview = await (await city.GetAsync("/api/v1/facilities/safety/overview")).FacOkAsync();
        Assert.True(overview.GetProperty("overdueHazards").GetInt32() > 0);
        Assert.True(overview.GetProperty("overdue").GetInt32() + overview.GetProperty("never").GetInt32() > 0);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FacilitiesSafetyTestsOnSqlite(SqliteApp app) : FacilitiesSafetyTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FacilitiesSafetyTestsOnPostgres(PostgresApp app) : FacilitiesSafetyTests(app);
