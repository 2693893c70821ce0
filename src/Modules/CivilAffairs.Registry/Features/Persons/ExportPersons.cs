using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>
/// The person list as an Excel file: the same jurisdiction filter as the screen, ID numbers
/// and phones masked, and the export itself audited (who, which filter, how many rows).
/// </summary>
internal sealed class ExportPersonsHandler(RegistryDb db, AuditEvents audit, TimeProvider clock)
{
    public const int MaxRows = 50_000;

    public async Task<(byte[] Content, int Rows)> HandleAsync(string? q, string? divisionCode, CancellationToken ct)
    {
        var rows = await PersonQueries.Filter(db.Persons.AsNoTracking(), q, divisionCode)
            .OrderBy(p => p.DivisionCode).ThenBy(p => p.Name).Take(MaxRows).ToListAsync(ct);
        var codes = rows.Select(r => r.DivisionCode).Distinct().ToList();
        var names = await db.Divisions.AsNoTracking().Where(d => codes.Contains(d.Code) && d.ValidTo == null)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        var nameOf = names.GroupBy(n => n.Code).ToDictionary(g => g.Key, g => g.First().Name);
        var today = ChinaTime.Today(clock);
        var sheet = rows.Select(p => new Dictionary<string, object?>
        {
            ["姓名"] = p.Name,
            ["证件类型"] = DocumentTypes.NameOf(p.DocumentType),
            ["证件号码"] = Masking.IdNumber(p.IdNumber),
            ["性别"] = DocumentTypes.SexName(p.Sex),
            ["出生日期"] = p.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["年龄"] = IdNumber.AgeOn(p.BirthDate, today),
            ["居住地区划代码"] = p.DivisionCode,
            ["居住地"] = nameOf.GetValueOrDefault(p.DivisionCode),
            ["深圳户籍"] = p.IsShenzhenHukou ? "是" : "否",
            ["联系电话"] = Masking.Phone(p.Phone),
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "人员", cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "Person", null,
            new { filter = new { q = MaskQuery(q), divisionCode }, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), rows.Count);
    }

    // the audit trail never holds a full ID number, even one typed as a search
    private static string? MaskQuery(string? q) =>
        q is { Length: >= 15 } && q.Take(14).All(char.IsAsciiDigit) ? Masking.IdNumber(q.Trim()) : q;
}
