using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Features.Registry;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.SocialOrgs.Registry.SocialOrgsRegistryApi;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Registry;

/// <summary>成立登记 through its steps with maker–checker and the authority check, thresholds, code errors; on both databases.</summary>
public abstract class RegistryApplicationsTests(AppFixture app)
{
    [Fact]
    public async Task A_district_establishment_is_accepted_reviewed_and_approved_by_another_person_and_enters_the_register_with_its_code()
    {
        var npo = await app.ClientForAsync("futian.npo");
        var name = "福田区测试邻里服务中心" + Guid.NewGuid().ToString("N")[..6];
        var filed = await npo.RegistryPostAsync("/applications/establishment", Establishment(name, "440304004"), HttpStatusCode.Created);
        Assert.Equal("Submitted", StatusOf(filed));
        Assert.StartsWith("DJ-", filed.GetProperty("row").GetProperty("number").GetString());
        var id = IdOf(filed);

        var accepted = await npo.RegistryPostAsync($"/applications/{id}/accept", new { });
        Assert.Equal("Accepted", StatusOf(accepted));
        Assert.True(accepted.GetProperty("row").GetProperty("dueOn").GetString() is not null);
        Assert.Contains("承诺15个工作日", accepted.GetProperty("deadlineBasis").GetString());

        // the registrar has no power to decide
        var early = await npo.PostAsJsonAsync($"{Base}/applications/{id}/decide", new { approve = true });
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);

        // no demo role both reviews and decides, so one person holding both powers is played by the system user:
        // having reviewed, it may not decide
        var org8 = NewOrgCode8();
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("registry.both");
            var applications = scope.ServiceProvider.GetRequiredService<Applications>();
            await applications.ReviewAsync(id, new ReviewRequest { Opinion = "材料齐全，符合条件", OrgCode = org8 }, default);
            var self = await Assert.ThrowsAsync<ForbiddenException>(() => applications.DecideAsync(id, new DecideRequest { Approve = true }, default));
            Assert.Contains("审查人不能", self.Message);
        }

        var district = await app.ClientForAsync("futian.district");
        var decided = await district.RegistryPostAsync($"/applications/{id}/decide", new { approve = true });
        Assert.Equal("Approved", StatusOf(decided));
        var code = CreditCode.Create('5', '2', "440304", org8);
        Assert.Equal(code, decided.GetProperty("row").GetProperty("creditCode").GetString());

        var found = await (await npo.GetAsync($"{Base}/organizations?q={code}")).JsonAsync();
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var org = await OrgAsync(app, code);
        Assert.Equal(name, org.Name);
        Assert.Equal("440304", org.AuthorityCode);
        Assert.False(org.Imported);
        var events = await (await npo.GetAsync($"{Base}/organizations/{org.Id}/events")).JsonAsync();
        Assert.Contains("准予成立登记", events[0].GetProperty("summary").GetString());

        var pdf = await district.GetByteArrayAsync($"{Base}/applications/{id}/notice.pdf");
        var text = PdfText(pdf);
        Assert.Contains("准予成立登记决定书", text);
        Assert.Contains(code, text);
        Assert.Contains("深圳市福田区民政局", text);
    }

    [Fact]
    public async Task A_district_approver_cannot_act_on_a_city_application_and_the_city_refuses_with_a_reason_on_the_notice()
    {
        var city = await app.ClientForAsync("city.npo");
        var filed = await city.RegistryPostAsync("/applications/establishment",
            Establishment("深圳市测试产业协会" + Guid.NewGuid().ToString("N")[..6], "440304010", "SocialGroup", individual: 10, unit: 35, funds: 50_000m),
            HttpStatusCode.Created);
        var id = IdOf(filed);

        // the district registrar does not accept for the city bureau
        var npo = await app.ClientForAsync("futian.npo");
        Assert.Equal(HttpStatusCode.Forbidden, (await npo.PostAsJsonAsync($"{Base}/applications/{id}/accept", new { })).StatusCode);

        await city.RegistryPostAsync($"/applications/{id}/accept", new { });
        await city.RegistryPostAsync($"/applications/{id}/review", new { opinion = "发起单位中有5家已注销", orgCode = NewOrgCode8() });
        var district = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsJsonAsync($"{Base}/applications/{id}/decide", new { approve = true })).StatusCode);

        var officer = await app.ClientForAsync("city.officer");
        var noReason = await officer.PostAsJsonAsync($"{Base}/applications/{id}/decide", new { approve = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var refused = await officer.RegistryPostAsync($"/applications/{id}/decide", new { approve = false, reason = "单位会员中5家已注销，实有单位会员不足30个" });
        Assert.Equal("Refused", StatusOf(refused));
        var text = PdfText(await officer.GetByteArrayAsync($"{Base}/applications/{id}/notice.pdf"));
        Assert.Contains("不予登记决定书", text);
        Assert.Contains("实有单位会员不足", text);
        Assert.Contains("深圳市民政局", text);
    }

    [Fact]
    public async Task Founding_thresholds_and_a_bad_organization_code_are_field_errors()
    {
        var npo = await app.ClientForAsync("futian.npo");
        var few = await npo.PostAsJsonAsync($"{Base}/applications/establishment",
            Establishment("福田区人数不足协会", "440304004", "SocialGroup", individual: 30, unit: 10, funds: 10_000m));
        Assert.Equal(HttpStatusCode.BadRequest, few.StatusCode);
        Assert.Contains("会员数不足", await few.FieldErrorAsync("individualMembers"));
        Assert.Contains("活动资金不足", await few.FieldErrorAsync("funds"));

        // 50 individual + unit members together pass; a private foundation needs 2,000,000
        var mixed = await npo.PostAsJsonAsync($"{Base}/applications/establishment",
            Establishment("福田区混合会员协会" + Guid.NewGuid().ToString("N")[..6], "440304004", "SocialGroup", individual: 25, unit: 25, funds: 30_000m));
        Assert.Equal(HttpStatusCode.Created, mixed.StatusCode);
        var poor = await npo.PostAsJsonAsync($"{Base}/applications/establishment",
            Establishment("福田区小额基金会", "440304004", "Foundation", funds: 1_500_000m));
        Assert.Contains("原始基金不足", await poor.FieldErrorAsync("funds"));

        // outside the registrar's district
        var away = await npo.PostAsJsonAsync($"{Base}/applications/establishment", Establishment("南山区某中心", "440305001"));
        Assert.Contains("管辖范围", await away.FieldErrorAsync("divisionCode"));

        // a 9-character 主体标识码 whose own check character is wrong
        var filed = await npo.RegistryPostAsync("/applications/establishment",
            Establishment("福田区校验测试中心" + Guid.NewGuid().ToString("N")[..6], "440304004"), HttpStatusCode.Created);
        var id = IdOf(filed);
        await npo.RegistryPostAsync($"/applications/{id}/accept", new { });
        var org8 = NewOrgCode8();
        var right = CreditCode.OrganizationCheckChar(org8);
        var wrong = right == '1' ? '2' : '1';
        var bad = await npo.PostAsJsonAsync($"{Base}/applications/{id}/review", new { opinion = "符合条件", orgCode = org8 + wrong });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(CreditCode.Message(CreditCodeProblem.OrganizationCheck), await bad.FieldErrorAsync("orgCode"));
        var ok = await npo.RegistryPostAsync($"/applications/{id}/review", new { opinion = "符合条件", orgCode = org8 + right });
        Assert.Equal("Reviewed", StatusOf(ok));
    }

    [Fact]
    public async Task Returning_for_documents_stops_the_clock_and_resuming_continues()
    {
        var npo = await app.ClientForAsync("futian.npo");
        var filed = await npo.RegistryPostAsync("/applications/establishment",
            Establishment("福田区补正测试中心" + Guid.NewGuid().ToString("N")[..6], "440304004"), HttpStatusCode.Created);
        var id = IdOf(filed);
        var accepted = await npo.RegistryPostAsync($"/applications/{id}/accept", new { });
        var returned = await npo.RegistryPostAsync($"/applications/{id}/return", new { reason = "请补交住所使用证明" });
        Assert.Equal("Returned", StatusOf(returned));
        Assert.Equal(HttpStatusCode.Conflict, (await npo.PostAsJsonAsync($"{Base}/applications/{id}/review", new { opinion = "x", orgCode = NewOrgCode8() })).StatusCode);
        var resumed = await npo.RegistryPostAsync($"/applications/{id}/resume", new { });
        Assert.Equal("Accepted", StatusOf(resumed));
        Assert.Equal(accepted.GetProperty("row").GetProperty("dueOn").GetString(), resumed.GetProperty("row").GetProperty("dueOn").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistryApplicationsTestsOnSqlite(SqliteApp app) : RegistryApplicationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistryApplicationsTestsOnPostgres(PostgresApp app) : RegistryApplicationsTests(app);
