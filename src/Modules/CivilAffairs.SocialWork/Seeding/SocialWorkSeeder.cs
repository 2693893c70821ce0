using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Seeding;

/// <summary>The module's parameters with their legal basis (reference data); no demo data of its own.</summary>
internal sealed class SocialWorkSeeder(PlatformDb db, TimeProvider clock) : ISeeder
{
    private const string Shenzhen2007 = "《中共深圳市委 深圳市人民政府关于加强社会工作人才队伍建设推进社会工作发展的意见》（深发〔2007〕18号）及配套文件建立政府购买社工服务与第三方评估制度";

    internal static readonly (string Key, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (SwParameters.CeHoursPerYear, "2008-01-01", "72",
            "《社会工作者继续教育办法》（民政部）：取得职业水平证书的社会工作者每年累计参加继续教育不少于72小时——本市要求及高级社会工作师是否另有标准请市民政局确认", "推定"),
        (SwParameters.PassMark, "2007-10-01", "60", Shenzhen2007 + "；评估合格分数线（60分）为推定，以项目合同和评估细则为准，请市民政局确认", "推定"),
        (SwParameters.GoodMark, "2007-10-01", "80", Shenzhen2007 + "；良好分数线（80分）为推定，请市民政局确认", "推定"),
        (SwParameters.ExcellentMark, "2007-10-01", "90", Shenzhen2007 + "；优秀分数线（90分）为推定，请市民政局确认", "推定"),
        (SwParameters.AdvanceShare, "2007-10-01", "0.3",
            "《政府购买服务管理办法》（财政部令第102号）第二十五条：按合同约定及履约情况支付；评估前预付比例上限30%为推定（按合同约定分期支付的常见做法），请市民政局、市财政局确认", "推定"),
        (SwParameters.FinalWindowDays, "2007-10-01", "30", Shenzhen2007 + "；末期评估在合同期满前30天内进行、期满后30天内完成为推定，请市民政局确认", "推定"),
        (SwParameters.MaxHoursPerDay, "2017-12-01", "12",
            "《志愿服务条例》第十九条（如实记录志愿服务时间，出具的记录证明应真实）；每人每日可记录时长上限12小时为推定，请市民政局（市志愿服务联合会）确认", "推定"),
    ];

    public int Order => 105;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("socialwork.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = r.Note, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => Task.CompletedTask;
}
