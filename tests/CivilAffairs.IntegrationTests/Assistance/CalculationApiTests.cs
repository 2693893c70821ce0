using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Assistance;

/// <summary>The trial calculation through the API with the seeded Shenzhen parameters, on both databases.</summary>
public abstract class CalculationApiTests(AppFixture app)
{
    private static object Adult(decimal income, bool hukou = true) => new { idNumber = Ids.New("440304", 1980), relation = "02", monthlyIncome = income, shenzhenHukou = hukou };

    private async Task<JsonElement> CalculateAsync(object body, string user = "futian.clerk", HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync("/api/v1/assistance/calculations", body);
        Assert.Equal(expected, r.StatusCode);
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_rules_documents_worked_example_gives_1710_yuan_in_2018_and_1980_in_2019()
    {
        var members = new[] { Adult(1500), Adult(0), Adult(0) };
        var r2018 = await CalculateAsync(new { programme = "Mlg", date = "2018-06-01", divisionCode = "440304004", members });
        Assert.True(r2018.GetProperty("eligible").GetBoolean());
        Assert.Equal(1070m, r2018.GetProperty("standard").GetDecimal());
        Assert.Equal(500m, r2018.GetProperty("perCapitaIncome").GetDecimal());
        Assert.Equal(1710m, r2018.GetProperty("monthlyBenefit").GetDecimal());
        var standard = r2018.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "assistance.mlg.standard");
        Assert.Equal("2018-01-01", standard.GetProperty("validFrom").GetString());
        Assert.False(string.IsNullOrWhiteSpace(standard.GetProperty("legalBasis").GetString()));

        var r2019 = await CalculateAsync(new { programme = "Mlg", date = "2019-03-01", divisionCode = "440304004", members });
        Assert.Equal(1980m, r2019.GetProperty("monthlyBenefit").GetDecimal());
    }

    [Fact]
    public async Task Too_much_income_or_a_car_makes_a_household_ineligible_with_reasons_in_chinese()
    {
        var rich = await CalculateAsync(new { programme = "Mlg", date = "2018-06-01", divisionCode = "440304004", members = new[] { Adult(3000), Adult(0) } });
        Assert.False(rich.GetProperty("eligible").GetBoolean());
        Assert.Contains("低保标准", rich.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0m, rich.GetProperty("monthlyBenefit").GetDecimal());
        var car = await CalculateAsync(new { programme = "Mlg", date = "2018-06-01", divisionCode = "440304004", members = new[] { Adult(0) }, assets = new { vehicles = 1 } });
        Assert.Contains(car.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("机动车", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Low_income_threshold_is_one_and_a_half_times_the_standard_rounded_up()
    {
        var r = await CalculateAsync(new { programme = "LowIncome", date = "2022-06-01", divisionCode = "440304004", members = new[] { Adult(2000) } });
        Assert.Equal(2048m, r.GetProperty("threshold").GetDecimal()); // 1365 × 1.5 = 2047.5
        Assert.True(r.GetProperty("eligible").GetBoolean());
    }

    [Fact]
    public async Task An_elderly_person_without_income_gets_the_extreme_poverty_allowance_and_care_by_self_care_ability()
    {
        var elder = Ids.New("440304", 1945);
        var selfCare = await CalculateAsync(new { programme = "ExtremePoverty", date = "2018-06-01", divisionCode = "440304004", members = new[] { new { idNumber = elder, monthlyIncome = 0, shenzhenHukou = true } } });
        Assert.Equal(1712m, selfCare.GetProperty("monthlyBenefit").GetDecimal()); // 1070 × 1.6
        var bedridden = await CalculateAsync(new
        {
            programme = "ExtremePoverty", date = "2018-06-01", divisionCode = "440304004",
            members = new[] { new { idNumber = elder, monthlyIncome = 0, shenzhenHukou = true, adl = new { eating = false, dressing = false, transferring = false, toileting = false, walking = true, bathing = true } } },
        });
        var care = bedridden.GetProperty("breakdown").EnumerateArray().Single(b => b.GetProperty("item").GetString()!.StartsWith("照料护理费", StringComparison.Ordinal));
        Assert.Contains("完全丧失", care.GetProperty("item").GetString(), StringComparison.Ordinal);
        Assert.Equal(1712m + care.GetProperty("amount").GetDecimal(), bedridden.GetProperty("monthlyBenefit").GetDecimal());
    }

    [Fact]
    public async Task A_date_before_the_extreme_poverty_rules_took_effect_is_refused_with_a_clear_message()
    {
        var elder = Ids.New("440304", 1945);
        var r = await CalculateAsync(new { programme = "ExtremePoverty", date = "2017-06-01", divisionCode = "440304004", members = new[] { new { idNumber = elder, shenzhenHukou = true } } },
            expected: HttpStatusCode.Conflict);
        Assert.Contains("没有生效的取值", r.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_answers_400_with_field_errors()
    {
        var bad = Ids.New();
        bad = bad[..17] + (bad[17] == '1' ? '2' : '1');
        var r = await CalculateAsync(new { programme = "Dibao", date = "2018-06-01", divisionCode = "110101", members = new[] { new { idNumber = bad } } },
            expected: HttpStatusCode.BadRequest);
        var errors = r.GetProperty("errors");
        Assert.True(errors.TryGetProperty("programme", out _));
        Assert.True(errors.TryGetProperty("divisionCode", out _));
        Assert.Contains("校验位", errors.GetProperty("members[0].idNumber")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_value_of_the_standard_applies_inside_that_district_only()
    {
        var officer = await app.ClientForAsync("city.officer");
        var from = new DateOnly(2031, 1, 1).AddDays(Random.Shared.Next(0, 300));
        var set = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = "assistance.mlg.standard", divisionCode = "440304", value = "2000", validFrom = from.ToString("yyyy-MM-dd"), legalBasis = "福田区测试文号" });
        Assert.Equal(HttpStatusCode.Created, set.StatusCode);
        var date = from.AddDays(10).ToString("yyyy-MM-dd");
        var futian = await CalculateAsync(new { programme = "Mlg", date, divisionCode = "440304004", members = new[] { Adult(0) } });
        Assert.Equal(2000m, futian.GetProperty("standard").GetDecimal());
        var nanshan = await CalculateAsync(new { programme = "Mlg", date, divisionCode = "440305001", members = new[] { Adult(0) } }, user: "nanshan.street");
        Assert.NotEqual(2000m, nanshan.GetProperty("standard").GetDecimal());
    }

    [Fact]
    public async Task A_new_version_is_used_by_the_very_next_calculation_although_the_old_one_was_cached()
    {
        var officer = await app.ClientForAsync("city.officer");
        var from = new DateOnly(2061, 1, 1).AddDays(Random.Shared.Next(0, 3000));
        var body = new { programme = "Mlg", date = from.ToString("yyyy-MM-dd"), divisionCode = "440304004", members = new[] { Adult(0) } };
        var before = (await CalculateAsync(body)).GetProperty("standard").GetDecimal();
        Assert.Equal(before, (await CalculateAsync(body)).GetProperty("standard").GetDecimal()); // now served from the cache
        var value = before + 1 + Random.Shared.Next(0, 500);
        var set = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = "assistance.mlg.standard", divisionCode = "440304", value = value.ToString(System.Globalization.CultureInfo.InvariantCulture), validFrom = body.date, legalBasis = "缓存测试文号" });
        Assert.Equal(HttpStatusCode.Created, set.StatusCode);
        var after = await CalculateAsync(body);
        Assert.Equal(value, after.GetProperty("standard").GetDecimal());
        var used = after.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "assistance.mlg.standard");
        Assert.Equal("缓存测试文号", used.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task Only_case_workers_may_calculate()
    {
        await CalculateAsync(new { programme = "Mlg", date = "2018-06-01", divisionCode = "440304004", members = new[] { Adult(0) } }, user: "auditor", expected: HttpStatusCode.Forbidden);
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/assistance/calculations", new { })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalculationApiTestsOnSqlite(SqliteApp app) : CalculationApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CalculationApiTestsOnPostgres(PostgresApp app) : CalculationApiTests(app);
