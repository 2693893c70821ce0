using System.Net;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Community.Honours;

/// <summary>Honours and pilot designations, the work-methods library; on both databases.</summary>
public abstract class HonoursTests(AppFixture app)
{
    [Fact]
    public async Task The_seeded_2018_designations_are_there_with_counts_by_district_and_kind()
    {
        var all = await app.GrassGetAsync("city.officer", "/honours?year=2018");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, h => h.GetProperty("unitName").GetString() == "盐田区" && h.GetProperty("title").GetString() == "首批全国街道服务管理创新实验区"
            && h.GetProperty("kind").GetString() == "ExperimentZone");
        var demo = items.Where(h => h.GetProperty("title").GetString() == "全国民主法治示范社区").Select(h => h.GetProperty("unitName").GetString()).ToList();
        Assert.Equal(["嶂背社区", "龙腾社区"], demo.Order(StringComparer.Ordinal));
        var methods = items.Where(h => h.GetProperty("title").GetString() == "全国优秀社区工作法").Select(h => h.GetProperty("divisionCode").GetString()).ToList();
        Assert.Equal(4, methods.Count);
        Assert.Contains("440304010002", methods);
        // 盐田: the zone and 沙头角's method
        var yantian = all.GetProperty("byDistrict").EnumerateArray().Single(d => d.GetProperty("district").GetString() == "440308");
        Assert.Equal(1, yantian.GetProperty("zones").GetInt32());
        Assert.Equal(1, yantian.GetProperty("honours").GetInt32());
        // a Futian account sees only Futian
        var futian = await app.GrassGetAsync("futian.district", "/honours");
        Assert.All(futian.GetProperty("items").EnumerateArray(), h => Assert.StartsWith("440304", h.GetProperty("divisionCode").GetString(), StringComparison.Ordinal));
        Assert.Contains(futian.GetProperty("items").EnumerateArray(), h => h.GetProperty("status").GetString() == "Expired");
        Assert.Contains(futian.GetProperty("items").EnumerateArray(), h => h.GetProperty("status").GetString() == "Revoked");
    }

    [Fact]
    public async Task An_honour_is_recorded_with_a_review_date_from_the_parameter_revoked_by_an_approver_and_exported_with_a_reason()
    {
        var bad = await app.GrassPostAsync("futian.district", "/honours", new { title = "", kind = "Medal", divisionCode = "440304004022" }, HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("title"));
        Assert.True(bad.HasError("kind"));
        Assert.True(bad.HasError("awardingBody"));
        Assert.True(bad.HasError("awardedOn"));
        var outside = await app.GrassPostAsync("futian.district", "/honours",
            new { title = "全国民主法治示范社区", kind = "Honour", divisionCode = "440305001020", awardingBody = "司法部、民政部", awardedOn = "2020-12-01" }, HttpStatusCode.BadRequest);
        Assert.True(outside.HasError("divisionCode"));
        var h = await app.GrassPostAsync("futian.district", "/honours", new
        {
            title = "全国民主法治示范社区", kind = "Honour", divisionCode = "440304004022", awardingBody = "司法部、民政部", awardedOn = "2020-12-01",
            documentNumber = "司发〔2020〕示例号", evidence = "福华社区-示范社区证书.pdf",
        }, HttpStatusCode.Created);
        Assert.Equal("福华社区", h.GetProperty("unitName").GetString());
        Assert.Equal("社区", h.GetProperty("level").GetString());
        // 3-year review cycle (parameter, 推定)
        Assert.Equal("2023-12-01", h.GetProperty("reviewOn").GetString());
        Assert.Contains("community.honours.review_years", h.GetProperty("parametersUsed").GetString(), StringComparison.Ordinal);
        Assert.True(h.GetProperty("reviewDue").GetBoolean());
        var id = h.GetProperty("id").GetGuid();

        await app.GrassGetAsync("nanshan.street", $"/honours/{id}", HttpStatusCode.NotFound);
        await app.GrassPostAsync("futian.clerk", $"/honours/{id}/revoke", new { reason = "x" }, HttpStatusCode.Forbidden);
        var noReason = await app.GrassPostAsync("futian.district", $"/honours/{id}/revoke", new { }, HttpStatusCode.BadRequest);
        Assert.True(noReason.HasError("reason"));
        var revoked = await app.GrassPostAsync("futian.district", $"/honours/{id}/revoke", new { reason = "复核未通过（示例）" });
        Assert.Equal("Revoked", revoked.GetProperty("status").GetString());
        Assert.False(revoked.GetProperty("reviewDue").GetBoolean());
        await app.GrassPostAsync("futian.district", $"/honours/{id}/revoke", new { reason = "again" }, HttpStatusCode.Conflict);

        var noExportReason = await app.GrassGetAsync("futian.district", "/honours.xlsx", HttpStatusCode.BadRequest);
        Assert.True(noExportReason.HasError("reason"));
        var sheets = await app.GrassExcelAsync("futian.district", "/honours.xlsx?reason=" + Uri.EscapeDataString("年度统计"));
        Assert.Contains(sheets["荣誉与试点"], r => (string?)r["编号"] == h.GetProperty("number").GetString() && (string?)r["状态"] == "撤销");
        Assert.All(sheets["荣誉与试点"], r => Assert.StartsWith("440304", (string)r["区划代码"]!, StringComparison.Ordinal));
        Assert.Equal("福田区", Assert.Single(sheets["按区统计"])["区"]);
    }

    [Fact]
    public async Task The_methods_library_is_searched_by_text_and_tag_and_methods_move_draft_recommended_selected()
    {
        var text = await app.GrassGetAsync("city.officer", "/methods?q=" + Uri.EscapeDataString("议事厅"));
        Assert.Equal("益田社区", Assert.Single(text.GetProperty("items").EnumerateArray()).GetProperty("communityName").GetString());
        var tag = await app.GrassGetAsync("city.officer", "/methods?tag=" + Uri.EscapeDataString("民生微实事"));
        Assert.Equal("宝民社区", Assert.Single(tag.GetProperty("items").EnumerateArray()).GetProperty("communityName").GetString());
        var selected = await app.GrassGetAsync("auditor", "/methods?status=Selected");
        Assert.Equal(4, selected.GetProperty("items").EnumerateArray().Count(m => m.GetProperty("year").GetInt32() == 2018));
        Assert.All(selected.GetProperty("items").EnumerateArray(), m => Assert.Equal("全国优秀社区工作法", m.GetProperty("honourTitle").GetString()));

        var bad = await app.GrassPostAsync("futian.community", "/methods", new { title = "x", divisionCode = "440304004023" }, HttpStatusCode.BadRequest);
        Assert.True(bad.HasError("summary"));
        var elsewhere = await app.GrassPostAsync("futian.community", "/methods",
            new { title = "x", divisionCode = "440304004023", summary = "s", fullText = "t" }, HttpStatusCode.BadRequest);
        Assert.True(elsewhere.HasError("divisionCode"));
        var m = await app.GrassPostAsync("futian.community", "/methods", new
        {
            title = "福华社区“共建花园”工作法", divisionCode = "440304004022", summary = "居民认领小区公共绿地共建共管", fullText = "一、认领；二、共建；三、共管。",
            tags = "居民自治、共建共治、居民自治",
        }, HttpStatusCode.Created);
        Assert.Equal("Draft", m.GetProperty("status").GetString());
        Assert.Equal(["居民自治", "共建共治"], m.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList());
        var id = m.GetProperty("id").GetGuid();
        await app.GrassPutAsync("futian.community", $"/methods/{id}", new
        {
            title = "福华社区“共建花园”工作法", divisionCode = "440304004022", summary = "居民认领小区公共绿地，共建共管共享", fullText = "一、认领；二、共建；三、共管；四、共享。",
            tags = "居民自治、共建共治、社区花园",
        });
        await app.GrassPostAsync("futian.community", $"/methods/{id}/status", new { status = "Recommended" }, HttpStatusCode.Forbidden);
        await app.GrassPostAsync("futian.district", $"/methods/{id}/status", new { status = "Selected" }, HttpStatusCode.Conflict);
        await app.GrassPostAsync("futian.district", $"/methods/{id}/status", new { status = "Recommended" });
        var done = await app.GrassPostAsync("futian.district", $"/methods/{id}/status", new { status = "Selected" });
        Assert.Equal("Selected", done.GetProperty("status").GetString());
        Assert.Equal("futian.district", done.GetProperty("statusBy").GetString());
        await app.GrassPutAsync("futian.community", $"/methods/{id}", new { title = "改", divisionCode = "440304004022", summary = "s", fullText = "t" }, HttpStatusCode.Conflict);
        var found = await app.GrassGetAsync("futian.clerk", "/methods?q=" + Uri.EscapeDataString("共享"));
        Assert.Contains(found.GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
        await app.GrassGetAsync("nanshan.street", $"/methods/{id}", HttpStatusCode.NotFound);
        Assert.Equal(JsonValueKind.String, (await app.GrassGetAsync("futian.clerk", $"/methods/{id}")).GetProperty("fullText").ValueKind);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HonoursTestsOnSqlite(SqliteApp app) : HonoursTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HonoursTestsOnPostgres(PostgresApp app) : HonoursTests(app);
