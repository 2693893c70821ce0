using System.Text;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Payments;
using MiniExcelLibs;

namespace CivilAffairs.UnitTests.Platform;

/// <summary>The shared payment component every benefit module pays through (assistance, child allowances, rewards).</summary>
public sealed class PaymentComponentTests
{
    private sealed class Line : IBankPayableLine
    {
        public PaymentLineStatus Status { get; set; } = PaymentLineStatus.Pending;

        public string? BankAccount { get; init; } = "6222020000000001";

        public decimal Amount { get; init; } = 1265m;

        public string? Note { get; set; }

        public string? BankReference { get; set; }
    }

    [Fact]
    public void The_maker_may_not_release_their_own_run()
    {
        var e = Assert.Throws<BusinessRuleException>(() => MakerChecker.EnsureReleasable(PaymentRunStatus.Prepared, "futian.district", "FUTIAN.district"));
        Assert.Contains("编制人不能复核", e.Message);
        MakerChecker.EnsureReleasable(PaymentRunStatus.Prepared, "futian.district", "futian.finance");
    }

    [Theory]
    [InlineData(PaymentRunStatus.Computing)]
    [InlineData(PaymentRunStatus.Released)]
    [InlineData(PaymentRunStatus.Cancelled)]
    public void Only_a_prepared_run_can_be_released(PaymentRunStatus status)
    {
        var e = Assert.Throws<BusinessRuleException>(() => MakerChecker.EnsureReleasable(status, "a", "b"));
        Assert.Contains(PaymentNames.Of(status), e.Message);
    }

    [Fact]
    public void Released_money_cannot_be_cancelled_and_a_reason_is_required()
    {
        Assert.Throws<BusinessRuleException>(() => MakerChecker.EnsureCancellable(PaymentRunStatus.Released, "错误"));
        Assert.Throws<FieldValidationException>(() => MakerChecker.EnsureCancellable(PaymentRunStatus.Prepared, " "));
        MakerChecker.EnsureCancellable(PaymentRunStatus.Prepared, "标准录入错误");
    }

    [Theory]
    [InlineData("2018-07", "2018-07-01")]
    [InlineData(" 2018-07-15 ", "2018-07-01")]
    [InlineData("1999-12", null)]
    [InlineData("2018/07", null)]
    [InlineData("", null)]
    public void A_payment_month_is_the_first_day_of_the_month(string input, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PaymentMonth.Parse(input));

    [Fact]
    public async Task The_bank_csv_has_a_bom_the_header_and_quoted_fields()
    {
        var bytes = await BankFileWriter.CsvAsync(Rows(new BankFileRow("abc", "王,小明", "440304200801010011", "中国工商银行", "6222020000000001",
            1265m, new DateOnly(2018, 7, 1), "社会散居孤儿", "440304004")), CancellationToken.None);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(string.Join(',', BankFileWriter.Header), lines[0]);
        Assert.Equal("abc,\"王,小明\",440304200801010011,中国工商银行,6222020000000001,1265.00,2018-07,社会散居孤儿,440304004", lines[1]);
    }

    [Fact]
    public async Task The_bank_excel_reads_back_with_the_same_amounts()
    {
        var bytes = await BankFileWriter.ExcelAsync(Rows(new BankFileRow("r1", "李华", "440304200801010011", null, null, 2090m, new DateOnly(2018, 1, 1),
            "机构养育孤儿", "440309")), CancellationToken.None);
        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Single(rows);
        Assert.Equal(2090m, Convert.ToDecimal(rows[0]["金额"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2018-01", rows[0]["发放月份"]);
    }

    [Fact]
    public void The_return_file_skips_its_header_and_reports_bad_rows()
    {
        var csv = "参考号,账号,金额,结果,原因\r\nr1,6222,1265.00,成功\r\nr2,6223,abc,成功\r\n\"r3\",6224,10,失败,\"账户已销户\",B-9\r\n";
        var rows = BankReturnFile.Parse(Encoding.UTF8.GetBytes("\uFEFF" + csv), out var errors);
        Assert.Equal(["r1", "r3"], rows.Select(r => r.Reference));
        Assert.Equal(3, Assert.Single(errors).Row);
        Assert.Equal(("账户已销户", "B-9", false), (rows[1].Reason, rows[1].BankReference, rows[1].Success));
    }

    [Fact]
    public void A_return_row_is_applied_once_and_never_against_a_different_account_or_amount()
    {
        var unmatched = new List<UnmatchedRow>();
        var line = new Line();
        Assert.Equal(BankReturnOutcome.Unmatched, BankReturnFile.Apply(line, new BankReturnRow(2, "r", "6222020000000009", 1265m, true, null, null), unmatched));
        Assert.Equal(BankReturnOutcome.Unmatched, BankReturnFile.Apply(line, new BankReturnRow(3, "r", "6222020000000001", 1200m, true, null, null), unmatched));
        Assert.Equal(BankReturnOutcome.Unmatched, BankReturnFile.Apply(null, new BankReturnRow(4, "x", "1", 1m, true, null, null), unmatched));
        Assert.Equal(3, unmatched.Count);
        Assert.Equal(PaymentLineStatus.Pending, line.Status);
        Assert.Equal(BankReturnOutcome.Failed, BankReturnFile.Apply(line, new BankReturnRow(5, "r", "6222020000000001", 1265m, false, "", null), unmatched));
        Assert.Equal("银行退回", line.Note);
        Assert.Equal(BankReturnOutcome.Unchanged, BankReturnFile.Apply(line, new BankReturnRow(6, "r", "6222020000000001", 1265m, true, null, null), unmatched));
        Assert.Equal(PaymentLineStatus.Failed, line.Status);
    }

    private static async IAsyncEnumerable<BankFileRow> Rows(params BankFileRow[] rows)
    {
        foreach (var r in rows)
        {
            yield return r;
        }
        await Task.CompletedTask;
    }
}
