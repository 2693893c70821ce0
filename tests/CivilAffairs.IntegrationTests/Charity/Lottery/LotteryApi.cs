using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.IntegrationTests.Charity.Lottery;

/// <summary>Helpers of the lottery tests (prefixed to stay apart from other areas' helpers).</summary>
internal static class LotteryApi
{
    public static string MonthText(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Last month: open in the demo (earlier months are closed).</summary>
    public static DateOnly LastMonth => new DateOnly(ChinaTime.Today(TimeProvider.System).Year, ChinaTime.Today(TimeProvider.System).Month, 1).AddMonths(-1);

    public static async Task<HttpResponseMessage> LotteryImportAsync(this HttpClient client, string month, string csv, string fileName = "sales.csv")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(month), "month");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName);
        return await client.PostAsync("/api/v1/charity/lottery/sales/import", form);
    }

    public static async Task<JsonElement> LotteryOkAsync(this HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> LotteryBudgetAsync(this HttpClient client, int year) =>
        await (await client.GetAsync($"/api/v1/charity/lottery/budgets/{year}")).LotteryOkAsync();

    public static JsonElement LotteryLine(this JsonElement budget, string title) =>
        budget.GetProperty("lines").EnumerateArray().First(l => l.GetProperty("title").GetString() == title);

    public static Task<HttpResponseMessage> LotteryGrantAsync(this HttpClient client, Guid lineId, decimal amount, string project) =>
        client.PostAsJsonAsync("/api/v1/charity/lottery/grants", new
        {
            budgetLineId = lineId, applicantKind = "BureauUnit", applicantName = "深圳市社会福利中心", projectName = project, amount,
            periodFrom = $"{DateTime.UtcNow.Year}-01-01", periodTo = $"{DateTime.UtcNow.Year}-12-31", targets = "服务对象不少于100人",
        });
}
