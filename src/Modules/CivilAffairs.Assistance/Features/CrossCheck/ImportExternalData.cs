using System.Security.Cryptography;
using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>
/// Imports one external file into the staging table: headers checked, each row validated (bad
/// rows rejected with line and reason, the rest imported), rows written in bulk, one batch row
/// and one audit row. The same file (SHA-256) is refused the second time.
/// </summary>
internal sealed class ImportExternalData(AssistanceDb db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Rejected rows kept with the batch and returned; the count is always exact.</summary>
    public const int RejectionsKept = 500;

    internal static readonly string[] Columns = ["batch_id", "id_number", "kind", "reference", "description", "amount", "month", "line"];

    public async Task<ImportResult> ImportAsync(string? sourceText, string? fileName, Stream? content, DateOnly? asOf, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistanceCrossCheck))
        {
            throw new ForbiddenException();
        }
        var errors = new FieldErrors();
        if (!ExternalSources.TryParseSource(sourceText, out var source))
        {
            errors.Add("source", "请选择数据来源（不动产、车辆、存款/证券、工商登记、社保/公积金/个税收入）");
        }
        if (content is null || string.IsNullOrWhiteSpace(fileName) || content.Length == 0)
        {
            errors.Add("file", "请选择要导入的文件（.csv 或 .xlsx）");
        }
        var today = ChinaTime.Today(clock);
        if (asOf > today)
        {
            errors.Add("asOf", "数据截止日期不能晚于今天");
        }
        errors.ThrowIfAny();
        var name = Path.GetFileName(fileName!.Trim());
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content!, ct));
        content!.Position = 0;
        var earlier = await db.ExternalBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Sha256 == hash, ct);
        if (earlier is not null)
        {
            throw new BusinessRuleException(
                $"该文件已于 {ChinaTime.ToLocal(earlier.ImportedAtUtc):yyyy-MM-dd HH:mm} 导入（{ExternalSources.NameOf(earlier.Source)}，{earlier.FileName}），不能重复导入");
        }
        var batch = new ExternalBatch
        {
            Source = source, FileName = name.Length > 256 ? name[..256] : name, Sha256 = hash, AsOf = asOf ?? today,
            ImportedBy = user.UserName, ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var rejections = new List<RejectedRow>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await using (var writer = BulkWriter.Open(db, "crosscheck_records", Columns))
            {
                Load(source, TabularReader.Read(content, name), today, batch, writer, rejections);
            }
            if (batch.RowsImported == 0)
            {
                var first = rejections.Take(3).Select(r => $"第{r.Line}行：{r.Reason}");
                throw new FieldValidationException("file", batch.RowsRead == 0 ? "文件中没有数据行" : "没有可导入的有效行：" + string.Join("；", first));
            }
            batch.RejectionsJson = rejections.Count == 0 ? null : JsonSerializer.Serialize(rejections.Take(RejectionsKept));
            db.ExternalBatches.Add(batch);
            await db.SaveChangesAsync(ct);
            await db.Scope.Audit.AppendAsync(db, [new AuditRecord(AuditActions.Import, nameof(ExternalRecord), batch.Id.ToString(),
                AuditTrail.Json(new { source = source.ToString(), file = batch.FileName, batch.RowsImported, batch.RowsRejected }))], ct);
            await tx.CommitAsync(ct);
            if (!db.IsSqlite)
            {
                // statistics for the matching join's plan right away, not whenever autovacuum comes by
                await db.ExecAsync($"ANALYZE {BulkWriter.Table(db, "crosscheck_records")}", ct);
            }
        }
        catch (DbUpdateException)
        {
            // the same file imported at the same moment by someone else: the unique hash refuses the second
            if (await db.ExternalBatches.AsNoTracking().AnyAsync(b => b.Sha256 == hash, CancellationToken.None))
            {
                throw new BusinessRuleException("该文件已导入，不能重复导入");
            }
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return new ImportResult(CrossCheckQueries.ToView(batch, true), rejections.Take(RejectionsKept).ToList());
    }

    /// <summary>Reads the header, then validates and writes each row; the batch row gets the counts.</summary>
    internal static void Load(ExternalSource source, IEnumerable<string?[]> rows, DateOnly today, ExternalBatch batch, BulkWriter writer, List<RejectedRow> rejections)
    {
        var definition = ExternalSources.Of(source);
        using var e = rows.GetEnumerator();
        if (!e.MoveNext())
        {
            throw new FieldValidationException("file", "文件为空，第1行应为表头");
        }
        var index = MapHeader(definition, e.Current);
        string?[] current = [];
        string? Cell(string field) => index.TryGetValue(field, out var i) && i < current.Length ? current[i] : null;
        var record = new ExternalRecord();
        var line = 1;
        while (e.MoveNext())
        {
            current = e.Current;
            line++;
            if (Array.TrueForAll(current, c => c is null))
            {
                continue; // trailing blank rows of spreadsheets are not data
            }
            batch.RowsRead++;
            var reason = Cell("idNumber") == TabularReader.LostDigits
                ? "证件号码在表格中被存成了数字，末几位已丢失；请把该列设为“文本”格式"
                : ExternalSources.Normalize(source, Cell, today, record);
            if (reason is not null)
            {
                batch.RowsRejected++;
                if (rejections.Count < RejectionsKept)
                {
                    rejections.Add(new RejectedRow(line, reason));
                }
                continue;
            }
            writer.Row(batch.Id, record.IdNumber, record.Kind, record.Reference, record.Description, record.Amount, record.Month, line);
            batch.RowsImported++;
        }
    }

    private static Dictionary<string, int> MapHeader(SourceDefinition definition, string?[] header)
    {
        var byAlias = definition.Columns.SelectMany(c => new[] { (Alias: c.Header, c.Field), (Alias: c.Field, c.Field) })
            .ToDictionary(a => a.Alias, a => a.Field, StringComparer.OrdinalIgnoreCase);
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var text = (header[i] ?? "").Replace("\uFEFF", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            // "建筑面积（㎡）" and "余额(元)" name the same columns as the template
            var bare = text.Split('（', '(')[0];
            if (byAlias.TryGetValue(bare, out var field) && !index.ContainsKey(field))
            {
                index[field] = i;
            }
        }
        var missing = definition.Columns.Where(c => c.Required && !index.ContainsKey(c.Field)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("file",
                $"表头缺少必需的列：{string.Join("、", missing)}（{definition.Name}文件的表头为：{string.Join("，", definition.Columns.Select(c => c.Header))}）");
        }
        return index;
    }
}

public sealed record RejectedRow(int Line, string Reason);

public sealed record ImportResult(BatchView Batch, IReadOnlyList<RejectedRow> Rejections);
