using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Rescue;

/// <summary>A person in care made for a test (straight into the database: casework is another area's API).</summary>
internal sealed record TestCase(Guid Id, string CaseNumber, string Accent);

internal static class FamilySearchTestData
{
    public const string Base = "/api/v1/rescue";
    public const string Public = "/api/v1/public/rescue";

    // a 1×1 PNG
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static int _ip = Random.Shared.Next(1, 200);

    /// <summary>An unidentified man of about 45, 170 cm, found 10 days ago in 福田街道, with a photo; the accent is unique to the test.</summary>
    public static async Task<TestCase> CaseAsync(this AppFixture app, string street = "440304004", Sex sex = Sex.Male, int age = 45, int height = 170, int foundDaysAgo = 10)
    {
        var accent = "测" + Guid.NewGuid().ToString("N")[..8] + "口音";
        var found = DateTime.UtcNow.AddDays(-foundDaysAgo);
        var c = new RescueCase
        {
            CaseNumber = "JZ-T-" + Guid.NewGuid().ToString("N")[..10], DivisionCode = street, Status = RescueCaseStatus.Identifying, Sex = sex,
            EstimatedAge = age, HeightCm = height, FoundAtUtc = found, FoundPlace = "深南大道车公庙地铁站", Accent = accent, AdmittedAtUtc = found.AddHours(1),
        };
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        db.Cases.Add(c);
        db.Photos.Add(new CasePhoto { CaseId = c.Id, DivisionCode = street, ContentType = "image/png", Content = Png, TakenAtUtc = found, IsPrimary = true });
        await db.SaveChangesAsync();
        return new TestCase(c.Id, c.CaseNumber, accent);
    }

    public static async Task<RescueCaseStatus> CaseStatusAsync(this AppFixture app, Guid caseId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        return Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Cases).Single(c => c.Id == caseId).Status;
    }

    /// <summary>A drafted and published notice of a new case.</summary>
    public static async Task<(TestCase Case, Guid NoticeId)> PublishedNoticeAsync(this AppFixture app, string street = "440304004")
    {
        var c = await app.CaseAsync(street);
        var n = await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/notices", new { caseId = c.Id }, HttpStatusCode.Created);
        var id = n.GetProperty("id").GetGuid();
        await app.CallAsync("rescue.station", HttpMethod.Post, $"{Base}/notices/{id}/publish", new { }, HttpStatusCode.OK);
        return (c, id);
    }

    /// <summary>An anonymous client whose requests come from their own IP address (the contact form is limited per IP).</summary>
    public static HttpClient AnonymousFromOwnIp(this AppFixture app)
    {
        var ip = IPAddress.Parse($"10.66.{Interlocked.Increment(ref _ip) % 250}.{Random.Shared.Next(1, 250)}");
        var handler = app.Server.CreateHandler(ctx => ctx.Connection.RemoteIpAddress = ip);
        return new HttpClient(handler) { BaseAddress = app.Server.BaseAddress };
    }

    public static object Contact(string phone = "13912345678") => new { name = "李建华", phone, relationship = "同乡/邻居", message = "像我们村走失多年的李某，老家湖南邵阳。" };
}
