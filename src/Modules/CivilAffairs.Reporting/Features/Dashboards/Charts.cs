namespace CivilAffairs.Reporting.Features.Dashboards;

/// <summary>ECharts options of the dashboards: large type for a projector, no animation so that printing catches the final state.</summary>
internal static class Charts
{
    public static object Trend(MetricDetail d, Func<string, string> t) => new
    {
        animation = false,
        textStyle = new { fontSize = 14 },
        tooltip = new { trigger = "axis" },
        legend = new { data = new[] { t("本年"), t("上年同期") }, top = 4, right = 8, textStyle = new { fontSize = 14 } },
        grid = new { left = 64, right = 16, top = 40, bottom = 32 },
        xAxis = new { type = "category", data = d.Months.Select(m => $"{m.Period % 100}月").ToArray(), axisLabel = new { fontSize = 13 } },
        yAxis = new { type = "value", axisLabel = new { fontSize = 13 } },
        series = new object[]
        {
            new { name = t("本年"), type = "bar", data = d.Months.Select(m => m.Value).ToArray(), itemStyle = new { color = "#2f6fb0" } },
            new { name = t("上年同期"), type = "line", data = d.PreviousMonths.Select(m => m.Value).ToArray(), itemStyle = new { color = "#e08a1e" }, symbolSize = 7 },
        },
    };

    public static object Places(MetricDetail d, Func<string, string> name, Func<string, string> t)
    {
        var places = d.Places.OrderBy(p => p.Value ?? 0).ToList();
        return new
        {
            animation = false,
            textStyle = new { fontSize = 13 },
            tooltip = new { trigger = "axis" },
            grid = new { left = 96, right = 56, top = 8, bottom = 24 },
            xAxis = new { type = "value", axisLabel = new { fontSize = 12 } },
            yAxis = new { type = "category", data = places.Select(p => name(p.DivisionCode)).ToArray(), axisLabel = new { fontSize = 13 } },
            series = new object[]
            {
                new { name = t(d.Figure.Title), type = "bar", data = places.Select(p => p.Value).ToArray(), itemStyle = new { color = "#2f6fb0" },
                    label = new { show = true, position = "right", fontSize = 12 } },
            },
        };
    }
}
