using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Reporting.Features.Metrics;
using CivilAffairs.Reporting.Features.Summary;
using CivilAffairs.UnitTests.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.Summary;

/// <summary>
/// The annual work summary generated from the monthly figures: the numbers read back through
/// MetricValues, missing metrics marked (never 0), the PDF and workbook, jurisdiction, and
/// templates that are refused whole when a placeholder is bad; on both databases.
/// </summary>
public abstract class SummaryTests(AppFixture app)
{
    private const string Api = "/api/v1/reporting/summaries";

    /// <summary>The value MetricValues gives for 2018 (the system sees every place).</summary>
    private async Task<decimal?> ValueAsync(string key, string division)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("summary-test");
        var values = scope.ServiceProvider.GetRequiredService<MetricValues>();
        return (await values.FigureAsync(key, Period.Year(2018), division, default)).Value;
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage r)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"{(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement Figure(JsonElement doc, string placeholder) =>
        doc.GetProperty("figures").EnumerateArray().First(f => f.GetProperty("placeholder").GetString() == placeholder);

    private sealed record SummaryBox(JsonElement Doc);

    /// <summary>The city office's 2018 summary, generated once per database.</summary>
    private async Task<JsonElement> CityDocumentAsync() => (await app.OnceAsync("summary-city-2018", async () =>
    {
        var client = await app.ClientForAsync("city.office");
        return new SummaryBox(await CreatedAsync(await client.PostAsJsonAsync(Api, new { year = 2018 })));
    })).Doc;

    [Fact]
    public async Task The_city_summary_for_2018_carries_the_funeral_figures_read_from_the_metrics_and_marks_missing_ones()
    {
        var doc = await CityDocumentAsync();
        Assert.Equal("4403", doc.GetProperty("divisionCode").GetString());
        Assert.Contains("2018年", doc.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, doc.GetProperty("sections").GetArrayLength());

        var persons = await ValueAsync("funeral.free.persons", "4403");
        var amount = await ValueAsync("funeral.free.amount", "4403");
        var f = Figure(doc, "{{funeral.free.amount|万元}}");
        var text = doc.GetProperty("text").GetString()!;
        if (persons is > 0 && amount is > 0)
        {
            var p = SummaryPlaceholders.Number(persons.Value, 0, 10_000m);
            var a = SummaryPlaceholders.Number(amount.Value, 2, 10_000m);
            Assert.Contains($"全年共为{p}万名群众免除基本殡葬服务费用{a}万元", text, StringComparison.Ordinal);
            Assert.Equal(amount, f.GetProperty("value").GetDecimal());
        }
        else
        {
            // no 2018 funeral records counted in this demo: the figure is marked, never written as 0
            Assert.True(f.GetProperty("missing").GetBoolean());
            Assert.Contains("【缺数据：免除基本殡葬服务费用金额】", text, StringComparison.Ordinal);
        }
        Assert.Equal("元", f.GetProperty("unit").GetString());
        Assert.Contains("FROM reporting.funeral_free_services", f.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Contains("division_code LIKE '4403%'", f.GetProperty("query").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/reporting/metrics/funeral.free.amount?period=2018&division=4403", f.GetProperty("link").GetString());

        // keys whose module has not published its view yet are marked, never written as 0
        await using var scope = app.Scope();
        var catalog = scope.ServiceProvider.GetRequiredService<CivilAffairs.Reporting.Features.Views.ReportingCatalog>();
        var missing = doc.GetProperty("figures").EnumerateArray().Where(x => catalog.Find(x.GetProperty("metricKey").GetString()!) is null).ToList();
        foreach (var m in missing)
        {
            Assert.True(m.GetProperty("missing").GetBoolean());
            Assert.Equal(JsonValueKind.Null, m.GetProperty("value").ValueKind);
            Assert.StartsWith("【缺数据：", m.GetProperty("display").GetString(), StringComparison.Ordinal);
            Assert.Contains(m.GetProperty("display").GetString()!, text, StringComparison.Ordinal);
        }
        Assert.Equal(doc.GetProperty("figures").EnumerateArray().Count(x => x.GetProperty("missing").GetBoolean()), doc.GetProperty("missingCount").GetInt32());
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);

        // listed and read back
        var client = await app.ClientForAsync("city.office");
        var list = await (await client.GetAsync($"{Api}?year=2018")).JsonAsync();
        Assert.Contains(list.EnumerateArray(), x => x.GetProperty("id").GetString() == doc.GetProperty("id").GetString());
        var again = await (await client.GetAsync($"{Api}/{doc.GetProperty("id").GetString()}")).JsonAsync();
        Assert.Equal(text, again.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_pdf_has_the_sections_the_figures_and_the_appendix_and_the_download_is_audited()
    {
        var doc = await CityDocumentAsync();
        var id = doc.GetProperty("id").GetString()!;
        var client = await app.ClientForAsync("city.office");
        var r = await client.GetAsync($"{Api}/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        var path = Poppler.Save(bytes, "reporting-summary");
        string text;
        try
        {
            Poppler.KeepArtifact(bytes, "reporting-summary.pdf");
            text = Poppler.WhitespaceRemoved(Poppler.Text(path));
        }
        finally
        {
            File.Delete(path);
        }
        foreach (var (title, _) in SummaryDefaultTemplate.Sections)
        {
            Assert.Contains(title, text, StringComparison.Ordinal);
        }
        var persons = Figure(doc, "{{funeral.free.persons|万}}");
        var amount = Figure(doc, "{{funeral.free.amount|万元}}");
        Assert.Contains($"全年共为{persons.GetProperty("display").GetString()}[{persons.GetProperty("no").GetInt32()}]万名群众", text, StringComparison.Ordinal);
        Assert.Contains($"{amount.GetProperty("display").GetString()}[{amount.GetProperty("no").GetInt32()}]万元", text, StringComparison.Ordinal);
        Assert.Contains("数据来源", text, StringComparison.Ordinal);
        // the appendix is a two-column table (lines of both columns interleave in the text): check what stays on one line
        Assert.Contains("funeral.free.amount", text, StringComparison.Ordinal);
        Assert.Contains("reporting.funeral_free_services", text, StringComparison.Ordinal);

        await using var scope = app.Scope();
        var platform = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        Assert.True(await platform.AuditLog.AsNoTracking().AnyAsync(e => e.Entity == "SummaryDocument" && e.EntityId == id && e.Action == AuditActions.Export && e.UserName == "city.office"));
    }

    [Fact]
    public async Task The_workbook_has_the_text_and_the_data_sources()
    {
        var doc = await CityDocumentAsync();
        var client = await app.ClientForAsync("city.office");
        var r = await client.GetAsync($"{Api}/{doc.GetProperty("id").GetString()}/xlsx");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var xlsx = await r.Content.ReadAsByteArrayAsync();
        var body = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "正文").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(10, body.Count);
        Assert.Equal("九", body[8]["部分"]);
        Assert.Contains("万名群众免除基本殡葬服务费用", Convert.ToString(body[8]["正文"], CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var sources = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "数据来源").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(doc.GetProperty("figures").GetArrayLength(), sources.Count);
        var row = sources.Single(x => Convert.ToString(x["占位符"], CultureInfo.InvariantCulture) == "{{funeral.free.amount|万元}}");
        var value = Figure(doc, "{{funeral.free.amount|万元}}").GetProperty("value");
        if (value.ValueKind == JsonValueKind.Number)
        {
            Assert.Equal(value.GetDecimal(), Convert.ToDecimal(row["数值"], CultureInfo.InvariantCulture));
        }
        else
        {
            Assert.Null(row["数值"]);
            Assert.Equal("是", row["缺数据"]);
        }
        Assert.Equal("元", row["单位"]);
        Assert.Contains("SELECT sum(amount)", Convert.ToString(row["查询"], CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_cannot_generate_for_another_district_and_its_own_summary_has_its_own_figures()
    {
        var district = await app.ClientForAsync("futian.district");
        var r = await district.PostAsJsonAsync(Api, new { year = 2018, division = "440305" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);

        var doc = await CreatedAsync(await district.PostAsJsonAsync(Api, new { year = 2018 }));
        Assert.Equal("440304", doc.GetProperty("divisionCode").GetString());
        var f = Figure(doc, "{{funeral.free.persons|万}}");
        Assert.Equal("440304", f.GetProperty("divisionCode").GetString());
        var own = await ValueAsync("funeral.free.persons", "440304");
        var city = await ValueAsync("funeral.free.persons", "4403");
        if (own is > 0)
        {
            Assert.Equal(own, f.GetProperty("value").GetDecimal());
            Assert.True(own < city);
        }
        else
        {
            // counted and nothing in 福田 reads 0; never counted reads missing — never an invented figure
            Assert.True(f.GetProperty("missing").GetBoolean() || f.GetProperty("value").ToString() == "0");
        }
        Assert.Contains("division_code LIKE '440304%'", f.GetProperty("query").GetString(), StringComparison.Ordinal);

        // the city's document is not the district's to read; a street clerk cannot generate for the district
        var cityDoc = await CityDocumentAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"{Api}/{cityDoc.GetProperty("id").GetString()}")).StatusCode);
        var auditor = await app.ClientForAsync("auditor");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync(Api, new { year = 2018 })).StatusCode);
    }

    [Fact]
    public async Task A_bad_template_is_refused_whole_and_the_old_one_is_kept()
    {
        var client = await app.ClientForAsync("city.office");
        var current = await (await client.GetAsync($"{Api}/template?year=2016")).JsonAsync();
        var sections = current.GetProperty("sections").EnumerateArray()
            .Select(s => new { no = s.GetProperty("no").GetInt32(), title = s.GetProperty("title").GetString(), text = s.GetProperty("text").GetString()! }).ToList();
        sections[8] = sections[8] with { text = "全年共为{{funeral.free.persons}}名群众免除基本殡葬服务费用{{funeral.free.amount|万元}}万元。" };
        var ok = await client.PutAsJsonAsync($"{Api}/template", new { year = 2016, sections });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True((await ok.JsonAsync()).GetProperty("own").GetBoolean());

        var bad = sections.ToList();
        bad[2] = bad[2] with { text = "低保标准提升至{{assistance.dibao.standard" };
        bad[8] = bad[8] with { text = "共为{{funeral.no.such.metric}}名群众" };
        bad[9] = bad[9] with { text = "共为{{funeral.free.persons|万元}}名群众" };
        var r = await client.PutAsJsonAsync($"{Api}/template", new { year = 2016, sections = bad });
        Assert.Contains("没有闭合", await r.FieldErrorAsync("sections[2].text"), StringComparison.Ordinal);
        Assert.Contains("funeral.no.such.metric", await r.FieldErrorAsync("sections[8].text"), StringComparison.Ordinal);
        Assert.Contains("万元", await r.FieldErrorAsync("sections[9].text"), StringComparison.Ordinal);

        var after = await (await client.GetAsync($"{Api}/template?year=2016")).JsonAsync();
        Assert.Equal(sections[8].text, after.GetProperty("sections")[8].GetProperty("text").GetString());
        Assert.Equal(sections[2].text, after.GetProperty("sections")[2].GetProperty("text").GetString());

        // the summary of that year follows the saved template
        var doc = await CreatedAsync(await client.PostAsJsonAsync(Api, new { year = 2016 }));
        Assert.Equal(2016, doc.GetProperty("templateYear").GetInt32());
        Assert.DoesNotContain("{{", doc.GetProperty("text").GetString(), StringComparison.Ordinal);

        // a district reads the city's template until it has its own; it cannot write the city's
        var district = await app.ClientForAsync("futian.district");
        var seen = await (await district.GetAsync($"{Api}/template?year=2016")).JsonAsync();
        Assert.Equal("4403", seen.GetProperty("sourceDivision").GetString());
        Assert.False(seen.GetProperty("own").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PutAsJsonAsync($"{Api}/template", new { year = 2016, division = "4403", sections })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync($"{Api}/template?division=440305")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SummaryTestsOnSqlite(SqliteApp app) : SummaryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SummaryTestsOnPostgres(PostgresApp app) : SummaryTests(app);
