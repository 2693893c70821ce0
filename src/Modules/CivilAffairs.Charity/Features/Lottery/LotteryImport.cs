using System.Globalization;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Lottery;

/// <summary>
/// The monthly sales file from the 福彩 sales system: one row per outlet and game. Good rows are
/// stored (replacing the same outlet + month + game), bad rows come back with row, column and a
/// Chinese message; the import is audited.
/// </summary>
internal sealed class LotteryImport(CharityDb db, LotteryAccess access, LotterySales sales, AuditEvents audit)
{
    public const string Template = "投注站编号,玩法,销售额（元）\n44030400101,双色球,125000.00\n44030400101,即开票,30000\n";

    private const string OutletColumn = "投注站编号";
    private const string GameColumn = "玩法";
    private const string AmountColumn = "销售额（元）";

    public async Task<LotteryImportResult> ImportAsync(string? monthText, string? fileName, Stream? stream, CancellationToken ct)
    {
        access.Write();
        if (!LotterySales.TryMonth(monthText, out var month))
        {
            throw new FieldValidationException("month", "请选择销售月份（yyyy-MM）");
        }
        if (stream is null || string.IsNullOrWhiteSpace(fileName))
        {
            throw new FieldValidationException("file", "请选择要导入的文件");
        }
        await sales.EnsureOpenAsync(month, ct);
        var rows = TabularReader.Read(stream, fileName).ToList();
        if (rows.Count == 0)
        {
            throw new FieldValidationException("file", "文件是空的");
        }
        var header = rows[0].Select(h => Normalize(h)).ToList();
        int Col(string name) => header.FindIndex(h => h == Normalize(name) || (name == AmountColumn && h == "销售额"));
        var (outletCol, gameCol, amountCol) = (Col(OutletColumn), Col(GameColumn), Col(AmountColumn));
        var missing = new[] { (outletCol, OutletColumn), (gameCol, GameColumn), (amountCol, AmountColumn) }.Where(c => c.Item1 < 0).Select(c => c.Item2).ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("file", $"缺少列：{string.Join("、", missing)}（模板：{OutletColumn}、{GameColumn}、{AmountColumn}）");
        }
        var codes = rows.Skip(1).Select(r => Cell(r, outletCol)).Where(c => c is not null).Distinct().ToList();
        // the filter keeps other districts' outlets out: a district clerk imports only its own
        var outlets = await db.LotteryOutlets.Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, ct);
        var errors = new List<LotteryImportError>();
        var good = new List<LotterySales.ParsedSale>();
        var seen = new HashSet<(string, LotteryGame)>();
        var monthEnd = month.AddMonths(1).AddDays(-1);
        var rejected = 0;
        for (var i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            var line = i + 1;
            if (r.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var before = errors.Count;
            var code = Cell(r, outletCol);
            outlets.TryGetValue(code ?? "", out var outlet);
            if (code is null)
            {
                errors.Add(new(line, OutletColumn, "投注站编号为空"));
            }
            else if (outlet is null)
            {
                errors.Add(new(line, OutletColumn, $"投注站 {code} 不存在或不在您的辖区内"));
            }
            else if (outlet.OpenedOn > monthEnd || (outlet.ClosedOn is { } closed && closed < month))
            {
                errors.Add(new(line, OutletColumn, $"投注站 {code} 在 {month:yyyy-MM} 未营业"));
            }
            var game = LotteryNames.ParseGame(Cell(r, gameCol));
            if (game is null)
            {
                errors.Add(new(line, GameColumn, $"未知的玩法“{Cell(r, gameCol)}”（双色球、福彩3D、快乐8、七乐彩、即开票、中福在线）"));
            }
            var amountText = Cell(r, amountCol)?.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
            if (!decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            {
                errors.Add(new(line, AmountColumn, $"销售额“{Cell(r, amountCol)}”不是有效金额"));
            }
            if (errors.Count > before)
            {
                rejected++;
                continue;
            }
            if (!seen.Add((code!, game!.Value)))
            {
                errors.Add(new(line, GameColumn, $"同一投注站同一玩法在文件中重复（{code} {LotteryNames.Game(game.Value)}）"));
                rejected++;
                continue;
            }
            good.Add(new(line, outlet!, game.Value, decimal.Round(amount, 2)));
        }
        var (added, replaced) = good.Count > 0 ? await sales.WriteAsync(month, good, "导入", ct) : (0, 0);
        await audit.RecordAsync(AuditActions.Import, "LotterySales", month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            new { file = fileName, rows = rows.Count - 1, added, replaced, rejected }, ct: ct);
        return new LotteryImportResult(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), rows.Count - 1, added, replaced, rejected, good.Sum(g => g.Amount), errors);
    }

    private static string Normalize(string? h) => (h ?? "").Trim().TrimStart('\uFEFF').Replace("(", "（", StringComparison.Ordinal).Replace(")", "）", StringComparison.Ordinal);

    private static string? Cell(string?[] row, int col) => col < row.Length && !string.IsNullOrWhiteSpace(row[col]) ? row[col]!.Trim() : null;
}
