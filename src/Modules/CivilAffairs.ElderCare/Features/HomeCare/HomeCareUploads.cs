using System.Globalization;
using System.Text.Json;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.ElderCare.Features.HomeCare;

internal sealed record UploadView(Guid Id, string FileName, string InstitutionCode, int Rows, int Accepted, int Duplicates, int Rejected,
    IReadOnlyList<RowError> Errors, DateTime UploadedAtUtc);

/// <summary>
/// Bulk upload of orders (.xlsx or .csv). Policy: good rows are accepted, bad rows are not saved and
/// are listed with row, column and reason (downloadable as Excel); a row already saved (same
/// elder, date, start time and item for the provider: the natural key) is skipped as a duplicate,
/// so uploading the same file again adds nothing.
/// </summary>
internal sealed class HomeCareUploads(ElderCareDb db, HomeCareOrders orders, ElderFacts facts, ICurrentUser user, TimeProvider clock)
{
    public const int MaxRows = 5000;

    /// <summary>Header → field. Chinese headers of the template; the English codes are accepted too.</summary>
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["身份证号"] = "idNumber", ["idNumber"] = "idNumber",
        ["服务项目"] = "item", ["item"] = "item",
        ["服务日期"] = "date", ["date"] = "date",
        ["开始时间"] = "start", ["start"] = "start",
        ["时长（分钟）"] = "minutes", ["时长(分钟)"] = "minutes", ["时长"] = "minutes", ["minutes"] = "minutes",
        ["服务人员"] = "worker", ["worker"] = "worker",
    };

    private static readonly Dictionary<string, string> ColumnNames = new()
    {
        ["idNumber"] = "身份证号", ["item"] = "服务项目", ["date"] = "服务日期", ["start"] = "开始时间", ["minutes"] = "时长（分钟）", ["worker"] = "服务人员", ["row"] = "整行",
    };

    public static string Template => "身份证号,服务项目,服务日期,开始时间,时长（分钟）,服务人员\n";

    public async Task<UploadView> UploadAsync(string? institutionCode, string fileName, Stream content, CancellationToken ct)
    {
        HomeCareAccess.RequireProvideOr(user, Permissions.ElderCareWrite);
        var inst = await orders.InstitutionAsync(institutionCode, ct);
        var today = ChinaTime.Today(clock);
        var limits = await orders.LimitsAsync(today, inst.DivisionCode, ct);
        var table = TabularReader.Read(content, fileName).Take(MaxRows + 2).ToList();
        if (table.Count == 0)
        {
            throw new FieldValidationException("file", "文件为空");
        }
        if (table.Count > MaxRows + 1)
        {
            throw new FieldValidationException("file", $"一次最多上传{MaxRows}行");
        }
        var header = table[0].Select(h => h is not null && Columns.TryGetValue(h.Trim().TrimStart('\uFEFF'), out var f) ? f : null).ToArray();
        var missing = ColumnNames.Keys.Where(k => k != "row" && !header.Contains(k)).Select(k => ColumnNames[k]).ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("file", "表头缺少列：" + string.Join("、", missing) + "（请使用模板）");
        }
        var errors = new List<RowError>();
        var parsed = new List<(int Row, OrderRequest Request, HomeCareOrders.ValidRow Valid)>();
        for (var i = 1; i < table.Count; i++)
        {
            var cells = table[i];
            if (cells.All(c => c is null))
            {
                continue;
            }
            string? Get(string f)
            {
                var ix = Array.IndexOf(header, f);
                return ix >= 0 && ix < cells.Length ? cells[ix] : null;
            }
            var rowNo = i + 1;
            var r = new OrderRequest
            {
                IdNumber = Get("idNumber"), Item = Get("item"), Start = Get("start"), Worker = Get("worker"),
                Date = DateOnly.TryParse(Get("date"), CultureInfo.InvariantCulture, out var d) ? d : null,
                Minutes = int.TryParse(Get("minutes"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : null,
            };
            var before = errors.Count;
            var valid = HomeCareOrders.Validate(r, today, limits, (f, msg) => errors.Add(new RowError(rowNo, ColumnNames[f], msg)));
            if (valid is null && Get("date") is { } rawDate && r.Date is null)
            {
                errors.RemoveAll(e => e.Row == rowNo && e.Column == ColumnNames["date"]);
                errors.Add(new RowError(rowNo, ColumnNames["date"], $"日期“{rawDate}”无法识别，应为 yyyy-MM-dd"));
            }
            if (valid is not null && errors.Count == before)
            {
                parsed.Add((rowNo, r, valid));
            }
        }
        var known = await facts.GetManyAsync(parsed.Select(p => p.Valid.IdNumber).Distinct().ToList(), today, ct);
        var accepted = new List<HomeCareOrders.ValidRow>();
        var duplicates = 0;
        var seen = new HashSet<(string, DateOnly, TimeOnly, string)>();
        var bills = await db.HomeCareBills.IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.InstitutionCode == inst.Code && b.Status != HomeCareBillStatus.Returned).Select(b => b.Month).ToListAsync(ct);
        foreach (var (rowNo, _, v) in parsed)
        {
            var key = (v.IdNumber, v.Date, v.Start, v.Item.Code);
            if (!seen.Add(key) || await db.HomeCareOrders.IgnoreQueryFilters().AnyAsync(o => o.InstitutionCode == inst.Code && o.IdNumber == v.IdNumber
                && o.ServiceDate == v.Date && o.StartTime == v.Start && o.ItemCode == v.Item.Code, ct))
            {
                duplicates++;
                continue;
            }
            if (!known.TryGetValue(v.IdNumber, out var fact))
            {
                errors.Add(new RowError(rowNo, ColumnNames["idNumber"], "人口库中没有此居民，或不在本机构服务的辖区内"));
                continue;
            }
            if (bills.Contains(HomeCareRules.MonthStart(v.Date)))
            {
                errors.Add(new RowError(rowNo, ColumnNames["date"], $"{v.Date:yyyy年M月}的账单已提交，该月工单已锁定"));
                continue;
            }
            if (await orders.ClashAsync(inst.Code, v, accepted, ct) is { } clash)
            {
                errors.Add(new RowError(rowNo, ColumnNames["start"], clash));
                continue;
            }
            accepted.Add(v);
            db.HomeCareOrders.Add(await orders.BuildAsync(inst, v, fact.PersonId, "upload:" + Path.GetFileName(fileName), ct));
        }
        var upload = new HomeCareUpload
        {
            InstitutionCode = inst.Code, DivisionCode = inst.DivisionCode, FileName = Path.GetFileName(fileName) is { Length: <= 200 } n ? n : "upload",
            Rows = table.Skip(1).Count(c => c.Any(x => x is not null)), Accepted = accepted.Count, Duplicates = duplicates,
            Rejected = errors.Select(e => e.Row).Distinct().Count(), ErrorsJson = JsonSerializer.Serialize(errors.OrderBy(e => e.Row).ToList()),
            UploadedBy = user.UserName, UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.HomeCareUploads.Add(upload);
        await db.SaveChangesAsync(ct);
        return View(upload);
    }

    public async Task<UploadView> GetAsync(Guid id, CancellationToken ct)
    {
        HomeCareAccess.RequireProvideOr(user, Permissions.ElderCareRead);
        return View(await db.HomeCareUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException());
    }

    /// <summary>The row report as Excel (行号, 列, 问题).</summary>
    public async Task<(byte[] Bytes, string Name)> ErrorsExcelAsync(Guid id, CancellationToken ct)
    {
        var u = await GetAsync(id, ct);
        var rows = u.Errors.Select(e => new Dictionary<string, object> { ["行号"] = e.Row, ["列"] = e.Column, ["问题"] = e.Message }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(new Dictionary<string, object> { ["行号"] = "", ["列"] = "", ["问题"] = "无错误" });
        }
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(rows, sheetName: "错误报告", cancellationToken: ct);
        return (ms.ToArray(), $"工单上传错误报告-{u.UploadedAtUtc:yyyyMMddHHmm}.xlsx");
    }

    private static UploadView View(HomeCareUpload u) =>
        new(u.Id, u.FileName, u.InstitutionCode, u.Rows, u.Accepted, u.Duplicates, u.Rejected,
            JsonSerializer.Deserialize<List<RowError>>(u.ErrorsJson) ?? [], u.UploadedAtUtc);
}
