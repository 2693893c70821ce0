using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.Registry;

/// <summary>The person list exported to Excel: scoped, masked, audited — read back from the file.</summary>
public abstract partial class ExportTests(AppFixture app)
{
    [GeneratedRegex(@"^\d{6}\*{8}\d{3}[\dX]$")]
    private static partial Regex MaskedId();

    [Fact]
    public async Task A_street_exports_only_its_own_residents_with_masked_numbers_and_the_export_is_audited()
    {
        var client = await app.ClientForAsync("futian.street");
        var r = await client.GetAsync("/api/v1/persons/export");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.StartsWith("440304004", row["居住地区划代码"].ToString(), StringComparison.Ordinal);
            var id = row["证件号码"].ToString()!;
            Assert.True(MaskedId().IsMatch(id) || id.Contains('*', StringComparison.Ordinal), $"unmasked number in export: {id}");
        });

        var auditor = await app.ClientForAsync("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=export&userName=futian.street");
        var latest = audit.GetProperty("items")[0];
        Assert.Contains($"\"rows\":{rows.Count}", latest.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_filtered_by_an_id_number_keeps_the_number_out_of_the_audit_trail()
    {
        var client = await app.ClientForAsync("futian.clerk");
        var id = Ids.New();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/persons", new { idNumber = id, name = "导出测试", divisionCode = "440304004" })).StatusCode);
        var r = await client.GetAsync($"/api/v1/persons/export?q={id}");
        await using var stream = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.Equal("导出测试", row["姓名"]);
        var auditor = await app.ClientForAsync("auditor");
        var audit = await auditor.GetAsync("/api/v1/audit?action=export&userName=futian.clerk");
        Assert.DoesNotContain(id, await audit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_without_registry_access_cannot_export()
    {
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/persons/export")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExportTestsOnSqlite(SqliteApp app) : ExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExportTestsOnPostgres(PostgresApp app) : ExportTests(app);
