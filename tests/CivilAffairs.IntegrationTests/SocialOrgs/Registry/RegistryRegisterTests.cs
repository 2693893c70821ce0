using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;
using MiniExcelLibs;
using static CivilAffairs.IntegrationTests.SocialOrgs.Registry.SocialOrgsRegistryApi;

namespace CivilAffairs.IntegrationTests.SocialOrgs.Registry;

/// <summary>The register's list, export and the import of the existing register; on both databases.</summary>
public abstract class RegistryRegisterTests(AppFixture app)
{
    [Fact]
    public async Task The_register_filters_masks_legal_representatives_and_exports_only_with_a_reason()
    {
        var officer = await app.ClientForAsync("city.officer");
        var list = await (await officer.GetAsync($"{Base}/organizations?type=Foundation&charitable=true")).JsonAsync();
        Assert.True(list.GetProperty("total").GetInt32() >= 5);
        foreach (var o in list.GetProperty("items").EnumerateArray())
        {
            Assert.Equal("Foundation", o.GetProperty("type").GetString());
            Assert.Contains("*", o.GetProperty("legalRepresentativeMasked").GetString());
        }
        var futian = await (await (await app.ClientForAsync("futian.npo")).GetAsync($"{Base}/organizations?district=440305")).JsonAsync();
        Assert.Equal(0, futian.GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync($"{Base}/organizations/export.xlsx?type=Foundation&charitable=true")).StatusCode);
        var xlsx = await officer.GetByteArrayAsync($"{Base}/organizations/export.xlsx?type=Foundation&charitable=true&reason=核对慈善组织");
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(list.GetProperty("total").GetInt32(), rows.Count);
        Assert.All(rows, r => Assert.Equal("基金会", r["类型"]));
        Assert.Contains(rows, r => (string?)r["名称"] == "深圳市安康慈善基金会");
    }

    [Fact]
    public async Task An_import_keeps_a_bad_code_as_a_warning_reports_row_errors_and_a_second_import_updates_without_duplicates()
    {
        var good = CreditCode.Create('5', '1', "440300", NewOrgCode8());
        var valid = CreditCode.Create('5', '3', "440300", NewOrgCode8());
        var badCheck = valid[..17] + (valid[17] == 'A' ? 'B' : 'A');
        var csv = string.Join(",", ["统一社会信用代码", "名称", "类型", "登记管理机关代码", "业务主管单位", "行业领域", "法定代表人", "注册资金", "住所", "所在区划代码", "业务范围", "成立日期", "登记状态"]) + "\n"
            + $"{good},深圳市导入测试协会{good[^4..]},社会团体,4403,直接登记,行业协会商会,吴导入,300000,深圳市福田区导入路1号,440304001,行业服务,2012-05-01,正常\n"
            + $"{badCheck},深圳市导入测试基金会{badCheck[^4..]},基金会,4403,,慈善,郑导入,2000000,深圳市南山区导入路2号,440305001,资助,2016-03-01,正常\n"
            + $"{CreditCode.Create('5', '2', "440300", NewOrgCode8())},,民办非企业单位,4403,,教育,,abc,深圳市,440305001,,2010-13-01,正常\n";
        var city = await app.ClientForAsync("city.npo");

        var first = await ImportAsync(city, csv);
        Assert.Equal(3, first.GetProperty("rows").GetInt32());
        Assert.Equal(2, first.GetProperty("added").GetInt32());
        Assert.Equal(1, first.GetProperty("warnings").GetInt32());
        Assert.Equal(1, first.GetProperty("errors").GetInt32());
        var issues = first.GetProperty("issues").EnumerateArray().ToList();
        Assert.Contains(issues, i => i.GetProperty("row").GetInt32() == 3 && i.GetProperty("warning").GetBoolean()
            && i.GetProperty("message").GetString()!.Contains("第18位", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.GetProperty("row").GetInt32() == 4 && i.GetProperty("column").GetString() == "名称" && !i.GetProperty("warning").GetBoolean());
        Assert.Contains(issues, i => i.GetProperty("row").GetInt32() == 4 && i.GetProperty("column").GetString() == "注册资金");
        Assert.Contains(issues, i => i.GetProperty("row").GetInt32() == 4 && i.GetProperty("column").GetString() == "成立日期");

        var kept = await OrgAsync(app, badCheck);
        Assert.True(kept.Imported);
        Assert.Equal(CreditCode.Message(CreditCodeProblem.Check), kept.CreditCodeWarning);
        var listed = await (await city.GetAsync($"{Base}/organizations?q={badCheck}")).JsonAsync();
        Assert.Equal(CreditCode.Message(CreditCodeProblem.Check), listed.GetProperty("items")[0].GetProperty("creditCodeWarning").GetString());

        var second = await ImportAsync(city, csv.Replace("吴导入", "吴更新", StringComparison.Ordinal));
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(2, second.GetProperty("updated").GetInt32());
        Assert.Equal(1, (await (await city.GetAsync($"{Base}/organizations?q={good}")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal("吴更新", (await OrgAsync(app, good)).LegalRepresentative);

        // the district registrar may not import the city's organizations
        var npo = await app.ClientForAsync("futian.npo");
        var refused = await ImportAsync(npo, csv);
        Assert.Equal(0, refused.GetProperty("added").GetInt32() + refused.GetProperty("updated").GetInt32());
        var history = await (await city.GetAsync($"{Base}/organizations/imports")).JsonAsync();
        Assert.True(history.GetArrayLength() >= 2);
    }

    private static async Task<System.Text.Json.JsonElement> ImportAsync(HttpClient client, string csv)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "存量名录.csv");
        var r = await client.PostAsync($"{Base}/organizations/import", form);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, text);
        return System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistryRegisterTestsOnSqlite(SqliteApp app) : RegistryRegisterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistryRegisterTestsOnPostgres(PostgresApp app) : RegistryRegisterTests(app);
