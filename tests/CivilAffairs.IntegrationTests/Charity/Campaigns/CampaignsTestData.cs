using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.UnitTests.Platform.Documents;

namespace CivilAffairs.IntegrationTests.Charity.Campaigns;

/// <summary>Helpers of the campaign tests (named for the area so that they never clash with other areas' helpers).</summary>
public static class CampaignsTestData
{
    public const string Foundation = "53440300MJL000024A";
    public const string Association = "51440300MJL000016M";

    /// <summary>福田区阳光社工服务中心: registered and active, not recognised as charitable.</summary>
    public const string NonCharitable = "52440304MJL0000322";

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The demo's current campaign (进行中).</summary>
    public static async Task<Guid> ActiveCampaignAsync(this AppFixture app)
    {
        var client = await app.ClientForAsync("city.officer");
        var list = await (await client.GetAsync("/api/v1/charity/campaigns")).JsonAsync();
        return list.EnumerateArray().First(c => c.GetProperty("status").GetString() == "Active" && c.GetProperty("kind").GetString() == "Special")
            .GetProperty("id").GetGuid();
    }

    /// <summary>A new published campaign of its own, so that totals are not shared with other tests.</summary>
    public static async Task<Guid> NewActiveCampaignAsync(this AppFixture app, string name)
    {
        var city = await app.ClientForAsync("city.officer");
        var r = await city.PostAsJsonAsync("/api/v1/charity/campaigns", new
        {
            name, kind = "Special", startsOn = Today, endsOn = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(30), targetAmount = 100000m,
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var id = (await r.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await city.PostAsync($"/api/v1/charity/campaigns/{id}/publish", null)).StatusCode);
        return id;
    }

    public static Task<HttpResponseMessage> DonateAsync(this HttpClient client, Guid? campaign, string donorKind, string? donorName, decimal amount,
        string? recipient = null, string form = "Money", bool namePublicly = false) =>
        client.PostAsJsonAsync("/api/v1/charity/donations", new
        {
            recipientCreditCode = recipient, campaignId = campaign, donorKind, donorName, namePublicly, form, amount, receivedOn = Today,
            goodsDescription = form == "Goods" ? "大米 50 袋" : null, goodsQuantity = form == "Goods" ? "50袋" : null, valuationBasis = form == "Goods" ? "发票" : null,
        });

    public static async Task<JsonElement> CreatedAsync(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string> PdfTextAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        var path = Poppler.Save(bytes, "charity-receipt");
        try
        {
            Poppler.KeepArtifact(bytes, "charity-receipt.pdf");
            return Poppler.WhitespaceRemoved(Poppler.Text(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
