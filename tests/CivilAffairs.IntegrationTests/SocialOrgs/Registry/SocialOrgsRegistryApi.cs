using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Registry;

/// <summary>Helpers of the registry tests: fresh organizations, unique 主体标识码, applications through the API.</summary>
internal static class SocialOrgsRegistryApi
{
    public const string Base = "/api/v1/socialorgs";

    /// <summary>8 characters of a 主体标识码 no other test uses (T + 7 random digits).</summary>
    public static string NewOrgCode8() => "T" + Random.Shared.Next(0, 10_000_000).ToString("0000000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A registered organization of its own for a test (so a test's changes touch no demo record).</summary>
    public static async Task<(Guid Id, string Code)> CreateOrgAsync(AppFixture app, string authority, string division, SocialOrgType type = SocialOrgType.ServiceOrg,
        bool rectifying = false)
    {
        var code = CreditCode.Create('5', type switch { SocialOrgType.SocialGroup => '1', SocialOrgType.ServiceOrg => '2', _ => '3' },
            authority.Length == 4 ? authority + "00" : authority, NewOrgCode8());
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        var org = new SocialOrganization
        {
            CreditCode = code, Name = "测试社会组织" + code[^6..], Type = type, Level = authority.Length == 4 ? RegistrationLevel.City : RegistrationLevel.District,
            AuthorityCode = authority, Field = "社会服务", LegalRepresentative = "钱测试", RegisteredCapital = 100_000m, Address = "深圳市测试路1号",
            DivisionCode = division, BusinessScope = "测试业务范围", EstablishedOn = new DateOnly(2015, 1, 1), Rectifying = rectifying,
            CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
        };
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        return (org.Id, code);
    }

    public static async Task<SocialOrganization> OrgAsync(AppFixture app, string code)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SocialOrgsDb>();
        return await db.Organizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.CreditCode == code);
    }

    public static async Task<JsonElement> RegistryPostAsync(this HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var r = await client.PostAsJsonAsync(Base + path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{path}: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid IdOf(JsonElement application) => application.GetProperty("row").GetProperty("id").GetGuid();

    public static string StatusOf(JsonElement application) => application.GetProperty("row").GetProperty("status").GetString()!;

    public static object Establishment(string name, string division, string? type = "ServiceOrg", int individual = 0, int unit = 0, decimal funds = 100_000m,
        string? orgCode = null) => new
    {
        name, type, field = "社会服务", legalRepresentative = "孙测试", address = "深圳市福田区测试路8号", divisionCode = division,
        businessScope = "为社区居民提供社会服务", individualMembers = individual, unitMembers = unit, funds, orgCode,
    };

    public static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", path, "-" } };
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
