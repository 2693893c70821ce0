using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.IntegrationTests.ChildWelfare;

/// <summary>Children made through the API for the child-welfare tests (fresh, check-digit valid ID numbers).</summary>
public static class ChildWelfareTestData
{
    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static string ThisMonth => Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string MonthsAgo(int n) => Today.AddMonths(-n).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A child ID number born on a given date (sequence 500–998 like Ids.New, so never a demo child's).</summary>
    public static string ChildId(string county, DateOnly birth) => IdNumber.Create(county, birth, 500 + Random.Shared.Next(499));

    public static object Dispersed(string idNumber, string street, string? account = "6217001234567890123", string category = "DispersedOrphan") => new
    {
        idNumber, name = "测试" + Guid.NewGuid().ToString("N")[..4], hukou = "广东省深圳市", divisionCode = street, category,
        guardians = new[]
        {
            new { name = "祖母测试", relation = "祖母", idNumber = Ids.New(street[..6], 1955), phone = "13800138000", bankName = "中国建设银行深圳分行", bankAccount = account, isPayee = true },
        },
    };

    public static object Institutional(string idNumber, Guid institutionId, string category = "InstitutionalOrphan") => new
    {
        idNumber, name = "机构" + Guid.NewGuid().ToString("N")[..4], hukou = "广东省深圳市", category, institutionId,
    };

    public static async Task<JsonElement> RegisterAsync(HttpClient registrar, object body)
    {
        var r = await registrar.PostAsJsonAsync("/api/v1/childwelfare/children", body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"register: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Approves the category and brings the child into care from the given month.</summary>
    public static async Task<JsonElement> ApproveAndActivateAsync(HttpClient approver, Guid id, string fromMonth)
    {
        var a = await approver.PostAsync($"/api/v1/childwelfare/children/{id}/approve", null);
        Assert.True(a.StatusCode == HttpStatusCode.OK, $"approve: {(int)a.StatusCode} {await a.Content.ReadAsStringAsync()}");
        var r = await approver.PostAsJsonAsync($"/api/v1/childwelfare/children/{id}/activate", new { allowanceFrom = fromMonth });
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"activate: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.JsonAsync();
    }

    public static async Task<Guid> InstitutionIdAsync(HttpClient client)
    {
        var list = await (await client.GetAsync("/api/v1/childwelfare/institutions")).JsonAsync();
        return list.EnumerateArray().First(i => i.GetProperty("code").GetString() == "SZ-SWC").GetProperty("id").GetGuid();
    }
}
