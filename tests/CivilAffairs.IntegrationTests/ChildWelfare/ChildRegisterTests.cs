using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.UnitTests.Platform.Documents;
using static CivilAffairs.IntegrationTests.ChildWelfare.ChildWelfareTestData;

namespace CivilAffairs.IntegrationTests.ChildWelfare;

/// <summary>The register of children in care through the API: validation, four eyes on the category, jurisdiction, the allowance shown and the notice.</summary>
public abstract class ChildRegisterTests(AppFixture app)
{
    [Fact]
    public async Task A_street_clerk_registers_a_dispersed_orphan_the_district_approves_and_the_allowance_is_the_dispersed_standard()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var district = await app.ClientForAsync("futian.district");
        var id = ChildId("440304", Today.AddYears(-9));
        var child = await RegisterAsync(clerk, Dispersed(id, "440304004"));
        Assert.Equal("Registered", child.GetProperty("status").GetString());
        Assert.Equal(id[..6] + "********" + id[^4..], child.GetProperty("maskedIdNumber").GetString());
        var guardian = child.GetProperty("guardians")[0];
        Assert.EndsWith("0123", guardian.GetProperty("maskedBankAccount").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("6217001234567890123", child.GetRawText(), StringComparison.Ordinal);

        // the clerk cannot approve at all (no permission); the district approves
        var byClerk = await clerk.PostAsync($"/api/v1/childwelfare/children/{child.GetProperty("id").GetGuid()}/approve", null);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        var active = await ApproveAndActivateAsync(district, child.GetProperty("id").GetGuid(), ThisMonth);
        Assert.Equal("Active", active.GetProperty("status").GetString());
        var allowance = active.GetProperty("allowance");
        Assert.Equal("Dispersed", allowance.GetProperty("basis").GetString());
        Assert.Equal(1265m, allowance.GetProperty("amount").GetDecimal());
        Assert.Contains(allowance.GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("key").GetString() == "childwelfare.allowance.dispersed" && p.GetProperty("validFrom").GetString() == "2017-01-01");
        // the last month paid is the month of the 18th birthday
        Assert.Equal(Today.AddYears(-9).AddYears(18).ToString("yyyy-MM-01", System.Globalization.CultureInfo.InvariantCulture), allowance.GetProperty("lastMonth").GetString());
    }

    [Fact]
    public async Task The_person_who_registered_a_child_cannot_approve_its_category()
    {
        var district = await app.ClientForAsync("futian.district");
        var child = await RegisterAsync(district, Dispersed(ChildId("440304", Today.AddYears(-5)), "440304001"));
        var r = await district.PostAsync($"/api/v1/childwelfare/children/{child.GetProperty("id").GetGuid()}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("登记人不能核定", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_answers_400_with_chinese_field_errors()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var good = ChildId("440304", Today.AddYears(-6));
        var badCheck = good[..17] + (good[17] == '0' ? '1' : '0');
        var r = await clerk.PostAsJsonAsync("/api/v1/childwelfare/children", Dispersed(badCheck, "440304004"));
        Assert.Contains("校验位", await r.FieldErrorAsync("idNumber"), StringComparison.Ordinal);

        r = await clerk.PostAsJsonAsync("/api/v1/childwelfare/children", new { idNumber = good, name = "王", hukou = "", divisionCode = "440304004" });
        Assert.Equal("请选择保障类别", await r.FieldErrorAsync("category"));
        r = await clerk.PostAsJsonAsync("/api/v1/childwelfare/children", new { idNumber = good, name = "王", hukou = "", divisionCode = "440304004" });
        Assert.Equal("请填写户籍地", await r.FieldErrorAsync("hukou"));

        // an adult is not a child in care; an orphan in an institution needs the institution
        r = await clerk.PostAsJsonAsync("/api/v1/childwelfare/children", Dispersed(Ids.New("440304", 1990), "440304004"));
        Assert.Contains("年满18周岁", await r.FieldErrorAsync("idNumber"), StringComparison.Ordinal);
        r = await clerk.PostAsJsonAsync("/api/v1/childwelfare/children", Dispersed(good, "440304004", category: "InstitutionalOrphan"));
        Assert.Equal("机构养育孤儿须选择养育机构", await r.FieldErrorAsync("institutionId"));

        // a street outside the clerk's jurisdiction
        r = await clerk.PostAsJsonAsync("/api/v1/childwelfare/children", Dispersed(good, "440305001"));
        Assert.Equal("只能登记本辖区的儿童", await r.FieldErrorAsync("divisionCode"));
    }

    [Fact]
    public async Task Guardians_and_the_institution_account_can_be_corrected_by_the_right_people()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var child = await RegisterAsync(clerk, Dispersed(ChildId("440304", Today.AddYears(-11)), "440304004", account: null));
        var url = $"/api/v1/childwelfare/children/{child.GetProperty("id").GetGuid()}/guardians";
        var guardian = new { name = "林国强", relation = "伯父", idNumber = Ids.New("440304", 1970), phone = "13900001111", bankName = "深圳农村商业银行", bankAccount = "12", isPayee = true };
        var r = await clerk.PutAsJsonAsync(url, new[] { guardian });
        Assert.Equal("银行账号应为12至30位数字", await r.FieldErrorAsync("guardians[0].bankAccount"));
        r = await clerk.PutAsJsonAsync(url, new[] { guardian with { bankAccount = "6230580000123456789" } });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var g = Assert.Single((await r.JsonAsync()).GetProperty("guardians").EnumerateArray());
        Assert.Equal("林国强", g.GetProperty("name").GetString());
        Assert.EndsWith("6789", g.GetProperty("maskedBankAccount").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("nanshan.street")).PutAsJsonAsync(url, new[] { guardian })).StatusCode);

        var city = await app.ClientForAsync("city.officer");
        var institution = await InstitutionIdAsync(city);
        var body = new { bankName = "中国工商银行深圳观澜支行", bankAccount = "4000022309200118688", accountName = "深圳市社会福利中心", address = "" };
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PutAsJsonAsync($"/api/v1/childwelfare/institutions/{institution}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync("futian.district")).PutAsJsonAsync($"/api/v1/childwelfare/institutions/{institution}", body)).StatusCode);
        r = await city.PutAsJsonAsync($"/api/v1/childwelfare/institutions/{institution}", body);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.EndsWith("8688", (await r.JsonAsync()).GetProperty("maskedBankAccount").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nanshan_cannot_see_a_futian_child_404_and_not_in_its_list()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var id = ChildId("440304", Today.AddYears(-7));
        var child = await RegisterAsync(clerk, Dispersed(id, "440304004"));
        var nanshan = await app.ClientForAsync("nanshan.street");
        var r = await nanshan.GetAsync($"/api/v1/childwelfare/children/{child.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        var list = await (await nanshan.GetAsync($"/api/v1/childwelfare/children?q={id}")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var notice = await nanshan.GetAsync($"/api/v1/childwelfare/children/{child.GetProperty("id").GetGuid()}/notice.pdf");
        Assert.Equal(HttpStatusCode.NotFound, notice.StatusCode);
        var own = await (await clerk.GetAsync($"/api/v1/childwelfare/children?q={id}")).JsonAsync();
        Assert.Equal(1, own.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_allowance_approval_notice_prints_the_amount_the_standard_and_the_masked_id()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        var district = await app.ClientForAsync("futian.district");
        var id = ChildId("440304", Today.AddYears(-4));
        var child = await RegisterAsync(clerk, Dispersed(id, "440304004", category: "DeFactoUnsupported"));
        var childId = child.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.GetAsync($"/api/v1/childwelfare/children/{childId}/notice.pdf")).StatusCode);
        await ApproveAndActivateAsync(district, childId, ThisMonth);
        var r = await clerk.GetAsync($"/api/v1/childwelfare/children/{childId}/notice.pdf");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        var path = Poppler.Save(bytes, "childwelfare-notice");
        try
        {
            Poppler.KeepArtifact(bytes, "childwelfare-notice.pdf");
            var text = Poppler.WhitespaceRemoved(Poppler.Text(path));
            Assert.Contains("儿童福利待遇核定通知书", text, StringComparison.Ordinal);
            Assert.Contains("深圳市福田区民政局", text, StringComparison.Ordinal);
            Assert.Contains("事实无人抚养儿童", text, StringComparison.Ordinal);
            Assert.Contains("1,265.00元", text, StringComparison.Ordinal);
            Assert.Contains("民发〔2019〕62", text, StringComparison.Ordinal);
            Assert.Contains(id[..6] + "********" + id[^4..], text, StringComparison.Ordinal);
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            Assert.DoesNotContain("请市民政局确认", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ChildRegisterTestsOnSqlite(SqliteApp app) : ChildRegisterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ChildRegisterTestsOnPostgres(PostgresApp app) : ChildRegisterTests(app);
