using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Supervision;

/// <summary>A test organization put straight into the register (the registration workflow is another area's).</summary>
internal sealed record SupOrg(Guid Id, string CreditCode, string Name, string DivisionCode);

/// <summary>Calls to /api/v1/socialorgs for the supervision tests (names prefixed to stay apart from other areas' helpers).</summary>
internal static class SupervisionApi
{
    public const string Root = "/api/v1/socialorgs";

    private static int _counter = Random.Shared.Next(1000, 9000);

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    public static async Task<JsonElement> SupPostAsync(this AppFixture app, string user, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        return await CheckAsync(await client.PostAsJsonAsync(Root + path, body), user, "POST " + path, expected);
    }

    public static async Task<JsonElement> SupPutAsync(this AppFixture app, string user, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        return await CheckAsync(await client.PutAsJsonAsync(Root + path, body), user, "PUT " + path, expected);
    }

    public static async Task<JsonElement> SupGetAsync(this AppFixture app, string user, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        return await CheckAsync(await client.GetAsync(Root + path), user, "GET " + path, expected);
    }

    public static async Task<byte[]> SupBytesAsync(this AppFixture app, string user, string path)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync(Root + path);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadAsByteArrayAsync();
    }

    /// <summary>An active organization registered by <paramref name="authority"/> (4403 or a district), located in <paramref name="division"/>.</summary>
    public static async Task<SupOrg> SupOrgAsync(this AppFixture app, string authority, string division, SocialOrgType type = SocialOrgType.SocialGroup,
        OrgStatus status = OrgStatus.Active, bool industry = false)
    {
        var n = Interlocked.Increment(ref _counter);
        var code = CreditCode.Create('5', type == SocialOrgType.SocialGroup ? '1' : type == SocialOrgType.ServiceOrg ? '2' : '3',
            authority == "4403" ? "440300" : authority, $"T{n:0000000}");
        var org = new SocialOrganization
        {
            CreditCode = code, Name = $"测试执法对象{n}协会", Type = type, Level = authority == "4403" ? RegistrationLevel.City : RegistrationLevel.District,
            AuthorityCode = authority, Field = industry ? "行业协会商会" : "社会服务", IsIndustryAssociation = industry, LegalRepresentative = "测试法人",
            RegisteredCapital = 100_000m, Address = "深圳市示例路1号", DivisionCode = division, BusinessScope = "测试", Status = status,
            EstablishedOn = new DateOnly(2015, 1, 1), CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
        };
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        return new SupOrg(org.Id, code, org.Name, division);
    }

    /// <summary>The organization as stored (filters off).</summary>
    public static async Task<SocialOrganization> SupReadOrgAsync(this AppFixture app, Guid id)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SocialOrgsDb>().Organizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public static async Task<List<CreditListEntry>> SupCreditEntriesAsync(this AppFixture app, Guid orgId)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SocialOrgsDb>().CreditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == orgId).ToListAsync();
    }

    public static async Task<List<OrganizationEvent>> SupEventsAsync(this AppFixture app, Guid orgId)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SocialOrgsDb>().OrganizationEvents.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == orgId).ToListAsync();
    }

    /// <summary>An organization's own account (社会组织人员) for the given organization.</summary>
    public static async Task<string> SupOrgAccountAsync(this AppFixture app, SupOrg org)
    {
        var admin = await app.ClientForAsync("admin");
        var userName = TestApi.NewUserName("sup");
        var r = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, displayName = org.Name + " 秘书", role = Roles.SocialOrgStaff, jurisdiction = org.DivisionCode[..6], password = AppFixture.DemoPassword,
            organization = org.CreditCode,
        });
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"creating the org account: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return userName;
    }

    /// <summary>Proposed by <paramref name="registrar"/>, filed by <paramref name="approver"/>, investigated, reviewed and notified: ready for a decision.</summary>
    public static async Task<Guid> SupCaseToNoticeAsync(this AppFixture app, SupOrg org, string registrar, string approver, object notice,
        string investigators = "futian.npo,zf.futian")
    {
        var c = await app.SupPostAsync(registrar, "/cases", new { organizationId = org.Id, source = "Inspection", facts = "违规收取会费" }, HttpStatusCode.Created);
        var id = c.GetProperty("id").GetGuid();
        await app.SupPostAsync(approver, $"/cases/{id}/file", new { note = "同意立案" });
        await app.SupPostAsync(registrar, $"/cases/{id}/investigation", new { investigators, note = "调取账册" });
        await app.SupPostAsync(registrar, $"/cases/{id}/review", new { note = "事实清楚" });
        await app.SupPostAsync(registrar, $"/cases/{id}/notice", notice);
        return id;
    }

    private static async Task<JsonElement> CheckAsync(HttpResponseMessage r, string user, string what, HttpStatusCode expected)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{user} {what}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
