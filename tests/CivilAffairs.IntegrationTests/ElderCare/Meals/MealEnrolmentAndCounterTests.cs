using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.ElderCare.Meals.MealsTestData;

namespace CivilAffairs.IntegrationTests.ElderCare.Meals;

/// <summary>Enrolment decides the group from the registry; a counter meal stores its subsidy, flags and the parameters used.</summary>
public abstract class MealEnrolmentAndCounterTests(AppFixture app)
{
    [Fact]
    public async Task Enrolment_decides_group_and_counter_meal_gets_the_subsidy_of_the_group()
    {
        var from = Today.AddMonths(-1);
        var centenarian = await EnrolAsync(app, await NewElderAsync(app, 101), from);
        var seventyFive = await EnrolAsync(app, await NewElderAsync(app, 75), from);
        var migrant = await EnrolAsync(app, await NewElderAsync(app, 80, shenzhenHukou: false), from);
        Assert.Equal("Priority", centenarian.Group);
        Assert.Equal("Age70To99", seventyFive.Group);
        Assert.Equal("Ordinary", migrant.Group);
        Assert.StartsWith("440304", centenarian.Card, StringComparison.Ordinal);
        Assert.NotEqual(centenarian.Card, seventyFive.Card);

        var day = await MealDayAsync(app);
        var working = (await CalendarAsync(app)).IsWorkingDay(day);
        var canteen = await app.ClientForAsync("meal.canteen");
        async Task<System.Text.Json.JsonElement> MealAsync(string card, string time)
        {
            var r = await canteen.PostAsJsonAsync("/api/v1/eldercare/meals/counter", new { card, date = day, time, meal = "Lunch" });
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return (await r.JsonAsync()).GetProperty("record");
        }
        var p = await MealAsync(centenarian.Card, "11:30");
        var a = await MealAsync(seventyFive.Card, "11:31");
        var o = await MealAsync(migrant.Card, "11:32");
        Assert.Equal(working ? 15m : 0m, p.GetProperty("subsidy").GetDecimal());
        Assert.Equal(working ? 5m : 0m, a.GetProperty("subsidy").GetDecimal());
        Assert.Equal(0m, o.GetProperty("subsidy").GetDecimal());
        Assert.Contains("p=15", p.GetProperty("ruleKey").GetString(), StringComparison.Ordinal);
        Assert.Contains("a=5", p.GetProperty("ruleKey").GetString(), StringComparison.Ordinal);

        // the same lunch again at the same canteen is refused; a second lunch elsewhere is recorded, flagged, not subsidised
        var again = await canteen.PostAsJsonAsync("/api/v1/eldercare/meals/counter", new { card = centenarian.Card, date = day, time = "11:50" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var district = await app.ClientForAsync("futian.district");
        var second = await district.PostAsJsonAsync("/api/v1/eldercare/meals/counter",
            new { canteen = "ZC440304001", card = centenarian.Card, date = day, time = "11:45" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var s = (await second.JsonAsync()).GetProperty("record");
        Assert.Equal(0m, s.GetProperty("subsidy").GetDecimal());
        var flags = s.GetProperty("flagNames").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("超出每日补贴餐次", flags);
        Assert.Contains("短时间内重复就餐", flags);

        var detail = await (await app.ClientForAsync("futian.clerk")).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/eldercare/meals/enrolments/{centenarian.Id}");
        if (day.Month == Today.Month)
        {
            Assert.Equal(2, detail.GetProperty("mealsThisMonth").GetInt32());
        }
        Assert.Equal("登记", detail.GetProperty("history")[0].GetProperty("change").GetString());
    }

    [Fact]
    public async Task Enrolment_refuses_people_under_60_and_a_second_enrolment()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var young = await NewElderAsync(app, 45);
        var r = await clerk.PostAsJsonAsync("/api/v1/eldercare/meals/enrolments", new { idNumber = young });
        Assert.Contains("60", await r.FieldErrorAsync("idNumber"), StringComparison.Ordinal);
        var elder = await NewElderAsync(app, 72);
        await EnrolAsync(app, elder);
        var twice = await clerk.PostAsJsonAsync("/api/v1/eldercare/meals/enrolments", new { idNumber = elder });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        // a provider account cannot enrol nor list enrolments
        var canteen = await app.ClientForAsync("meal.canteen");
        Assert.Equal(HttpStatusCode.Forbidden, (await canteen.GetAsync("/api/v1/eldercare/meals/enrolments")).StatusCode);
    }

    [Fact]
    public async Task Stopped_card_meals_are_flagged_and_not_subsidised()
    {
        var e = await EnrolAsync(app, await NewElderAsync(app, 101), Today.AddMonths(-1));
        var clerk = await app.ClientForAsync("futian.clerk");
        var stop = await clerk.PostAsJsonAsync($"/api/v1/eldercare/meals/enrolments/{e.Id}/stop", new { reason = "迁出", on = Today.AddDays(-20) });
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        var canteen = await app.ClientForAsync("meal.canteen");
        var r = await canteen.PostAsJsonAsync("/api/v1/eldercare/meals/counter", new { card = e.Card, date = await MealDayAsync(app), time = "12:00" });
        var rec = (await r.JsonAsync()).GetProperty("record");
        Assert.Equal(0m, rec.GetProperty("subsidy").GetDecimal());
        Assert.Contains("停用卡（死亡/停用后）", rec.GetProperty("flagNames").EnumerateArray().Select(f => f.GetString()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MealEnrolmentAndCounterTestsOnSqlite(SqliteApp app) : MealEnrolmentAndCounterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MealEnrolmentAndCounterTestsOnPostgres(PostgresApp app) : MealEnrolmentAndCounterTests(app);
