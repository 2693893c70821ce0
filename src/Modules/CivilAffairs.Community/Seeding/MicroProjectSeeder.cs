using CivilAffairs.Community.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Seeding;

/// <summary>民生微实事 parameters with their legal basis (reference data, always); the demo projects come from <see cref="MicroProjectDemoSeeder"/>.</summary>
internal sealed class MicroProjectSeeder(PlatformDb db, TimeProvider clock) : ISeeder
{
    private const string Caps = "罗湖区东湖街道民生微实事项目管理办法（2020）：服务类、货物类项目单项不超过50万元，工程类项目单项不超过100万元"
        + "（来源为二手转述，见 civil-affairs-rules.md §8）；作为全市统一上限并回溯适用于2015年9月起的项目为推定，请市民政局确认现行市级规定";

    internal static readonly (string Key, string Value, string Basis, string? Note)[] Rows =
    [
        (MicroProjectParameters.CapWorks, "1000000", Caps, "推定"),
        (MicroProjectParameters.CapService, "500000", Caps, "推定"),
        (MicroProjectParameters.CapGoods, "500000", Caps, "推定"),
        (MicroProjectParameters.Envelope, "2000000",
            "龙岗区“社区民生大盆菜”（民生微实事前身）每个社区每年200万元（2017，二手来源）；市级文件中“每年每个社区平均…”的具体金额未取得——全市统一额度为推定，请市民政局按年度预算确认",
            "推定"),
        (MicroProjectParameters.CityShare, "0.5", "深圳市民生微实事：市、区两级财政按1:1比例安排资金（civil-affairs-rules.md §8，二手来源）", null),
        (MicroProjectParameters.VotePassRatio, "0.5",
            "《城市居民委员会组织法》及社区居民议事规则：居民代表会议表决以赞成票超过有效票半数通过——用于民生微实事评议为推定，请确认各区实施细则", "推定"),
        (MicroProjectParameters.NoticeDays, "5", "民生微实事“全过程公示”（civil-affairs-rules.md §8）；每个环节公示5个工作日为推定，请市民政局确认", "推定"),
        (MicroProjectParameters.StageLimitDays, "90", "内部督办口径：单一环节停留超过90天提示逾期——推定，请市民政局确认", "推定"),
    ];

    public int Order => 100;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("community.microprojects.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = new DateOnly(2015, 9, 1), LegalBasis = r.Basis, Note = r.Note,
                CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => Task.CompletedTask;
}
