using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.ElderCare.Elders;

/// <summary>The elders list, the elder's page, profiles and assessments through the API, on SQLite and PostgreSQL.</summary>
public abstract class EldersApiTests(AppFixture app)
{
    private const string Api = "/api/v1/eldercare/elders";

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task The_list_filters_by_age_band_division_hukou_and_living_situation_and_masks_ids()
    {
        var district = await app.ClientForAsync("futian.district");
        var all = await district.GetFromJsonAsync<JsonElement>(Api + "?pageSize=200");
        Assert.True(all.GetProperty("total").GetInt32() > 40, "the demo has elders in 福田");
        Assert.All(Items(all), e =>
        {
            Assert.StartsWith("440304", e.GetProperty("divisionCode").GetString(), StringComparison.Ordinal);
            Assert.Contains("********", e.GetProperty("idNumber").GetString(), StringComparison.Ordinal);
            Assert.True(e.GetProperty("age").GetInt32() >= 60);
        });

        var eighties = await district.GetFromJsonAsync<JsonElement>(Api + "?ageBand=80&pageSize=200");
        Assert.NotEmpty(Items(eighties));
        Assert.All(Items(eighties), e => Assert.InRange(e.GetProperty("age").GetInt32(), 80, 89));

        var street = await district.GetFromJsonAsync<JsonElement>(Api + "?division=440304001&pageSize=200");
        Assert.NotEmpty(Items(street));
        Assert.All(Items(street), e => Assert.StartsWith("440304001", e.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));

        var nonHukou = await district.GetFromJsonAsync<JsonElement>(Api + "?hukou=false&pageSize=200");
        Assert.All(Items(nonHukou), e => Assert.False(e.GetProperty("hukou").GetBoolean()));

        // a profile filter pages over the profiles and still combines with the registry's filters
        var alone = await district.GetFromJsonAsync<JsonElement>(Api + "?living=Alone&ageBand=70&pageSize=200");
        Assert.NotEmpty(Items(alone));
        Assert.All(Items(alone), e =>
        {
            Assert.Equal("独居", e.GetProperty("living").GetString());
            Assert.InRange(e.GetProperty("age").GetInt32(), 70, 79);
        });
        Assert.True(alone.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());

        var due = await district.GetFromJsonAsync<JsonElement>(Api + "?due=true&pageSize=200");
        Assert.NotEmpty(Items(due));
        Assert.All(Items(due), e => Assert.True(e.GetProperty("assessmentDue").GetBoolean()));
    }

    [Fact]
    public async Task Another_district_gets_404_and_a_provider_account_gets_403()
    {
        var district = await app.ClientForAsync("futian.district");
        var first = Items(await district.GetFromJsonAsync<JsonElement>(Api + "?division=440304004&pageSize=1")).First();
        var personId = first.GetProperty("personId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync($"{Api}/{personId}")).StatusCode);

        var nanshan = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await nanshan.GetAsync($"{Api}/{personId}")).StatusCode);
        var nanshanList = await nanshan.GetFromJsonAsync<JsonElement>(Api + "?pageSize=200");
        Assert.All(Items(nanshanList), e => Assert.StartsWith("440305001", e.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));

        var provider = await app.ClientForAsync("care.home");
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"{Api}/{personId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.PostAsJsonAsync($"{Api}/{personId}/assessments", new { })).StatusCode);
        var finance = await app.ClientForAsync("futian.finance");
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PostAsJsonAsync($"{Api}/{personId}/assessments", new { })).StatusCode);
    }

    [Fact]
    public async Task An_assessment_is_validated_in_chinese_and_sets_the_level_and_next_date_on_the_profile()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var (personId, _) = await clerk.EldersNewResidentAsync(EldersTestData.Today.AddYears(-82));
        var url = $"{Api}/{personId}/assessments";
        var today = EldersTestData.Today;

        var bad = await clerk.PostAsJsonAsync(url, new { feeding = 7, assessedOn = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Contains("只能评 0、5、10 分", await bad.FieldErrorAsync("feeding"), StringComparison.Ordinal);
        bad = await clerk.PostAsJsonAsync(url, new { feeding = 7, assessedOn = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal("评估日期不能晚于今天", await bad.FieldErrorAsync("assessedOn"));
        bad = await clerk.PostAsJsonAsync(url, new { feeding = 7 });
        Assert.Equal("请评定“洗澡”", await bad.FieldErrorAsync("bathing"));
        bad = await clerk.PostAsJsonAsync(url, new { feeding = 7 });
        Assert.Equal("请填写评估员姓名", await bad.FieldErrorAsync("assessor"));

        // 10+0+5+5+10+5+5+10+10+0 = 60: 中度失能, reassessed after 6 months
        var on = today.AddDays(-10);
        var r = await clerk.PostAsJsonAsync(url, EldersTestData.EldersAssessment([10, 0, 5, 5, 10, 5, 5, 10, 10, 0], on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var a = await r.JsonAsync();
        Assert.Equal(60, a.GetProperty("total").GetInt32());
        Assert.Equal("Moderate", a.GetProperty("level").GetString());
        Assert.Equal(on.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.GetProperty("nextAssessmentOn").GetString());
        Assert.Contains("eldercare.elders.barthel.moderate_min=45", a.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);

        var elder = await clerk.GetFromJsonAsync<JsonElement>($"{Api}/{personId}");
        var profile = elder.GetProperty("profile");
        Assert.Equal("Moderate", profile.GetProperty("careLevel").GetString());
        Assert.Equal("中度失能", profile.GetProperty("careLevelName").GetString());
        Assert.True(profile.GetProperty("careDiagnosisCertified").GetBoolean());
        Assert.Single(elder.GetProperty("assessments").EnumerateArray());

        // an older assessment entered later is history, not the latest level
        var older = today.AddYears(-1);
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync(url,
            EldersTestData.EldersAssessment([10, 5, 5, 10, 10, 10, 10, 15, 15, 10], older.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))).StatusCode);
        elder = await clerk.GetFromJsonAsync<JsonElement>($"{Api}/{personId}");
        Assert.Equal("Moderate", elder.GetProperty("profile").GetProperty("careLevel").GetString());
        Assert.Equal(2, elder.GetProperty("assessments").GetArrayLength());
    }

    [Fact]
    public async Task A_profile_is_saved_with_its_version_and_a_stale_version_is_refused()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var (personId, _) = await clerk.EldersNewResidentAsync(EldersTestData.Today.AddYears(-75));
        var url = $"{Api}/{personId}/profile";
        Assert.Equal("请选择居住状况", await (await clerk.PutAsJsonAsync(url, new { living = "Nowhere", version = 0 })).FieldErrorAsync("living"));

        var saved = await (await clerk.PutAsJsonAsync(url, new { living = "Alone", lostOnlyChild = true, version = 0 })).JsonAsync();
        var profile = saved.GetProperty("profile");
        Assert.Equal("独居", profile.GetProperty("livingName").GetString());
        Assert.True(profile.GetProperty("lostOnlyChild").GetBoolean());
        var version = profile.GetProperty("version").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await clerk.PutAsJsonAsync(url, new { living = "EmptyNest", version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PutAsJsonAsync(url, new { living = "WithFamily", version })).StatusCode);

        var list = await clerk.GetFromJsonAsync<JsonElement>(Api + "?living=EmptyNest&priority=false&pageSize=200");
        Assert.Contains(Items(list), e => e.GetProperty("personId").GetGuid() == personId);
    }

    [Fact]
    public async Task The_export_needs_a_reason_masks_ids_and_is_audited()
    {
        var street = await app.ClientForAsync("futian.street");
        Assert.Equal("请填写导出事由", await (await street.GetAsync(Api + "/export.xlsx?ageBand=90")).FieldErrorAsync("reason"));
        var r = await street.GetAsync(Api + "/export.xlsx?ageBand=90&reason=" + Uri.EscapeDataString("高龄津贴核对"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        await using var stream = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Contains("********", row["身份证号码"].ToString(), StringComparison.Ordinal);
            Assert.StartsWith("440304004", row["居住地区划代码"].ToString(), StringComparison.Ordinal);
            Assert.InRange(Convert.ToInt32(row["年龄"], CultureInfo.InvariantCulture), 90, 99);
        });
        var auditor = await app.ClientForAsync("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=export&entity=ElderProfile&userName=futian.street");
        var summary = audit.GetProperty("items")[0].GetProperty("summary").GetString();
        Assert.Contains("高龄津贴核对", summary, StringComparison.Ordinal);
        Assert.Contains($"\"rows\":{rows.Count}", summary, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EldersApiTestsOnSqlite(SqliteApp app) : EldersApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EldersApiTestsOnPostgres(PostgresApp app) : EldersApiTests(app);
