using System.Net;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Domain.Kinship;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Rescue.DnaTestData;

namespace CivilAffairs.IntegrationTests.Rescue;

/// <summary>The kinship API, profiles with database search, and the review queue through HTTP.</summary>
public abstract class DnaApiTests(AppFixture app)
{
    private static object Nij(string relationship = "ParentChild", bool mother = true) => new
    {
        relationship,
        alleged = new Dictionary<string, string[]> { ["D3S1358"] = ["15", "16"], ["vWA"] = ["18", "20"], ["FGA"] = ["21", "23"], ["D18S51"] = ["18", "20"] },
        child = new Dictionary<string, string[]> { ["D3S1358"] = ["16"], ["vWA"] = ["17", "18"], ["FGA"] = ["23", "25"], ["D18S51"] = ["18", "18"] },
        mother = mother ? new Dictionary<string, string[]> { ["D3S1358"] = ["16", "16"], ["vWA"] = ["17", "18"], ["FGA"] = ["25", "27"], ["D18S51"] = ["14", "18"] } : null,
    };

    [Fact]
    public async Task The_NIJ_trio_gives_the_table_formulas_with_chinese_frequencies_and_a_per_locus_table()
    {
        var client = await app.ClientForAsync("rescue.station");
        var r = await client.PostAsJsonAsync("/api/v1/rescue/dna/kinship", Nij());
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.JsonAsync();
        double P(string locus, string allele) => Cn.Of(locus, allele, out _);
        var expected = new Dictionary<string, double>
        {
            ["D3S1358"] = 1 / (2 * P("D3S1358", "16")),
            ["vWA"] = 1 / (2 * (P("vWA", "17") + P("vWA", "18"))),
            ["FGA"] = 1 / (2 * P("FGA", "23")),
            ["D18S51"] = 1 / (2 * P("D18S51", "18")),
        };
        var rows = body.GetProperty("perLocus").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        foreach (var row in rows)
        {
            var locus = row.GetProperty("locus").GetString()!;
            Assert.Equal(expected[locus], row.GetProperty("index").GetDouble(), expected[locus] * 1e-9);
            Assert.True(row.GetProperty("consistent").GetBoolean());
        }
        var product = expected.Values.Aggregate(1.0, (a, b) => a * b);
        Assert.Equal(product, body.GetProperty("combinedIndex").GetDouble(), product * 1e-9);
        Assert.Equal(0, body.GetProperty("inconsistentLoci").GetInt32());
        Assert.Equal("Inconclusive", body.GetProperty("conclusion").GetString());
        Assert.Equal(product / (product + 1), body.GetProperty("probability").GetDouble(), 1e-9);
        var used = body.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("value").GetString());
        Assert.Equal("0.002", used["rescue.dna.mutation.paternal"]);
        Assert.Equal("10000", used["rescue.dna.cpi.support"]);
    }

    [Fact]
    public async Task Three_inconsistent_loci_exclude_and_identity_of_the_same_profile_is_supported()
    {
        var client = await app.ClientForAsync("rescue.station");
        var gen = new ProfileGenerator(Cn, ProfileGenerator.Panel20, 11);
        var person = gen.Random();
        var same = await (await client.PostAsJsonAsync("/api/v1/rescue/dna/kinship", new { relationship = "Identity", alleged = Map(person), child = Map(person) })).JsonAsync();
        Assert.Equal("Supported", same.GetProperty("conclusion").GetString());
        Assert.Equal(20, same.GetProperty("perLocus").GetArrayLength());

        var body = await (await client.PostAsJsonAsync("/api/v1/rescue/dna/kinship", new
        {
            relationship = "ParentChild",
            alleged = new Dictionary<string, string[]> { ["TH01"] = ["6", "7"], ["TPOX"] = ["8", "8"], ["CSF1PO"] = ["10", "11"], ["vWA"] = ["14", "16"] },
            child = new Dictionary<string, string[]> { ["TH01"] = ["9", "9.3"], ["TPOX"] = ["11", "12"], ["CSF1PO"] = ["12", "13"], ["vWA"] = ["16", "17"] },
        })).JsonAsync();
        Assert.Equal(3, body.GetProperty("inconsistentLoci").GetInt32());
        Assert.Equal("Excluded", body.GetProperty("conclusion").GetString());
        Assert.Equal(3, body.GetProperty("perLocus").EnumerateArray().Count(l => !l.GetProperty("consistent").GetBoolean()));
    }

    [Theory]
    [InlineData("unknown-locus")]
    [InlineData("bad-allele")]
    [InlineData("three-alleles")]
    [InlineData("relationship")]
    [InlineData("few-loci")]
    public async Task Bad_input_is_a_400_with_chinese_field_errors(string kind)
    {
        var client = await app.ClientForAsync("rescue.station");
        var alleged = new Dictionary<string, string[]> { ["D3S1358"] = ["15", "16"], ["vWA"] = ["18", "20"], ["FGA"] = ["21", "23"], ["TH01"] = ["9.3", "7"] };
        var child = new Dictionary<string, string[]>(alleged);
        var relationship = "ParentChild";
        string field, message;
        switch (kind)
        {
            case "unknown-locus":
                alleged["D99S1"] = ["10", "11"];
                (field, message) = ("alleged", "未知的基因座");
                break;
            case "bad-allele":
                child["TH01"] = ["9.4", "7"];
                (field, message) = ("child", "格式不正确");
                break;
            case "three-alleles":
                child["vWA"] = ["14", "15", "16"];
                (field, message) = ("child", "1个或2个");
                break;
            case "relationship":
                relationship = "Cousins";
                (field, message) = ("relationship", "关系应为");
                break;
            default:
                child = new() { ["D3S1358"] = ["15", "16"], ["vWA"] = ["18", "20"] };
                (field, message) = ("child", "共有基因座");
                break;
        }
        var r = await client.PostAsJsonAsync("/api/v1/rescue/dna/kinship", new { relationship, alleged, child });
        Assert.Contains(message, await r.FieldErrorAsync(field), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relatives_profile_then_the_person_in_care_gives_a_candidate_that_confirmation_turns_into_a_reunion()
    {
        var station = await app.ClientForAsync("rescue.station");
        var caseId = await CaseAsync(app);
        var reportId = await ReportAsync(app);
        var gen = new ProfileGenerator(Cn, ProfileGenerator.Panel20, 20180916);
        var father = gen.Random();
        var son = gen.Child(father, gen.Random());

        var fr = await station.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new
        {
            reportId, role = "Father", donorName = "刘长河", sampleId = Sample("F"), lab = "深圳市公安局刑事技术支队", collectedOn = "2026-01-05", genotypes = Map(father),
        });
        Assert.Equal(HttpStatusCode.Created, fr.StatusCode);
        var cr = await station.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new { caseId, sampleId = Sample("C"), genotypeText = Text(son) });
        Assert.Equal(HttpStatusCode.Created, cr.StatusCode);
        var profile = await cr.JsonAsync();
        var candidate = profile.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("reportId").GetGuid() == reportId);
        Assert.Equal("ParentChild", candidate.GetProperty("relationship").GetString());
        Assert.Equal("Supported", candidate.GetProperty("conclusion").GetString());
        var id = candidate.GetProperty("candidateId").GetGuid();

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
            Assert.Equal(RescueCaseStatus.SuspectedMatch, (await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == caseId)).Status);
        }

        var queue = await (await station.GetAsync("/api/v1/rescue/matches?source=Dna&status=Pending")).JsonAsync();
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetGuid() == id);
        var detail = await (await station.GetAsync($"/api/v1/rescue/matches/{id}")).JsonAsync();
        var evidence = detail.GetProperty("evidence")[0];
        Assert.Equal(20, evidence.GetProperty("perLocus").GetArrayLength());
        Assert.Equal("父亲", evidence.GetProperty("donorRole").GetString());
        Assert.True(evidence.GetProperty("parameters").GetArrayLength() >= 10);

        var bad = await station.PostAsJsonAsync($"/api/v1/rescue/matches/{id}/confirm", new { whoCame = "父亲" });
        Assert.Contains("日期", await bad.FieldErrorAsync("reunitedOn"), StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var ok = await station.PostAsJsonAsync($"/api/v1/rescue/matches/{id}/confirm", new { reunitedOn = today, whoCame = "父亲", followUp = "一个月后电话回访" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("Confirmed", (await ok.JsonAsync()).GetProperty("match").GetProperty("status").GetString());
        var again = await station.PostAsJsonAsync($"/api/v1/rescue/matches/{id}/confirm", new { reunitedOn = today, whoCame = "父亲" });
        Assert.False(again.IsSuccessStatusCode);

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
            Assert.Equal(RescueCaseStatus.Returned, (await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == caseId)).Status);
            Assert.Equal(MissingReportStatus.Found, (await db.Reports.IgnoreQueryFilters().SingleAsync(c => c.Id == reportId)).Status);
            var reunion = await db.Reunions.IgnoreQueryFilters().SingleAsync(x => x.CaseId == caseId);
            Assert.Equal(ReunionChannel.Dna, reunion.Channel);
            Assert.Equal(reportId, reunion.ReportId);
            Assert.Equal("父亲", reunion.WhoCame);
        }
    }

    [Fact]
    public async Task A_sibling_candidate_can_be_rejected_with_a_reason_and_others_outside_the_district_do_not_see_it()
    {
        var station = await app.ClientForAsync("rescue.station");
        var caseId = await CaseAsync(app, "440305001");
        var reportId = await ReportAsync(app, "440305");
        var gen = new ProfileGenerator(Cn, ProfileGenerator.Panel20, 1997);
        var (f, m) = (gen.Random(), gen.Random());
        var (a, b) = (gen.Child(f, m), gen.Child(f, m));
        Assert.Equal(HttpStatusCode.Created, (await station.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new { caseId, sampleId = Sample("C"), genotypes = Map(a) })).StatusCode);
        var r = await station.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new { reportId, role = "FullSibling", sampleId = Sample("S"), genotypes = Map(b) });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var candidate = (await r.JsonAsync()).GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal("FullSiblings", candidate.GetProperty("relationship").GetString());
        var id = candidate.GetProperty("candidateId").GetGuid();

        var futian = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"/api/v1/rescue/matches/{id}")).StatusCode);
        var futianQueue = await (await futian.GetAsync("/api/v1/rescue/matches")).JsonAsync();
        Assert.DoesNotContain(futianQueue.GetProperty("items").EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await futian.PostAsJsonAsync($"/api/v1/rescue/matches/{id}/reject", new { reason = "x" })).StatusCode);
        var auditor = await app.ClientForAsync("auditor");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new { caseId, sampleId = Sample("X"), genotypes = Map(a) })).StatusCode);

        Assert.Contains("理由", await (await station.PostAsJsonAsync($"/api/v1/rescue/matches/{id}/reject", new { reason = " " })).FieldErrorAsync("reason"), StringComparison.Ordinal);
        var rejected = await station.PostAsJsonAsync($"/api/v1/rescue/matches/{id}/reject", new { reason = "亲属核验：年龄与走失时间不符" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var view = (await rejected.JsonAsync()).GetProperty("match");
        Assert.Equal("Rejected", view.GetProperty("status").GetString());
        Assert.Equal("rescue.station", view.GetProperty("reviewedBy").GetString());
    }

    [Fact]
    public async Task Profiles_need_enough_loci_a_unique_sample_and_a_relatives_role()
    {
        var station = await app.ClientForAsync("rescue.station");
        var caseId = await CaseAsync(app);
        var reportId = await ReportAsync(app);
        var gen = new ProfileGenerator(Cn, ProfileGenerator.Panel20, 5);
        var few = Map(gen.Random()).Take(10).ToDictionary();
        Assert.Contains("18", await (await station.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new { caseId, sampleId = Sample("C"), genotypes = few }))
            .FieldErrorAsync("genotypes"), StringComparison.Ordinal);
        Assert.Contains("关系", await (await station.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new { reportId, sampleId = Sample("R"), genotypes = Map(gen.Random()) }))
            .FieldErrorAsync("role"), StringComparison.Ordinal);
        var sample = Sample("D");
        Assert.Equal(HttpStatusCode.Created, (await station.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new { caseId, sampleId = sample, genotypes = Map(gen.Random()) })).StatusCode);
        Assert.Contains("已登记", await (await station.PostAsJsonAsync("/api/v1/rescue/dna/profiles", new { caseId, sampleId = sample, genotypes = Map(gen.Random()) }))
            .FieldErrorAsync("sampleId"), StringComparison.Ordinal);
        var list = await (await station.GetAsync($"/api/v1/rescue/dna/profiles?q={sample}")).JsonAsync();
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(20, row.GetProperty("locusCount").GetInt32());
        Assert.Equal("PersonInCare", row.GetProperty("role").GetString());
    }

    private static string Text(IReadOnlyDictionary<string, Genotype> p) => string.Join("; ", p.Select(x => $"{x.Key} {x.Value.First},{x.Value.Second}"));
}

[Collection(SqliteCollection.Name)]
public sealed class DnaApiTestsOnSqlite(SqliteApp app) : DnaApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DnaApiTestsOnPostgres(PostgresApp app) : DnaApiTests(app);
