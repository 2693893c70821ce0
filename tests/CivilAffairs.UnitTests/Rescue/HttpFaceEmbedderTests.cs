using System.Net;
using System.Text;
using System.Text.Json;
using CivilAffairs.Platform.Http;
using CivilAffairs.Rescue.Features.Face;
using Microsoft.Extensions.Options;

namespace CivilAffairs.UnitTests.Rescue;

/// <summary>The HTTP face-recognition provider contract: request shape, answer parsing, refusals.</summary>
public sealed class HttpFaceEmbedderTests
{
    [Fact]
    public async Task It_posts_the_photo_as_base64_and_returns_the_vector_with_its_model()
    {
        string? body = null;
        var embedder = Embedder(async r =>
        {
            body = await r.Content!.ReadAsStringAsync();
            return Json("""{"model":"arcface-r100","modelVersion":"2024.1","faces":1,"embedding":[0.5,-0.25,1]}""");
        });
        var result = await embedder.EmbedAsync([1, 2, 3], "image/jpeg", default);
        Assert.Equal(("arcface-r100", "2024.1"), (result.Model, result.ModelVersion));
        Assert.Equal(new[] { 0.5f, -0.25f, 1f }, result.Vector);
        var sent = JsonDocument.Parse(body!).RootElement;
        Assert.Equal("AQID", sent.GetProperty("image").GetString());
        Assert.Equal("image/jpeg", sent.GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task No_face_several_faces_errors_and_no_url_are_refused_with_clear_messages()
    {
        var none = await Assert.ThrowsAsync<FieldValidationException>(() =>
            Embedder(_ => Task.FromResult(Json("""{"model":"m","faces":0,"embedding":[]}"""))).EmbedAsync([1], "image/png", default));
        Assert.Contains("未检测到人脸", none.Message, StringComparison.Ordinal);
        var many = await Assert.ThrowsAsync<FieldValidationException>(() =>
            Embedder(_ => Task.FromResult(Json("""{"model":"m","faces":2,"embedding":[1]}"""))).EmbedAsync([1], "image/png", default));
        Assert.Contains("单人照片", many.Message, StringComparison.Ordinal);
        var down = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            Embedder(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway))).EmbedAsync([1], "image/png", default));
        Assert.Contains("HTTP 502", down.Message, StringComparison.Ordinal);
        var unreachable = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            Embedder(_ => throw new HttpRequestException("refused")).EmbedAsync([1], "image/png", default));
        Assert.Contains("不可用或超时", unreachable.Message, StringComparison.Ordinal);
        var noUrl = new HttpFaceEmbedder(new HttpClient(), Options.Create(new FaceOptions { Provider = "http" }));
        Assert.False(noUrl.CanEmbed);
        var refused = await Assert.ThrowsAsync<FieldValidationException>(() => new NoFaceEmbedder().EmbedAsync([1], "image/png", default));
        Assert.Contains("未配置人脸识别服务", refused.Message, StringComparison.Ordinal);
    }

    private static HttpFaceEmbedder Embedder(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) =>
        new(new HttpClient(new Stub(answer)), Options.Create(new FaceOptions { Provider = "http", Url = "http://face.test/v1/embed" }));

    private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed class Stub(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer(request);
    }
}
