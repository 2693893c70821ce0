using CivilAffairs.Reporting.Features.Summary;

namespace CivilAffairs.UnitTests.Reporting;

/// <summary>The summary's placeholder language: forms, scaling, changes and the messages for bad syntax.</summary>
public sealed class SummaryPlaceholdersTests
{
    private static (IReadOnlyList<SummaryPlaceholder> List, List<string> Errors) Parse(string text)
    {
        var errors = new List<string>();
        return (SummaryPlaceholders.Parse(text, errors), errors);
    }

    [Fact]
    public void Every_form_is_recognised_with_its_position()
    {
        var text = "全年共为{{funeral.free.persons|万}}万名群众免除费用{{funeral.free.amount|万元}}万元，从{{assistance.dibao.standard:start}}元提升至{{assistance.dibao.standard}}元，"
            + "上年{{charity.lottery.sales:prev|亿元}}亿元，增长{{charity.lottery.sales:yoy}}，比2015年增长{{socialorgs.party.orgs:since:2015}}。";
        var (list, errors) = Parse(text);
        Assert.Empty(errors);
        Assert.Equal(7, list.Count);
        Assert.Equal(("funeral.free.persons", SummaryFigureKind.Value, 10_000m, false), (list[0].Key, list[0].Kind, list[0].Divisor, list[0].YuanOnly));
        Assert.Equal(text.IndexOf("{{funeral.free.persons", StringComparison.Ordinal), list[0].Index);
        Assert.True(list[1].YuanOnly);
        Assert.Equal(SummaryFigureKind.Start, list[2].Kind);
        Assert.Equal((SummaryFigureKind.Previous, 100_000_000m), (list[4].Kind, list[4].Divisor));
        Assert.Equal(SummaryFigureKind.Yoy, list[5].Kind);
        Assert.True(list[5].IsPercent);
        Assert.Equal((SummaryFigureKind.Since, 2015), (list[6].Kind, list[6].SinceYear!.Value));
    }

    [Theory]
    [InlineData("{{funeral.free.persons", "没有闭合")]
    [InlineData("多余}}的", "多余")]
    [InlineData("{{Funeral.Free}}", "格式不正确")]
    [InlineData("{{funeral}}", "格式不正确")]
    [InlineData("{{funeral.free.persons|千}}", "格式不正确")]
    [InlineData("{{funeral.free.persons:ytd}}", "格式不正确")]
    [InlineData("{{charity.lottery.sales:yoy|亿}}", "不能再换算")]
    [InlineData("{{socialorgs.party.orgs:since:1990}}", "2000至2100")]
    [InlineData("{{a.b {{c.d}}", "没有闭合")]
    public void Bad_syntax_gives_a_chinese_message(string text, string expected)
    {
        var (_, errors) = Parse(text);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_without_placeholders_and_single_braces_are_fine()
    {
        var (list, errors) = Parse("民政“9+3”公共服务设施 {不是占位符} 第六届");
        Assert.Empty(list);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(17_000, 0, 1, "17000")]
    [InlineData(17_000, 0, 10_000, "1.7")]
    [InlineData(32_300_000, 2, 10_000, "3230")]
    [InlineData(1_313_000_000, 2, 100_000_000, "13.13")]
    [InlineData(4_590_123_456.78, 2, 100_000_000, "45.9")]
    [InlineData(1070, 0, 1, "1070")]
    [InlineData(80.04, 1, 1, "80")]
    [InlineData(12.345, 2, 1, "12.35")]
    public void Numbers_are_scaled_and_trimmed(double value, int decimals, double divisor, string expected) =>
        Assert.Equal(expected, SummaryPlaceholders.Number((decimal)value, decimals, (decimal)divisor));

    [Fact]
    public void Changes_read_as_percent_or_points()
    {
        Assert.Equal("17.2%", SummaryPlaceholders.Change(17.2m, points: false));
        Assert.Equal("13.44%", SummaryPlaceholders.Change(13.44m, points: false));
        Assert.Equal("-5%", SummaryPlaceholders.Change(-5.001m, points: false));
        Assert.Equal("3.5个百分点", SummaryPlaceholders.Change(3.5m, points: true));
        Assert.Equal(335m, SummaryPlaceholders.PercentChange(284m, 1235m) is { } c ? Math.Round(c) : 0);
        Assert.Null(SummaryPlaceholders.PercentChange(0m, 10m));
        Assert.Null(SummaryPlaceholders.PercentChange(null, 10m));
    }

    [Fact]
    public void Missing_data_is_marked_never_zero() =>
        Assert.Equal("【缺数据：低保人数】", SummaryPlaceholders.Missing("低保人数"));

    [Fact]
    public void The_default_template_parses_cleanly_and_cites_only_required_keys()
    {
        Assert.Equal(10, SummaryDefaultTemplate.Sections.Count);
        foreach (var (title, text) in SummaryDefaultTemplate.Sections)
        {
            var (list, errors) = Parse(text);
            Assert.Empty(errors);
            Assert.All(list, p => Assert.NotNull(SummaryMetricKeys.Find(p.Key)));
            Assert.False(string.IsNullOrWhiteSpace(title));
        }
        var cited = SummaryDefaultTemplate.Sections.SelectMany(s => Parse(s.Text).List.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        // every required key appears in the default text
        Assert.DoesNotContain(SummaryMetricKeys.Required.Select(k => k.Key), k => !cited.Contains(k));
        Assert.Contains("{{funeral.free.persons|万}}万名群众免除基本殡葬服务费用{{funeral.free.amount|万元}}万元", SummaryDefaultTemplate.Sections[8].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metric_sql_describes_flows_stocks_and_levels()
    {
        var flow = new CivilAffairs.Contracts.Reporting.ReportingMetric("funeral.free.persons", "funeral_cases", "免除", "x", "人",
            CivilAffairs.Contracts.Reporting.MetricKind.Flow, "count(*)", "cremated_on", Filter: "waiver_eligible = 1");
        var catalog = new CivilAffairs.Reporting.Features.Views.ReportingCatalog([]);
        var sql = SummaryMetricSql.Describe(catalog, flow, CivilAffairs.Reporting.Features.Metrics.Period.Year(2018), "440304");
        Assert.Equal("SELECT count(*) FROM reporting.funeral_cases WHERE cremated_on >= '2018-01-01' AND cremated_on < '2019-01-01' AND (waiver_eligible = 1) AND division_code LIKE '440304%'", sql);
        var stock = flow with { Kind = CivilAffairs.Contracts.Reporting.MetricKind.Stock, Measure = "max(amount)", DateColumn = "from_date", EndColumn = "to_date", Filter = null };
        var s = SummaryMetricSql.Describe(catalog, stock, CivilAffairs.Reporting.Features.Metrics.Period.Year(2018), "440304");
        Assert.Contains("from_date < '2019-01-01' AND (to_date IS NULL OR to_date >= '2019-01-01')", s, StringComparison.Ordinal);
        Assert.Contains("OR '440304' LIKE division_code || '%'", s, StringComparison.Ordinal);
    }
}
