using System.Net.Http.Json;
using System.Text.Json.Serialization;
using CivilAffairs.Platform.Http;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>Configuration section Rescue:Face.</summary>
internal sealed class FaceOptions
{
    public const string Section = "Rescue:Face";

    /// <summary>"none" (default: embeddings are supplied through the API) or "http".</summary>
    public string Provider { get; set; } = "none";

    /// <summary>The recognition service's embed endpoint (provider http), e.g. http://face.internal/v1/embed.</summary>
    public string? Url { get; set; }

    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>How many of the int8 pass's best the exact float pass re-ranks.</summary>
    public int Rerank { get; set; } = 256;
}

/// <summary>The vector a recognition service computed for one face, with the model that made it.</summary>
internal sealed record FaceEmbedResult(float[] Vector, string Model, string ModelVersion);

/// <summary>
/// Image → face embedding. The platform does not recognise faces itself: either an external
/// service does (<see cref="HttpFaceEmbedder"/>) or nothing does and vectors are supplied.
/// </summary>
internal interface IFaceEmbedder
{
    /// <summary>"none" or "http".</summary>
    string Name { get; }

    bool CanEmbed { get; }

    Task<FaceEmbedResult> EmbedAsync(byte[] image, string contentType, CancellationToken ct);
}

internal sealed class NoFaceEmbedder : IFaceEmbedder
{
    public const string Refusal = "未配置人脸识别服务（Rescue:Face:Provider = none），不能由照片提取特征：请由公安或实验室系统通过接口提交特征向量";

    public string Name => "none";

    public bool CanEmbed => false;

    public Task<FaceEmbedResult> EmbedAsync(byte[] image, string contentType, CancellationToken ct) =>
        throw new FieldValidationException("file", Refusal);
}

/// <summary>
/// Calls the configured recognition service: POST {Url} with
/// <c>{"image": base64, "contentType": "image/jpeg"}</c>, answer
/// <c>{"model": "...", "modelVersion": "...", "faces": 1, "embedding": [floats]}</c> (docs/rescue-face.md).
/// Exactly one face must be found; the photo and the vector are never logged.
/// </summary>
internal sealed class HttpFaceEmbedder(HttpClient http, IOptions<FaceOptions> options) : IFaceEmbedder
{
    public string Name => "http";

    public bool CanEmbed => !string.IsNullOrWhiteSpace(options.Value.Url);

    public async Task<FaceEmbedResult> EmbedAsync(byte[] image, string contentType, CancellationToken ct)
    {
        if (!CanEmbed)
        {
            throw new BusinessRuleException("人脸识别服务地址未配置（Rescue:Face:Url）");
        }
        Reply? reply;
        try
        {
            using var response = await http.PostAsJsonAsync(options.Value.Url, new { image = Convert.ToBase64String(image), contentType }, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new BusinessRuleException($"人脸识别服务返回错误（HTTP {(int)response.StatusCode}），请稍后重试或改由接口提交特征向量");
            }
            reply = await response.Content.ReadFromJsonAsync<Reply>(ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            throw new BusinessRuleException("人脸识别服务不可用或超时，请稍后重试或改由接口提交特征向量");
        }
        if (reply?.Faces is 0)
        {
            throw new FieldValidationException("file", "照片中未检测到人脸");
        }
        if (reply?.Faces > 1)
        {
            throw new FieldValidationException("file", "照片中有多张人脸，请上传单人照片");
        }
        if (reply?.Embedding is not { Length: > 0 } || string.IsNullOrWhiteSpace(reply.Model))
        {
            throw new BusinessRuleException("人脸识别服务的答复缺少特征向量或模型名称");
        }
        return new FaceEmbedResult(reply.Embedding, reply.Model, reply.ModelVersion ?? "");
    }

    private sealed class Reply
    {
        [JsonPropertyName("model")]
        public string? Model { get; set; }

        [JsonPropertyName("modelVersion")]
        public string? ModelVersion { get; set; }

        [JsonPropertyName("faces")]
        public int? Faces { get; set; }

        [JsonPropertyName("embedding")]
        public float[]? Embedding { get; set; }
    }
}
