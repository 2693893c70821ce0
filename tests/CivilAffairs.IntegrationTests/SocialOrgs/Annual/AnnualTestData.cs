using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Annual;

/// <summary>A test organization with its own account (socialorgs.self), apart from the demo ones.</summary>
public sealed record AnnualTestOrg(Guid Id, string CreditCode, string Name, HttpClient Client);

/// <summary>Helpers of the annual-report tests: fresh organizations and accounts, a complete report form.</summary>
internal static class AnnualTestData
{
    private static int _counter = Random.Shared.Next(100_000, 900_000);

    public static int AnnualReportingYear(this AppFixture app) => ChinaTime.Today(app.Services.GetRequiredService<TimeProvider>()).Year - 1;

    /// <summary>Registers an organization straight in the register (the registry's workflow is another area's) and an account tied to it.</summary>
    public static async Task<AnnualTestOrg> NewAnnualOrgAsync(this AppFixture app, SocialOrgType type, string authority, string division,
        bool publicFundraising = false, DateOnly? established = null)
    {
        var n = Interlocked.Increment(ref _counter);
        var typeChar = type switch { SocialOrgType.SocialGroup => '1', SocialOrgType.ServiceOrg => '2', _ => '3' };
        var code = CreditCode.Create('5', typeChar, authority == "4403" ? "440300" : authority, $"T{n:0000000}");
        var name = $"年检测试组织{n}";
        var org = new SocialOrganization
        {
            CreditCode = code, Name = name, Type = type, Level = authority == "4403" ? RegistrationLevel.City : RegistrationLevel.District,
            AuthorityCode = authority, Field = "社会服务", LegalRepresentative = "测试代表", RegisteredCapital = 2_000_000m, Address = "深圳市福田区测试路1号",
            DivisionCode = division, BusinessScope = "测试", EstablishedOn = established ?? new DateOnly(2020, 5, 1), IsCharitable = type == SocialOrgType.Foundation,
            PublicFundraising = publicFundraising, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
        };
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("annual.test");
            var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
        }
        var admin = await app.ClientForAsync("admin");
        var userName = TestApi.NewUserName("annual");
        var r = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, displayName = name + " 秘书长", role = Roles.SocialOrgStaff, jurisdiction = division[..6], password = AppFixture.DemoPassword, organization = code,
        });
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"creating the account of {code}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return new AnnualTestOrg(org.Id, code, name, await app.ClientForAsync(userName));
    }

    public static object Form(int year, decimal income = 500_000m, decimal expenditure = 450_000m, decimal charitable = 360_000m, decimal admin = 40_000m,
        decimal? priorIncome = null, decimal? fundBalance = null) => new
    {
        year, individualMembers = 80, unitMembers = 12, fullTimeStaff = 5, councilMeetings = 2, generalMeetings = 1,
        activitiesSummary = "全年开展社区长者探访、志愿者培训和公益讲座等活动共36场。", incomeTotal = income, expenditureTotal = expenditure,
        charitableExpenditure = charitable, staffAndAdminCosts = admin, priorYearIncome = priorIncome, priorYearFundBalance = fundBalance, netAssets = 320_000m,
    };

    /// <summary>The organization creates and submits its report for a year; returns the report id.</summary>
    public static async Task<Guid> SubmitAnnualAsync(this AnnualTestOrg org, object form)
    {
        var created = await org.Client.PostAsJsonAsync("/api/v1/socialorgs/annual/reports", form);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"draft: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var submitted = await org.Client.PostAsJsonAsync($"/api/v1/socialorgs/annual/reports/{id}/submit", form);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, $"submit: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
        return id;
    }

    public static async Task<System.Text.Json.JsonElement> AnnualOkAsync(this Task<HttpResponseMessage> call)
    {
        var r = await call;
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)r.StatusCode}: {text}");
        return await r.JsonAsync();
    }
}
