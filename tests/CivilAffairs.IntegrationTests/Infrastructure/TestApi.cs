using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CivilAffairs.IntegrationTests.Infrastructure;

/// <summary>A person created through the API: its id and full ID number.</summary>
public sealed record CreatedPerson(Guid Id, string IdNumber, string Name, string DivisionCode);

/// <summary>An account created through the API by admin (password <see cref="AppFixture.DemoPassword"/> unless given).</summary>
public sealed record CreatedUser(Guid Id, string UserName, string Password);

/// <summary>Small helpers shared by the API tests.</summary>
public static class TestApi
{
    private static readonly ConditionalWeakTable<AppFixture, ConcurrentDictionary<string, Lazy<Task<object>>>> Cache = new();
    private static int _userCounter;

    /// <summary>
    /// Runs <paramref name="create"/> once per fixture (one app per database) and key: xUnit makes a new
    /// test-class instance per test, so data shared by a class lives here.
    /// </summary>
    public static async Task<T> OnceAsync<T>(this AppFixture app, string key, Func<Task<T>> create)
        where T : class
    {
        var map = Cache.GetOrCreateValue(app);
        var lazy = map.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create()));
        return (T)await lazy.Value;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The first message of a field in a 400 problem, failing with the body when absent.</summary>
    public static async Task<string> FieldErrorAsync(this HttpResponseMessage r, string field)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)r.StatusCode}: {text}");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no errors.{field} in {text}");
        return messages[0].GetString()!;
    }

    /// <summary>Registers a new resident with a fresh ID number and fails the test if that is refused.</summary>
    public static async Task<CreatedPerson> CreatePersonAsync(this HttpClient client, string divisionCode, string? name = null, int year = 1980)
    {
        var id = Ids.New(divisionCode[..6], year);
        name ??= "测试" + Guid.NewGuid().ToString("N")[..6];
        var r = await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name, divisionCode });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"creating a person in {divisionCode}: {(int)r.StatusCode} {text}");
        var body = JsonDocument.Parse(text).RootElement;
        return new CreatedPerson(body.GetProperty("id").GetGuid(), id, name, divisionCode);
    }

    /// <summary>A unique user name (letters, digits and dots only).</summary>
    public static string NewUserName(string prefix = "it") =>
        $"{prefix}.{Interlocked.Increment(ref _userCounter)}.{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Admin creates an account; the test fails if that is refused.</summary>
    public static async Task<CreatedUser> CreateUserAsync(this AppFixture app, string role, string jurisdiction,
        string password = AppFixture.DemoPassword, string creator = "admin")
    {
        var admin = await app.ClientForAsync(creator);
        var userName = NewUserName();
        var r = await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = "测试账户", role, jurisdiction, password });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"creating {role} in {jurisdiction}: {(int)r.StatusCode} {text}");
        return new CreatedUser(JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid(), userName, password);
    }

    /// <summary>POST /api/v1/auth/token with an anonymous client.</summary>
    public static Task<HttpResponseMessage> RequestTokenAsync(this AppFixture app, string userName, string password, string? twoFactorCode = null) =>
        app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password, twoFactorCode });
}
