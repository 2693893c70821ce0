using CivilAffairs.Platform.Http;
using Microsoft.AspNetCore.Http;

namespace CivilAffairs.Platform.Payments;

/// <summary>The body of a bank return-file upload, read the same way by every paying module's endpoint.</summary>
public static class BankReturnUpload
{
    /// <summary>
    /// Reads a raw <c>text/csv</c> body; anything else, or an empty file, is a field error. A raw CSV
    /// body (not a form) is required on purpose: a cross-site form cannot send it without a CORS preflight.
    /// </summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw new FieldValidationException("file", "请以 text/csv 上传银行回盘文件");
        }
        using var ms = new MemoryStream();
        await request.Body.CopyToAsync(ms, ct);
        if (ms.Length == 0)
        {
            throw new FieldValidationException("file", "回盘文件为空");
        }
        return ms.ToArray();
    }
}
