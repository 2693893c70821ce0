using CivilAffairs.Platform.Audit;
using MiniExcelLibs;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>Excel: a year's cases with their statistics; party-building coverage. Both audited.</summary>
internal sealed class SupervisionExport(Cases cases, PartyBuilding party, AuditEvents audit)
{
    public async Task<(byte[] Bytes, string FileName)> CasesAsync(int year, string? division, CancellationToken ct)
    {
        var list = await cases.ListAsync(new CaseSearch { Year = year, Division = division }, ct);
        var rows = list.Items.Select(c => new Dictionary<string, object?>
        {
            ["案件编号"] = c.Number, ["区"] = SupervisionSupport.DistrictName(c.DivisionCode), ["当事人"] = c.SubjectName,
            ["当事人类别"] = c.IllegalOrganization ? "非法社会组织" : "已登记社会组织", ["统一社会信用代码"] = c.CreditCode ?? "", ["案件来源"] = c.SourceName,
            ["状态"] = c.StatusName, ["立案日期"] = c.FiledOn?.ToString("yyyy-MM-dd") ?? "", ["决定期限"] = c.DecisionDue?.ToString("yyyy-MM-dd") ?? "",
            ["超期"] = c.Overdue ? "是" : "", ["处理结果"] = c.OutcomeName ?? "", ["金额（元）"] = c.Amount, ["决定日期"] = c.DecidedOn?.ToString("yyyy-MM-dd") ?? "",
            ["信用名单"] = c.CreditEntries ?? "",
        }).ToList();
        var stats = await cases.StatsAsync(year, division, ct);
        var summary = new List<Dictionary<string, object?>>
        {
            Line("案件总数", stats.Total), Line("已登记社会组织", stats.Registered), Line("非法社会组织", stats.Illegal), Line("取缔", stats.Banned),
            Line("劝散", stats.Dispersed), Line("罚款合计（元）", stats.FinesTotal), Line("没收违法所得合计（元）", stats.ConfiscatedTotal),
        };
        summary.AddRange(stats.BySource.Select(r => Line("来源：" + r.Name, r.Count)));
        summary.AddRange(stats.ByOutcome.Select(r => Line("结果：" + r.Name, r.Count)));
        var districts = stats.ByDistrict.Select(d => new Dictionary<string, object?>
        {
            ["区"] = SupervisionSupport.DistrictName(d.District), ["区划代码"] = d.District, ["案件数"] = d.Cases, ["已登记社会组织"] = d.Registered,
            ["非法社会组织"] = d.Illegal, ["已决定"] = d.Decided, ["罚款（元）"] = d.Fines,
        }).ToList();
        var sheets = new Dictionary<string, object> { ["行政处罚案件"] = rows, ["统计"] = summary, ["按区统计"] = districts };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "SocialOrgEnforcementCases", null, new { year, division, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"enforcement-{year}.xlsx");
    }

    public async Task<(byte[] Bytes, string FileName)> CoverageAsync(string? division, CancellationToken ct)
    {
        var stats = await party.CoverageAsync(division, ct);
        var rows = stats.Rows.Append(stats.Total).Select(r => new Dictionary<string, object?>
        {
            ["区"] = SupervisionSupport.DistrictName(r.District), ["类型"] = r.TypeName, ["正常存续组织数"] = r.Active, ["已建党组织"] = r.WithParty,
            ["单独组建"] = r.Own, ["联合组建"] = r.Joint, ["功能型"] = r.Functional, ["覆盖率（%）"] = r.CoveragePercent, ["党员人数"] = r.Members,
            ["应建未建"] = r.ShouldHaveButNone,
        }).ToList();
        var units = (await party.UnitsAsync(division, null, null, null, ct)).Select(u => new Dictionary<string, object?>
        {
            ["社会组织"] = u.OrganizationName, ["统一社会信用代码"] = u.CreditCode, ["类型"] = u.TypeName, ["区划"] = u.DivisionCode, ["党员人数"] = u.PartyMembers,
            ["组建方式"] = u.FormName ?? "未建", ["党组织名称"] = u.PartyOrgName ?? "", ["书记"] = u.Secretary ?? "", ["上级党组织"] = u.Superior ?? "",
            ["应建未建"] = u.ShouldHaveParty ? "是" : "",
        }).ToList();
        var sheets = new Dictionary<string, object> { ["覆盖统计"] = rows, ["党组织"] = units };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "SocialOrgPartyCoverage", null, new { division, rows = units.Count }, ct: ct);
        return (stream.ToArray(), "party-coverage.xlsx");
    }

    private static Dictionary<string, object?> Line(string item, object value) => new() { ["项目"] = item, ["数值"] = value };
}
