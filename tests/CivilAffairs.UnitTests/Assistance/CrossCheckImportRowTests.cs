using CivilAffairs.Assistance.Features.CrossCheck;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>How one row of an external file is checked and normalised.</summary>
public class CrossCheckImportRowTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static (string? Error, ExternalRecord Record) Row(ExternalSource source, params (string Field, string? Value)[] cells)
    {
        var map = cells.ToDictionary(c => c.Field, c => c.Value);
        var r = new ExternalRecord();
        return (ExternalSources.Normalize(source, f => map.GetValueOrDefault(f), Today, r), r);
    }

    [Fact]
    public void A_bad_check_digit_is_rejected_with_the_reason()
    {
        var (error, _) = Row(ExternalSource.Vehicle, ("idNumber", "440304198001010018"), ("plate", "粤B1"), ("vehicleType", "小型汽车"));
        Assert.Equal("身份证号码校验位错误，请核对", error);
    }

    [Fact]
    public void A_15_digit_number_is_converted_and_a_balance_read_with_thousands_separators()
    {
        // 15-digit legacy numbers have a two-digit year and no check character
        var id = CivilAffairs.Platform.Values.IdNumber.Create("440304", new DateOnly(1980, 1, 1), 3);
        var (error, r) = Row(ExternalSource.Financial, ("idNumber", "440304800101003"), ("institution", "某银行"), ("balance", "1,234.5"));
        Assert.Null(error);
        Assert.Equal(id, r.IdNumber);
        Assert.Equal(1234.50m, r.Amount);
        Assert.Equal("存款", r.Kind);
    }

    [Theory]
    [InlineData("住宅", ExternalSources.Residential)]
    [InlineData("公寓", ExternalSources.Residential)]
    [InlineData("非住宅", ExternalSources.NonResidential)]
    [InlineData("车位", ExternalSources.NonResidential)]
    [InlineData("商铺", ExternalSources.NonResidential)]
    public void Property_usage_decides_residential_or_not(string usage, string kind)
    {
        var (error, r) = Row(ExternalSource.RealEstate, ("idNumber", "440304198001010017"), ("usage", usage), ("area", "80"));
        Assert.Null(error);
        Assert.Equal(kind, r.Kind);
    }

    [Fact]
    public void Income_needs_a_month_and_maps_chinese_kinds_to_parameter_codes()
    {
        var (error, r) = Row(ExternalSource.Income, ("idNumber", "440304198001010017"), ("month", "2026年9月"), ("incomeType", "残疾人补贴"), ("amount", "300"));
        Assert.Null(error);
        Assert.Equal("disability_subsidy", r.Kind);
        Assert.Equal(new DateOnly(2026, 9, 1), r.Month);

        var (bad, _) = Row(ExternalSource.Income, ("idNumber", "440304198001010017"), ("month", "九月"), ("incomeType", "工资薪金"), ("amount", "300"));
        Assert.Contains("所属月份", bad, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_balance_is_rejected()
    {
        var (error, _) = Row(ExternalSource.Financial, ("idNumber", "440304198001010017"), ("institution", "某银行"), ("balance", "-1"));
        Assert.Equal("余额不是有效的非负数", error);
    }
}
