using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.UnitTests.Platform.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Marriage.MarriageTestData;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>The printed 婚姻登记预约确认单, read back with poppler: what it says, what it hides, who may fetch it.</summary>
public abstract class ConfirmationPdfTests(AppFixture app)
{
    private async Task<(string Code, string Man, string Woman)> BookedAsync()
    {
        var client = await app.ClientForAsync("citizen.demo");
        var session = await SessionAsync(client);
        var (man, woman) = Couple();
        var r = await BookAsync(client, session.GetProperty("id").GetGuid(), man, woman);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return ((await r.JsonAsync()).GetProperty("code").GetString()!, man, woman);
    }

    private static async Task<string> TextOfAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        var path = Poppler.Save(bytes, "marriage-confirmation");
        try
        {
            Poppler.KeepArtifact(bytes, "marriage-confirmation.pdf");
            return Poppler.WhitespaceRemoved(Poppler.Text(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_owner_gets_a_pdf_with_the_code_the_office_and_the_masked_ids_never_the_full_ones()
    {
        var (code, man, woman) = await BookedAsync();
        var client = await app.ClientForAsync("citizen.demo");
        var text = await TextOfAsync(await client.GetAsync($"/api/v1/marriage/appointments/{code}/confirmation.pdf"));
        Assert.Contains("婚姻登记预约确认单", text, StringComparison.Ordinal);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains("福田区婚姻登记处", text, StringComparison.Ordinal);
        Assert.Contains("结婚登记", text, StringComparison.Ordinal);
        Assert.Contains("请携带以下材料", text, StringComparison.Ordinal);
        Assert.Contains("身份证", text, StringComparison.Ordinal);
        Assert.Contains(man[..6] + "********" + man[^4..], text, StringComparison.Ordinal);
        Assert.Contains(woman[..6] + "********" + woman[^4..], text, StringComparison.Ordinal);
        Assert.DoesNotContain(man, text, StringComparison.Ordinal);
        Assert.DoesNotContain(woman, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clerk_of_the_office_district_may_print_it_another_district_and_another_citizen_get_404()
    {
        var (code, _, _) = await BookedAsync();
        var clerk = await app.ClientForAsync("futian.marriage");
        Assert.Contains(code, await TextOfAsync(await clerk.GetAsync($"/api/v1/marriage/appointments/{code}/confirmation.pdf")), StringComparison.Ordinal);

        var otherDistrict = await app.ClientForAsync("nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await otherDistrict.GetAsync($"/api/v1/marriage/appointments/{code}/confirmation.pdf")).StatusCode);

        var otherCitizen = await app.ClientForAsync(await AnotherCitizenAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherCitizen.GetAsync($"/api/v1/marriage/appointments/{code}/confirmation.pdf")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/v1/marriage/appointments/{code}/confirmation.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_cancelled_booking_prints_its_status()
    {
        var (code, _, _) = await BookedAsync();
        var client = await app.ClientForAsync("citizen.demo");
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/v1/marriage/appointments/{code}")).StatusCode);
        var text = await TextOfAsync(await client.GetAsync($"/api/v1/marriage/appointments/{code}/confirmation.pdf"));
        Assert.Contains("本预约已取消", text, StringComparison.Ordinal);
    }

    /// <summary>A second citizen account, like citizen.demo: no jurisdiction, so it sees only its own bookings.</summary>
    private async Task<string> AnotherCitizenAsync()
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var name = TestApi.NewUserName("citizen");
        var user = new StaffUser { UserName = name, DisplayName = "市民 测试", Jurisdiction = "", EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, AppFixture.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Citizen)).Succeeded);
        return name;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConfirmationPdfTestsOnSqlite(SqliteApp app) : ConfirmationPdfTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ConfirmationPdfTestsOnPostgres(PostgresApp app) : ConfirmationPdfTests(app);
