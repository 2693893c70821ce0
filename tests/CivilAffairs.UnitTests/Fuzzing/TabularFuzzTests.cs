using System.Text;
using CivilAffairs.ElderCare.Features.Meals;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CsCheck;
using MiniExcelLibs;

namespace CivilAffairs.UnitTests.Fuzzing;

/// <summary>
/// Uploaded files (the cross-check's CSV and Excel, meal records): whatever bytes arrive, the reader
/// gives rows or a validation error on "file" — never another exception, which the API would turn
/// into a 500 — and a CSV written with RFC 4180 quoting reads back cell for cell.
/// </summary>
public sealed class TabularFuzzTests
{
    private static readonly Gen<string> Cell = Gen.Frequency(
        (6, Gen.String[Gen.Char["abc中文 ,\"\r\n0123456789-"], 0, 12]),
        (1, Gen.String[Gen.Char, 0, 8]));

    [Fact]
    public void Any_bytes_as_csv_give_rows_or_a_file_error()
    {
        var text = Gen.String[Gen.Char["a,\"\r\n 中1"], 0, 120].Select(s => Encoding.UTF8.GetBytes(s));
        var bytes = Gen.Byte.Array[0, 120];
        Gen.Frequency((3, text), (1, bytes)).Sample(b =>
        {
            try
            {
                var rows = TabularReader.Read(new MemoryStream(b), "upload.csv").ToList();
                Assert.All(rows, r => Assert.All(r, c => Assert.True(c is null || c.Length > 0)));
            }
            catch (FieldValidationException e)
            {
                Assert.Contains("file", e.Errors.Keys);
            }
        }, iter: FuzzBudget.Of(FuzzBudget.CsvFiles) / 2);
    }

    [Fact]
    public void A_csv_written_with_quotes_reads_back_cell_for_cell()
    {
        Cell.Array[1, 6].Array[1, 8].Sample(table =>
        {
            var csv = string.Join("\r\n", table.Select(r => string.Join(",", r.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))));
            var rows = TabularReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "upload.csv").ToList();
            Assert.Equal(table.Length, rows.Count);
            for (var i = 0; i < table.Length; i++)
            {
                // a quoted cell keeps its spaces; an empty one is null
                Assert.Equal(table[i].Select(c => c.Length == 0 ? null : c), rows[i]);
            }
        }, iter: FuzzBudget.Of(FuzzBudget.CsvFiles) / 2);
    }

    [Fact]
    public void Damaged_or_foreign_files_as_xlsx_give_rows_or_a_file_error_in_every_reader()
    {
        var workbook = Workbook();
        var damaged = from flips in Gen.Select(Gen.Int[0, workbook.Length - 1], Gen.Byte).Array[1, 8]
                      select Flip(workbook, flips);
        var truncated = Gen.Int[0, workbook.Length].Select(n => workbook[..n]);
        var random = Gen.Byte.Array[0, 400];
        Gen.Frequency((4, damaged), (2, truncated), (1, random)).Sample(b =>
        {
            Readable(() => _ = TabularReader.Read(new MemoryStream(b), "upload.xlsx").Count());
            Readable(() => MealFile.Parse(new MemoryStream(b), "meals.xlsx", "福田长者食堂", new DateOnly(2026, 11, 28)));
        }, iter: FuzzBudget.Of(FuzzBudget.Workbooks));
    }

    private static void Readable(Action read)
    {
        try
        {
            read();
        }
        catch (FieldValidationException e)
        {
            Assert.NotEmpty(e.Errors);
        }
    }

    /// <summary>A real meal-records workbook, the shape the readers expect.</summary>
    private static byte[] Workbook()
    {
        var ms = new MemoryStream();
        var rows = Enumerable.Range(1, 20).Select(i => new Dictionary<string, object>
        {
            ["助餐卡号"] = $"ZC{i:0000}", ["身份证号码"] = "440304194501011234", ["就餐日期"] = new DateTime(2026, 11, i % 27 + 1), ["就餐时间"] = "11:30", ["餐别"] = "午餐",
        });
        ms.SaveAs(rows, excelType: ExcelType.XLSX);
        return ms.ToArray();
    }

    private static byte[] Flip(byte[] source, (int Index, byte Value)[] flips)
    {
        var copy = (byte[])source.Clone();
        foreach (var (i, v) in flips)
        {
            copy[i] = v;
        }
        return copy;
    }
}
