using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using CivilAffairs.Registry.Features.Persons;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Cli.Import;

/// <summary>
/// import persons: every row goes through the API's own validator and handler. Two passes: the
/// first validates everything and finds numbers repeated inside the file (all copies are refused,
/// since which one is right is the operator's call); the second creates the rows that passed. Each
/// row is its own transaction with its audit row, so a row is either fully in or not at all.
/// </summary>
internal sealed class PersonImport(IServiceProvider services, TextWriter output)
{
    // one DI scope (one DbContext) per this many rows: bounded memory without a scope per row
    private const int RowsPerScope = 500;

    private readonly Dictionary<int, List<string>> _rejected = [];

    public async Task<int> RunAsync(string file, string? reportPath, CancellationToken ct)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new UsageException($"文件不存在: {file}");
        }
        var report = Path.GetFullPath(reportPath ?? path + ".rejected.csv");
        var ignored = new List<string>();
        var rows = PersonRowReader.Read(path, ignored);
        if (ignored.Count > 0)
        {
            await output.WriteLineAsync($"忽略未识别的列: {string.Join("、", ignored)}");
        }

        await ValidateAllAsync(rows, ct);
        var imported = 0;
        try
        {
            imported = await CreateValidAsync(rows.Where(r => !_rejected.ContainsKey(r.Line)).ToList(), ct);
        }
        finally
        {
            // written even when the import stops half-way, so the operator knows what did not go in
            await RejectionReport.WriteAsync(report, rows, _rejected, ct);
        }
        await RecordAsync(Path.GetFileName(path), rows.Count, imported, ct);
        await output.WriteLineAsync($"imported {imported}, rejected {_rejected.Count}");
        await output.WriteLineAsync($"被拒行报告: {report}");
        return _rejected.Count == 0 ? CliApp.Ok : CliApp.Failed;
    }

    private async Task ValidateAllAsync(List<ImportRow> rows, CancellationToken ct)
    {
        var firstSeen = new Dictionary<(DocumentType, string), List<int>>();
        foreach (var chunk in rows.Chunk(RowsPerScope))
        {
            await using var scope = services.CreateAsyncScope();
            var validator = scope.ServiceProvider.GetRequiredService<PersonValidator>();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
            foreach (var row in chunk)
            {
                foreach (var (field, message) in row.Errors)
                {
                    Reject(row.Line, field, message);
                }
                try
                {
                    var valid = await validator.ValidateAsync(row.Input, ct);
                    if (row.Errors.Count == 0)
                    {
                        var key = (valid.DocumentType, valid.IdNumber);
                        if (!firstSeen.TryGetValue(key, out var lines))
                        {
                            firstSeen[key] = lines = [];
                        }
                        lines.Add(row.Line);
                    }
                }
                catch (FieldValidationException ex)
                {
                    // a cell that could not be read already has its message; the validator's would repeat it
                    foreach (var (field, messages) in ex.Errors.Where(e => row.Errors.All(r => r.Field != e.Key)))
                    {
                        Array.ForEach(messages, m => Reject(row.Line, field, m));
                    }
                }
                catch (BusinessRuleException ex)
                {
                    Reject(row.Line, null, ex.Message);
                }
                db.ChangeTracker.Clear();
            }
        }
        foreach (var lines in firstSeen.Values.Where(l => l.Count > 1))
        {
            var where = string.Join("、", lines.Select(l => $"第{l}行"));
            lines.ForEach(l => Reject(l, "idNumber", $"证件号码在文件中重复出现（{where}），均未导入，请核对后保留一行"));
        }
    }

    private async Task<int> CreateValidAsync(List<ImportRow> rows, CancellationToken ct)
    {
        var imported = 0;
        try
        {
            foreach (var chunk in rows.Chunk(RowsPerScope))
            {
                await using var scope = services.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<SavePersonHandler>();
                var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
                foreach (var row in chunk)
                {
                    try
                    {
                        await handler.CreateAsync(row.Input, ct);
                        imported++;
                    }
                    catch (FieldValidationException ex)
                    {
                        // e.g. already registered in the database, or registered meanwhile by a clerk
                        foreach (var (field, messages) in ex.Errors)
                        {
                            Array.ForEach(messages, m => Reject(row.Line, field, m));
                        }
                    }
                    catch (BusinessRuleException ex)
                    {
                        Reject(row.Line, null, ex.Message);
                    }
                    finally
                    {
                        // a refused row must not linger in the context and ride along with the next save
                        db.ChangeTracker.Clear();
                    }
                }
            }
        }
        catch (Exception) when (imported > 0)
        {
            await output.WriteLineAsync($"导入中断：此前已导入 {imported} 行（每行独立提交，已导入的行完整有效）");
            throw;
        }
        return imported;
    }

    private void Reject(int line, string? field, string message)
    {
        if (!_rejected.TryGetValue(line, out var reasons))
        {
            _rejected[line] = reasons = [];
        }
        var column = field is null ? null : PersonRowReader.ColumnNames.GetValueOrDefault(field, field);
        reasons.Add(column is null ? message : $"{column}：{message}");
    }

    /// <summary>One audit event for the file as a whole, besides the per-person create rows.</summary>
    private async Task RecordAsync(string fileName, int rows, int imported, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditEvents>().RecordAsync(AuditActions.Import, nameof(Person), null,
            new { file = fileName, rows, imported, rejected = _rejected.Count }, ct: ct);
    }
}
