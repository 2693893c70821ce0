using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Assistance;

/// <summary>The home page's 待办提醒: late work in the user's own jurisdiction, with a link to act on it.</summary>
public abstract class RemindersTests(AppFixture app)
{
    private async Task<string> HomeAsync(string user)
    {
        var r = await (await app.ClientForAsync(user)).GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_futian_clerk_is_reminded_of_the_overdue_application_and_a_nanshan_reviewer_is_not()
    {
        // the demo data holds a Futian application whose one-time-notice deadline passed yesterday
        var futian = await HomeAsync("futian.clerk");
        Assert.Contains("待办提醒", futian, StringComparison.Ordinal);
        Assert.Contains("救助申请超过办理时限", futian, StringComparison.Ordinal);
        Assert.Contains("/assistance/applications?overdue=true", futian, StringComparison.Ordinal);

        var nanshan = await HomeAsync("nanshan.street");
        Assert.DoesNotContain("救助申请超过办理时限", nanshan, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RemindersTestsOnSqlite(SqliteApp app) : RemindersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RemindersTestsOnPostgres(PostgresApp app) : RemindersTests(app);
