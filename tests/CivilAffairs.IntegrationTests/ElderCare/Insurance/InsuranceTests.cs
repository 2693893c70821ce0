using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.IntegrationTests.ElderCare.Elders;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.ElderCare.Insurance;

/// <summary>银龄安康: enrolment at 60, death, the insurer's export and claims, on SQLite and PostgreSQL.</summary>
public abstract class InsuranceTests(AppFixture app)
{
    private const string Api = "/api/v1/eldercare/insurance";

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<List<CivilAffairs.ElderCare.Domain.InsuranceEnrolment>> RosterLinesAsync(Guid personId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
        return await db.InsuranceRoster.IgnoreQueryFilters().AsNoTracking().Where(r => r.PersonId == personId).ToListAsync();
    }

    /// <summary>A 福田 户籍 resident who turned 60 today, enrolled by a run of the job.</summary>
    private async Task<(Guid Id, string IdNumber)> EnrolledSixtyYearOldAsync()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var person = await clerk.EldersNewResidentAsync(EldersTestData.Today.AddYears(-60));
        var district = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.OK, (await district.PostAsync(Api + "/roster/enrol", null)).StatusCode);
        Assert.Single(await RosterLinesAsync(person.Id));
        return person;
    }

    [Fact]
    public async Task The_job_enrols_who_turned_60_today_from_today_but_not_who_turns_60_tomorrow_nor_a_non_hukou_resident_and_twice_changes_nothing()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var today = EldersTestData.Today;
        var sixty = await clerk.EldersNewResidentAsync(today.AddYears(-60));
        var tomorrow = await clerk.EldersNewResidentAsync(today.AddYears(-60).AddDays(1));
        var migrant = await clerk.EldersNewResidentAsync(today.AddYears(-70), shenzhenHukou: false);

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync(Api + "/roster/enrol", null)).StatusCode);
        var district = await app.ClientForAsync("futian.district");
        var r = await (await district.PostAsync(Api + "/roster/enrol", null)).JsonAsync();
        Assert.True(r.GetProperty("enrolled").GetInt32() >= 1);

        var line = Assert.Single(await RosterLinesAsync(sixty.Id));
        Assert.Equal(today, line.CoveredFrom);
        Assert.Null(line.CoveredUntil);
        Assert.Empty(await RosterLinesAsync(tomorrow.Id));
        Assert.Empty(await RosterLinesAsync(migrant.Id));

        await district.PostAsync(Api + "/roster/enrol", null);
        Assert.Single(await RosterLinesAsync(sixty.Id));

        var roster = await district.GetFromJsonAsync<JsonElement>(Api + "/roster?status=Active&q=" + sixty.IdNumber[..14]);
        var row = roster.GetProperty("items").EnumerateArray().Single(x => x.GetProperty("personId").GetGuid() == sixty.Id);
        Assert.Equal(D(today), row.GetProperty("coveredFrom").GetString());
        Assert.Contains("********", row.GetProperty("idNumber").GetString(), StringComparison.Ordinal);
        Assert.Contains(roster.GetProperty("districts").EnumerateArray(), d => d.GetProperty("districtCode").GetString() == "440304");
    }

    [Fact]
    public async Task A_published_death_ends_cover_on_the_death_date_once()
    {
        var (personId, idNumber) = await EnrolledSixtyYearOldAsync();
        var admin = await app.ClientForAsync("admin");
        var died = EldersTestData.Today;
        var outcome = await (await admin.PostAsJsonAsync("/api/v1/events/person-died", new { idNumber, diedOn = D(died), source = "funeral:火化证明 测试" })).JsonAsync();
        Assert.Equal(1, outcome.EnumerateArray().Single(o => o.GetProperty("module").GetString() == "eldercare.insurance").GetProperty("affected").GetInt32());
        var line = Assert.Single(await RosterLinesAsync(personId));
        Assert.Equal(died, line.CoveredUntil);
        Assert.StartsWith("身故", line.EndReason, StringComparison.Ordinal);

        var again = await (await admin.PostAsJsonAsync("/api/v1/events/person-died", new { idNumber, diedOn = D(died), source = "hospital:死亡医学证明" })).JsonAsync();
        Assert.Equal(0, again.EnumerateArray().Single(o => o.GetProperty("module").GetString() == "eldercare.insurance").GetProperty("affected").GetInt32());

        // the dead are not enrolled again
        var district = await app.ClientForAsync("futian.district");
        await district.PostAsync(Api + "/roster/enrol", null);
        Assert.Single(await RosterLinesAsync(personId));
    }

    [Fact]
    public async Task The_insurer_export_has_full_ids_needs_manage_and_a_reason_and_is_audited()
    {
        var (_, idNumber) = await EnrolledSixtyYearOldAsync();
        var street = await app.ClientForAsync("futian.street");
        Assert.Equal(HttpStatusCode.Forbidden, (await street.GetAsync(Api + "/roster/export.xlsx?reason=x1")).StatusCode);
        var district = await app.ClientForAsync("futian.district");
        Assert.Equal("请填写导出事由", await (await district.GetAsync(Api + "/roster/export.xlsx")).FieldErrorAsync("reason"));

        var r = await district.GetAsync(Api + "/roster/export.xlsx?division=440304004&reason=" + Uri.EscapeDataString("报送承保公司"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        await using var stream = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var mine = rows.Single(x => x["身份证号码"]?.ToString() == idNumber);
        Assert.Equal(EldersTestData.Today, mine["起保日期"] is DateTime dt ? DateOnly.FromDateTime(dt) : DateOnly.Parse(mine["起保日期"].ToString()!, CultureInfo.InvariantCulture));
        Assert.NotNull(mine["姓名"]);
        Assert.All(rows, x => Assert.Equal(18, x["身份证号码"].ToString()!.Length));

        var auditor = await app.ClientForAsync("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=export&entity=InsuranceEnrolment&userName=futian.district");
        var summary = audit.GetProperty("items")[0].GetProperty("summary").GetString()!;
        Assert.Contains("报送承保公司", summary, StringComparison.Ordinal);
        Assert.Contains($"\"rows\":{rows.Count}", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_goes_from_report_to_payment_within_cover_and_providers_see_nothing()
    {
        var (personId, _) = await EnrolledSixtyYearOldAsync();
        var clerk = await app.ClientForAsync("futian.clerk");
        var today = EldersTestData.Today;
        var before = await clerk.PostAsJsonAsync(Api + "/claims", new
        {
            personId, accidentType = 1, accidentOn = D(today.AddDays(-1)), place = "家中", description = "跌倒", item = "Medical", claimed = 3000m,
        });
        Assert.Contains("不在保障期内", await before.FieldErrorAsync("accidentOn"), StringComparison.Ordinal);
        Assert.Equal("请选择意外类型", await (await clerk.PostAsJsonAsync(Api + "/claims", new { personId, accidentType = 23 })).FieldErrorAsync("accidentType"));

        var created = await clerk.PostAsJsonAsync(Api + "/claims", new
        {
            personId, accidentType = 1, accidentOn = D(today), place = "家中卫生间", description = "洗澡时滑倒，右腕骨折", item = "Medical", claimed = 12000m,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var claim = await created.JsonAsync();
        var id = claim.GetProperty("id").GetGuid();
        Assert.StartsWith($"YLAK-{today.Year}-", claim.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal(10000m, claim.GetProperty("coverLimit").GetDecimal());
        Assert.Equal("跌倒", claim.GetProperty("accidentTypeName").GetString());

        var street = await app.ClientForAsync("futian.street");
        Assert.Equal(HttpStatusCode.Conflict, (await street.PostAsJsonAsync($"{Api}/claims/{id}/decision", new { paid = true, amount = 100m })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsync($"{Api}/claims/{id}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"{Api}/claims/{id}/decision", new { paid = true, amount = 100m })).StatusCode);
        Assert.Contains("不能超过意外医疗保险金额 10000 元",
            await (await street.PostAsJsonAsync($"{Api}/claims/{id}/decision", new { paid = true, amount = 12000m })).FieldErrorAsync("amount"), StringComparison.Ordinal);
        Assert.Equal("拒赔须填写原因", await (await street.PostAsJsonAsync($"{Api}/claims/{id}/decision", new { paid = false })).FieldErrorAsync("reason"));
        var paid = await (await street.PostAsJsonAsync($"{Api}/claims/{id}/decision", new { paid = true, amount = 9500.5m })).JsonAsync();
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal(9500.5m, paid.GetProperty("paidAmount").GetDecimal());

        var elder = await clerk.GetFromJsonAsync<JsonElement>($"/api/v1/eldercare/elders/{personId}");
        var services = elder.GetProperty("services").EnumerateArray().ToList();
        Assert.Contains(services, s => s.GetProperty("area").GetString() == "银龄安康" && s.GetProperty("title").GetString() == "在保");
        Assert.Contains(services, s => s.GetProperty("title").GetString()!.Contains(claim.GetProperty("number").GetString()!, StringComparison.Ordinal));

        var provider = await app.ClientForAsync("care.home");
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(Api + "/roster")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"{Api}/claims/{id}")).StatusCode);
        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"{Api}/claims/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_has_claims_at_every_status_and_figures_count_the_insured()
    {
        var city = await app.ClientForAsync("city.officer");
        var claims = await city.GetFromJsonAsync<JsonElement>(Api + "/claims");
        var counts = claims.GetProperty("counts");
        Assert.True(counts.GetProperty("reported").GetInt32() > 0);
        Assert.True(counts.GetProperty("submitted").GetInt32() > 0);
        Assert.True(counts.GetProperty("paid").GetInt32() > 0);
        Assert.True(counts.GetProperty("refused").GetInt32() > 0);
        var roster = await city.GetFromJsonAsync<JsonElement>(Api + "/roster");
        Assert.True(roster.GetProperty("active").GetInt32() > 50);
        Assert.True(roster.GetProperty("districts").GetArrayLength() >= 5);
        var policy = await city.GetFromJsonAsync<JsonElement>(Api + "/policy");
        Assert.Equal(50000m, policy.GetProperty("death").GetDecimal());
        Assert.Equal(60, policy.GetProperty("enrolAge").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InsuranceTestsOnSqlite(SqliteApp app) : InsuranceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InsuranceTestsOnPostgres(PostgresApp app) : InsuranceTests(app);
