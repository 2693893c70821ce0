using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Features.Face;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Rescue;

/// <summary>Face embeddings and face search through the API: candidates, dimension, jurisdiction, provider none, privacy.</summary>
public abstract class FaceApiTests(AppFixture app)
{
    private static readonly SyntheticFaces Faces = new(512, 2018);

    [Fact]
    public async Task A_case_and_a_report_of_the_same_person_raise_one_pending_face_candidate_and_strangers_none()
    {
        var model = NewModel();
        var person = Random.Shared.NextInt64(1, long.MaxValue);
        var stranger = Random.Shared.NextInt64(1, long.MaxValue);
        var caseId = await NewCaseAsync("440304004");
        var report = await NewReportAsync("440305");
        var otherReport = await NewReportAsync("440303");
        var station = await app.ClientForAsync("rescue.station");

        var r1 = await PostVectorAsync(station, null, report, model, Faces.Photo(person, 0));
        Assert.Equal(HttpStatusCode.Created, r1.StatusCode);
        Assert.Equal(0, (await r1.JsonAsync()).GetProperty("candidatesRecorded").GetInt32());
        Assert.Equal(HttpStatusCode.Created, (await PostVectorAsync(station, null, otherReport, model, Faces.Photo(stranger, 0))).StatusCode);

        var r2 = await PostVectorAsync(station, caseId, null, model, Faces.Photo(person, 1));
        var added = await r2.JsonAsync();
        Assert.Equal(HttpStatusCode.Created, r2.StatusCode);
        Assert.Equal(1, added.GetProperty("candidatesRecorded").GetInt32());
        var matches = added.GetProperty("search").GetProperty("matches");
        Assert.Equal(report, matches[0].GetProperty("id").GetGuid());
        Assert.True(matches[0].GetProperty("aboveThreshold").GetBoolean());
        Assert.InRange(matches[0].GetProperty("score").GetDouble(), 0.55, 0.95);
        Assert.Equal("Pending", matches[0].GetProperty("candidateStatus").GetString());
        Assert.False(matches[1].GetProperty("aboveThreshold").GetBoolean());
        Assert.Equal(otherReport, matches[1].GetProperty("id").GetGuid());

        await using (var scope = SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
            var candidates = await db.Candidates.Where(c => c.CaseId == caseId).ToListAsync();
            var c = Assert.Single(candidates);
            Assert.Equal((MatchSource.Face, MatchStatus.Pending, report, "440304004"), (c.Source, c.Status, c.ReportId, c.DivisionCode));
            Assert.Equal(RescueCaseStatus.SuspectedMatch, (await db.Cases.SingleAsync(x => x.Id == caseId)).Status);
        }

        // searching again from the report's side finds the case and records nothing new
        var again = await (await station.PostAsJsonAsync("/api/v1/rescue/face/search", new { reportId = report })).JsonAsync();
        Assert.Equal(0, again.GetProperty("candidatesRecorded").GetInt32());
        Assert.Equal(caseId, again.GetProperty("search").GetProperty("matches")[0].GetProperty("id").GetGuid());
        var view = await station.GetFromJsonAsync<JsonElement>($"/api/v1/rescue/face/search?caseId={caseId}");
        Assert.Equal(2, view.GetProperty("matches").GetArrayLength());
        Assert.Contains("rescue.face.threshold=0.55", view.GetProperty("parameterBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vector_of_the_wrong_dimension_or_without_model_is_refused_with_400()
    {
        var caseId = await NewCaseAsync("440304004");
        var station = await app.ClientForAsync("rescue.station");
        var wrong = await PostVectorAsync(station, caseId, null, NewModel(), new float[128].Select((_, i) => (float)i).ToArray());
        Assert.Contains("特征向量为128维，在用识别模型要求512维", await wrong.FieldErrorAsync("vector"), StringComparison.Ordinal);
        var noModel = await PostVectorAsync(station, caseId, null, "", Faces.Photo(1, 0));
        Assert.Contains("识别模型", await noModel.FieldErrorAsync("model"), StringComparison.Ordinal);
        var neither = await station.PostAsJsonAsync("/api/v1/rescue/face/embeddings", new { model = "m", vector = Faces.Photo(1, 0) });
        Assert.Contains("caseId", await neither.FieldErrorAsync("caseId"), StringComparison.Ordinal);
        await using var scope = SystemScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<RescueDb>().FaceEmbeddings.AnyAsync(e => e.CaseId == caseId));
    }

    [Fact]
    public async Task Embeddings_are_only_for_rescue_match_holders_in_their_jurisdiction()
    {
        var nanshanCase = await NewCaseAsync("440305001");
        var futianUser = await app.CreateUserAsync(Roles.RescueStationStaff, "440304");
        var futian = await ClientAsync(futianUser);
        var vector = Faces.Photo(5, 0);
        Assert.Equal(HttpStatusCode.NotFound, (await PostVectorAsync(futian, nanshanCase, null, NewModel(), vector)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"/api/v1/rescue/face/search?caseId={nanshanCase}")).StatusCode);

        // rescue.read alone (district approver) does not open biometric data
        var district = await app.ClientForAsync("futian.district");
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync("/api/v1/rescue/face/embeddings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostVectorAsync(district, nanshanCase, null, NewModel(), vector)).StatusCode);

        // the station sees it; the vector itself never comes back
        var station = await app.ClientForAsync("rescue.station");
        Assert.Equal(HttpStatusCode.Created, (await PostVectorAsync(station, nanshanCase, null, NewModel(), vector)).StatusCode);
        var text = await station.GetStringAsync("/api/v1/rescue/face/embeddings?kind=Case");
        Assert.Contains(nanshanCase.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"vector\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nanshanCase.ToString(), await futian.GetStringAsync("/api/v1/rescue/face/embeddings?kind=Case"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_and_searching_are_audited_without_the_vector()
    {
        var caseId = await NewCaseAsync("440304004");
        var station = await app.ClientForAsync("rescue.station");
        var vector = Faces.Photo(99, 0);
        var added = await (await PostVectorAsync(station, caseId, null, NewModel(), vector)).JsonAsync();
        var id = added.GetProperty("embedding").GetProperty("id").GetGuid().ToString();
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync($"/api/v1/rescue/face/search?caseId={caseId}")).StatusCode);
        await using var scope = SystemScope();
        var audit = scope.ServiceProvider.GetRequiredService<CivilAffairs.Platform.Data.PlatformDb>().AuditLog;
        var create = await audit.SingleAsync(a => a.Entity == "FaceEmbedding" && a.EntityId == id);
        Assert.Equal("rescue.station", create.UserName);
        Assert.Contains("***", create.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(FaceVectors.Encode(vector))[..16], create.Summary ?? "", StringComparison.Ordinal);
        Assert.True(await audit.AnyAsync(a => a.Action == "face.search" && a.EntityId == caseId.ToString() && a.UserName == "rescue.station"));
    }

    [Fact]
    public async Task With_provider_none_an_image_upload_is_refused_with_a_clear_message()
    {
        var caseId = await NewCaseAsync("440304004");
        var station = await app.ClientForAsync("rescue.station");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(caseId.ToString()), "caseId" },
            { new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0]) { Headers = { ContentType = new("image/jpeg") } }, "file", "face.jpg" },
        };
        var r = await station.PostAsync("/api/v1/rescue/face/embeddings/image", form);
        Assert.Contains("未配置人脸识别服务", await r.FieldErrorAsync("file"), StringComparison.Ordinal);
        var status = await station.GetFromJsonAsync<JsonElement>("/api/v1/rescue/face/status");
        Assert.Equal("none", status.GetProperty("provider").GetString());
        Assert.False(status.GetProperty("canEmbedImages").GetBoolean());
        Assert.Equal(512, status.GetProperty("dimension").GetInt32());
    }

    private static string NewModel() => "it-" + Guid.NewGuid().ToString("N")[..10];

    private static Task<HttpResponseMessage> PostVectorAsync(HttpClient client, Guid? caseId, Guid? reportId, string model, float[] vector) =>
        client.PostAsJsonAsync("/api/v1/rescue/face/embeddings", new { caseId, reportId, model, modelVersion = "1", vector, sourceNote = "集成测试" });

    private async Task<HttpClient> ClientAsync(CreatedUser user)
    {
        var token = await (await app.RequestTokenAsync(user.UserName, user.Password)).JsonAsync();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private AsyncServiceScope SystemScope()
    {
        var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("face-test");
        return scope;
    }

    private async Task<Guid> NewCaseAsync(string division)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        var c = new RescueCase
        {
            CaseNumber = "JZ-2099-" + Random.Shared.Next(0, 999_999).ToString("000000", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4],
            DivisionCode = division, Status = RescueCaseStatus.Registered, Name = "测试受助", Sex = Sex.Male, EstimatedAge = 40,
            FoundAtUtc = DateTime.UtcNow, FoundPlace = "深圳北站", AdmittedAtUtc = DateTime.UtcNow,
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }

    private async Task<Guid> NewReportAsync(string division)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        var r = new MissingPersonReport
        {
            ReportNumber = "XQ-2099-" + Guid.NewGuid().ToString("N")[..10], DivisionCode = division, Status = MissingReportStatus.Open,
            MissingName = "测试走失", MissingSex = Sex.Male, MissingBirthYear = 1980, ReporterName = "测试家属", ReporterPhone = "13800000000",
            ReporterRelationship = "兄弟", ReportedAtUtc = DateTime.UtcNow,
        };
        db.Reports.Add(r);
        await db.SaveChangesAsync();
        return r.Id;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FaceApiTestsOnSqlite(SqliteApp app) : FaceApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FaceApiTestsOnPostgres(PostgresApp app) : FaceApiTests(app);
