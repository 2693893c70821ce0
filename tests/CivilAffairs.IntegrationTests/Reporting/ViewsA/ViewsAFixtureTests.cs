using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Http;
using static CivilAffairs.IntegrationTests.Reporting.ViewsA.ViewsAKit;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsA;

/// <summary>
/// Hand-counted fixtures: records made through each module's API this month move this month's
/// figure by exactly their number after an incremental refresh, for the city and the 福田 account
/// that made them, while 南山街道's own figure stays put and 福田's is refused to it.
/// </summary>
public abstract class ViewsAFixtureTests(AppFixture app)
{
    [Fact]
    public async Task Temporary_assistance_granted_by_a_futian_street_moves_the_month_by_the_cases_and_their_amount()
    {
        var before = await ReadAsync("futian.street", "assistance.temporary.cases", "assistance.temporary.amount");
        foreach (var amount in new[] { 800m, 1200m })
        {
            var created = await PostAsync(app, "futian.clerk", "/api/v1/assistance/temporary", new
            {
                kind = "Urgent", applicantName = "统计测试户", idNumber = Ids.New("440304", 1972), shenzhenHukou = true, householdSize = 2,
                divisionCode = "440304004022", reason = "突发疾病，无力支付医疗费用", amount,
            }, HttpStatusCode.Created);
            await PostAsync(app, "futian.street", $"/api/v1/assistance/temporary/{created.GetProperty("id").GetGuid()}/street-decision",
                new { approve = true }, HttpStatusCode.OK);
        }
        var after = await ReadAsync("futian.street", "assistance.temporary.cases", "assistance.temporary.amount");
        AssertMoved(before, after, ("assistance.temporary.cases", 2m), ("assistance.temporary.amount", 2000m));
        await AssertNanshanCannotSeeFutianAsync("assistance.temporary.cases", before, after);
    }

    [Fact]
    public async Task Intakes_found_in_futian_move_the_month_by_the_persons_admitted()
    {
        var before = await ReadAsync("futian.street", "rescue.intakes", "rescue.incare");
        for (var i = 0; i < 3; i++)
        {
            await PostAsync(app, "rescue.station", "/api/v1/rescue/cases", Rescue.CasesApi.Intake(age: 40 + i), HttpStatusCode.Created);
        }
        var after = await ReadAsync("futian.street", "rescue.intakes", "rescue.incare");
        AssertMoved(before, after, ("rescue.intakes", 3m), ("rescue.incare", 3m));
        await AssertNanshanCannotSeeFutianAsync("rescue.intakes", before, after);
    }

    [Fact]
    public async Task A_new_event_and_check_ins_at_a_futian_shelter_move_the_month()
    {
        var before = await ReadAsync("futian.street", "disaster.events", "disaster.relocated");
        var eventId = await Disaster.DisasterApi.EventAsync(app, Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var opening = await Disaster.DisasterApi.OpenShelterAsync(app, eventId, 50);
        await PostAsync(app, "futian.clerk", $"/api/v1/disaster/shelter-openings/{opening}/occupants", new { idNumber = Ids.New(), name = "安置一" }, HttpStatusCode.OK);
        await PostAsync(app, "futian.clerk", $"/api/v1/disaster/shelter-openings/{opening}/occupants", new { description = "男，约70岁，附近城中村居民" }, HttpStatusCode.OK);
        var after = await ReadAsync("futian.street", "disaster.events", "disaster.relocated");
        // an event counts for the city; the people sheltered count where the shelter is
        Assert.Equal(before.City["disaster.events"] + 1, after.City["disaster.events"]);
        Assert.Equal(before.Own["disaster.events"], after.Own["disaster.events"]);
        Assert.Equal(before.City["disaster.relocated"] + 2, after.City["disaster.relocated"]);
        Assert.Equal(before.Own["disaster.relocated"] + 2, after.Own["disaster.relocated"]);
        await AssertNanshanCannotSeeFutianAsync("disaster.relocated", before, after);
    }

    [Fact]
    public async Task A_child_registered_by_a_futian_clerk_and_approved_by_the_district_is_in_care_at_the_end_of_the_month()
    {
        var before = await ReadAsync("futian.street", "childwelfare.children", "childwelfare.orphans");
        var clerk = await app.ClientForAsync("futian.clerk");
        var district = await app.ClientForAsync("futian.district");
        var child = await ChildWelfare.ChildWelfareTestData.RegisterAsync(clerk,
            ChildWelfare.ChildWelfareTestData.Dispersed(ChildWelfare.ChildWelfareTestData.ChildId("440304", Today.AddYears(-7)), "440304004"));
        await ChildWelfare.ChildWelfareTestData.ApproveAndActivateAsync(district, child.GetProperty("id").GetGuid(), ChildWelfare.ChildWelfareTestData.ThisMonth);
        var after = await ReadAsync("futian.street", "childwelfare.children", "childwelfare.orphans");
        AssertMoved(before, after, ("childwelfare.children", 1m), ("childwelfare.orphans", 1m));
        await AssertNanshanCannotSeeFutianAsync("childwelfare.children", before, after);
    }

    [Fact]
    public async Task A_joint_inspection_of_a_futian_line_finished_today_counts_for_futian()
    {
        var before = await ReadAsync("futian.district", "registry.boundary.inspections", "registry.boundary.inspected.km");
        var line = await PostAsync(app, "futian.district", "/api/v1/registry/boundaries", new
        {
            name = "福田区—东莞测试界线" + Guid.NewGuid().ToString("N")[..6], sideACode = "440304", sideBCode = "4419", level = "市级", lengthKm = 4.5m,
            agreementDoc = "协议书（测试）", agreementDate = "2010-06-01",
        }, HttpStatusCode.Created);
        await PostAsync(app, "futian.district", $"/api/v1/registry/boundaries/{line.GetProperty("id").GetString()}/inspections", new
        {
            round = 1, partnerGovernment = "东莞市人民政府", startDate = Today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            endDate = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), participants = "福田区民政局、东莞市民政局",
        }, HttpStatusCode.OK);
        var after = await ReadAsync("futian.district", "registry.boundary.inspections", "registry.boundary.inspected.km");
        AssertMoved(before, after, ("registry.boundary.inspections", 1m), ("registry.boundary.inspected.km", 4.5m));
        await AssertNanshanCannotSeeFutianAsync("registry.boundary.inspections", before, after);
    }

    [Fact]
    public async Task Beds_added_today_by_the_futian_district_move_the_month_and_the_stock()
    {
        var code = await ElderCare.Institutions.InstitutionsApi.InstNewHomeAsync(app, 20);
        var before = await ReadAsync("futian.district", "eldercare.beds.new", "eldercare.beds.total");
        await PostAsync(app, "futian.district", $"/api/v1/eldercare/institutions/{code}/bed-changes", new
        {
            bedType = "Nursing", delta = 35, changedOn = Today, reason = "扩建新增护理床位",
        }, HttpStatusCode.Created);
        var after = await ReadAsync("futian.district", "eldercare.beds.new", "eldercare.beds.total");
        AssertMoved(before, after, ("eldercare.beds.new", 35m), ("eldercare.beds.total", 35m));
        await AssertNanshanCannotSeeFutianAsync("eldercare.beds.new", before, after);
    }

    private sealed record Reading(Dictionary<string, decimal?> City, Dictionary<string, decimal?> Own, Dictionary<string, decimal?> Nanshan);

    /// <summary>This month's figures after an incremental refresh: the city's, the 福田 account's own, 南山街道's own.</summary>
    private async Task<Reading> ReadAsync(string futianUser, params string[] keys)
    {
        await RefreshAsync(app);
        Reading r = new([], [], []);
        foreach (var k in keys)
        {
            r.City[k] = await FigureAsync(app, "city.officer", k, ThisMonth);
            r.Own[k] = await FigureAsync(app, futianUser, k, ThisMonth);
            r.Nanshan[k] = await FigureAsync(app, "nanshan.street", k, ThisMonth);
        }
        return r;
    }

    private static void AssertMoved(Reading before, Reading after, params (string Key, decimal By)[] moves)
    {
        foreach (var (key, by) in moves)
        {
            Assert.Equal((before.City[key] ?? 0) + by, after.City[key]);
            Assert.Equal((before.Own[key] ?? 0) + by, after.Own[key]);
        }
    }

    private async Task AssertNanshanCannotSeeFutianAsync(string key, Reading before, Reading after)
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => FigureAsync(app, "nanshan.street", key, ThisMonth, "440304"));
        await Assert.ThrowsAsync<ForbiddenException>(() => FigureAsync(app, "nanshan.street", key, ThisMonth, "440304004"));
        Assert.Equal(before.Nanshan[key], after.Nanshan[key]);
        Assert.Equal(after.Nanshan[key], await FigureAsync(app, "city.officer", key, ThisMonth, "440305001"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsAFixtureTestsOnSqlite(SqliteApp app) : ViewsAFixtureTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ViewsAFixtureTestsOnPostgres(PostgresApp app) : ViewsAFixtureTests(app);
