using System.Net;
using CivilAffairs.Contracts.Events;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.ElderCare.Institutions.InstitutionsApi;

namespace CivilAffairs.IntegrationTests.ElderCare.Institutions;

/// <summary>Institutions, beds and admissions: providers see only their own home; beds and people are never double-booked.</summary>
public abstract class InstitutionsTests(AppFixture app)
{
    [Fact]
    public async Task A_provider_sees_only_its_own_institution_and_residents_both_ways()
    {
        var mine = await InstGetAsync(app, "care.home", "/institutions");
        Assert.Equal("YL440304001", Assert.Single(mine.EnumerateArray()).GetProperty("code").GetString());
        await InstGetAsync(app, "care.home", "/institutions/YL440305001", HttpStatusCode.NotFound);
        await InstGetAsync(app, "care.home", "/institutions/YL440305001/admissions", HttpStatusCode.NotFound);
        await InstGetAsync(app, "care.home2", "/institutions/YL440304001/admissions", HttpStatusCode.NotFound);
        var theirs = await InstGetAsync(app, "care.home2", "/institutions/YL440305001/admissions");
        Assert.True(theirs.GetArrayLength() > 0, "care.home2 has demo residents");

        var a = await InstPostAsync(app, "care.home", "/institutions/YL440304001/admissions", InstAdmit(Ids.New("440304", 1940), "SelfCare", 1), HttpStatusCode.Created);
        var id = a.GetProperty("id").GetGuid();
        Assert.Contains("*", a.GetProperty("idNumber").GetString(), StringComparison.Ordinal);
        await InstGetAsync(app, "care.home2", $"/admissions/{id}", HttpStatusCode.NotFound);
        await InstPostAsync(app, "care.home2", $"/admissions/{id}/discharge", new { dischargedOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), reason = "Home" }, HttpStatusCode.NotFound);
        await InstPostAsync(app, "care.home2", "/institutions/YL440304001/admissions", InstAdmit(Ids.New("440304", 1941)), HttpStatusCode.NotFound);
        // the other street's staff see nothing of Futian's homes; the district sees the resident, masked
        await InstGetAsync(app, "nanshan.street", "/institutions/YL440304001/admissions", HttpStatusCode.NotFound);
        await InstGetAsync(app, "nanshan.street", $"/admissions/{id}", HttpStatusCode.NotFound);
        var district = await InstGetAsync(app, "futian.district", $"/admissions/{id}");
        Assert.Contains("*", district.GetProperty("idNumber").GetString(), StringComparison.Ordinal);
        // bureau staff read but do not admit for a provider; an institution account without a code sees nothing
        await InstPostAsync(app, "futian.clerk", "/institutions/YL440304001/admissions", InstAdmit(Ids.New("440304", 1942)), HttpStatusCode.Forbidden);
        await InstGetAsync(app, "welfare.center", "/institutions", HttpStatusCode.Forbidden);
        // the provider discharges its own resident
        var d = await InstPostAsync(app, "care.home", $"/admissions/{id}/discharge", new { dischargedOn = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), reason = "Home" });
        Assert.Equal("回家", d.GetProperty("dischargeReasonName").GetString());
    }

    [Fact]
    public async Task A_full_bed_type_and_a_second_open_stay_of_the_same_person_are_refused_and_a_death_closes_the_stay_once()
    {
        var code = await InstNewHomeAsync(app, nursingBeds: 1);
        var person = Ids.New("440304", 1938);
        await InstPostAsync(app, "futian.district", $"/institutions/{code}/admissions", InstAdmit(person), HttpStatusCode.Created);
        var full = await InstPostAsync(app, "futian.district", $"/institutions/{code}/admissions", InstAdmit(Ids.New("440304", 1939)), HttpStatusCode.Conflict);
        Assert.Contains("已满", full.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // no self-care beds at all
        await InstPostAsync(app, "futian.district", $"/institutions/{code}/admissions", InstAdmit(Ids.New("440304", 1939), "SelfCare"), HttpStatusCode.Conflict);
        // the same person cannot be admitted by another home while staying here (and that home is not told where)
        var twice = await InstPostAsync(app, "care.home", "/institutions/YL440304001/admissions", InstAdmit(person, "SelfCare", 1), HttpStatusCode.Conflict);
        Assert.Contains("已在养老机构入住", twice.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(code, twice.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // bad input: Chinese field errors
        var bad = await InstPostAsync(app, "care.home", "/institutions/YL440304001/admissions", new { idNumber = "440304193801011235", name = "" }, HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("idNumber", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("name", out _));

        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("institutions.test");
            var handler = scope.ServiceProvider.GetServices<IPersonDiedHandler>().Single(h => h.GetType().Name == "InstitutionPersonDiedHandler");
            var died = new PersonDied(person, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), "test:死亡证明");
            Assert.Equal(1, (await handler.HandleAsync(died, default)).Affected);
            Assert.Equal(0, (await handler.HandleAsync(died, default)).Affected);
        }
        var stays = await InstGetAsync(app, "futian.district", $"/institutions/{code}/admissions?current=false");
        Assert.Equal("死亡", stays[0].GetProperty("dischargeReasonName").GetString());
        // the bed is free again
        await InstPostAsync(app, "futian.district", $"/institutions/{code}/admissions", InstAdmit(Ids.New("440304", 1937)), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Subsidies_are_computed_from_bed_days_and_parameters_paid_once_and_approved_only_by_another_district_approver()
    {
        var code = await InstNewHomeAsync(app, nursingBeds: 2);
        await InstPostAsync(app, "futian.district", $"/institutions/{code}/admissions", InstAdmit(Ids.New("440304", 1936)), HttpStatusCode.Created);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var op = await InstPostAsync(app, "futian.district", "/institution-subsidies", new { institutionCode = code, kind = "Operating", month = lastMonth }, HttpStatusCode.Created);
        // one resident the whole month on a nursing bed: the full monthly rate (300 元, seeded)
        Assert.Equal(300m, op.GetProperty("amount").GetDecimal());
        Assert.Contains("eldercare.institutions.operating.nursing=300", op.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("ZZ-", op.GetProperty("number").GetString(), StringComparison.Ordinal);
        await InstPostAsync(app, "futian.district", "/institution-subsidies", new { institutionCode = code, kind = "Operating", month = lastMonth }, HttpStatusCode.Conflict);
        // the current month has not ended
        await InstPostAsync(app, "futian.district", "/institution-subsidies", new { institutionCode = code, kind = "Operating", month = today }, HttpStatusCode.Conflict);

        var id = op.GetProperty("id").GetGuid();
        await InstPostAsync(app, "futian.district", $"/institution-subsidies/{id}/approve", new { }, HttpStatusCode.Forbidden);
        await InstPostAsync(app, "futian.street", $"/institution-subsidies/{id}/approve", new { }, HttpStatusCode.Forbidden);
        await InstPostAsync(app, "care.home", $"/institution-subsidies/{id}/approve", new { }, HttpStatusCode.Forbidden);
        await InstPostAsync(app, "nanshan.street", $"/institution-subsidies/{id}/approve", new { }, HttpStatusCode.Forbidden);
        var approved = await InstPostAsync(app, "city.officer", $"/institution-subsidies/{id}/approve", new { note = "同意" });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        await InstPostAsync(app, "city.officer", $"/institution-subsidies/{id}/refuse", new { note = "x" }, HttpStatusCode.Conflict);

        var c = await InstPostAsync(app, "futian.district", "/institution-subsidies", new { institutionCode = code, kind = "Construction" }, HttpStatusCode.Created);
        Assert.Equal(30000m, c.GetProperty("amount").GetDecimal());
        await InstPostAsync(app, "futian.district", "/institution-subsidies", new { institutionCode = code, kind = "Construction" }, HttpStatusCode.Conflict);
        // refused: the beds may be claimed again
        await InstPostAsync(app, "city.officer", $"/institution-subsidies/{c.GetProperty("id").GetGuid()}/refuse", new { note = "材料不全" });
        await InstPostAsync(app, "futian.district", "/institution-subsidies", new { institutionCode = code, kind = "Construction" }, HttpStatusCode.Created);
        // public homes get no private-institution subsidy; a provider applies only for itself
        await InstPostAsync(app, "futian.district", "/institution-subsidies", new { institutionCode = "YL440304002", kind = "Construction" }, HttpStatusCode.Conflict);
        await InstPostAsync(app, "care.home", "/institution-subsidies", new { institutionCode = code, kind = "Construction" }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_register_checks_codes_and_jurisdiction_and_bed_statistics_export_reads_back()
    {
        var bad = await InstPostAsync(app, "futian.district", "/institutions", new
        {
            code = "YL440305999", name = "错区机构", kind = "NursingHome", ownership = "Private", licenceNumber = "x", address = "某地", divisionCode = "440305001",
            creditCode = "91440300MA5ABCDE1X",
        }, HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("divisionCode", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("creditCode", out _));
        await InstPostAsync(app, "futian.clerk", "/institutions", new { code = "YL440304998" }, HttpStatusCode.Forbidden);

        var stats = await InstGetAsync(app, "city.officer", "/bed-stats");
        Assert.Equal(1000, stats.GetProperty("newBedsTarget").GetInt32());
        Assert.Equal(80m, stats.GetProperty("dayCareClinicTarget").GetDecimal());
        var total = stats.GetProperty("total");
        Assert.True(total.GetProperty("beds").GetInt32() > 300);
        Assert.True(total.GetProperty("newBeds").GetInt32() > 0, "demo beds were added this year");
        // 5 demo day-care centres, 4 with an active contract
        Assert.True(total.GetProperty("dayCareCentres").GetInt32() >= 5);

        var client = await app.ClientForAsync("city.officer");
        var xlsx = await client.GetByteArrayAsync(Root + "/bed-stats.xlsx");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "床位统计").Cast<IDictionary<string, object?>>().ToList();
        var futian = rows.Single(r => Equals(r["区"]?.ToString(), "440304"));
        Assert.True(Convert.ToInt32(futian["床位合计"], System.Globalization.CultureInfo.InvariantCulture) > 0);
        var sum = rows.Single(r => Equals(r["区"]?.ToString(), "合计"));
        Assert.Equal(total.GetProperty("beds").GetInt32(), Convert.ToInt32(sum["床位合计"], System.Globalization.CultureInfo.InvariantCulture));
        var targets = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "目标完成").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(1000, Convert.ToInt32(targets[0]["目标"], System.Globalization.CultureInfo.InvariantCulture));
        // a district sees only its own district
        var nanshan = await InstGetAsync(app, "nanshan.street", "/bed-stats");
        Assert.All(nanshan.GetProperty("districts").EnumerateArray(), d => Assert.Equal("440305", d.GetProperty("districtCode").GetString()));
    }

    [Fact]
    public async Task The_elder_page_lists_the_stay_and_the_reports_get_bed_figures_with_the_city_target()
    {
        var code = await InstNewHomeAsync(app, nursingBeds: 1);
        var person = Ids.New("440304", 1935);
        await InstPostAsync(app, "futian.district", $"/institutions/{code}/admissions", InstAdmit(person), HttpStatusCode.Created);
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("institutions.test");
        var source = scope.ServiceProvider.GetServices<IElderServiceSource>().Single(s => s.GetType().Name == "InstitutionServiceSource");
        var stay = Assert.Single(await source.ForPersonAsync(Guid.Empty, person, default));
        Assert.Equal("机构养老", stay.Area);
        Assert.Contains("护理型床位", stay.Title, StringComparison.Ordinal);
        Assert.Null(stay.Until);
        var figures = scope.ServiceProvider.GetServices<IElderCareFigures>().Single(f => f.GetType().Name == "InstitutionFigures");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var list = await figures.GetAsync(new FigureQuery(new DateOnly(today.Year, 1, 1), today, null), default);
        Assert.Equal(1000m, list.Single(f => f.Key == "beds.new" && f.DistrictCode == null).Target);
        Assert.True(list.Single(f => f.Key == "beds.total" && f.DistrictCode == "440304").Value > 0);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InstitutionsTestsOnSqlite(SqliteApp app) : InstitutionsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InstitutionsTestsOnPostgres(PostgresApp app) : InstitutionsTests(app);
