using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Seeding;
using static CivilAffairs.IntegrationTests.SocialOrgs.Registry.SocialOrgsRegistryApi;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Registry;

/// <summary>Changes (rectification rule, old → new history), deregistration, organizations seeing only themselves; on both databases.</summary>
public abstract class RegistryChangesTests(AppFixture app)
{
    [Fact]
    public async Task An_organization_sees_only_itself_and_another_organization_is_not_found()
    {
        var assoc = await app.ClientForAsync("org.assoc");
        var npoOrg = await OrgAsync(app, SocialOrgsSeeder.CodeOf(3));
        Assert.Equal(HttpStatusCode.NotFound, (await assoc.GetAsync($"{Base}/organizations/{npoOrg.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await assoc.GetAsync($"{Base}/organizations/{npoOrg.Id}/events")).StatusCode);
        var list = await (await assoc.GetAsync($"{Base}/organizations")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("深圳市长者关爱协会", list.GetProperty("items")[0].GetProperty("name").GetString());
        var mine = await (await assoc.GetAsync($"{Base}/organizations/mine")).JsonAsync();
        Assert.Equal(SocialOrgsSeeder.CodeOf(1), mine.GetProperty("creditCode").GetString());
        // the organization cannot take a registrar's step
        Assert.Equal(HttpStatusCode.Forbidden, (await assoc.PostAsJsonAsync($"{Base}/applications/establishment", Establishment("x", "440304004"))).StatusCode);
    }

    [Fact]
    public async Task While_rectifying_name_and_scope_may_not_change_but_the_legal_representative_may_and_the_history_shows_old_and_new()
    {
        var (orgId, code) = await CreateOrgAsync(app, "440304", "440304004", rectifying: true);
        var npo = await app.ClientForAsync("futian.npo");
        var rename = await npo.PostAsJsonAsync($"{Base}/applications/change", new { organizationId = orgId, name = "新名称服务中心", reason = "更名" });
        Assert.Equal(HttpStatusCode.Conflict, rename.StatusCode);
        Assert.Contains("整改", await rename.Content.ReadAsStringAsync());
        var scope = await npo.PostAsJsonAsync($"{Base}/applications/change", new { organizationId = orgId, businessScope = "扩大业务范围", reason = "拓展" });
        Assert.Equal(HttpStatusCode.Conflict, scope.StatusCode);

        var filed = await npo.RegistryPostAsync("/applications/change", new { organizationId = orgId, legalRepresentative = "周新任", registeredCapital = 200_000m, reason = "换届" },
            HttpStatusCode.Created);
        var id = IdOf(filed);
        Assert.Equal(HttpStatusCode.Conflict, (await npo.PostAsJsonAsync($"{Base}/applications/change", new { organizationId = orgId, address = "别处", reason = "又一个" })).StatusCode);
        await npo.RegistryPostAsync($"/applications/{id}/accept", new { });
        await npo.RegistryPostAsync($"/applications/{id}/review", new { opinion = "换届程序合规" });
        await (await app.ClientForAsync("futian.district")).RegistryPostAsync($"/applications/{id}/decide", new { approve = true });

        var org = await OrgAsync(app, code);
        Assert.Equal("周新任", org.LegalRepresentative);
        Assert.Equal(200_000m, org.RegisteredCapital);
        var events = await (await npo.GetAsync($"{Base}/organizations/{orgId}/events")).JsonAsync();
        var details = events[0].GetProperty("details").GetString()!;
        Assert.Contains("法定代表人：钱测试 → 周新任", details);
        Assert.Contains("注册资金：100000元 → 200000元", details);
    }

    [Fact]
    public async Task An_organization_files_its_own_change_which_another_organization_cannot_see()
    {
        var npo = await app.ClientForAsync("org.npo");
        var filed = await npo.RegistryPostAsync("/applications/change", new { address = "深圳市福田区福田街道测试新址2号", reason = "租约到期搬迁" }, HttpStatusCode.Created);
        Assert.True(filed.GetProperty("row").GetProperty("filedByOrganization").GetBoolean());
        Assert.Equal(SocialOrgsSeeder.CodeOf(3), filed.GetProperty("row").GetProperty("creditCode").GetString());
        var id = IdOf(filed);
        var assoc = await app.ClientForAsync("org.assoc");
        Assert.Equal(HttpStatusCode.NotFound, (await assoc.GetAsync($"{Base}/applications/{id}")).StatusCode);
        var mine = await (await npo.GetAsync($"{Base}/applications")).JsonAsync();
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        // the district registrar sees it and the city registrar too
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync("futian.npo")).GetAsync($"{Base}/applications/{id}")).StatusCode);
        // an organization may not accept its own application
        Assert.Equal(HttpStatusCode.Forbidden, (await npo.PostAsJsonAsync($"{Base}/applications/{id}/accept", new { })).StatusCode);
    }

    [Fact]
    public async Task Deregistration_needs_the_confirmed_liquidation_report_and_ends_the_organization()
    {
        var (orgId, code) = await CreateOrgAsync(app, "440304", "440304001");
        var npo = await app.ClientForAsync("futian.npo");
        var filed = await npo.RegistryPostAsync("/applications/deregistration", new { organizationId = orgId, reason = "理事会决议解散" }, HttpStatusCode.Created);
        var id = IdOf(filed);
        var missing = await npo.PostAsJsonAsync($"{Base}/applications/{id}/accept", new { liquidationReportConfirmed = false });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("清算报告", await missing.FieldErrorAsync("liquidationReportConfirmed"));
        await npo.RegistryPostAsync($"/applications/{id}/accept", new { liquidationReportConfirmed = true });
        await npo.RegistryPostAsync($"/applications/{id}/review", new { opinion = "清算报告已确认，债权债务已清理" });
        var district = await app.ClientForAsync("futian.district");
        await district.RegistryPostAsync($"/applications/{id}/decide", new { approve = true });

        var org = await OrgAsync(app, code);
        Assert.Equal(OrgStatus.Deregistered, org.Status);
        Assert.NotNull(org.EndedOn);
        var text = PdfText(await district.GetByteArrayAsync($"{Base}/applications/{id}/notice.pdf"));
        Assert.Contains("准予注销登记决定书", text);
        Assert.Contains(code, text);
        // a deregistered organization files nothing more
        Assert.Equal(HttpStatusCode.Conflict,
            (await npo.PostAsJsonAsync($"{Base}/applications/change", new { organizationId = orgId, address = "x", reason = "y" })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistryChangesTestsOnSqlite(SqliteApp app) : RegistryChangesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistryChangesTestsOnPostgres(PostgresApp app) : RegistryChangesTests(app);
