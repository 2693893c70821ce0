using System.Diagnostics;
using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using System.Net.Http.Json;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.Funeral.FuneralApi;

namespace CivilAffairs.IntegrationTests.Funeral;

/// <summary>
/// A funeral home records a death, the services and the cremation; the waiver follows the catalogue
/// of the date of death; the month's claim is approved by the bureau and shows in the totals and
/// the Excel export. Each test uses its own month so claims do not see each other's cases.
/// </summary>
public abstract class DeathCaseTests(AppFixture app)
{
    [Fact]
    public async Task A_case_is_recorded_cremated_waived_claimed_approved_and_totalled()
    {
        var sz = await app.HomeIdAsync("SZ");
        var created = await app.PostAsync("funeral.home", $"{Base}/cases", Death(sz, Ids.New("440304", 1941), "2021-03-05"), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.Equal("Recorded", created.GetProperty("status").GetString());
        Assert.Matches(@"^440304\*+\w{4}$", created.GetProperty("idNumber").GetString()!);

        var v = await app.SendAsync("funeral.home", HttpMethod.Put, $"{Base}/cases/{id}/services", Services2017(), HttpStatusCode.OK);
        Assert.Equal(2950m, v.GetProperty("charged").GetDecimal());
        Assert.Equal(0m, v.GetProperty("waiver").GetDecimal()); // not cremated yet

        v = await app.PostAsync("funeral.home", $"{Base}/cases/{id}/cremation", new { crematedOn = "2021-03-07" });
        Assert.Matches(@"^HZ-SZ-2021-\d{6}$", v.GetProperty("cremationCertificateNumber").GetString()!);
        Assert.True(v.GetProperty("waiverEligible").GetBoolean());
        // 300 + 180 + 400 + 500 + 500 + 50 + 50 + 50: every item at most its standard, the extra never
        Assert.Equal(2030m, v.GetProperty("waiver").GetDecimal());
        Assert.Equal(920m, v.GetProperty("selfPay").GetDecimal());
        Assert.Equal(2030m, v.GetProperty("waiverCap").GetDecimal());
        Assert.Equal("2017-09-01", v.GetProperty("waiverCapFrom").GetString());
        var services = v.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(180m, services.Single(s => s.GetProperty("itemCode").GetString() == "storage").GetProperty("waived").GetDecimal());
        Assert.Equal(0m, services.Single(s => s.GetProperty("name").GetString() == "鲜花布置").GetProperty("waived").GetDecimal());

        var pdf = await (await app.ClientForAsync("funeral.home")).GetByteArrayAsync($"{Base}/cases/{id}/waiver-statement.pdf");
        var text = PdfText(pdf);
        Assert.Contains("基本殡葬服务费用减免结算单", text);
        Assert.Contains("2,030.00", text);
        Assert.Contains("920.00", text);
        Assert.Contains("深圳市殡仪馆", text);
        await using (var scope = app.Scope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<CivilAffairs.Platform.Data.PlatformDb>().AuditLog;
            Assert.True(await audit.AnyAsync(a => a.Entity == "FuneralWaiverStatement" && a.EntityId == id && a.UserName == "funeral.home" && a.Action == "export"),
                "printing the statement is audited");
        }

        var claim = await app.PostAsync("funeral.home", $"{Base}/claims", new { homeId = sz, month = "2021-03" }, HttpStatusCode.Created);
        var claimId = claim.GetProperty("id").GetString();
        Assert.Equal(1, claim.GetProperty("cases").GetInt32());
        Assert.Equal(2030m, claim.GetProperty("amount").GetDecimal());
        await app.PostAsync("funeral.home", $"{Base}/claims", new { homeId = sz, month = "2021-03" }, HttpStatusCode.Conflict);
        // not submitted by the 10th of the next month: overdue; its cases are listed by the claim
        var prepared = await app.GetAsync("funeral.home", $"{Base}/claims?year=2021&status=Prepared");
        Assert.True(prepared.EnumerateArray().Single(c => c.GetProperty("id").GetString() == claimId).GetProperty("overdue").GetBoolean());
        var claimed = await app.GetAsync("city.officer", $"{Base}/cases?claim={claimId}");
        Assert.Equal(id, claimed.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString());
        await app.SendAsync("funeral.home", HttpMethod.Put, $"{Base}/cases/{id}/services", Services2017(), HttpStatusCode.Conflict);
        await app.PostAsync("city.officer", $"{Base}/claims/{claimId}/approve", null, HttpStatusCode.Conflict); // not submitted yet
        await app.PostAsync("funeral.home", $"{Base}/claims/{claimId}/submit", null);
        await app.PostAsync("funeral.home", $"{Base}/claims/{claimId}/approve", null, HttpStatusCode.Forbidden);
        var approved = await app.PostAsync("city.officer", $"{Base}/claims/{claimId}/approve", null);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("city.officer", approved.GetProperty("decidedBy").GetString());

        var totals = await app.GetAsync("city.officer", $"{Base}/claims/totals?year=2021");
        var row = totals.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("month").GetString() == "2021-03" && r.GetProperty("homeName").GetString() == "深圳市殡仪馆");
        Assert.Equal(2030m, row.GetProperty("approvedAmount").GetDecimal());
        Assert.Equal(1, row.GetProperty("approvedCases").GetInt32());

        var xlsx = await (await app.ClientForAsync("city.officer")).GetByteArrayAsync($"{Base}/claims/totals.xlsx?year=2021");
        var sheet = new MemoryStream(xlsx).Query(useHeaderRow: true, sheetName: "按月按馆汇总").Cast<IDictionary<string, object>>().ToList();
        var x = sheet.Single(r => (string)r["月份"] == "2021-03" && (string)r["殡仪馆"] == "深圳市殡仪馆");
        Assert.Equal(2030m, Convert.ToDecimal(x["核准金额（元）"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_returned_claim_frees_its_cases_for_a_corrected_claim_and_the_checker_is_not_the_maker()
    {
        var sz = await app.HomeIdAsync("SZ");
        var c = await app.PostAsync("funeral.home", $"{Base}/cases", Death(sz, Ids.New("440305", 1950), "2021-04-10"), HttpStatusCode.Created);
        var id = c.GetProperty("id").GetString();
        await app.SendAsync("funeral.home", HttpMethod.Put, $"{Base}/cases/{id}/services", Services2017(), HttpStatusCode.OK);
        await app.PostAsync("funeral.home", $"{Base}/cases/{id}/cremation", new { crematedOn = "2021-04-12" });
        var claim = await app.PostAsync("funeral.home", $"{Base}/claims", new { homeId = sz, month = "2021-04" }, HttpStatusCode.Created);
        var claimId = claim.GetProperty("id").GetString();
        await app.PostAsync("funeral.home", $"{Base}/claims/{claimId}/submit", null);
        Assert.NotNull(await (await (await app.ClientForAsync("city.officer")).PostAsJsonAsync($"{Base}/claims/{claimId}/return", new { reason = "" })).FieldErrorAsync("reason"));
        var returned = await app.PostAsync("city.officer", $"{Base}/claims/{claimId}/return", new { reason = "发票复印件缺失" });
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        // the case can be corrected again and claimed anew
        await app.SendAsync("funeral.home", HttpMethod.Put, $"{Base}/cases/{id}/services", Services2017(), HttpStatusCode.OK);
        var again = await app.PostAsync("funeral.home", $"{Base}/claims", new { homeId = sz, month = "2021-04" }, HttpStatusCode.Created);
        Assert.Equal(1, again.GetProperty("cases").GetInt32());

        // a bureau user who also holds funeral.record and prepared the claim cannot decide it
        var both = await app.CreateUserAsync(Roles.CityAdmin, "4403");
        await GrantRecordAsync(both.UserName);
        await app.PostAsync("funeral.home", $"{Base}/claims/{again.GetProperty("id").GetString()}/submit", null);
        var c2 = await app.PostAsync(both.UserName, $"{Base}/cases", Death(sz, Ids.New("440306", 1952), "2021-05-03"), HttpStatusCode.Created);
        await app.SendAsync(both.UserName, HttpMethod.Put, $"{Base}/cases/{c2.GetProperty("id").GetString()}/services", Services2017(), HttpStatusCode.OK);
        await app.PostAsync(both.UserName, $"{Base}/cases/{c2.GetProperty("id").GetString()}/cremation", new { crematedOn = "2021-05-04" });
        var own = await app.PostAsync(both.UserName, $"{Base}/claims", new { homeId = sz, month = "2021-05" }, HttpStatusCode.Created);
        await app.PostAsync(both.UserName, $"{Base}/claims/{own.GetProperty("id").GetString()}/submit", null);
        await app.PostAsync(both.UserName, $"{Base}/claims/{own.GetProperty("id").GetString()}/approve", null, HttpStatusCode.Conflict);
        await app.PostAsync("city.officer", $"{Base}/claims/{own.GetProperty("id").GetString()}/approve", null);
    }

    [Fact]
    public async Task The_catalogue_switches_to_ten_items_and_2200_on_2022_06_26_and_a_case_uses_the_version_of_its_date_of_death()
    {
        var before = await app.GetAsync("funeral.home", $"{Base}/catalogue?on=2022-06-25");
        Assert.Equal(8, before.GetProperty("items").GetArrayLength());
        Assert.Equal(2030m, before.GetProperty("cap").GetDecimal());
        Assert.Equal(2030m, before.GetProperty("itemsTotal").GetDecimal());
        var after = await app.GetAsync("funeral.home", $"{Base}/catalogue?on=2022-06-26");
        Assert.Equal(10, after.GetProperty("items").GetArrayLength());
        Assert.Equal(2200m, after.GetProperty("cap").GetDecimal());
        var versions = await app.GetAsync("auditor", $"{Base}/catalogue/versions");
        Assert.Equal([2200m, 2030m, 1980m, 1830m], versions.EnumerateArray().Select(v => v.GetProperty("cap").GetDecimal()));

        var sz = await app.HomeIdAsync("SZ");
        var c = await app.PostAsync("funeral.home", $"{Base}/cases", Death(sz, Ids.New("440303", 1939), "2022-06-25"), HttpStatusCode.Created);
        var id = c.GetProperty("id").GetString();
        // 遗体整理 only exists from 2022-06-26: not a free item for a death the day before
        var bad = await (await app.ClientForAsync("funeral.home")).PutAsJsonAsync($"{Base}/cases/{id}/services",
            new { items = new object[] { new { itemCode = "preparation", quantity = 1, unitPrice = 120 } } });
        Assert.Contains("2022-06-25", await bad.FieldErrorAsync("items[0].itemCode"));
    }

    [Fact]
    public async Task The_demo_2018_claims_add_up_the_years_cases_a_tenth_of_the_work_summarys_17000_people_and_32_3_million_yuan()
    {
        // the fixtures seed the demo year at one tenth (Demo:Volume=light); DemoYearFullTests checks the full 17,000
        var city = await app.GetAsync("city.officer", $"{Base}/claims/totals?year=2018");
        Assert.InRange(city.GetProperty("approvedCases").GetInt32(), 1_530, 1_870);
        Assert.InRange(city.GetProperty("approvedAmount").GetDecimal(), 2_907_000m, 3_553_000m);
        Assert.Equal(36, city.GetProperty("rows").GetArrayLength());
        // a home sees only its own share
        var home = await app.GetAsync("funeral.home", $"{Base}/claims/totals?year=2018");
        Assert.All(home.GetProperty("rows").EnumerateArray(), r => Assert.Equal("深圳市殡仪馆", r.GetProperty("homeName").GetString()));
        Assert.InRange(home.GetProperty("approvedCases").GetInt32(), 900, 1_100);
    }

    [Fact]
    public async Task A_funeral_home_sees_and_records_only_in_its_jurisdiction()
    {
        var ba = await app.HomeIdAsync("BA");
        var homes = await app.GetAsync("funeral.home", $"{Base}/homes");
        Assert.Equal(["深圳市殡仪馆"], homes.EnumerateArray().Select(h => h.GetProperty("name").GetString()));
        await app.PostAsync("funeral.home", $"{Base}/cases", Death(ba, Ids.New("440306", 1945), "2021-06-01"), HttpStatusCode.NotFound);

        var baStaff = await app.CreateUserAsync(Roles.FuneralHomeStaff, "440306");
        var c = await app.PostAsync(baStaff.UserName, $"{Base}/cases", Death(ba, Ids.New("440306", 1945), "2021-06-01", "440306"), HttpStatusCode.Created);
        var id = c.GetProperty("id").GetString();
        await app.GetAsync("funeral.home", $"{Base}/cases/{id}", HttpStatusCode.NotFound);
        await app.PostAsync("funeral.home", $"{Base}/cases/{id}/cremation", new { crematedOn = "2021-06-02" }, HttpStatusCode.NotFound);
        var list = await app.GetAsync("funeral.home", $"{Base}/cases?month=2021-06&pageSize=500");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetString() == id);
        Assert.All(list.GetProperty("items").EnumerateArray(), x => Assert.Equal("深圳市殡仪馆", x.GetProperty("homeName").GetString()));
        // the city sees it; a district bureau without a home sees nothing; a claim for 宝安 by 罗湖 staff is 404
        await app.GetAsync("city.officer", $"{Base}/cases/{id}");
        await app.GetAsync("futian.district", $"{Base}/cases/{id}", HttpStatusCode.NotFound);
        await app.PostAsync("funeral.home", $"{Base}/claims", new { homeId = ba, month = "2021-06" }, HttpStatusCode.NotFound);
        await app.PostAsync("city.officer", $"{Base}/cases", Death(ba, Ids.New("440306", 1946), "2021-06-01"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_same_deceased_twice_is_409_and_bad_input_is_400_with_chinese_field_errors()
    {
        var sz = await app.HomeIdAsync("SZ");
        var idNumber = Ids.New("440307", 1944);
        await app.PostAsync("funeral.home", $"{Base}/cases", Death(sz, idNumber, "2021-07-01"), HttpStatusCode.Created);
        var dup = await app.PostAsync("funeral.home", $"{Base}/cases", Death(sz, idNumber.ToLowerInvariant(), "2021-07-02"), HttpStatusCode.Conflict);
        Assert.Contains("已有殡葬记录", dup.GetProperty("detail").GetString());
        Assert.EndsWith("funeral-duplicate-deceased", dup.GetProperty("type").GetString());

        var client = await app.ClientForAsync("funeral.home");
        var r = await client.PostAsJsonAsync($"{Base}/cases", new
        {
            homeId = sz, idNumber = idNumber[..17] + (idNumber[17] == '1' ? '2' : '1'), name = "", hukouDivisionCode = "12", diedOn = "2099-01-01",
            place = "Moon", placeText = "", deathCertificateNumber = "1",
        });
        Assert.Contains("校验位", await r.FieldErrorAsync("idNumber"));
        var body = await r.JsonAsync();
        var errors = body.GetProperty("errors");
        foreach (var field in new[] { "name", "hukouDivisionCode", "diedOn", "place", "placeText", "deathCertificateNumber" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no errors.{field}");
        }
        var cremate = await client.PostAsJsonAsync($"{Base}/claims", new { homeId = sz, month = "2021-13" });
        Assert.NotNull(await cremate.FieldErrorAsync("month"));
    }

    private async Task GrantRecordAsync(string userName)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        var u = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        await users.AddClaimAsync(u, new System.Security.Claims.Claim(Permissions.ClaimType, Permissions.FuneralRecord));
        app.ForgetTokens();
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"waiver-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", path, "-" } };
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeathCaseTestsOnSqlite(SqliteApp app) : DeathCaseTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DeathCaseTestsOnPostgres(PostgresApp app) : DeathCaseTests(app);
