using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Credit;

/// <summary>Helpers of the credit-list tests (named for the area so they do not clash with other areas' helpers).</summary>
internal static class CreditTestKit
{
    public const string Base = "/api/v1/socialorgs/credit";

    /// <summary>Today in China, as the application computes it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Code(int n) => SocialOrgsSeeder.CodeOf(n);

    public static async Task<JsonElement> CreditManualAsync(this HttpClient c, string code, string trigger, DateOnly occurredOn, string? list = null,
        HttpStatusCode expected = HttpStatusCode.Created)
    {
        var r = await c.PostAsJsonAsync($"{Base}/entries", new { creditCode = code, trigger, list, occurredOn, basis = "经核查，" + trigger + "情形属实（测试）" });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"manual listing {trigger}: {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> CreditPostAsync(this HttpClient c, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var r = await c.PostAsJsonAsync(Base + path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"POST {path}: expected {(int)expected}, got {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Reads (and optionally changes) the database as the system, outside any request.</summary>
    public static async Task<T> CreditDbAsync<T>(this AppFixture app, Func<SocialOrgsDb, Task<T>> work)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("credit-test");
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        var result = await work(db);
        await db.SaveChangesAsync();
        return result;
    }

    public static Task<SocialOrganization> CreditOrgAsync(this AppFixture app, string code) =>
        app.CreditDbAsync(db => db.Organizations.IgnoreQueryFilters().AsNoTracking().FirstAsync(o => o.CreditCode == code));

    public static Task<List<CreditListEntry>> CreditEntriesOfAsync(this AppFixture app, string code) =>
        app.CreditDbAsync(db => db.CreditEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.CreditCode == code).ToListAsync());
}
