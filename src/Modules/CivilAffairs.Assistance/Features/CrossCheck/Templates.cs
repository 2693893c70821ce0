using System.Text;
using MiniExcelLibs;

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>Downloadable import templates: the header row of a source and one example row.</summary>
internal static class Templates
{
    public static string FileName(ExternalSource source, string ext) => $"核对导入模板-{ExternalSources.NameOf(source).Replace('/', '-')}.{ext}";

    /// <summary>UTF-8 with a byte-order mark so that Excel opens the Chinese headers correctly.</summary>
    public static byte[] Csv(ExternalSource source)
    {
        var columns = ExternalSources.Of(source).Columns;
        var sb = new StringBuilder();
        sb.Append(string.Join(",", columns.Select(c => c.Header))).Append("\r\n");
        sb.Append(string.Join(",", columns.Select(c => Quote(c.Example)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static byte[] Xlsx(ExternalSource source)
    {
        var columns = ExternalSources.Of(source).Columns;
        var row = columns.ToDictionary(c => c.Header, c => (object?)c.Example);
        using var ms = new MemoryStream();
        ms.SaveAs(new[] { row }, excelType: ExcelType.XLSX);
        return ms.ToArray();
    }

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal)
        ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
