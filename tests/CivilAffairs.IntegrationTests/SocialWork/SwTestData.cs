using System.Globalization;
using System.Net;
using System.Text.Json;
using CivilAffairs.UnitTests.Platform.Documents;

namespace CivilAffairs.IntegrationTests.SocialWork;

/// <summary>Helpers of the social-work tests (prefixed so that they never clash with other areas' helpers).</summary>
public static class SwTestData
{
    public static DateOnly SwToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string SwDay(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<JsonElement> SwCreatedAsync(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> SwOkAsync(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string> SwConflictAsync(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Conflict, $"expected 409, got {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString() ?? "";
    }

    public static async Task<string> SwPdfTextAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        var path = Poppler.Save(bytes, "socialwork-certificate");
        try
        {
            Poppler.KeepArtifact(bytes, "socialwork-volunteer-certificate.pdf");
            return Poppler.WhitespaceRemoved(Poppler.Text(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
