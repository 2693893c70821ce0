using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using static CivilAffairs.IntegrationTests.Governance.GovernanceTestKit;

namespace CivilAffairs.IntegrationTests.Governance.Policies;

/// <summary>The document register and the parameters that cite its documents, through the API on both databases.</summary>
public abstract class GovernancePoliciesTests(AppFixture app)
{
    private const string Base = "/api/v1/governance/policies";

    [Fact]
    public async Task The_office_registers_a_draft_publishes_it_revises_it_and_repeals_the_revision()
    {
        var office = await app.ClientForAsync("city.office");
        var number = $"深民规〔2031〕{GovUnique()}号";
        var draft = await office.GovPostAsync(Base, new { number, title = "深圳市测试管理办法", issuingBody = "深圳市民政局", kind = "Normative", fullText = "第一条 为了规范独特词甲乙丙管理，制定本办法。" });
        Assert.Equal("Draft", draft.GetProperty("row").GetProperty("status").GetString());
        var id = draft.GetProperty("row").GetProperty("id").GetGuid();

        // bad input: the form of the number, a duplicate, a missing kind, dates out of order — nothing saved
        var bad = await office.PostAsJsonAsync(Base, new { number = "深民规2031-1", title = "", issuingBody = "x", kind = "Other", publishedOn = GovToday, effectiveFrom = GovToday, expiresOn = GovToday.AddDays(-1) });
        Assert.Contains("〔年份〕", await bad.FieldErrorAsync("number"));
        Assert.Contains("标题", await bad.FieldErrorAsync("title"));
        Assert.Contains("类别", await bad.FieldErrorAsync("kind"));
        Assert.Contains("晚于施行日期", await bad.FieldErrorAsync("expiresOn"));
        Assert.Contains("已登记", await (await office.PostAsJsonAsync(Base, new { number, title = "重复", issuingBody = "深圳市民政局", kind = "Normative" })).FieldErrorAsync("number"));
        // only the office registers documents
        await (await app.ClientForAsync("futian.district")).GovPostAsync(Base, new { number = $"深民规〔2031〕{GovUnique()}号", title = "x", issuingBody = "x", kind = "Normative" }, HttpStatusCode.Forbidden);

        var published = await office.GovPostAsync($"{Base}/{id}/publish", new { publishedOn = GovToday.AddDays(-3), effectiveFrom = GovToday.AddDays(-2) });
        Assert.Equal("InForce", published.GetProperty("row").GetProperty("status").GetString());
        Assert.Equal(GovToday.AddDays(-2).AddYears(5).AddDays(-1).ToString("yyyy-MM-dd"), published.GetProperty("row").GetProperty("expiresOn").GetString());
        var again = await office.GovPostAsync($"{Base}/{id}/publish", new { publishedOn = GovToday, effectiveFrom = GovToday }, HttpStatusCode.Conflict);
        Assert.Contains("已发布", again.GovProblem());

        // the revision in force from today: the original reads 已修订 and names its successor
        var revision = await app.GovNewPolicyAsync(supersedes: number, effective: GovToday);
        var original = await office.GovGetAsync($"{Base}/{id}");
        Assert.Equal("Revised", original.GetProperty("row").GetProperty("status").GetString());
        Assert.Equal(revision.GetProperty("row").GetProperty("number").GetString(), original.GetProperty("row").GetProperty("replacedBy").GetString());
        Assert.Contains("已被其他文件修订", await (await office.PostAsJsonAsync(Base, new { number = $"深民规〔2031〕{GovUnique()}号", title = "再修订", issuingBody = "深圳市民政局", kind = "Normative", supersedesNumber = number })).FieldErrorAsync("supersedesNumber"));

        // full-text search finds the original by a phrase of its text
        var found = await office.GovGetAsync($"{Base}?q={Uri.EscapeDataString("独特词甲乙丙")}");
        Assert.Equal(number, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());

        var revisionId = revision.GetProperty("row").GetProperty("id").GetGuid();
        Assert.Contains("废止理由", await (await office.PostAsJsonAsync($"{Base}/{revisionId}/repeal", new { repealedOn = GovToday })).FieldErrorAsync("reason"));
        var repealed = await office.GovPostAsync($"{Base}/{revisionId}/repeal", new { repealedOn = GovToday, reason = "深民〔2031〕1号清理决定" });
        Assert.Equal("Repealed", repealed.GetProperty("row").GetProperty("status").GetString());
        Assert.Equal("已废止", repealed.GetProperty("row").GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task A_parameter_value_cites_a_current_document_and_an_unknown_or_repealed_number_is_refused()
    {
        var doc = await app.GovNewPolicyAsync();
        var number = doc.GetProperty("row").GetProperty("number").GetString()!;
        var officer = await app.ClientForAsync("city.officer");
        var from = new DateOnly(2040, 1, 1).AddDays(Random.Shared.Next(0, 3000));
        var created = await officer.GovPostAsync("/api/v1/parameters", new { key = "governance.training.annual_hours", divisionCode = "4403", value = "96", validFrom = from, legalBasis = "", documentNumber = number });
        Assert.Equal(number, created.GetProperty("documentNumber").GetString());
        Assert.Equal(number, created.GetProperty("legalBasis").GetString());

        // the document's page lists the value that cites it
        var detail = await officer.GovGetAsync($"{Base}/{doc.GetProperty("row").GetProperty("id").GetGuid()}");
        var citing = Assert.Single(detail.GetProperty("citingParameters").EnumerateArray());
        Assert.Equal("governance.training.annual_hours", citing.GetProperty("key").GetString());
        Assert.Equal("96", citing.GetProperty("value").GetString());
        Assert.Equal("干部年度培训学时要求", citing.GetProperty("name").GetString());

        var unknown = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = "governance.training.annual_hours", divisionCode = "4403", value = "96", validFrom = from.AddDays(1), legalBasis = "x", documentNumber = "深民规〔1999〕999号" });
        Assert.Contains("没有文号为“深民规〔1999〕999号”的文件", await unknown.FieldErrorAsync("documentNumber"));

        var office = await app.ClientForAsync("city.office");
        await office.GovPostAsync($"{Base}/{doc.GetProperty("row").GetProperty("id").GetGuid()}/repeal", new { repealedOn = GovToday, reason = "测试废止" });
        var repealed = await officer.PostAsJsonAsync("/api/v1/parameters", new { key = "governance.training.annual_hours", divisionCode = "4403", value = "96", validFrom = from.AddDays(2), legalBasis = "x", documentNumber = number });
        Assert.Contains("已废止", await repealed.FieldErrorAsync("documentNumber"));
        // a refused value was not saved
        var history = await officer.GovGetAsync("/api/v1/parameters/governance.training.annual_hours/history");
        Assert.DoesNotContain(history.EnumerateArray(), v => v.GetProperty("validFrom").GetString() == from.AddDays(2).ToString("yyyy-MM-dd"));
        Assert.DoesNotContain(history.EnumerateArray(), v => v.GetProperty("validFrom").GetString() == from.AddDays(1).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task The_seeded_register_shows_revised_expired_and_due_documents_with_the_parameters_used()
    {
        var auditor = await app.ClientForAsync("auditor");
        var list = await auditor.GovGetAsync(Base);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        string StatusOf(string n) => items.Single(i => i.GetProperty("number").GetString() == n).GetProperty("status").GetString()!;
        Assert.Equal("Revised", StatusOf("深民规〔2018〕2号"));
        Assert.Equal("Expired", StatusOf("深民规〔2018〕3号"));
        Assert.Equal("InForce", StatusOf("深民〔2018〕60号"));
        Assert.Equal("Draft", StatusOf($"深民规〔{GovToday.Year}〕9号"));
        Assert.True(list.GetProperty("reviewDueCount").GetInt32() >= 1);
        var due = await auditor.GovGetAsync($"{Base}?reviewDue=true");
        Assert.Contains(due.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == "深圳市居家养老服务补贴管理办法");
        Assert.All(due.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("reviewDue").GetBoolean()));
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("key").GetString() == "governance.policies.normative_validity_years" && p.GetProperty("value").GetString() == "5");

        // the expert-pool rules are cited by the minimum-experts parameter
        var expertRules = items.Single(i => i.GetProperty("number").GetString() == "深民〔2018〕88号").GetProperty("id").GetGuid();
        var detail = await auditor.GovGetAsync($"{Base}/{expertRules}");
        Assert.Contains(detail.GetProperty("citingParameters").EnumerateArray(), p => p.GetProperty("key").GetString() == "governance.experts.min_per_consultation");
        await auditor.GovPostAsync(Base, new { number = "深民规〔2031〕1号", title = "x", issuingBody = "x", kind = "Normative" }, HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GovernancePoliciesTestsOnSqlite(SqliteApp app) : GovernancePoliciesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GovernancePoliciesTestsOnPostgres(PostgresApp app) : GovernancePoliciesTests(app);
