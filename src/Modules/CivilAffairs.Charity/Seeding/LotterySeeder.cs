using System.Globalization;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Seeding;

/// <summary>
/// 福彩公益金 parameters with their legal basis. The split of lottery money (prizes, issuance fee,
/// 公益金) is set per game by the Ministry of Finance under 彩票管理条例 art. 28; the per-game rates
/// below are the commonly published ones and are marked 推定 for the bureau to confirm against the
/// Ministry's approvals. The 50:50 central/local split is 财综〔2012〕15号; that Shenzhen (计划单列市)
/// keeps the whole local half is inferred.
/// </summary>
internal sealed class LotterySeeder(PlatformDb db, LotteryDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Art28 = "《彩票管理条例》（国务院令第554号）第二十八条：彩票资金构成比例由国务院决定，具体比例由财政部按玩法审批";
    private const string RateInferred = "推定：按财政部对该玩法资金构成的通行批复口径，请以财政部批复文件核对";
    private const string Grades = "《项目支出绩效评价管理办法》（财预〔2020〕10号）：90（含）–100分为优、80（含）–90分为良、60（含）–80分为中、60分以下为差";

    internal static readonly (string Key, string From, string Value, string Basis, string? Note)[] Rows =
    [
        (LotteryParameters.Rate(LotteryGame.DoubleColorBall), "2018-01-01", "0.36", Art28 + "；双色球公益金36%", RateInferred),
        (LotteryParameters.Rate(LotteryGame.Fc3D), "2018-01-01", "0.33", Art28 + "；福彩3D公益金33%", RateInferred),
        (LotteryParameters.Rate(LotteryGame.Happy8), "2018-01-01", "0.37", Art28 + "；快乐8（2020年10月上市）公益金37%", RateInferred),
        (LotteryParameters.Rate(LotteryGame.SevenLe), "2018-01-01", "0.35", Art28 + "；七乐彩公益金35%", RateInferred),
        (LotteryParameters.Rate(LotteryGame.Instant), "2018-01-01", "0.20", Art28 + "；即开型彩票公益金20%", RateInferred),
        (LotteryParameters.Rate(LotteryGame.VideoLottery), "2018-01-01", "0.22", Art28 + "；视频型彩票（中福在线）公益金22%", RateInferred),
        (LotteryParameters.LocalShare, "2018-01-01", "0.5",
            "《彩票公益金管理办法》（财综〔2012〕15号）：彩票公益金按照50:50的比例在中央与地方之间分配；逾期未兑奖奖金纳入地方彩票公益金",
            "推定：深圳为计划单列市，地方留成部分全部留归市级使用（不再与省分成），请市财政局确认"),
        (LotteryParameters.GradeExcellent, "2018-01-01", "90", Grades, "推定：沿用财政部项目支出绩效评价通用分档，本局如另有规定请调整"),
        (LotteryParameters.GradeGood, "2018-01-01", "80", Grades, "推定：同上"),
        (LotteryParameters.GradePass, "2018-01-01", "60", Grades, "推定：同上"),
    ];

    public int Order => 97;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("charity.lottery.")).Select(p => p.Key).Distinct().ToListAsync(ct);
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

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
