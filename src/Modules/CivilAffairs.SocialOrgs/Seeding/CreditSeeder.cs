using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>
/// 信用名单 parameters with their legal basis (民政部令第60号《社会组织信用信息管理办法》); the
/// letters' window and the serious list's minimum period come from the draft or a summary and are
/// marked 推定 for the bureau to confirm. Demo data: <see cref="CreditDemoSeeder"/>.
/// </summary>
internal sealed class CreditSeeder(PlatformDb db, CreditDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Order60 = "民政部令第60号《社会组织信用信息管理办法》（2018年1月24日公布，2018年3月1日施行）";
    private const string Draft = "《社会组织信用信息管理办法（征求意见稿）》：向登记住所两次寄送挂号信（间隔20–60天）均未签收的视为无法取得联系；正式文本未列此细则，推定，请市民政局确认";

    internal static readonly (string Key, string Division, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (CreditParameters.EntryWorkingDays, "4403", "2018-03-01", "5", Order60 + "：信用信息自产生或收到之日起5个工作日内录入", null),
        (CreditParameters.RemovalWorkingDays, "4403", "2018-03-01", "5", Order60 + "：社会组织整改完成并提交证明材料后，登记管理机关5个工作日内将其移出活动异常名录", null),
        (CreditParameters.LetterGapMinDays, "4403", "2018-03-01", "20", Draft, "推定"),
        (CreditParameters.LetterGapMaxDays, "4403", "2018-03-01", "60", Draft, "推定"),
        (CreditParameters.AbnormalToSeriousYears, "4403", "2018-03-01", "2", Order60 + "：被列入活动异常名录满2年的，列入严重违法失信名单", null),
        (CreditParameters.SeriousMinYears, "4403", "2018-03-01", "2", Order60 + "：列入严重违法失信名单满2年且期间未再出现列入情形的方可移出，出现新情形的重新起算（据条文概述，推定，请核对原文）", "推定"),
    ];

    public int Order => 93;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("socialorgs.credit.")).Select(p => p.Key + "|" + p.DivisionCode).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key + "|" + r.Division)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = r.Division, Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = r.Note, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
